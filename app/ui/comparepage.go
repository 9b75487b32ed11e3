package ui

import (
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/report"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// ComparePage is the comparison of 2 to 4 scenarios: /compare?s=…&n=…&s=….
// Its address is all of its state; the page only reads it.
//
// Its state is unexported for the reason Calculator's is.
type ComparePage struct {
	app.Compo

	cmp       state.Comparison
	runs      []present.Run
	view      present.Comparison
	loadedURL string
	charts    chart.Options
	theme     present.Theme
	today     string       // the date the comparison is printed on
	p         i18n.Printer // the page's language
	langTag   string       // the visitor's language tag, for its defaults
	hostDark  bool         // the iframe it is in is dark on the host page
}

// NewComparePage returns the comparison page component.
func NewComparePage() *ComparePage { return &ComparePage{} }

// compareTitle is the document's title on the comparison page; calculatorTitle
// the calculator's (also the server's default, set in internal/server).
var (
	compareTitle    = i18n.Later("Compare scenarios · Training ROI calculator")
	calculatorTitle = i18n.Later("Training ROI calculator")
)

// OnInit reads the address in the browser before the first render (go-app renders
// before OnNav); the server reads it from the request in OnNav.
func (p *ComparePage) OnInit() {
	p.charts.Width = chartWidthDefault
	if app.IsClient {
		p.load(app.Window().URL())
	}
}

// OnNav reads the address: on the server for each request, in the browser when
// a link to another comparison is followed within the app.
func (p *ComparePage) OnNav(ctx app.Context) {
	if u := ctx.Page().URL(); u.String() != p.loadedURL {
		p.load(u)
	}
	setPageWords(ctx, p.p, compareTitle)
	if app.IsClient {
		ctx.Defer(markReady)
	}
}

// load is the one place where the model runs on this page: each scenario whose
// inputs are valid is projected, and the comparison described.
func (p *ComparePage) load(u *url.URL) {
	p.loadedURL = u.String()
	p.langTag = visitorLanguage()
	p.cmp = state.ParseComparisonIn(u.RawQuery, p.langTag)
	d := p.cmp.Display
	p.p = i18n.For(pageLanguage(d, p.langTag))
	f := format.New(d.Locale, d.Currency)
	p.charts.Locale, p.charts.Currency, p.charts.Lang = f.Locale(), f.Currency(), p.p.Lang
	p.theme = present.ThemeOf(d.Accent, string(d.Scheme()), d.Clear)
	p.charts.Dark = p.theme.Dark(app.IsClient && prefersDark())
	p.runs = make([]present.Run, len(p.cmp.Scenarios))
	for i, sc := range p.cmp.Scenarios {
		r := &p.runs[i]
		r.Check = sc.Form.Read(d.Locale)
		if sc.Problem == "" && r.Check.OK() {
			r.Result, r.OK = calc.Project(r.Check.Inputs), true
		}
	}
	p.view = present.Compare(p.cmp, p.p, p.runs)
}

// OnMount starts what only the browser has: the CSV, the embed's height, the
// chart's width.
func (p *ComparePage) OnMount(ctx app.Context) {
	ctx.Handle(actionCSV, p.onCSV)
	ctx.Handle(actionCashFlow, p.onCashFlow)
	p.today = p.p.Date(time.Now()) // the server's cached page has none
	if p.cmp.Display.Embedded() {
		watchHeight()
		onHostInfo(ctx, func(ctx app.Context, h hostInfo) { p.hostDark = h.Dark })
	}
	ctx.Defer(p.measure)
}

// onCTA has embed.js open the call to action's link where the frame may not.
func (p *ComparePage) onCTA(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	openThroughHost(e, p.cmp.Display.CTAURL)
}

// OnResize redraws the chart at its new width (see Calculator.OnResize).
func (p *ComparePage) OnResize(ctx app.Context) { p.measure(ctx) }

func (p *ComparePage) measure(ctx app.Context) { measureCharts(ctx, &p.charts.Width) }

// onCSV saves the figures of each scenario with results, a column each headed by
// its name, in the calculator's rows; onCashFlow their cash flows.
func (p *ComparePage) onCSV(ctx app.Context, a app.Action) {
	ctx.PreventUpdate()
	if scs := p.reported(); len(scs) > 0 {
		downloadText(report.CompareFileName(time.Now()), "text/csv;charset=utf-8", p.file().Figures(scs...))
	}
}

func (p *ComparePage) onCashFlow(ctx app.Context, a app.Action) {
	ctx.PreventUpdate()
	if scs := p.reported(); len(scs) > 0 {
		downloadText(report.CashFlowFileName(time.Now(), true), "text/csv;charset=utf-8", p.file().CashFlow(scs...))
	}
}

func (p *ComparePage) file() report.File {
	return report.File{P: p.p, Currency: p.charts.Currency, Locale: p.charts.Locale}
}

// reported is the scenarios with results as the files name them: by the
// table's column names, with the calculator's address of each.
func (p *ComparePage) reported() []report.Scenario {
	var scs []report.Scenario
	for i, r := range p.runs {
		if r.OK {
			scs = append(scs, report.Scenario{Name: p.view.Columns[i].Name, Link: pageOrigin() + p.view.Columns[i].Open, In: r.Check.Inputs, Result: r.Result})
		}
	}
	return scs
}
