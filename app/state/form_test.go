package state

import (
	"net/url"
	"strings"
	"testing"
)

func TestQueryRoundTrip(t *testing.T) {
	q, _ := url.ParseQuery("mqls=500&sal_rate=25&sales_target=8&currency=eur&locale=de-DE&embed=1&accent=FF8800&cta_url=https://example.com/x&cta_text=Book+a+call&unknown=1")
	s := FromQuery(q)
	if !s.FromURL || s.Form.Get("mqls") != "500" || s.Form.Get("sal_rate") != "25" || s.Form.Get("win_rate") != "20" {
		t.Fatalf("FromQuery: %+v", s)
	}
	want := Display{Currency: "EUR", Locale: "de-DE", Embed: Compact, Accent: "ff8800", CTAURL: "https://example.com/x", CTAText: "Book a call",
		currencyChosen: true, localeChosen: true}
	if s.Display != want {
		t.Fatalf("display %+v, want %+v", s.Display, want)
	}
	back := FromQuery(s.Query())
	if back != s {
		t.Fatalf("round trip: %+v, want %+v", back, s)
	}
	if got := s.Query().Encode(); strings.Contains(got, "unknown") || strings.Contains(got, "win_rate") {
		t.Fatalf("query %q keeps unknown or default parameters", got)
	}
}

func TestQueryKeepsBadTextAsTyped(t *testing.T) {
	for _, v := range []string{"-5", "abc", "1e400", "NaN", "<script>alert(1)</script>"} {
		s := FromQuery(url.Values{"mqls": {v}})
		if s.Form.Get("mqls") != v {
			t.Errorf("mqls=%q became %q", v, s.Form.Get("mqls"))
		}
		if c := s.Form.Read(s.Display.Locale); c.OK() {
			t.Errorf("mqls=%q read as valid", v)
		}
	}
}

func TestDisplayDropsWhatIsNotWellFormed(t *testing.T) {
	q, _ := url.ParseQuery(`currency=<b>&locale="><script>&accent=red;}body{&cta_url=javascript:alert(1)&cta_text=<img src=x>`)
	d := DisplayFromQuery(q)
	if d != (Display{Currency: DefaultCurrency, Locale: DefaultLocale}) {
		t.Fatalf("display %+v kept bad values", d)
	}
	for _, bad := range []string{"javascript:alert(1)", "JavaScript:alert(1)", "http://example.com", "data:text/html,x", "//evil.example", "https://", "mailto:", "vbscript:x"} {
		if u, ok := SafeLink(bad); ok {
			t.Errorf("SafeLink(%q) accepted as %q", bad, u)
		}
	}
	for _, good := range []string{"https://example.com/book?x=1", "mailto:hello@example.com"} {
		if _, ok := SafeLink(good); !ok {
			t.Errorf("SafeLink(%q) refused", good)
		}
	}
}

func TestSavedRoundTripAndCorruption(t *testing.T) {
	f := DefaultForm()
	f.Set("mqls", "777")
	f.Set("win_rate", "abc")
	got, err := Decode(Encode(f, DefaultLocale), DefaultLocale)
	if err != nil || got != f {
		t.Fatalf("round trip: %v, %v", got, err)
	}
	if got, err := Decode("", DefaultLocale); err != nil || got != DefaultFormIn(DefaultLocale) {
		t.Fatalf("empty: %v %v", got, err)
	}
	for _, bad := range []string{"{not json", `{"v":1,"inputs":{"mqls":5}}`, `{"v":1,"inputs":[1,2]}`, `{"v":0,"inputs":{"mqls":"5"}}`, `"just a string"`, `null`, `{"v":"1"}`, strings.Repeat("x", 70000),
		`{"v":3,"locale":"en-US","inputs":{"mqls":"5"}}`, `{"v":2,"inputs":{"mqls":"5"}}`, `{"v":2,"locale":"<b>","inputs":{"mqls":"5"}}`, `{"v":1,"locale":"de-DE","inputs":{"mqls":"5"}}`} {
		got, err := Decode(bad, DefaultLocale)
		if got != DefaultFormIn(DefaultLocale) {
			t.Errorf("Decode(%.20q) = %v, want the defaults", bad, got)
		}
		if err == nil && bad != "null" {
			t.Errorf("Decode(%.20q): no error", bad)
		}
	}
	// Unknown names are ignored, known ones kept.
	got, err = Decode(`{"v":1,"inputs":{"mqls":"300","nope":"1"}}`, DefaultLocale)
	if err != nil || got.Get("mqls") != "300" {
		t.Fatalf("partial: %v %v", got, err)
	}
}

func FuzzFromQuery(f *testing.F) {
	for _, s := range []string{"mqls=500", "mqls=-5&win_rate=101", "currency=EUR&locale=de-DE", "cta_url=javascript:alert(1)", "%zz", "mqls=1e400&mqls=2",
		"locale=de-DE&lag=4.5&mqls=1,500", "locale=de-DE&mkt_target=~12.5&deal=12,5", "locale=fr-FR&mqls=~~1.500&deal=25k"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, _ := url.ParseQuery(raw)
		s := FromQuery(q)
		c := s.Form.Read(s.Display.Locale)
		if c.OK() {
			if err := c.Inputs.Validate(); err != nil {
				t.Fatalf("Read accepted inputs that Validate refuses: %v", err)
			}
		}
		if s.Display.CTAURL != "" {
			if _, ok := SafeLink(s.Display.CTAURL); !ok {
				t.Fatalf("unsafe link kept: %q", s.Display.CTAURL)
			}
		}
		if strings.ContainsAny(s.Display.Currency+s.Display.Locale+s.Display.Accent, `<>"'&;`) {
			t.Fatalf("markup in display: %+v", s.Display)
		}
		again := FromQuery(s.Query())
		if canonicalForm(again.Form, again.Display.Locale) != canonicalForm(s.Form, s.Display.Locale) || again.Display != s.Display {
			t.Fatalf("query round trip changed the scenario: %+v vs %+v", again, s)
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "{not json", `{"v":1,"inputs":{"mqls":"5"}}`, `{"v":1,"inputs":{"mqls":5}}`, "null",
		`{"v":2,"locale":"de-DE","inputs":{"mqls":"1.500","lag":"12.5"}}`, `{"v":1,"inputs":{"mqls":"1,500","lag":"4.5"}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		for _, tag := range []string{"en-US", "de-DE", "fr-FR"} {
			form, err := Decode(data, tag)
			if err != nil && form != DefaultFormIn(tag) {
				t.Fatalf("an error must come with the defaults")
			}
			again, err := Decode(Encode(form, tag), tag)
			if err != nil || again != form {
				t.Fatalf("%s: re-encoding lost data: %v", tag, err)
			}
		}
	})
}

// canonicalForm is what Query writes for each field of a form written in the
// locale tag.
func canonicalForm(f Form, locale string) Form {
	for i := range f {
		f[i] = canonical(f[i], NumbersOf(locale))
	}
	return f
}

func TestQueryWritesNumbersPlain(t *testing.T) {
	f := DefaultForm()
	f.Set("mqls", "1,500")
	f.Set("deal", "$30,000")
	f.Set("win_rate", "abc")
	f.Set("sal_rate", "30.0")
	got := Scenario{Form: f, Display: Display{Currency: DefaultCurrency, Locale: DefaultLocale}}.Query().Encode()
	if want := "deal=30000&mqls=1500&win_rate=abc"; got != want {
		t.Fatalf("query %q, want %q", got, want)
	}
}
