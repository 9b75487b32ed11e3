package state

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// s is a scenario's query string as a comparison's address carries it.
func s(query string) string { return "s=" + url.QueryEscape(query) }

func TestParseComparisonPairsNamesInOrder(t *testing.T) {
	raw := "n=stray&" + s("sales_target=8&mkt_target=2") + "&n=8+days+for+sales&n=ignored&" +
		s("?mkt_target=6&sales_target=6") + "&currency=EUR&" +
		s("https://roi.example.com/?mkt_target=10&sales_target=10&currency=GBP") + "&n=%20Ten%20%20days%20&locale=de-DE&unknown=1"
	c := ParseComparison(raw)
	if len(c.Scenarios) != 3 || len(c.Extra) != 0 {
		t.Fatalf("%d scenarios, %d extra, want 3 and 0", len(c.Scenarios), len(c.Extra))
	}
	for i, want := range []struct{ name, field, text string }{
		{"8 days for sales", "sales_target", "8"},
		{"", "mkt_target", "6"},
		{"Ten days", "sales_target", "10"},
	} {
		got := c.Scenarios[i]
		if got.Name != want.name || got.Form.Get(want.field) != want.text || got.Problem != "" {
			t.Errorf("scenario %d: %q, %s=%q, problem %q; want %q, %s=%q", i+1, got.Name, want.field, got.Form.Get(want.field), got.Problem, want.name, want.field, want.text)
		}
	}
	// The display is the address's own: the currency inside an s is not.
	if c.Display.Currency != "EUR" || c.Display.Locale != "de-DE" {
		t.Errorf("display %+v, want EUR and de-DE from the comparison's address", c.Display)
	}
}

// A value that is not valid keeps its text and is reported for its field with the
// calculator's own message.
func TestComparisonFieldErrorsAreTheCalculators(t *testing.T) {
	c := ParseComparison(s("mqls=500") + "&" + s("win_rate=101&mqls=abc"))
	got := c.Scenarios[1].Form.Read(c.Display.Locale)
	sc := FromQuery(url.Values{"win_rate": {"101"}, "mqls": {"abc"}})
	main := sc.Form.Read(sc.Display.Locale)
	if len(got.Errs) != 2 || got.Errs["win_rate"] != main.Errs["win_rate"] || got.Errs["mqls"] != main.Errs["mqls"] {
		t.Fatalf("errors %v, the calculator's %v", got.Errs, main.Errs)
	}
	if c.Scenarios[1].Form.Get("mqls") != "abc" {
		t.Errorf("the bad text is not kept: %q", c.Scenarios[1].Form.Get("mqls"))
	}
	if !c.Scenarios[0].Form.Read(c.Display.Locale).OK() {
		t.Errorf("scenario 1 is invalid: %v", c.Scenarios[0].Form.Read(c.Display.Locale).Errs)
	}
}

func TestComparisonBrokenScenarios(t *testing.T) {
	for _, c := range []struct {
		s    string // as written in the address
		want Problem
	}{
		{"s=%zz", ErrCompareUnreadable},                             // not even URL-encoded right
		{s("mqls=%zz"), ErrCompareUnreadable},                       // its own query is not
		{s("mqls=5;sal_rate=3"), ErrCompareUnreadable},              // semicolons are no separators
		{s("mql=500"), ErrCompareNoInputs},                          // a typo: no input named
		{"s=", ErrCompareNoInputs},                                  // empty
		{"s", ErrCompareNoInputs},                                   // no value at all
		{s("currency=EUR"), ErrCompareNoInputs},                     // display only
		{s("https://roi.example.com/?embed=1"), ErrCompareNoInputs}, // an address without inputs
	} {
		cmp := ParseComparison(s("mqls=300") + "&" + c.s + "&n=Bad")
		if len(cmp.Scenarios) != 2 {
			t.Errorf("%s: %d scenarios", c.s, len(cmp.Scenarios))
			continue
		}
		got := cmp.Scenarios[1]
		if got.Problem != c.want || got.Name != "Bad" {
			t.Errorf("%s: problem %q, name %q; want %q, Bad", c.s, got.Problem, got.Name, c.want)
		}
		if cmp.Scenarios[0].Problem != "" {
			t.Errorf("%s: the good scenario has a problem too: %q", c.s, cmp.Scenarios[0].Problem)
		}
	}
}

func TestComparisonKeepsFourAndNamesTheRest(t *testing.T) {
	var parts []string
	for _, q := range []string{"mqls=100", "mqls=200", "mqls=300", "mqls=400", "mqls=500", "mqls=600"} {
		parts = append(parts, s(q))
	}
	c := ParseComparison(strings.Join(parts, "&"))
	if len(c.Scenarios) != MaxCompared || len(c.Extra) != 2 || c.Extra[0].Form.Get("mqls") != "500" {
		t.Fatalf("%d shown, %d extra", len(c.Scenarios), len(c.Extra))
	}
	// The link of the page is of what it shows; the key keeps the rest, which
	// the page names as left out.
	if strings.Count(c.Encode(), "s=") != 4 || strings.Count(CompareKey(strings.Join(parts, "&")), "s=") != 6 {
		t.Errorf("Encode %q, key %q", c.Encode(), CompareKey(strings.Join(parts, "&")))
	}
}

// Addresses that show the same page have the same key; others do not.
func TestCompareKey(t *testing.T) {
	base := s("mqls=1500&sal_rate=25") + "&n=A&" + s("sales_target=8") + "&currency=EUR"
	for _, same := range []string{
		s("sal_rate=25&mqls=1,500") + "&n=A&" + s("sales_target=8.0&win_rate=20") + "&currency=eur",
		"currency=EUR&x=1&" + s("?mqls=1500&sal_rate=25&locale=xx") + "&n=%20A&n=B&" + s("sales_target=8"),
		"n=C&" + base,
	} {
		if CompareKey(same) != CompareKey(base) {
			t.Errorf("keys differ:\n  %s\n  %s", CompareKey(same), CompareKey(base))
		}
	}
	for _, other := range []string{
		s("sales_target=8") + "&" + s("mqls=1500&sal_rate=25") + "&n=A&currency=EUR", // order
		s("mqls=1500&sal_rate=25") + "&n=B&" + s("sales_target=8") + "&currency=EUR", // a name
		base + "&embed=1",
		base + "&" + s("mqls=9"),
		base + "&" + s("mqls=9") + "&" + s("mqls=9") + "&" + s("mqls=9"),              // a fifth scenario, left out
		s("mqls=1500&sal_rate=25") + "&n=A&" + s("sales_target=8x") + "&currency=EUR", // bad text
		s("mqls=1500&sal_rate=25") + "&n=A&s=%zz&currency=EUR",
	} {
		if CompareKey(other) == CompareKey(base) {
			t.Errorf("%s has the key of %s", other, base)
		}
	}
	want := "s=mqls%3D1500%26sal_rate%3D25&n=A&s=sales_target%3D8&currency=EUR"
	if got := CompareKey(base); got != want {
		t.Errorf("key %q, want %q", got, want)
	}
}

func FuzzComparison(f *testing.F) {
	for _, seed := range []string{
		"", "s=mqls%3D500&n=A&s=sales_target%3D8&currency=EUR&locale=de-DE&embed=1",
		"s=%zz&s=mqls%3D5%3Bx&s=&s&n=&n=%zz", "n=x&s=mqls%3D1%2C500", "s=%3Fmqls%3D5%3F",
		"s=https%3A%2F%2Fh%2F%3Fmqls%3D5&n=%E2%80%AEevil&s=win_rate%3D101",
		strings.Repeat("s=mqls%3D1&", 7), "cta_url=javascript:alert(1)&cta_text=%3Cb%3E&s=mqls%3D-5",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c := ParseComparison(raw)
		if len(c.Scenarios) > MaxCompared || (len(c.Extra) > 0 && len(c.Scenarios) != MaxCompared) {
			t.Fatalf("%d shown, %d extra", len(c.Scenarios), len(c.Extra))
		}
		for _, sc := range append(append([]Compared(nil), c.Scenarios...), c.Extra...) {
			if sc.Name != CleanName(sc.Name) || utf8.RuneCountInString(sc.Name) > MaxNameLen || strings.ContainsAny(sc.Name, "\x00\n\u202e") {
				t.Fatalf("name %q is not clean", sc.Name)
			}
			if chk := sc.Form.Read(c.Display.Locale); chk.OK() {
				if err := chk.Inputs.Validate(); err != nil {
					t.Fatalf("valid form, invalid inputs: %v", err)
				}
			}
			if sc.Problem != "" && sc.Form != DefaultForm() {
				t.Fatalf("a broken s with a form of its own")
			}
		}
		if c.Display.CTAURL != "" {
			if _, ok := SafeLink(c.Display.CTAURL); !ok {
				t.Fatalf("unsafe link kept: %q", c.Display.CTAURL)
			}
		}
		if strings.ContainsAny(c.Display.Currency+c.Display.Locale+c.Display.Accent, `<>"'&;`) {
			t.Fatalf("markup in display: %+v", c.Display)
		}
		// The key is canonical: reading it gives the same comparison, and it is
		// its own key.
		key := CompareKey(raw)
		again := ParseComparison(key)
		if CompareKey(key) != key {
			t.Fatalf("the key is not its own key:\n  %q\n  %q", key, CompareKey(key))
		}
		if !sameComparison(again, c) {
			t.Fatalf("the key reads as another comparison:\n  %+v\n  %+v", again, c)
		}
		// The page's link shows the same scenarios, without the extra ones.
		if shown := ParseComparison(c.Encode()); !sameScenarios(shown.Scenarios, c.Scenarios) || len(shown.Extra) != 0 || shown.Display != c.Display {
			t.Fatalf("the link reads as another comparison")
		}
	})
}

func sameComparison(a, b Comparison) bool {
	return sameScenarios(a.Scenarios, b.Scenarios) && sameScenarios(a.Extra, b.Extra) && a.Display == b.Display
}

func sameScenarios(a, b []Compared) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Name != y.Name || x.Problem != y.Problem || canonicalForm(x.Form, DefaultLocale) != canonicalForm(y.Form, DefaultLocale) || (x.Problem != "" && x.Query(DefaultLocale) != y.Query(DefaultLocale)) {
			return false
		}
	}
	return true
}

// The scenarios of a comparison are written in its locale, whatever the locale
// they were saved in: a saved scenario keeps plain numbers.
func TestComparisonInAnotherLocale(t *testing.T) {
	f := DefaultForm()
	f.Set("mkt_target", "4,5")
	list, _ := AddScenario(nil, "Plan", f, "de-DE")
	if list[0].Query != "mkt_target=4.5" {
		t.Fatalf("saved %q, want plain numbers", list[0].Query)
	}
	if back := list[0].Form("en-US"); back.Get("mkt_target") != "4.5" {
		got := back.Get("mkt_target")
		t.Errorf("read back in en-US as %q", got)
	}
	c := ParseComparison(s(list[0].Query) + "&" + s("mkt_target=6&locale=en-US") + "&locale=de-DE")
	for i, want := range []string{"4,5", "6"} {
		sc := c.Scenarios[i]
		if sc.Form.Get("mkt_target") != want || !sc.Form.Read(c.Display.Locale).OK() {
			t.Errorf("scenario %d: %q (%v), want %q", i+1, sc.Form.Get("mkt_target"), sc.Form.Read(c.Display.Locale).Errs, want)
		}
	}
	if key := CompareKey(c.Encode()); key != c.Encode() || !strings.Contains(key, url.QueryEscape("mkt_target=4.5")) {
		t.Errorf("key %q", key)
	}
}
