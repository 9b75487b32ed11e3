// Package ui holds the go-app components of the calculator page. Data flows one
// way: typed text, the URL or saved data → state.Form → calc → these views.
package ui

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Calculator is the whole page: the inputs, the results and the evidence.
//
// Its state is unexported on purpose: go-app rebuilds a zero component on every
// navigation and copies exported fields over the mounted one.
type Calculator struct {
	app.Compo

	scenario state.Scenario
	check    state.Check
	result   calc.Result
	fmt      format.Format
	shown    map[string]shown // result formatted for the page (outputs); nil when invalid
	// notice tells the user something about where the inputs came from, such as
	// saved data that could not be read.
	notice string

	shareStatus string // what the last share or export action did
	showLinkBox bool   // the clipboard was refused: show the link to copy by hand
	embedStatus string // what the embed dialog's copy button did
	watching    bool   // the embed height watcher runs

	// The charts, each redrawn only when what it shows changes, at the width
	// the page measured for them.
	lift, funnel, payback chartSlot
	chartWidth            int
	dark                  bool

	// syncs counts keystrokes; the URL and storage follow the last one (syncLater).
	syncs      int
	synced     int             // the keystroke the URL and storage hold
	tablesOpen map[string]bool // the charts' data tables the visitor opened

	// What the last render put on the page, for the quick paint (quick.go).
	paintedShape string
	painted      map[string]shown
	paintedPeek  string
	names        []string // the names of shown, in order (shownNames)
	rests        int      // quick-painted keystrokes; the rest of the page follows the last

	warmStarted bool // the warm-up ran or runs (warm.go)
	warmLeft    int  // its runs still to come

	updateReady bool // a new version is installed and waits for a reload
	installable bool // the browser offers to install the app
	apple       bool // an Apple browser: installation is by Share, Add to Home Screen
}

// NewCalculator returns the page component.
func NewCalculator() *Calculator { return &Calculator{} }

// OnInit sets up the example before the first render, which comes before OnNav.
func (c *Calculator) OnInit() {
	c.scenario = state.Scenario{
		Form:    state.DefaultForm(),
		Display: state.Display{Currency: state.DefaultCurrency, Locale: state.DefaultLocale},
	}
	c.recompute()
}

// OnNav reads the scenario from the URL. It runs on the server too, so the
// prerendered HTML already shows the results for the URL's query string.
func (c *Calculator) OnNav(ctx app.Context) {
	sc := state.FromQuery(ctx.Page().URL().Query())
	c.notice = ""
	if app.IsClient && !sc.FromURL {
		// Precedence: URL parameters, else the inputs saved on this device, else
		// the example.
		form, err := state.Decode(loadSaved())
		sc.Form = form
		if err != nil {
			c.notice = "The inputs saved on this device could not be read, so the example is shown."
		}
	}
	if app.IsClient {
		// What was typed into the prerendered page before the app ran wins over
		// the URL and saved data: it is the newest thing the user said.
		if early := takeEarlyInput(); len(early) > 0 {
			for name, text := range early {
				sc.Form.Set(name, text)
			}
			defer saveForm(sc.Form)
		}
	}
	c.scenario = sc
	c.recompute()
	if app.IsClient {
		c.syncURL(ctx)
		ctx.Defer(func(ctx app.Context) {
			c.showEmptyFields()
			// Now that the page is laid out, draw the charts at their real width.
			before := c.chartWidth
			c.measureCharts()
			if c.chartWidth != before || c.dark {
				ctx.Update()
			}
			ctx.Defer(markReady)
			c.warmUp(ctx)
		})
	}
	if app.IsClient && sc.Display.Embed && !c.watching {
		c.watching = true
		ctx.Defer(func(app.Context) { watchHeight() })
	}
}

// recompute is the one place where the model runs: text → check → result.
func (c *Calculator) recompute() {
	c.check = c.scenario.Form.Read()
	if c.check.OK() {
		c.result = calc.Project(c.check.Inputs)
	} else {
		c.result = calc.Result{}
	}
	c.fmt = format.New(c.scenario.Display.Locale, c.scenario.Display.Currency)
	c.shown = nil
	if c.check.OK() {
		c.shown = c.outputs()
	}
}

// setField is called on every keystroke: it keeps the text exactly as typed,
// recomputes, and keeps the URL and this device's copy in step.
func (c *Calculator) setField(ctx app.Context, name, text string) {
	if c.scenario.Form.Get(name) == text {
		return
	}
	c.scenario.Form.Set(name, text)
	c.stopWarmUp()
	c.recompute()
	c.quickPaint(ctx, name)
	c.syncLater(ctx)
}

// syncDelay is how long typing must pause before the URL and this device's copy
// follow it. Measured with make bench (docs/performance.md): replacing the URL
// and encoding the inputs for localStorage took longer per keystroke than the
// model, and ran before the results could be drawn.
const syncDelay = 300 * time.Millisecond

// syncLater keeps the URL and this device's copy in step once typing pauses: of
// a burst of keystrokes only the last one writes them, after the results are on
// screen.
func (c *Calculator) syncLater(ctx app.Context) {
	c.syncs++
	n := c.syncs
	ctx.After(syncDelay, func(ctx app.Context) {
		ctx.PreventUpdate() // nothing on the page changes
		if n == c.syncs {
			c.syncNow(ctx)
		}
	})
}

func (c *Calculator) syncNow(ctx app.Context) {
	c.synced = c.syncs
	c.syncURL(ctx)
	saveForm(c.scenario.Form)
}

// flushWhenHidden writes what syncLater still waits to write as soon as the page
// is hidden or left (a closed tab, a switched app, a reload), so that the last
// keys typed before that are not lost. The handlers run on go-app's UI
// goroutine within the browser's event, before the page goes.
func (c *Calculator) flushWhenHidden(ctx app.Context) {
	flush := app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			if c.synced != c.syncs {
				c.syncNow(ctx)
			}
		})
		return nil
	})
	w := app.Window()
	w.Call("addEventListener", "pagehide", flush)
	doc := w.Get("document")
	doc.Call("addEventListener", "visibilitychange", app.FuncOf(func(app.Value, []app.Value) any {
		if doc.Get("visibilityState").String() == "hidden" {
			flush.Invoke()
		}
		return nil
	}))
}

func (c *Calculator) setDisplay(ctx app.Context, d state.Display) {
	c.scenario.Display = d
	c.recompute()
	c.syncURL(ctx)
}

func (c *Calculator) reset(ctx app.Context, e app.Event) {
	e.PreventDefault()
	c.scenario.Form = state.DefaultForm()
	c.notice = ""
	c.recompute()
	c.syncURL(ctx)
	saveForm(c.scenario.Form)
}

// syncURL replaces (never pushes) the address so that it is always a share link
// for what is on screen.
func (c *Calculator) syncURL(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = encodeQuery(c.scenario.Query())
	if u.String() != ctx.Page().URL().String() {
		ctx.Page().ReplaceURL(&u)
	}
}

// encodeQuery writes a query with the inputs in model order, display settings
// after, so that links read naturally ("?mqls=500&sal_rate=25") and are stable.
func encodeQuery(q url.Values) string {
	var b strings.Builder
	add := func(k string) {
		for _, v := range q[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	for _, f := range calc.Fields {
		add(f.Name)
	}
	for _, k := range []string{"currency", "locale", "embed", "accent", "cta_url", "cta_text"} {
		add(k)
	}
	return b.String()
}

// Render draws the page.
func (c *Calculator) Render() app.UI {
	d := c.scenario.Display
	return app.Div().
		Class("page").
		Class(classIf(d.Embed, "embed")).
		Style("--accent", accentColour(d.Accent)).
		Style("--on-accent", onAccent(d.Accent)).
		Body(
			c.renderUpdateBanner(),
			app.If(!d.Embed, func() app.UI { return c.renderHeader() }).
				// Embedded, the page has no masthead, but still its one h1 for
				// screen readers, which navigate by headings.
				Else(func() app.UI {
					return app.Header().Class("visually-hidden").Body(app.H1().Text("Training ROI calculator"))
				}),
			app.Main().ID("main").Class("layout").Body(
				c.renderInputs(),
				c.renderResults(),
			),
			c.renderPeek(),
			c.renderEvidence(),
			app.If(!d.Embed, func() app.UI { return c.renderFooter() }),
			app.If(!d.Embed, func() app.UI { return c.renderEmbedDialog() }),
		)
}

func classIf(ok bool, class string) string {
	if ok {
		return class
	}
	return ""
}

// accentColour is the brand colour from the URL (already checked to be 3 or 6 hex
// digits, so it cannot inject CSS), or the house colour.
func accentColour(hex string) string {
	if hex == "" {
		return "#1f3a5f"
	}
	return "#" + hex
}

// onAccent picks black or white text for the accent colour, whichever contrasts
// more, so a consultancy's light brand colour still gives readable buttons.
func onAccent(hex string) string {
	if hex == "" {
		return "#ffffff"
	}
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	var lum float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		lum += w * c
	}
	// Contrast with white is 1.05/(L+0.05), with black (L+0.05)/0.05.
	if 1.05/(lum+0.05) >= (lum+0.05)/0.05 {
		return "#ffffff"
	}
	return "#000000"
}
