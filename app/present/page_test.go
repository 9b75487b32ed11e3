package present

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// typed is the example scenario with the given fields typed over, as the page
// reads an address.
func typed(fields ...string) state.Scenario {
	sc := state.FromQuery(url.Values{})
	for i := 0; i+1 < len(fields); i += 2 {
		sc.Form.Set(fields[i], fields[i+1])
	}
	return sc
}

// The calculator page through a visitor's edits: what it shows is the model's
// projection of the valid inputs, and while one is invalid, the last valid
// projection marked stale, the fields to fix and what screen readers hear.
func TestCalculatorPage(t *testing.T) {
	example := calc.Project(calc.Defaults())
	fewer := calc.Defaults()
	fewer.MQLs = 1000
	type want struct {
		valid, stale bool
		in           calc.Inputs
		lift         string   // the headline lift as shown
		fix          []string // the fields to fix, linked
		announce     string   // a part of what screen readers hear
	}
	tests := []struct {
		name  string
		edits []state.Scenario // in order; each page is made from the one before
		want  want
	}{
		{"the example", []state.Scenario{typed()},
			want{valid: true, in: calc.Defaults(), lift: "+29.4%", announce: "Lift +29.4%"}},
		{"an edit", []state.Scenario{typed(), typed("mqls", "1000")},
			want{valid: true, in: fewer, lift: "+29.4%", announce: "net "}},
		{"invalid after a valid one keeps its results", []state.Scenario{typed(), typed("mqls", "abc")},
			want{valid: true, stale: true, in: calc.Defaults(), lift: "+29.4%", fix: []string{"#in-mqls"}, announce: "MQLs"}},
		{"still invalid keeps the first valid results", []state.Scenario{typed("mqls", "1000"), typed("mqls", "x"), typed("mqls", "x", "win_rate", "101")},
			want{valid: true, stale: true, in: fewer, lift: "+29.4%", fix: []string{"#in-mqls", "#in-win_rate"}, announce: "MQLs"}},
		{"invalid from the start has no results", []state.Scenario{typed("win_rate", "-5")},
			want{fix: []string{"#in-win_rate"}, announce: "Win rate"}},
		{"fixed again is not stale", []state.Scenario{typed(), typed("mqls", "abc"), typed("mqls", "1000")},
			want{valid: true, in: fewer, lift: "+29.4%", announce: "Lift"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v CalculatorPage
			var sc state.Scenario
			for _, sc = range tt.edits {
				v = Calculator(sc, Env{}, v)
			}
			w := tt.want
			if v.Valid != w.valid || v.Stale != w.stale {
				t.Fatalf("valid %v, stale %v; want %v, %v", v.Valid, v.Stale, w.valid, w.stale)
			}
			if v.Valid {
				if v.In != w.in {
					t.Errorf("projects %+v, want %+v", v.In, w.in)
				}
				if v.Result.Lift != calc.Project(w.in).Lift || v.Results.Out["lift"].Text != w.lift {
					t.Errorf("lift %v shown %q; want calc's %v as %q", v.Result.Lift, v.Results.Out["lift"].Text, example.Lift, w.lift)
				}
				// Kept from the page before or made anew, it is what a fresh page of
				// those inputs shows.
				if r := calc.Project(w.in); !reflect.DeepEqual(v.Result, r) || !reflect.DeepEqual(v.Results, Project(sc.Display, v.P, w.in, r)) {
					t.Errorf("the projection shown is not the one of %+v", w.in)
				}
			} else if v.Results.Out != nil || v.Results.Peek != "" {
				t.Errorf("results without a valid projection: %+v", v.Results.Out["lift"])
			}
			var fix []string
			for _, f := range v.Fix {
				fix = append(fix, f.Href)
				if f.Text == "" {
					t.Errorf("link %s has no text", f.Href)
				}
			}
			if strings.Join(fix, " ") != strings.Join(w.fix, " ") {
				t.Errorf("fix %v, want %v", fix, w.fix)
			}
			invalid := len(w.fix) > 0
			if invalid != (v.FixLead != "") || invalid != strings.Contains(v.Peek, "need fixing") {
				t.Errorf("invalid %v, but lead %q and summary %q", invalid, v.FixLead, v.Peek)
			}
			if invalid && w.valid != strings.Contains(v.FixLead, "last valid") {
				t.Errorf("lead %q with results shown %v", v.FixLead, w.valid)
			}
			if !strings.Contains(v.Announce, w.announce) {
				t.Errorf("announces %q, want it to say %q", v.Announce, w.announce)
			}
		})
	}
}

// While a field is invalid, a change of language shows the last valid
// projection in the new language.
func TestCalculatorStaleInAnotherLanguage(t *testing.T) {
	stale := Calculator(typed("mqls", "x"), Env{}, Calculator(typed(), Env{}, CalculatorPage{}))
	de := typed("mqls", "x")
	de.Display = de.Display.InLanguage("de-DE")
	v := Calculator(de, Env{Lang: "de-DE"}, stale)
	want := Project(de.Display, i18n.For(i18n.DE), calc.Defaults(), calc.Project(calc.Defaults()))
	if !v.Stale || !reflect.DeepEqual(v.Results, want) || v.Results.Out["lift"].Text == stale.Results.Out["lift"].Text {
		t.Errorf("stale in German: lift %q, was %q", v.Results.Out["lift"].Text, stale.Results.Out["lift"].Text)
	}
}

// What screen readers hear changes only when what it says does: typing on in an
// invalid field repeats nothing.
func TestCalculatorAnnouncesOnce(t *testing.T) {
	first := Calculator(typed("mqls", "a"), Env{}, Calculator(typed(), Env{}, CalculatorPage{}))
	more := Calculator(typed("mqls", "ab"), Env{}, first)
	if first.Announce == "" || first.Announce != more.Announce {
		t.Errorf("announced %q, then %q", first.Announce, more.Announce)
	}
	valid := Calculator(typed("mqls", "600"), Env{}, more)
	if valid.Announce != valid.Results.Peek || valid.Announce == more.Announce {
		t.Errorf("once valid, announces %q (summary %q)", valid.Announce, valid.Results.Peek)
	}
}

// What the browser and the device say: the language and its defaults, the date
// printed, the saved name, where the inputs came from, the links, the charts.
func TestCalculatorEnv(t *testing.T) {
	sc := state.FromQueryIn(url.Values{"mqls": {"600"}}, "de-CH")
	saved, _ := state.AddScenario(nil, "Q3", sc.Form, sc.Display.Locale)
	env := Env{Lang: "de-CH", Origin: "https://roi.example", SystemDark: true, ChartWidth: 360,
		Today: time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC), Saved: saved,
		Notice: i18n.Later("The inputs saved on this device could not be read, so the example is shown.")}
	v := Calculator(sc, env, CalculatorPage{})
	p := i18n.For(i18n.DE)
	for _, c := range []struct{ what, got, want string }{
		{"language", string(v.P.Lang), "de"},
		{"currency", v.Numbers.Currency(), "CHF"},
		{"memo title", v.MemoTitle, p.F("Training plan memo of {date}", "date", "5. Dezember 2026")},
		{"name", v.Name, "Q3"},
		{"notice", v.Notice, p.T(env.Notice)},
		{"link", v.Share, "https://roi.example" + sc.Path()},
		{"chart words", string(v.Charts.Lang), "de"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	if !v.Charts.Dark || v.Charts.Width != 360 {
		t.Errorf("charts %+v: want dark at 360 px", v.Charts)
	}
	// The server knows no date, device or width.
	if s := Calculator(sc, Env{Lang: "de-CH"}, CalculatorPage{}); s.MemoTitle != p.T("Training plan memo") || s.Name != "" || s.Charts.Width != ChartWidthDefault || s.Share != sc.Path() {
		t.Errorf("server page: %q, %q, %d, %q", s.MemoTitle, s.Name, s.Charts.Width, s.Share)
	}
}

// The comparison page of an address: each valid scenario projected by the model,
// the others named with what to fix, its link and its printed title.
func TestComparisonPage(t *testing.T) {
	raw := sq("mqls=500") + "&n=Small&" + sq("mqls=abc") + "&n=Typo&" + sq("mqls=900") + "&n=Big"
	v := ComparePage(raw, Env{Origin: "https://roi.example", Today: time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)})
	if len(v.Runs) != 3 || !v.Runs[0].OK || v.Runs[1].OK || !v.Runs[2].OK {
		t.Fatalf("runs %+v", v.Runs)
	}
	for i, mqls := range map[int]float64{0: 500, 2: 900} {
		in := calc.Defaults()
		in.MQLs = mqls
		if !reflect.DeepEqual(v.Runs[i].Result, calc.Project(in)) {
			t.Errorf("scenario %d is not calc's projection of mqls=%v", i+1, mqls)
		}
	}
	if len(v.View.Problems) != 1 || v.View.Problems[0].Field != "mqls" || v.View.Problems[0].Scenario != 2 {
		t.Errorf("problems %+v", v.View.Problems)
	}
	if v.Share != "https://roi.example"+v.Comparison.Path() || !strings.Contains(v.Share, "n=Typo") {
		t.Errorf("link %q", v.Share)
	}
	if v.Title != "Scenarios compared on 5 December 2026" {
		t.Errorf("title %q", v.Title)
	}
}

// The Embed dialog's snippet and preview follow the settings chosen; a link that
// is not https: (or mailto:) is left out, and says why.
func TestEmbedConfig(t *testing.T) {
	sc := state.FromQuery(url.Values{"mqls": {"25000"}, "accent": {"0a7"}, "cta_url": {"https://consult.example/call"}})
	settings := EmbedSettings(sc)
	if settings.Get("embed") != "1" || settings.Get("accent") != "0a7" || settings.Has("mqls") {
		t.Errorf("starts from %v", settings)
	}
	p := i18n.For(i18n.EN)
	c := Embed(sc, settings, "https://roi.example", p)
	preview, _ := url.Parse(c.Preview)
	q := preview.Query()
	if q.Get("mqls") != "25000" || q.Get("embed") != "1" || q.Get("currency") != "USD" || q.Get("cta_url") != "https://consult.example/call" {
		t.Errorf("preview %s", c.Preview)
	}
	if !strings.Contains(c.Snippet, `src="https://roi.example/?`) || !strings.Contains(c.Snippet, "/web/embed.js") || c.CTAError != "" {
		t.Errorf("snippet %s, error %q", c.Snippet, c.CTAError)
	}

	// French writes 25 000 as "25 000": the fields are read in the embed's format.
	settings.Set("locale", "fr-FR")
	settings.Set("cta_url", "javascript:alert(1)")
	settings.Set("share", "http://host.example/page")
	c = Embed(sc, settings, "https://roi.example", p)
	preview, _ = url.Parse(c.Preview)
	if in := state.FromQuery(preview.Query()); in.Form.Read(in.Display.Locale).Inputs.MQLs != 25000 {
		t.Errorf("in French the preview reads %q", preview.Query().Get("mqls"))
	}
	if c.CTAError == "" || c.ShareError == "" || strings.Contains(c.Snippet, "javascript") || strings.Contains(c.Snippet, "host.example") {
		t.Errorf("bad links used: %q, %q, %s", c.CTAError, c.ShareError, c.Snippet)
	}
}
