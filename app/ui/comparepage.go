package ui

import (
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/report"
)

// ComparePage is the comparison of 2 to 4 scenarios: /compare?s=…&n=…&s=….
// Its address is all of its state; the page only reads it, and
// present.ComparePage turns it into what the page shows.
//
// Its state is unexported for the reason Calculator's is.
type ComparePage struct {
	app.Compo

	query     string // the address's query string
	env       present.Env
	view      present.ComparisonPage
	loadedURL string
	listeners listeners // what the page added to the browser, until it goes
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
	if app.IsClient {
		// The date it is printed on: the server's cached page has none.
		p.env = present.Env{SystemDark: prefersDark(), Origin: pageOrigin(), ChartWidth: present.ChartWidthDefault, Today: time.Now()}
		p.load(app.Window().URL())
	}
}

// OnNav reads the address: on the server for each request, in the browser when
// a link to another comparison is followed within the app.
func (p *ComparePage) OnNav(ctx app.Context) {
	if u := ctx.Page().URL(); u.String() != p.loadedURL {
		p.load(u)
	}
	setPageWords(ctx, p.view.P, compareTitle)
	if app.IsClient {
		ctx.Defer(markReady)
	}
}

func (p *ComparePage) load(u *url.URL) {
	p.loadedURL, p.query = u.String(), u.RawQuery
	p.env.Lang = visitorLanguage()
	p.compute()
}

// compute is the one place where the model runs on this page.
func (p *ComparePage) compute() { p.view = present.ComparePage(p.query, p.env) }

// OnMount starts what only the browser has: the CSV, the embed's height, the
// chart's width; OnDismount removes what it added to the browser.
func (p *ComparePage) OnMount(ctx app.Context) {
	ctx.Handle(actionCSV, p.onCSV)
	ctx.Handle(actionCashFlow, p.onCashFlow)
	if p.view.Comparison.Display.Embedded() {
		watchHeight(&p.listeners)
		listenToHost(&p.listeners, ctx, hostHandlers{info: func(ctx app.Context, h hostInfo) { p.env.HostDark = h.Dark }})
	}
	ctx.Defer(p.measure)
}

func (p *ComparePage) OnDismount() { p.listeners.release() }

// onCTA has embed.js open the call to action's link where the frame may not.
func (p *ComparePage) onCTA(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	openThroughHost(e, p.view.Comparison.Display.CTAURL)
}

// OnResize redraws the chart at its new width (see Calculator.OnResize).
func (p *ComparePage) OnResize(ctx app.Context) { p.measure(ctx) }

func (p *ComparePage) measure(ctx app.Context) { measureCharts(ctx, &p.env.ChartWidth, p.compute) }

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
	return report.File{P: p.view.P, Currency: p.view.Numbers.Currency(), Locale: p.view.Numbers.Locale()}
}

// reported is the scenarios with results as the files name them: by the
// table's column names, with the calculator's address of each.
func (p *ComparePage) reported() []report.Scenario {
	var scs []report.Scenario
	cols := p.view.View.Columns
	for i, r := range p.view.Runs {
		if r.OK {
			scs = append(scs, report.Scenario{Name: cols[i].Name, Link: p.env.Origin + cols[i].Open, In: r.Check.Inputs, Result: r.Result})
		}
	}
	return scs
}
