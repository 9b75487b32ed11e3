// Package ui holds the go-app components of the calculator page. Data flows one
// way: typed text, the URL or saved data → state → calc → present → these
// components, whose exported fields are their props. Only the page component,
// Calculator, holds the scenario; the others post actions to it.
package ui

import (
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/report"
	"github.com/trainingroi/calculator/app/state"
)

// Calculator is the page: the inputs, the results and the evidence. It keeps the
// scenario and what the browser says, and handles the page's actions;
// present.Calculator turns them into what the page shows.
//
// Its state is unexported on purpose: go-app builds a zero component on every
// navigation and copies exported fields over the mounted one.
type Calculator struct {
	app.Compo

	sc   state.Scenario
	env  present.Env
	view present.CalculatorPage // what the page shows of sc in env
	gen  int                    // changes when the page replaces what is typed (see Field.Gen)

	writes    pageWrites // the address and this device's copy, as they follow the page
	saved     savedState // the scenarios saved by name
	embedOpen bool       // the Embed dialog is open
	listeners listeners  // what the page added to the browser, until it goes
}

// pageWrites is where the address and this device's copy of the inputs stand
// against what is on screen.
type pageWrites struct {
	// loadedURL is the address the scenario was read from, so that the navigation
	// that starts the app does not read it again.
	loadedURL string
	// navURL is the address go-app last navigated to, which it ignores as a
	// destination (see onUseBest).
	navURL           string
	urlSynced, saved bool // the address and this device's copy hold the scenario
	edits            int  // counts edits; the delayed writes follow the last one
}

// NewCalculator returns the page component.
func NewCalculator() *Calculator { return &Calculator{} }

// OnInit reads the scenario in the browser before the first render, so the app's
// first page already shows it. The server reads it from the request in OnNav.
func (c *Calculator) OnInit() {
	if app.IsServer {
		return
	}
	c.env.SystemDark = prefersDark()
	c.env.Embedder = embedderOrigin()
	c.env.Origin = pageOrigin()
	c.env.ChartWidth = present.ChartWidthDefault
	// The report's date is the day it is printed; the server's page, which its
	// cache may keep for days, has none. Its name is the one the scenario is
	// saved under.
	c.env.Today = time.Now()
	c.saved.lib = loadLibrary()
	c.env.Saved = c.saved.lib.list
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
		c.writes.saved = false
	}
	c.compute()
}

// OnNav reads the scenario from the address: on the server for each request, in
// the browser when a link to another scenario is followed within the app.
func (c *Calculator) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if u.String() != c.writes.loadedURL {
		c.load(u.String(), c.scenarioOf(u), app.IsClient)
		if app.IsClient {
			c.gen++
		}
		c.compute()
	}
	setPageWords(ctx, c.view.P, calculatorTitle) // after the comparison's, in the app
	if app.IsClient {
		c.writes.navURL = u.String()
		c.syncURL(ctx)
		if !c.writes.saved {
			c.save()
		}
		ctx.Defer(markReady)
	}
}

// load takes the scenario of an address. Precedence: what the address names, else
// the inputs saved on this device, else the example.
func (c *Calculator) load(from string, sc state.Scenario, useSaved bool) {
	c.writes.loadedURL = from
	c.env.Notice = ""
	c.writes.saved = sc.FromURL
	if useSaved && !sc.FromURL {
		form, err := state.Decode(loadSaved(), sc.Display.Locale)
		sc.Form = form
		c.writes.saved = err == nil
		if err != nil {
			c.env.Notice = i18n.Later("The inputs saved on this device could not be read, so the example is shown.")
		}
	}
	c.sc = sc
	c.writes.urlSynced = false
}

// compute is the one place where the page's state becomes what it shows: the
// model runs there (present.Calculator).
func (c *Calculator) compute() { c.view = present.Calculator(c.sc, c.env, c.view) }

// OnMount starts what only the browser has: actions from the page's parts, the
// delayed writes, the embed's height and messages, the charts' width. OnDismount
// removes what it added to the browser.
func (c *Calculator) OnMount(ctx app.Context) {
	ctx.Handle(actionInput, c.onInput)
	ctx.Handle(actionDisplay, c.onDisplay)
	ctx.Handle(actionReset, c.onReset)
	ctx.Handle(actionUseBest, c.onUseBest)
	ctx.Handle(actionCSV, c.onCSV)
	ctx.Handle(actionCashFlow, c.onCashFlow)
	ctx.Handle(actionEmbedDialog, func(ctx app.Context, a app.Action) { c.embedOpen, _ = a.Value.(bool) })
	c.handleSaved(ctx)
	onPageHidden(&c.listeners, ctx, c.flush)
	if c.sc.Display.Embedded() {
		watchHeight(&c.listeners)
		listenToHost(&c.listeners, ctx, hostHandlers{
			info:   func(ctx app.Context, h hostInfo) { c.env.HostDark = h.Dark },
			opened: c.onOpened,
		})
		c.postResultLater(ctx, "load")
	}
	// Once laid out, the charts are drawn at the width they are shown at.
	ctx.Defer(c.measure)
}

func (c *Calculator) OnDismount() { c.listeners.release() }

// measureAfterToggle takes the charts' width once a disclosure that holds them
// opens: while it was closed they had none.
func (c *Calculator) measureAfterToggle(ctx app.Context, e app.Event) {
	ctx.Defer(c.measure)
}

// OnResize redraws the charts at their new width: text drawn for a wide screen and
// shrunk to a phone would be unreadable.
func (c *Calculator) OnResize(ctx app.Context) { c.measure(ctx) }

func (c *Calculator) measure(ctx app.Context) { measureCharts(ctx, &c.env.ChartWidth, c.compute) }

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
	setting := a.Tags.Get("setting")
	if setting == "lang" {
		c.chooseLanguage(v)
	} else {
		c.sc.Display = c.sc.Display.Choose(setting, v)
	}
	// A number keeps its value in the new format ("1.500" in German is 1500, so
	// "1500" in English, not 1.5). Text set from here needs new fields, as the
	// box owns its text (see Field.Gen).
	if c.sc.Form.Rewrite(from, c.sc.Display.Locale) {
		c.gen++
	}
	c.compute()
	if setting == "lang" {
		setPageWords(ctx, c.view.P, calculatorTitle)
	}
	c.edited(ctx)
	c.syncURL(ctx) // a choice, not a burst of keys: the address follows at once
}

// actionReset brings back the example.
const actionReset = "reset"

func (c *Calculator) onReset(ctx app.Context, a app.Action) {
	c.sc.Form = state.DefaultFormIn(c.sc.Display.Locale)
	c.env.Notice = ""
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
	if !c.view.Check.OK() {
		return
	}
	p := c.view.Result.Recommendation.Plan
	c.flush(ctx)
	c.sc.Form.Set("mkt_target", sliderText(state.Text(p.Mkt), c.sc.Display.Locale))
	c.sc.Form.Set("sales_target", sliderText(state.Text(p.Sales), c.sc.Display.Locale))
	c.gen++
	c.compute()
	c.edited(ctx)
	u := *ctx.Page().URL()
	u.RawQuery = c.sc.Encode()
	c.writes.loadedURL, c.writes.urlSynced = u.String(), true
	if u.String() == c.writes.navURL {
		app.Window().Get("history").Call("pushState", nil, "", u.String())
		return
	}
	ctx.NavigateTo(&u)
}

// onCSV and onCashFlow save the files of the scenario on screen, made in the
// browser, in the page's language and number format.
func (c *Calculator) onCSV(ctx app.Context, a app.Action) {
	ctx.PreventUpdate()
	if c.view.Check.OK() {
		downloadText(report.FileName(time.Now()), "text/csv;charset=utf-8", c.file().Figures(c.reported()))
	}
}

func (c *Calculator) onCashFlow(ctx app.Context, a app.Action) {
	ctx.PreventUpdate()
	if c.view.Check.OK() {
		downloadText(report.CashFlowFileName(time.Now(), false), "text/csv;charset=utf-8", c.file().CashFlow(c.reported()))
	}
}

func (c *Calculator) file() report.File {
	return report.File{P: c.view.P, Currency: c.view.Numbers.Currency(), Locale: c.view.Numbers.Locale()}
}

// reported is the scenario on screen as the files name it: its saved name, its link.
func (c *Calculator) reported() report.Scenario {
	return report.Scenario{Name: c.view.Name, Link: c.view.Share, In: c.view.In, Result: c.view.Result}
}

// pauseDelay is how long typing pauses before the address and this device's
// copy follow it. Replacing the address costs the browser about as much as a
// key's render does (a slower phone: several ms), so it waits for a pause rather
// than coming between the keys of a word; a slider drag fires dozens of edits a
// second, and browsers throttle history updates. A reload or leaving the page
// writes both at once (flush).
const pauseDelay = 300 * time.Millisecond

func (c *Calculator) edited(ctx app.Context) {
	c.writes.urlSynced, c.writes.saved = false, false
	c.writes.edits++
	c.postResultLater(ctx, "change")
	n := c.writes.edits
	ctx.After(pauseDelay, func(ctx app.Context) {
		ctx.PreventUpdate() // nothing on the page changes
		if n == c.writes.edits {
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
	if !c.writes.urlSynced {
		c.syncURL(ctx)
	}
	if !c.writes.saved {
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
	c.writes.loadedURL = u.String()
	c.writes.urlSynced = true
}

func (c *Calculator) save() {
	saveForm(c.sc.Form, c.sc.Display.Locale)
	c.writes.saved = true
}

// scenarioOf reads the scenario of an address in the page's language: the one
// the address names, else the visitor's (chosen on this device, else the
// browser's), whose number format and currency it takes where the address names
// none. On the server the language is the one it chose from the request (hl).
func (c *Calculator) scenarioOf(u *url.URL) state.Scenario {
	c.env.Lang = visitorLanguage()
	return state.FromQueryIn(u.Query(), c.env.Lang)
}

// chooseLanguage takes the visitor's choice of language: kept on this device,
// and in the address when the address names one. The number format and
// currency follow it unless they were chosen.
func (c *Calculator) chooseLanguage(v string) {
	l, ok := i18n.Parse(v)
	if !ok || !i18n.Supported(l) {
		return
	}
	keepLanguage(l)
	if cur, _ := i18n.Parse(c.env.Lang); cur != l {
		c.env.Lang = string(l) // a de-CH visitor who picks German keeps francs
	}
	if c.sc.Display.Lang != "" {
		c.sc.Display.Lang = string(l)
	}
	c.sc.Display = c.sc.Display.InLanguage(c.env.Lang)
}
