package ui

import (
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedSnippet is the HTML a consultancy pastes into its site for the scenario
// and settings on screen (contract.md, "Embedding"). It is shown as text.
func (c *Calculator) embedSnippet() string {
	sc := c.scenario
	sc.Display.Embed = true
	origin := pageOrigin()
	src := origin + "/?" + encodeQuery(sc.Query())
	return `<iframe src="` + html.EscapeString(src) + `" data-training-roi title="Training ROI calculator" style="width:100%;border:0"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(origin) + `/web/embed.js" async></script>`
}

func (c *Calculator) renderEmbedDialog() app.UI {
	return app.Dialog().ID("embed-dialog").Class("dialog").Aria("labelledby", "embed-title").Body(
		app.H2().ID("embed-title").Text("Embed this calculator"),
		app.P().Text("Paste this into a page of your site. The calculator opens with the scenario and settings on screen, sizes itself to its content, and keeps every number in the visitor's browser."),
		app.Label().For("embed-code").Text("Embed code"),
		app.Textarea().ID("embed-code").ReadOnly(true).Rows(5).Text(c.embedSnippet()),
		app.P().Class("help").Text("Brand it with URL parameters in the iframe's address: accent=1f3a5f (your colour), cta_url=https://… and cta_text=Book a call (a button to you), currency=EUR, locale=de-DE."),
		app.Div().Class("form-actions").Body(
			app.Button().ID("copy-embed").Type("button").Text("Copy code").OnClick(c.copyEmbed),
			app.Button().ID("close-embed").Type("button").Class("secondary").Text("Close").OnClick(func(ctx app.Context, e app.Event) {
				app.Window().GetElementByID("embed-dialog").Call("close")
			}),
		),
		app.If(c.embedStatus != "", func() app.UI { return app.P().Aria("live", "polite").Text(c.embedStatus) }),
	)
}

func (c *Calculator) openEmbed(ctx app.Context, e app.Event) {
	c.embedStatus = ""
	ctx.Defer(func(app.Context) {
		d := app.Window().GetElementByID("embed-dialog")
		if d.Truthy() && !d.Get("open").Bool() {
			d.Call("showModal")
		}
	})
}

func (c *Calculator) copyEmbed(ctx app.Context, e app.Event) {
	ta := app.Window().GetElementByID("embed-code")
	ta.Call("focus")
	ta.Call("select")
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		c.embedStatus = "Selected: press Ctrl+C (⌘C on a Mac) to copy."
		return
	}
	var done, failed app.Func
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { c.embedStatus = "Embed code copied." })
		done.Release()
		failed.Release()
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { c.embedStatus = "Selected: press Ctrl+C (⌘C on a Mac) to copy." })
		done.Release()
		failed.Release()
		return nil
	})
	clip.Call("writeText", c.embedSnippet()).Call("then", done, failed)
}

// heightMessage is the type of the message that tells the host page our height.
const heightMessage = "training-roi:height"

// watchHeight posts the page's height to the parent window whenever it changes,
// so embed.js can size the iframe with no inner scrollbar. The height is not
// secret, hence the "*" target: the host's origin is unknown here.
func watchHeight() {
	w := app.Window()
	if !w.Get("ResizeObserver").Truthy() || w.Get("parent").Equal(w.JSValue()) {
		return
	}
	last := -1
	post := func() {
		h := w.Get("document").Get("documentElement").Get("scrollHeight").Int()
		if body := w.Get("document").Get("body"); body.Truthy() {
			if bh := body.Get("scrollHeight").Int(); bh > h {
				h = bh
			}
		}
		if h == last {
			return
		}
		last = h
		w.Get("parent").Call("postMessage", map[string]any{"type": heightMessage, "height": h}, "*")
	}
	cb := app.FuncOf(func(app.Value, []app.Value) any { post(); return nil })
	ro := w.Get("ResizeObserver").New(cb)
	ro.Call("observe", w.Get("document").Get("body"))
	post()
}
