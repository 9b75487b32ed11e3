//go:build !wasm

package e2e

// Hostile parameters: every parameter that carries text into the page (the
// call to action, the display settings, every input) is tried with markup and
// script payloads, in the server's prerendered HTML and in the running app. No
// script may run, no element may be made from the text, and the page must go on
// computing.

import (
	"net/url"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// payloads are markup and script in the shapes that break out of an attribute, a
// textarea, a style or a comment, or that run as a link. MARK is replaced by an id
// that names the parameter, so an element made from a payload is found and named.
var payloads = []string{
	`"><img src=x id=MARK onerror=alert(1)>`,
	`<script id=MARK>alert(2)</script>`,
	`'><svg id=MARK onload=alert(3)>`,
	`</textarea><img src=x id=MARK onerror=alert(4)>`,
	`</style><img src=x id=MARK onerror=alert(5)>`,
	`javascript:alert(6)//<b id=MARK>`,
	`<iframe id=MARK srcdoc="<script>parent.alert(7)</script>"></iframe>`,
	`{{constructor.constructor('alert(8)')()}}<i id=MARK>`,
	`<a id=MARK href=javascript:alert(9)>x</a>`,
	`1<!--<img id=MARK src=x onerror=alert(10)>-->`,
	`\"><img src=x id=MARK onerror=alert(11)>`,
	"1\u00a0000\t<b id=MARK>\u202e",
}

func payload(i int, mark string) string {
	return strings.ReplaceAll(payloads[i%len(payloads)], "MARK", mark)
}

// injectedJS finds what a payload would have made: an element with one of our
// marks, an image of src x, or a script, frame or handler that the page does not
// have by itself.
const injectedJS = `(() => {
  const found = [...document.querySelectorAll('[id^="x-"], img[src="x"], iframe, svg[onload], [onerror], [onload], a[href^="javascript:" i]')]
    .map((e) => e.outerHTML.slice(0, 120));
  for (const s of document.scripts) {
    if (!s.src || !/\/(app|wasm_exec)\.js$|\/web\/early\.js$/.test(new URL(s.src).pathname)) found.push("script " + (s.src || s.textContent.slice(0, 60)));
  }
  return found;
})()`

// checkPrerendered fetches path with a plain GET and fails on any element a
// payload made: one with a mark, an event-handler attribute, a frame, an image of
// src x, or more scripts than the page has without parameters.
func checkPrerendered(t *testing.T, path string, marks []string) string {
	t.Helper()
	doc := getHTML(t, path)
	for _, m := range marks {
		if tag, ok := findByID(doc, m); ok {
			t.Errorf("prerendered %s: a payload became <%s id=%q …>", abbrev(path, 120), tag.Name, m)
		}
	}
	scripts := func(doc string) int {
		n := 0
		for e := range elements(parseHTML(doc)) {
			if e.Data == "script" {
				n++
			}
		}
		return n
	}
	for e := range elements(parseHTML(doc)) {
		a := attrs(e)
		bad := e.Data == "iframe" || e.Data == "object" || e.Data == "embed" || (e.Data == "img" && a["src"] == "x") || strings.HasPrefix(a["id"], "x-")
		for k, v := range a {
			bad = bad || strings.HasPrefix(k, "on") || (k == "href" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(v)), "javascript:"))
		}
		if bad {
			e.FirstChild, e.LastChild = nil, nil
			t.Errorf("prerendered %s: a payload became markup: %s", abbrev(path, 120), abbrev(outerHTML(e), 200))
		}
	}
	if n, base := scripts(doc), scripts(getHTML(t, "/")); n > base {
		t.Errorf("prerendered %s: %d scripts, the page without parameters has %d", abbrev(path, 120), n, base)
	}
	return doc
}

func TestHostileDisplayParameters(t *testing.T) {
	t.Parallel()
	ctaText := payload(1, "x-cta_text") + " & " + payload(0, "x-cta_text2")
	ctaURL := "https://consult.example/book?q=" + payload(0, "x-cta_url")
	q := url.Values{
		"cta_text": {ctaText},
		"cta_url":  {ctaURL},
		"currency": {payload(2, "x-currency")},
		"locale":   {"de-DE" + payload(0, "x-locale")},
		"accent":   {"fff;}" + payload(4, "x-accent")},
		"mqls":     {"500"},
	}
	path := "/?" + q.Encode()
	marks := []string{"x-cta_text", "x-cta_text2", "x-cta_url", "x-currency", "x-locale", "x-accent"}

	// The text is shown as text, cut to its length limit with an ellipsis.
	shownText := string([]rune(ctaText)[:state.MaxCTAText-1]) + "…"
	doc := checkPrerendered(t, path, marks)
	if tag, ok := findByID(doc, "cta"); !ok || tag.Text != shownText {
		t.Errorf("prerendered call to action: %+v, want the text %q as text", tag, shownText)
	} else if u, err := url.Parse(tag.Attrs["href"]); err != nil || u.Scheme != "https" || u.Host != "consult.example" || u.Query().Get("q") != payload(0, "x-cta_url") {
		t.Errorf("prerendered call-to-action href %q: want %s", tag.Attrs["href"], ctaURL)
	}

	p := newPage(t)
	p.open(path)
	if found := eval[[]string](p, injectedJS); len(found) > 0 {
		t.Errorf("the page made elements from the parameters: %q", found)
	}
	// The bad display settings were dropped; the good ones stay.
	type shown struct {
		CTAText, CTAHref, Currency, Locale, Accent string
	}
	got := eval[shown](p, `({
  CTAText: document.getElementById("cta").textContent, CTAHref: document.getElementById("cta").getAttribute("href"),
  Currency: document.getElementById("currency").value, Locale: document.getElementById("locale").value,
  Accent: getComputedStyle(document.querySelector(".page")).getPropertyValue("--accent").trim(),
})`)
	if got.CTAText != shownText {
		t.Errorf("call to action shows %q, want the text %q", got.CTAText, shownText)
	}
	if u, err := url.Parse(got.CTAHref); err != nil || u.Scheme != "https" || u.Host != "consult.example" || u.Query().Get("q") != payload(0, "x-cta_url") {
		t.Errorf("call-to-action href %q: want %s, escaped", got.CTAHref, ctaURL)
	}
	if got.Currency != "USD" || got.Locale != "en-US" || got.Accent != "#1f3a5f" {
		t.Errorf("currency %q, locale %q, accent %q: bad values must be dropped for USD, en-US, #1f3a5f", got.Currency, got.Locale, got.Accent)
	}
	// It still computes, with the good parameter.
	p.waitState("ok")
	p.settleOuts("hostile display parameters", expected(inputsFromQuery(t, "mqls=500")))

	// The Embed dialog and the link box carry the parameters as text.
	p.click("open-embed")
	p.waitUntil("the Embed dialog to open", `document.getElementById("embed-dialog").open`, "")
	snippet := eval[string](p, `document.getElementById("embed-code").value`)
	if m := iframeSrcRE.FindStringSubmatch(snippet); m == nil || strings.ContainsAny(m[1], `<>'`) {
		t.Errorf("the embed snippet is not the contract's, with its iframe src escaped: %s", snippet)
	}
	p.click("close-embed")
	eval[bool](p, `(navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError")), true)`)
	p.click("copy-link")
	p.waitUntil("the link box", `document.getElementById("share-url")`, `document.getElementById("tools").innerText`)
	if link := eval[string](p, `document.getElementById("share-url").value`); link != eval[string](p, `location.href`) {
		t.Errorf("the link to copy %q is not the address %q", link, eval[string](p, `location.href`))
	}
	if found := eval[[]string](p, injectedJS); len(found) > 0 {
		t.Errorf("after the Embed dialog and Copy link, the page made elements from the parameters: %q", found)
	}
	p.assertNoProblems()
}

func TestHostileInputs(t *testing.T) {
	t.Parallel()
	q := url.Values{}
	var marks []string
	want := map[string]string{}
	for i, f := range calc.Fields {
		mark := "x-in-" + f.Name
		marks = append(marks, mark)
		want[f.Name] = payload(i, mark)
		q.Set(f.Name, want[f.Name])
	}
	path := "/?" + q.Encode()

	doc := checkPrerendered(t, path, marks)
	for name, text := range want {
		tag, ok := findByID(doc, "in-"+name)
		if !ok {
			t.Errorf("prerendered: no #in-%s", name)
		} else if tag.Attrs["value"] != text {
			t.Errorf("prerendered #in-%s value=%q, want the text as given, %q", name, tag.Attrs["value"], text)
		}
	}
	if tag, ok := findByID(doc, "results"); !ok || tag.Attrs["data-state"] != "invalid" {
		t.Errorf("prerendered #results: %+v, want data-state=invalid", tag.Attrs)
	}

	p := newPage(t)
	p.open(path)
	if found := eval[[]string](p, injectedJS); len(found) > 0 {
		t.Errorf("the page made elements from the inputs: %q", found)
	}
	p.waitState("invalid")
	for name, text := range want {
		if f := p.field(name); f.Value != text || f.Invalid != "true" || !f.ErrShown {
			t.Errorf("#in-%s: %+v; want the text %q, marked invalid with its message", name, f, text)
		}
	}
	// Reset, then a payload typed by hand, then a number: it computes again.
	p.click("reset")
	p.waitState("ok")
	p.settleOuts("after Reset", expected(calc.Defaults()))
	typed := payload(0, "x-typed")
	p.typeInto("mqls", typed)
	p.waitState("invalid")
	p.typeInto("mqls", "500")
	p.waitState("ok")
	p.settleOuts("typed 500 after a payload", expected(inputsFromQuery(t, "mqls=500")))
	if found := eval[[]string](p, injectedJS); len(found) > 0 {
		t.Errorf("the page made elements from typed text: %q", found)
	}
	p.assertNoProblems()
}

// TestCallToActionSchemes: only https: and mailto: links become the button.
func TestCallToActionSchemes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		url  string
		kept bool
	}{
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{" javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"javascript://consult.example/%0aalert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"vbscript:msgbox(1)", false},
		{"http://consult.example/", false},
		{"//consult.example/", false},
		{"/relative", false},
		{"https:alert(1)", false},
		{"https://consult.example/book", true},
		{"mailto:team@consult.example?subject=" + payload(0, "x-mailto"), true},
	} {
		path := "/?" + url.Values{"cta_url": {c.url}, "cta_text": {payload(1, "x-cta")}}.Encode()
		doc := checkPrerendered(t, path, []string{"x-cta", "x-mailto"})
		tag, ok := findByID(doc, "cta")
		if ok != c.kept {
			t.Errorf("cta_url=%q: call to action shown %v, want %v (%+v)", c.url, ok, c.kept, tag.Attrs)
			continue
		}
		if ok && !strings.HasPrefix(tag.Attrs["href"], strings.SplitN(c.url, ":", 2)[0]+":") {
			t.Errorf("cta_url=%q: href %q", c.url, tag.Attrs["href"])
		}
	}

	// The issue's own case, in the running app too.
	p := newPage(t)
	p.open("/?cta_url=javascript:alert(1)&cta_text=Click+me")
	if n := eval[int](p, `document.querySelectorAll("#cta, a[href^='javascript:' i]").length`); n != 0 {
		t.Errorf("cta_url=javascript:alert(1): %d call-to-action or javascript: link(s) in the page", n)
	}
	if strings.Contains(p.innerText(), "Click me") {
		t.Errorf("cta_url=javascript:alert(1): the text of the dropped call to action is shown")
	}
	p.waitState("ok")
	p.settleOuts("javascript: call to action", expected(calc.Defaults()))
	p.assertNoProblems()
}
