package present

import (
	"time"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Env is what a page shows besides its address: what the browser and this device
// say. The server's page has the zero Env but for Lang.
type Env struct {
	Lang       string    // the visitor's language tag ("de-CH"): the defaults for what the address leaves out
	Origin     string    // where the page is served ("https://roi.example"); "" on the server
	Embedder   string    // the origin of the page that frames this one, if any
	SystemDark bool      // the visitor's system asks for dark pages
	HostDark   bool      // the iframe the page is in is dark on its host page
	ChartWidth int       // the width the charts are shown at; 0 until the page is laid out
	Today      time.Time // the day the report is printed on; zero on the server, whose cached page has none
	// Saved is the scenarios saved by name on this device.
	Saved []state.SavedScenario
	// Notice says where the inputs came from when that needs saying: a message
	// to translate, or "".
	Notice string
}

// ChartWidthDefault is the width charts are drawn at before the page can measure
// them: on the server, and in the app's first render.
const ChartWidthDefault = 640

// Look is how a page with given display settings shows: in which language, its
// numbers, colours and charts.
type Look struct {
	P       i18n.Printer
	Numbers format.Format
	Theme   Theme
	Charts  chart.Options
}

// LookOf is the look of a page with the display settings d for env's visitor.
func LookOf(d state.Display, env Env) Look {
	l := Look{P: i18n.For(Language(d, env.Lang)), Numbers: format.New(d.Locale, d.Currency), Theme: ThemeOf(d.Accent, string(d.Scheme()), d.Clear)}
	l.Charts = chart.Options{Width: env.ChartWidth, Dark: l.Theme.Dark(env.SystemDark),
		Locale: l.Numbers.Locale(), Currency: l.Numbers.Currency(), Lang: l.P.Lang}
	if l.Charts.Width <= 0 {
		l.Charts.Width = ChartWidthDefault
	}
	return l
}

// Language is the language of a page with the display settings d, for a visitor
// whose language tag is tag: the one the address names, else the visitor's,
// else the host page's (an embed's), else English.
func Language(d state.Display, tag string) i18n.Lang {
	for _, t := range []string{d.Lang, tag, d.HostLang} {
		if l, ok := i18n.Parse(t); ok {
			return l
		}
	}
	return i18n.EN
}

// CalculatorPage is everything the calculator page shows of a scenario.
type CalculatorPage struct {
	Look

	Check state.Check // the inputs as typed, read: OK, or what is wrong with each
	Form  Inputs

	// Valid says there is a projection to show: of the inputs, or while one is
	// invalid, of the last valid ones (Stale).
	Valid, Stale bool
	In           calc.Inputs // the inputs projected
	Result       calc.Result
	Results      Results

	FixLead string      // while an input is invalid: what the list of fields to fix says
	Fix     []FieldLink // the fields to fix, in the form's order

	Announce  string // what screen readers are told after an edit
	Peek      string // the live summary's figures, or that fields need fixing
	Notice    string // where the inputs came from, when that needs saying
	Share     string // the link to what is on screen
	Name      string // the name it is saved under on this device, if any
	MemoTitle string // the printed memo's title, with the day it is printed

	shown shownWith // how Results shows the projection
}

// shownWith is what a projection's words and figures depend on besides it: the
// display settings and the language.
type shownWith struct {
	d    state.Display
	lang i18n.Lang
}

// FieldLink is a link to an input field.
type FieldLink struct{ Href, Text string }

// Calculator is what the calculator page shows of the scenario sc for env's
// visitor. last is what it showed before: while an input is invalid, its
// projection stays, marked stale.
func Calculator(sc state.Scenario, env Env, last CalculatorPage) CalculatorPage {
	v := CalculatorPage{Look: LookOf(sc.Display, env)}
	p := v.P
	v.Check = sc.Form.Read(sc.Display.Locale)
	switch {
	case v.Check.OK():
		v.In, v.Valid = v.Check.Inputs, true
	case last.Valid:
		v.In, v.Valid, v.Stale = last.In, true, true
	}
	// The same inputs shown the same way are the last page's projection: while
	// a field is invalid (every key), and when the page is made again for what
	// the browser says (a dialog's list, the charts' width).
	v.shown = shownWith{sc.Display, p.Lang}
	switch {
	case !v.Valid:
	case last.Valid && last.In == v.In && last.shown == v.shown:
		v.Result, v.Results = last.Result, last.Results
	default:
		v.Result = calc.Project(v.In)
		v.Results = Project(sc.Display, p, v.In, v.Result)
	}
	v.Form = Form(sc, p, v.Check, v.Numbers, v.Valid && hasWarning(v.Result, calc.WarnOwnEffect))
	v.Announce = Announcement(p, v.Check, v.Results, v.Valid)
	v.Peek = v.Results.Peek
	if !v.Check.OK() {
		v.Peek = p.T("Some fields need fixing: see the results")
		v.FixLead = p.T("Fix these fields to see the projection:")
		if v.Valid {
			v.FixLead = p.T("Fix these fields to update the projection; below are the results for the last valid inputs:")
		}
		for _, f := range calc.Fields {
			if _, bad := v.Check.Errs[f.Name]; bad {
				v.Fix = append(v.Fix, FieldLink{Href: "#in-" + f.Name, Text: p.T(f.Label)})
			}
		}
	}
	v.Notice = p.T(env.Notice)
	v.Share = ShareURL(env.Origin, env.Embedder, sc)
	v.Name = SavedName(env.Saved, sc.Form, sc.Display.Locale)
	v.MemoTitle = p.T("Training plan memo")
	if !env.Today.IsZero() {
		v.MemoTitle = p.F("Training plan memo of {date}", "date", p.Date(env.Today))
	}
	return v
}

func hasWarning(r calc.Result, code string) bool {
	for _, w := range r.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}

// ComparisonPage is everything the comparison page shows.
type ComparisonPage struct {
	Look

	Comparison state.Comparison // as its address names it
	Runs       []Run            // each scenario's projection, where its inputs are valid
	View       Comparison
	Share      string // the link to the comparison
	Title      string // the printed comparison's title, with the day it is printed
}

// ComparePage is what the comparison page shows for the query string of its
// address, for env's visitor: each scenario whose inputs are valid is projected,
// and the comparison described.
func ComparePage(rawQuery string, env Env) ComparisonPage {
	cmp := state.ParseComparisonIn(rawQuery, env.Lang)
	v := ComparisonPage{Look: LookOf(cmp.Display, env), Comparison: cmp}
	d := cmp.Display
	v.Runs = make([]Run, len(cmp.Scenarios))
	for i, sc := range cmp.Scenarios {
		r := &v.Runs[i]
		r.Check = sc.Form.Read(d.Locale)
		if sc.Problem == "" && r.Check.OK() {
			r.Result, r.OK = calc.Project(r.Check.Inputs), true
		}
	}
	v.View = Compare(cmp, v.P, v.Runs)
	v.Share = CompareShareURL(env.Origin, cmp)
	v.Title = v.P.T("Scenarios compared")
	if !env.Today.IsZero() {
		v.Title = v.P.F("Scenarios compared on {date}", "date", v.P.Date(env.Today))
	}
	return v
}
