package state

import (
	"net/url"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/calc"
)

// The example as machines write it reads the same in every locale (links and
// saved data are compared with it), and as each locale's fields show it, grouped
// as the page's results are, it reads as the example there, without a hint.
func TestDefaultFormInEveryLocale(t *testing.T) {
	for _, tag := range format.Locales {
		for _, def := range []Form{DefaultForm(), DefaultFormIn(tag)} {
			if c := def.Read(tag); !c.OK() || c.Inputs != calc.Defaults() || len(c.Hints) != 0 {
				t.Errorf("%s: the example %q reads as %+v, %v, %v", tag, def, c.Inputs, c.Errs, c.Hints)
			}
		}
		f := format.New(tag, "EUR")
		for i, fd := range calc.Fields {
			want := ""
			if !fd.Optional {
				want = strings.NewReplacer("−", "-").Replace(f.Trim(fd.Default, 2))
			}
			if got := DefaultFormIn(tag)[i]; got != want {
				t.Errorf("%s: %s's default is %q in the form, %q on the page", tag, fd.Name, got, want)
			}
		}
	}
	de, gb, es := DefaultFormIn("de-DE"), DefaultFormIn("en-GB"), DefaultFormIn("es-ES")
	if de.Get("deal") != "25.000" || gb.Get("deal") != "25,000" || es.Get("deal") != "25.000" || es.Get("day_cost") != "500" {
		t.Errorf("deal: de-DE %q, en-GB %q, es-ES %q", de.Get("deal"), gb.Get("deal"), es.Get("deal"))
	}
}

// One field typed on the example, read in a locale: its value, or one error in
// words; a hint where the text likely means another number (a hint leaves the
// field valid); the text kept as typed.
func TestReadOneField(t *testing.T) {
	for _, c := range []struct {
		locale, field, text string
		want                float64
		err                 string // in the field's message; "" for valid
		hint                string
	}{
		{"de-DE", "mqls", "1.500", 1500, "", ""},
		{"de-DE", "deal", "25.000 €", 25000, "", ""},
		{"de-DE", "mkt_target", "12,5", 12.5, "", ""},
		{"de-DE", "deal", "1,2 Mio.", 1200000, "", ""},
		{"de-DE", "mkt_target", "12.5", 0, "could mean 12,5 or 125", ""},
		{"de-DE", "mqls", "-5", 0, "from 0 to 10.000.000.", ""},
		{"de-DE", "mkt_team", "2,5", 0, "whole number of people", ""},
		{"fr-FR", "mqls", "1 500", 1500, "", ""},
		{"fr-FR", "mqls", "20.000.000", 0, "from 0 to 10\u202f000\u202f000.", ""},
		{"en-US", "mqls", "-5", 0, "from 0 to 10,000,000.", ""},
		{"en-US", "mqls", "1.2M", 1200000, "", ""},
		{"en-US", "deal", "25k", 25000, "", ""},
		{"en-US", "mkt_target", "12,5", 0, "could mean 12.5 or 125", ""},
		{"en-US", "mqls", "abc", 0, "Enter a number", ""},
		{"en-US", "sal_rate", "101", 0, "from 0 to 100", ""},
		{"en-US", "mqls", "", 0, "Enter a number.", ""},
		{"en-US", "mqls", "1e400", 0, "too large", ""},
		{"en-US", "mqls", "NaN", 0, "Enter a number", ""},
		{"en-US", "mkt_team", "2.5", 0, "whole number of people", ""},
		{"en-US", "years", "0", 0, "from 1 to 5", ""},
		// Hints.
		{"en-US", "sal_rate", "0.3", 0.3, "", "0.3%; did you mean 30%?"},
		{"en-US", "confidence", ".5", 0.5, "", "0.5%; did you mean 50%?"},
		{"en-US", "win_rate", "0.125", 0.125, "", "0.125%; did you mean 12.5%?"},
		{"de-DE", "sal_rate", "0,3", 0.3, "", "0,3\u00a0%; did you mean 30\u00a0%?"},
		{"fr-FR", "margin", "0,7 %", 0.7, "", "0,7\u202f%; did you mean 70\u202f%?"},
		{"de-DE", "mqls", "1,500", 1.5, "", "1,5; did you mean 1.500?"},
		{"en-US", "deal", "$25.000", 25, "", "25; did you mean 25,000?"},
		{"es-ES", "mqls", "1,500", 1.5, "", "1,5; did you mean 1500?"},
		// Nothing to hint.
		{"en-US", "sal_rate", "0", 0, "", ""},
		{"en-US", "sal_rate", "1", 1, "", ""},
		{"en-US", "sal_rate", "30", 30, "", ""},
		{"en-US", "deal", "0.3", 0.3, "", ""},                      // not a percentage
		{"de-DE", "mkt_days", "1,500", 1.5, "", ""},                // 1500 days is no reading
		{"de-DE", "sal_rate", "1,500", 1.5, "", ""},                // nor 1500%
		{"en-US", "mqls", "0.500", 0.5, "", ""},                    // 0,500 is no way to write 500
		{"en-US", "mqls", "1.5", 1.5, "", ""},                      // not three decimals
		{"en-US", "mqls", "1.500k", 1500, "", ""},                  // 1500 either way
		{"en-US", "sal_rate", "-0.3", 0, "from 0 to 100", ""},      // an error, not a hint
		{"de-DE", "sal_rate", "0.3", 0, "could mean 0,3 or 3", ""}, // ambiguous: an error
	} {
		f := DefaultForm()
		f.Set(c.field, c.text)
		got := f.Read(c.locale)
		fd, _ := calc.FieldByName(c.field)
		switch {
		case c.err == "" && (!got.OK() || *fd.Of(&got.Inputs) != c.want):
			t.Errorf("%s: %s=%q read as %v, %v; want %v and valid", c.locale, c.field, c.text, *fd.Of(&got.Inputs), got.Errs, c.want)
		case c.err != "" && (len(got.Errs) != 1 || !strings.Contains(got.Errs[c.field].String(), c.err)):
			t.Errorf("%s: %s=%q: errors %v, want one on %s containing %q", c.locale, c.field, c.text, got.Errs, c.field, c.err)
		}
		if got.Hints[c.field].String() != c.hint || len(got.Hints) > 1 {
			t.Errorf("%s: %s=%q: hints %q, want %q", c.locale, c.field, c.text, got.Hints, c.hint)
		}
		if _, bad := got.Errs[c.field]; bad && got.Hints[c.field].ID != "" {
			t.Errorf("%s: %s=%q has both an error and a hint", c.locale, c.field, c.text)
		}
		if f.Get(c.field) != c.text {
			t.Errorf("%s: the typed text %q was not kept (%q)", c.field, c.text, f.Get(c.field))
		}
	}
}

// URL values have a dot decimal whatever the locale; the form shows them as the
// locale writes numbers, and writes them back with a dot.
func TestQueryIsDotDecimalInEveryLocale(t *testing.T) {
	q, _ := url.ParseQuery("locale=de-DE&lag=4.5&mqls=1,500&deal=30k&sal_rate=30&win_rate=abc&margin=12,5&mkt_days=~1.5&sales_days=~~x")
	s := FromQuery(q)
	for name, want := range map[string]string{
		"lag": "4,5", "mqls": "1.500", "deal": "30.000", "sal_rate": "30", "win_rate": "abc",
		// Not a number with a dot decimal: text as typed, read in the locale.
		"margin": "12,5",
		// Marked as typed text.
		"mkt_days": "1.5", "sales_days": "~x",
	} {
		if got := s.Form.Get(name); got != want {
			t.Errorf("%s=%q in the URL shows %q, want %q", name, q.Get(name), got, want)
		}
	}
	c := s.Form.Read(s.Display.Locale)
	in := c.Inputs
	if in.Lag != 4.5 || in.MQLs != 1500 || in.Deal != 30000 || in.Margin != 12.5 {
		t.Errorf("read as %+v", in)
	}
	for _, name := range []string{"win_rate", "mkt_days", "sales_days"} {
		if c.Errs[name].Msg.ID == "" {
			t.Errorf("%s=%q read as valid", name, s.Form.Get(name))
		}
	}
	want := "mkt_days=~1.5&sales_days=~~x&mqls=1500&win_rate=abc&deal=30000&margin=12.5&lag=4.5&locale=de-DE"
	if got := s.Encode(); got != want {
		t.Errorf("query %q, want %q", got, want)
	}
	if again := FromQuery(s.Query()); canonicalForm(again.Form, "de-DE") != canonicalForm(s.Form, "de-DE") {
		t.Errorf("read back: %v, want %v", again.Form, s.Form)
	}
}

// What is typed in German goes into the URL with a dot decimal; what German cannot
// read goes as typed, marked when the URL would read it as a number.
func TestQueryFromGermanText(t *testing.T) {
	f := DefaultForm()
	f.Set("mqls", "1.500")
	f.Set("deal", "30.000 €")
	f.Set("lag", "4,5")
	f.Set("mkt_target", "12.5")
	f.Set("win_rate", "abc")
	sc := Scenario{Form: f, Display: Display{}.Choose("currency", "EUR").Choose("locale", "de-DE")}
	q := sc.Query()
	for name, want := range map[string]string{"mqls": "1500", "deal": "30000", "lag": "4.5", "mkt_target": "~12.5", "win_rate": "abc"} {
		if got := q.Get(name); got != want {
			t.Errorf("%s=%q in German: the URL says %q, want %q", name, f.Get(name), got, want)
		}
	}
	back := FromQuery(q)
	if c := back.Form.Read("de-DE"); c.Errs["mkt_target"].Msg.ID == "" || c.Inputs.MQLs != 1500 || c.Inputs.Lag != 4.5 {
		t.Errorf("read back: %v, %v, %+v", back.Form, c.Errs, c.Inputs)
	}
}

func TestSavedDataKeepsItsNumbersInAnotherLocale(t *testing.T) {
	f := DefaultForm()
	f.Set("mqls", "1.500")
	f.Set("lag", "4,5")
	f.Set("mkt_target", "12.5") // invalid in German
	data := Encode(f, "de-DE")
	if !strings.Contains(data, `"v":2`) || !strings.Contains(data, `"locale":"de-DE"`) {
		t.Fatalf("saved %s, want version 2 with its locale", data)
	}
	for _, c := range []struct {
		locale string
		want   map[string]string
	}{
		{"de-DE", map[string]string{"mqls": "1.500", "lag": "4,5", "mkt_target": "12.5"}},
		{"en-US", map[string]string{"mqls": "1,500", "lag": "4.5", "mkt_target": "12.5"}},
		{"fr-FR", map[string]string{"mqls": "1\u202f500", "lag": "4,5", "mkt_target": "12.5"}},
	} {
		got, err := Decode(data, c.locale)
		if err != nil {
			t.Fatalf("%s: %v", c.locale, err)
		}
		for name, want := range c.want {
			if got.Get(name) != want {
				t.Errorf("saved in German, read in %s: %s = %q, want %q", c.locale, name, got.Get(name), want)
			}
		}
	}
	// Version 1, written before locales were read: English texts.
	got, err := Decode(`{"v":1,"inputs":{"mqls":"1,500","lag":"4.5","deal":"$30,000","win_rate":"abc"}}`, "de-DE")
	if err != nil {
		t.Fatal(err)
	}
	c := got.Read("de-DE")
	if c.Inputs.MQLs != 1500 || c.Inputs.Lag != 4.5 || c.Inputs.Deal != 30000 || got.Get("win_rate") != "abc" {
		t.Errorf("version 1 read in German: %v, %+v", got, c.Inputs)
	}
}
