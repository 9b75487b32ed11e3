package state

import (
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// A host page is named by an https: address to a host, or an http: one to this
// machine; anything else, or anything that could mislead, is not a host page.
func TestShareLink(t *testing.T) {
	for raw, want := range map[string]string{
		"https://consult.example/roi":              "https://consult.example/roi",
		"  HTTPS://Consult.Example:443/roi?x=1#y ": "https://consult.example/roi?x=1#y",
		"https://consult.example":                  "https://consult.example/",
		"http://localhost:8080/page":               "http://localhost:8080/page",
		"http://127.0.0.1/":                        "http://127.0.0.1/",
		"https://b%C3%BCro.example/":               "https://xn--bro-hoa.example/",
	} {
		if got, ok := ShareLink(raw); !ok || got != want {
			t.Errorf("ShareLink(%q) = %q, %v; want %q", raw, got, ok, want)
		}
	}
	for _, raw := range []string{"", "http://consult.example/", "javascript:alert(1)", "mailto:a@consult.example",
		"https://user:pw@consult.example/", "https://good.example@evil.example/", "//consult.example/", "/roi",
		"https://consult.example/\u202eroi", "https://consult.example/%E2%80%AEroi", "data:text/html,x",
		"https://" + strings.Repeat("a", 2050) + ".example/"} {
		if got, ok := ShareLink(raw); ok {
			t.Errorf("ShareLink(%q) = %q, want refused", raw, got)
		}
	}
	if !SameOrigin("https://consult.example/roi", "https://consult.example") || SameOrigin("https://consult.example/roi", "https://evil.example") ||
		SameOrigin("http://127.0.0.1:8080/", "http://127.0.0.1:8081") || SameOrigin("https://consult.example/", "") {
		t.Error("SameOrigin compares scheme, host and port")
	}
}

// The host page's link keeps the page's own parameters and fragment, and carries
// the scenario's inputs and number settings, but nothing of the embed.
func TestHostLink(t *testing.T) {
	q, _ := url.ParseQuery("mqls=350&deal=30000&locale=de-DE&currency=EUR&embed=1&theme=dark&events=1&cta_url=https%3A%2F%2Fconsult.example%2Fbook&cta_text=Book&share=https%3A%2F%2Fconsult.example%2Froi")
	sc := FromQuery(q)
	got := sc.HostLink("https://consult.example/roi?page=pricing&mqls=1&lang=de#calc")
	u, err := url.Parse(got)
	if err != nil || u.Host != "consult.example" || u.Path != "/roi" || u.Fragment != "calc" {
		t.Fatalf("HostLink = %q", got)
	}
	h := u.Query()
	if h.Get("page") != "pricing" || h.Get("mqls") != "350" || h.Get("deal") != "30000" || h.Get("locale") != "de-DE" || h.Get("currency") != "EUR" || len(h["mqls"]) != 1 {
		t.Errorf("HostLink = %q: the page's own parameter, the scenario's inputs and number settings", got)
	}
	for _, name := range []string{"embed", "theme", "events", "cta_url", "cta_text", "share", "lang"} {
		if h.Has(name) {
			t.Errorf("HostLink = %q carries %s", got, name)
		}
	}
	if back := FromQuery(h); back.Form != sc.Form {
		t.Errorf("the link's scenario reads back as %v, want %v", back.Form, sc.Form)
	}
}

// web/embed.js passes exactly the scenario's parameters from the host page's
// address to the calculator.
func TestEmbedScriptScenarioParams(t *testing.T) {
	src, err := os.ReadFile("../../web/embed.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)var SCENARIO = \[(.*?)\];`).FindSubmatch(src)
	if m == nil {
		t.Fatal("web/embed.js has no SCENARIO list")
	}
	var names []string
	for _, s := range regexp.MustCompile(`"([a-z_]+)"`).FindAllSubmatch(m[1], -1) {
		names = append(names, string(s[1]))
	}
	if want := ScenarioParams(); !slices.Equal(names, want) {
		t.Errorf("embed.js's SCENARIO is %q, want %q", names, want)
	}
}
