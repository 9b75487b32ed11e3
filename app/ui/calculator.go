// Package ui holds the go-app components of the calculator page. Data flows one
// way: typed text, the URL or saved data → state → calc → present → these
// components, whose exported fields are their props. Only the page component,
// Calculator, holds the scenario; the others post actions to it.
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

// Calculator is the page: the inputs, the results and the evidence.
//
// Its state is unexported on purpose: go-app builds a zero component on every
// navigation and copies exported fields over the mounted one.
type Calculator struct {
	app.Compo

	sc  state.Scenario
	chk state.Check
	gen int // changes when the page replaces what is typed (see Field.Gen)
	// loadedURL is the address the scenario was read from, so that the navigation
	// that starts the app does not read it again.
	loadedURL string
	notice    string // where the inputs came from, when that needs saying

	form       present.Inputs
	announce   string          // what screen readers are told after an edit
	in         calc.Inputs     // the last valid inputs
	result     calc.Result     // their projection
	res        present.Results // and how the page shows it
	valid      bool            // there is a projection to show
	charts     chart.Options   // how the charts are drawn: width, palette, formats
	systemDark bool            // the visitor's system asks for dark pages
	theme      present.Theme   // the brand colours
	numbers    format.Format   // numbers as the display settings write them
	p          i18n.Printer    // the page's language
	langTag    string          // the language tag it comes from ("de-CH"), for its defaults
	share      string          // the link to what is on screen
	embedder   string          // the origin of the page that embeds this one, if any
	hostDark   bool            // the iframe it is in is dark on the host page
	name       string          // the name the scenario on screen is saved under, if any
	// navURL is the address go-app last navigated to, which it ignores as a
	// destination (see onUseBest).
	navURL string

	urlSynced, saved bool // the address and this device's copy hold the scenario
	edits            int  // counts edits; the delayed writes follow the last one

	today string // the date the report is printed on

	embedOpen bool      // the Embed dialog is open
	lib       library   // the scenarios saved by name, as last read
	libView   savedView // and as the dialogs show them
	libStatus string    // what the last change to them did
	libSync   savedSync // this window's recent changes to them, merged with others'

	updateReady bool // a new version is installed and waits for a reload
	installable bool // the browser offers to install the app
	apple       bool // an Apple browser: installation is by Share, Add to Home Screen
}

// NewCalculator returns the page component.
func NewCalculator() *Calculator { return &Calculator{} }

// chartWidthDefault is the width charts are drawn at before the page can measure
// them: on the server, and in the app's first render.
const chartWidthDefault = 640

// OnInit reads the scenario in the browser before the first render, so the app's
// first page already shows it. The server reads it from the request in OnNav.
func (c *Calculator) OnInit() {
	c.charts.Width = chartWidthDefault
	if app.IsServer {
		return
	}
	c.systemDark = prefersDark()
	c.embedder = embedderOrigin()
	u := app.Window().URL()
	if noted, ok := takeReloadNote(u); ok { // a reload keeps the last key (reloadnote.go)
		u = noted
		replaceAddress(u)
	}
	c.load(u.String(), c.scenarioOf(u), true)
	// What was typed into the prerendered page before the app ran wins: it is the
	// newest thing the visitor said.
	typed, slid := takeEarlyInput()
	for name, text := range typed {
		if slid[name] {
			text = sliderText(text, c.sc.Display.Locale)
		}
		c.sc.Form.Set(name, text)
		c.saved = false
	}
	c.compute()
}

// OnNav reads the scenario from the address: on the server for each request, in
// the browser when a link to another scenario is followed within the app.
func (c *Calculator) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if u.String() != c.loadedURL {
		c.load(u.String(), c.scenarioOf(u), app.IsClient)
		if app.IsClient {
			c.gen++
		}
		c.compute()
	}
	setPageWords(ctx, c.p, calculatorTitle) // after the comparison's, in the app
	if app.IsClient {
		c.navURL = u.String()
		c.syncURL(ctx)
		if !c.saved {
			c.save()
		}
		ctx.Defer(markReady)
	}
}

// load takes the scenario of an address. Precedence: what the address names, else
// the inputs saved on this device, else the example.
func (c *Calculator) load(from string, sc state.Scenario, useSaved bool) {
	c.loadedURL = from
	c.notice = ""
	c.saved = sc.FromURL
	if useSaved && !sc.FromURL {
		form, err := state.Decode(loadSaved(), sc.Display.Locale)
		sc.Form = form
		c.saved = err == nil
		if err != nil {
			c.notice = i18n.Later("The inputs saved on this device could not be read, so the example is shown.")
		}
	}
	c.sc = sc
	c.urlSynced = false
	c.restyle()
}

// restyle takes what the display settings decide: how numbers are written, the
// brand's colours, light or dark charts. They change with the address or a
// display choice, never with typing.
func (c *Calculator) restyle() {
	d := c.sc.Display
	c.p = i18n.For(pageLanguage(d, c.langTag))
	c.numbers = format.New(d.Locale, d.Currency)
	c.charts.Locale, c.charts.Currency, c.charts.Lang = c.numbers.Locale(), c.numbers.Currency(), c.p.Lang
	c.theme = present.ThemeOf(d.Accent, string(d.Scheme()), d.Clear)
	c.charts.Dark = c.theme.Dark(c.systemDark)
}

// compute is the one place where the model runs: text → check → result → what the
// page shows. While a field is invalid the last valid projection stays, marked
// stale by the render.
func (c *Calculator) compute() {
	c.chk = c.sc.Form.Read(c.sc.Display.Locale)
	if c.chk.OK() {
		c.in = c.chk.Inputs
		c.result = calc.Project(c.in)
		c.res = present.Project(c.sc.Display, c.p, c.in, c.result)
		c.valid = true
	}
	c.form = present.Form(c.sc, c.p, c.chk, c.numbers, c.valid && hasWarning(c.result, calc.WarnOwnEffect))
	c.announce = present.Announcement(c.p, c.chk, c.res, c.valid)
	c.share = present.ShareURL(pageOrigin(), c.embedder, c.sc)
	c.name = present.SavedName(c.lib.list, c.sc.Form, c.sc.Display.Locale)
}

func hasWarning(r calc.Result, code string) bool {
	for _, w := range r.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}

// OnMount starts what only the browser has: actions from the page's parts, the
// delayed writes, updates and installation, the embed's height, the charts' width.
func (c *Calculator) OnMount(ctx app.Context) {
	ctx.Handle(actionInput, c.onInput)
	ctx.Handle(actionDisplay, c.onDisplay)
	ctx.Handle(actionReset, c.onReset)
	ctx.Handle(actionUseBest, c.onUseBest)
	ctx.Handle(actionCSV, c.onCSV)
	ctx.Handle(actionCashFlow, c.onCashFlow)
	ctx.Handle(actionEmbedDialog, func(ctx app.Context, a app.Action) { c.embedOpen, _ = a.Value.(bool) })
	c.handleSaved(ctx)
	onPageHidden(ctx, c.flush)
	c.installable = ctx.IsAppInstallable()
	c.apple = ctx.IsAppleBrowser()
	c.watchForUpdates(ctx)
	if c.sc.Display.Embedded() {
		watchHeight()
		onHostInfo(ctx, func(ctx app.Context, h hostInfo) { c.hostDark = h.Dark })
		onHostOpened(ctx, c.onOpened)
		c.postResultLater(ctx, "load")
	}
	// The report's date is the day it is printed; the server's page, which its
	// cache may keep for days, has none. Its name is the one the scenario is
	// saved under.
	c.today = c.p.Date(time.Now())
	c.lib = loadLibrary()
	c.name = present.SavedName(c.lib.list, c.sc.Form, c.sc.Display.Locale)
	// Once laid out, the charts are drawn at the width they are shown at.
	ctx.Defer(c.measure)
}

// measureAfterToggle takes the charts' width once a disclosure that holds them
// opens: while it was closed they had none.
func (c *Calculator) measureAfterToggle(ctx app.Context, e app.Event) {
	ctx.Defer(c.measure)
}

// OnResize redraws the charts at their new width: text drawn for a wide screen and
// shrunk to a phone would be unreadable.
func (c *Calculator) OnResize(ctx app.Context) { c.measure(ctx) }

func (c *Calculator) measure(ctx app.Context) { measureCharts(ctx, &c.charts.Width) }

// onInput takes a field's new text, exactly as typed, or its slider's value.
func (c *Calculator) onInput(ctx app.Context, a app.Action) {
	text, _ := a.Value.(string)
	name := a.Tags.Get("name")
	if a.Tags.Get("control") == "slider" {
		text = sliderText(text, c.sc.Display.Locale)
	}
	if c.sc.Form.Get(name) == text {
		ctx.PreventUpdate()
		return
	}
	c.sc.Form.Set(name, text)
	c.compute()
	c.edited(ctx)
}

// sliderText is a slider's value (a dot decimal, "4.5") as the box shows it in
// the locale ("4,5" in German).
func sliderText(value, locale string) string {
	return state.Rewrite(value, state.DotDecimal, state.NumbersOf(locale))
}

func (c *Calculator) onDisplay(ctx app.Context, a app.Action) {
	v, _ := a.Value.(string)
	from := c.sc.Display.Locale
	if setting := a.Tags.Get("setting"); setting == "lang" {
		c.chooseLanguage(ctx, v)
	} else {
		c.sc.Display = c.sc.Display.Choose(setting, v)
	}
	c.restyle()
	// A number keeps its value in the new format ("1.500" in German is 1500, so
	// "1500" in English, not 1.5). Text set from here needs new fields, as the
	// box owns its text (see Field.Gen).
	if c.sc.Form.Rewrite(from, c.sc.Display.Locale) {
		c.gen++
	}
	c.compute()
	c.edited(ctx)
	c.syncURL(ctx) // a choice, not a burst of keys: the address follows at once
}

// actionReset brings back the example.
const actionReset = "reset"

func (c *Calculator) onReset(ctx app.Context, a app.Action) {
	c.sc.Form = state.DefaultFormIn(c.sc.Display.Locale)
	c.notice = ""
	c.gen++
	c.compute()
	c.edited(ctx)
	c.syncURL(ctx)
}

// onUseBest puts the recommended plan's days into the targets, as one step that
// the browser's Back reverses: the address of what was on screen stays in the
// history, and the plan's address is pushed after it (typing replaces). go-app
// navigates on Back only to an address other than the one it last navigated to,
// and ignores a navigation to that address: so the plan's address is pushed by
// go-app when it differs from that one, by hand when not.
func (c *Calculator) onUseBest(ctx app.Context, a app.Action) {
	if !c.chk.OK() {
		return
	}
	p := c.result.Recommendation.Plan
	c.flush(ctx)
	c.sc.Form.Set("mkt_target", sliderText(state.Text(p.Mkt), c.sc.Display.Locale))
	c.sc.Form.Set("sales_target", sliderText(state.Text(p.Sales), c.sc.Display.Locale))
	c.gen++
	c.compute()
	c.edited(ctx)
	u := *ctx.Page().URL()
	u.RawQuery = c.sc.Encode()
	c.loadedURL, c.urlSynced = u.String(), true
	if u.String() == c.navURL {
		app.Window().Get("history").Call("pushState", nil, "", u.String())
		return
	}
	ctx.NavigateTo(&u)
}

// onCSV and onCashFlow save the files of the scenario on screen, made in the
// browser, in the page's language and number format.
func (c *Calculator) onCSV(ctx app.Context, a app.Action) {
	ctx.PreventUpdate()
	if c.chk.OK() {
		downloadText(report.FileName(time.Now()), "text/csv;charset=utf-8", c.file().Figures(c.reported()))
	}
}

func (c *Calculator) onCashFlow(ctx app.Context, a app.Action) {
	ctx.PreventUpdate()
	if c.chk.OK() {
		downloadText(report.CashFlowFileName(time.Now(), false), "text/csv;charset=utf-8", c.file().CashFlow(c.reported()))
	}
}

func (c *Calculator) file() report.File {
	return report.File{P: c.p, Currency: c.numbers.Currency(), Locale: c.numbers.Locale()}
}

// reported is the scenario on screen as the files name it: its saved name, its link.
func (c *Calculator) reported() report.Scenario {
	return report.Scenario{Name: c.name, Link: c.share, In: c.in, Result: c.result}
}

// pauseDelay is how long typing pauses before the address and this device's
// copy follow it. Replacing the address costs the browser about as much as a
// key's render does (a slower phone: several ms), so it waits for a pause rather
// than coming between the keys of a word; a slider drag fires dozens of edits a
// second, and browsers throttle history updates. A reload or leaving the page
// writes both at once (flush).
const pauseDelay = 300 * time.Millisecond

func (c *Calculator) edited(ctx app.Context) {
	c.urlSynced, c.saved = false, false
	c.edits++
	c.postResultLater(ctx, "change")
	n := c.edits
	ctx.After(pauseDelay, func(ctx app.Context) {
		ctx.PreventUpdate() // nothing on the page changes
		if n == c.edits {
			c.flushWrites(ctx)
		}
	})
}

// flush writes what the delayed writes still wait to write; also when the page is
// hidden or left, so that the last keys typed before that are not lost, and a
// reload finds them (reloadnote.go).
func (c *Calculator) flush(ctx app.Context) {
	ctx.PreventUpdate()
	c.flushWrites(ctx)
	leaveReloadNote(ctx.Page().URL().String())
}

// flushWrites brings the address and this device's copy up to what is on screen.
func (c *Calculator) flushWrites(ctx app.Context) {
	if !c.urlSynced {
		c.syncURL(ctx)
	}
	if !c.saved {
		c.save()
	}
}

// syncURL replaces (never pushes) the address so that it always reproduces what is
// on screen.
func (c *Calculator) syncURL(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = c.sc.Encode()
	if u.String() != ctx.Page().URL().String() {
		ctx.Page().ReplaceURL(&u)
	}
	c.loadedURL = u.String()
	c.urlSynced = true
}

func (c *Calculator) save() {
	saveForm(c.sc.Form, c.sc.Display.Locale)
	c.saved = true
}

// scenarioOf reads the scenario of an address in the page's language: the one
// the address names, else the visitor's (chosen on this device, else the
// browser's), whose number format and currency it takes where the address names
// none. On the server the language is the one it chose from the request (hl).
func (c *Calculator) scenarioOf(u *url.URL) state.Scenario {
	c.langTag = visitorLanguage()
	return state.FromQueryIn(u.Query(), c.langTag)
}

// chooseLanguage takes the visitor's choice of language: kept on this device,
// and in the address when the address names one. The number format and
// currency follow it unless they were chosen.
func (c *Calculator) chooseLanguage(ctx app.Context, v string) {
	l, ok := i18n.Parse(v)
	if !ok || !i18n.Supported(l) {
		return
	}
	keepLanguage(l)
	if cur, _ := i18n.Parse(c.langTag); cur != l {
		c.langTag = string(l) // a de-CH visitor who picks German keeps francs
	}
	if c.sc.Display.Lang != "" {
		c.sc.Display.Lang = string(l)
	}
	c.sc.Display = c.sc.Display.InLanguage(c.langTag)
	c.restyle()
	c.today = c.p.Date(time.Now())
	setPageWords(ctx, c.p, calculatorTitle)
}
