package state

import (
	"net/url"
	"testing"
)

// The call to action's link and label as the browser opens them (issue 21): the
// host in the form the browser resolves, checks on the decoded URL, no invisible
// characters in the text.
func TestLinkAsOpened(t *testing.T) {
	for _, c := range []struct {
		raw, link, label string
	}{
		// A Cyrillic "а", percent-encoded or not, reads as apple.com.
		{"https://%D0%B0pple.com/", "https://xn--pple-43d.com/", "xn--pple-43d.com"},
		{"https://\u0430pple.com/", "https://xn--pple-43d.com/", "xn--pple-43d.com"},
		// An ideographic full stop is a dot: the link leads to a host of evil.example.
		{"https://good.example%E3%80%82evil.example", "https://good.example.evil.example", "good.example.evil.example"},
		{"https://good.example\u3002evil.example/x", "https://good.example.evil.example/x", "good.example.evil.example"},
		{"https://good.example\uff0eevil.example/", "https://good.example.evil.example/", "good.example.evil.example"},
		// Full-width letters and capitals are folded as the browser folds them.
		{"https://\uff25\uff38\uff21\uff2d\uff30\uff2c\uff25.com/", "https://example.com/", "example.com"},
		{"https://Consult.EXAMPLE/Book?x=1#top", "https://consult.example/Book?x=1#top", "consult.example"},
		// A name that is not ASCII shows its punycode: what is opened.
		{"https://m\u00fcller-beratung.de/termin", "https://xn--mller-beratung-gsb.de/termin", "xn--mller-beratung-gsb.de"},
		{"https://consult.example:8443/a%20b", "https://consult.example:8443/a%20b", "consult.example"},
		{"https://192.0.2.10/", "https://192.0.2.10/", "192.0.2.10"},
		{"mailto:hello@consult.example?subject=ROI", "mailto:hello@consult.example?subject=ROI", "email to hello@consult.example"},
		{"mailto:ceo@%D0%B0pple.com", "mailto:ceo@%D0%B0pple.com", "email to ceo@xn--pple-43d.com"},
	} {
		link, ok := SafeLink(c.raw)
		if !ok || link != c.link {
			t.Errorf("SafeLink(%q) = %q, %v; want %q", c.raw, link, ok, c.link)
			continue
		}
		if got := CTADestination(link); got != c.label {
			t.Errorf("the label of %q names %q, want %q", c.raw, got, c.label)
		}
		if again, ok := SafeLink(link); !ok || again != link {
			t.Errorf("SafeLink(%q) = %q, %v: not stable", link, again, ok)
		}
		q := url.Values{"cta_url": {c.raw}, "cta_text": {"Book a call"}}
		if d := DisplayFromQuery(q); d.CTAURL != c.link {
			t.Errorf("cta_url=%q: the page links to %q, want %q", c.raw, d.CTAURL, c.link)
		}
	}
	for _, bad := range []string{
		// A right-to-left override, percent-encoded: it counts once decoded.
		"https://good.example%E2%80%AE/",
		"https://%E2%80%AEelpmaxe.doog/",
		"https://consult.example/%E2%80%AEfdp.exe",
		"https://consult.example/?next=%E2%80%AE",
		"https://consult.example/#%E2%80%8F",
		"mailto:ceo@%E2%80%AEexample.com",
		// Invisible characters, encoded or not.
		"https://exa%E2%80%8Bmple.com/",
		"https://exa\u200bmple.com/",
		"https://exa%C2%ADmple.com/",
		// A full-width solidus the browser would read as a slash, and hosts it refuses.
		"https://good.example%EF%BC%8Fevil.example/",
		"https://%E3%80%82/",
		"https://a..b%E3%80%80c/",
		"https://good.example@evil.example/",
		// Addresses that read as other addresses.
		"https://0x7f.1/", "https://127.1/", "https://010.0.0.1/", "https://consult.example.0x10/", "https://[2001:db8::1]/",
	} {
		if link, ok := SafeLink(bad); ok {
			t.Errorf("SafeLink(%q) accepted as %q", bad, link)
		}
	}
}

func TestCTATextHasNoInvisibleCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"Book\u200b a\u00ad call":              "Book a call",
		"Bo\u200cok\u200d a call\u2060\ufeff":  "Book a call",
		"Call\u034f us\ufe0f \U000e0041":       "Call us",
		"\u115f\u3164Talk\u180e":               "Talk",
		"Book\u202ea call":                     "Book a call",
		"\u200b\u200c\u200d\u00ad\u2060\ufeff": DefaultCTAText,
	} {
		if got := CTAText(in); got != want {
			t.Errorf("CTAText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := CleanName("Plan\u200b A"); got != "Plan A" {
		t.Errorf("CleanName keeps an invisible character: %q", got)
	}
}
