package ui

import (
	"html"
	"math"

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
		c.renderEmbedCode(),
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

// renderEmbedCode is the snippet's text box. go-app gives a textarea its text as a
// value attribute, which HTML ignores and which the server would write with Go
// quoting (see attr): the prerendered dialog is closed anyway, so the server
// leaves the box empty and the app fills it.
func (c *Calculator) renderEmbedCode() app.UI {
	ta := app.Textarea().ID("embed-code").ReadOnly(true).Rows(5).Spellcheck(false)
	if app.IsClient {
		ta = ta.Text(c.embedSnippet())
	}
	return ta
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

// heightMessage is the type of the message that tells the host page our height;
// measureMessage is the one embed.js sends to ask for it again (it may load after
// the app has posted, or the iframe may have reloaded).
const (
	heightMessage  = "training-roi:height"
	measureMessage = "training-roi:measure"
)

// watchHeight posts the page's height to the parent window whenever it changes,
// so embed.js can size the iframe with no inner scrollbar. The height is not
// secret, hence the "*" target: the host's origin is unknown here.
//
// The height is that of the document's content, not documentElement.scrollHeight,
// which is never less than the iframe's own height: with it the frame could grow
// but never shrink again (when the assumptions close or the viewport widens).
func watchHeight() {
	w := app.Window()
	if !w.Get("ResizeObserver").Truthy() || w.Get("parent").Equal(w.JSValue()) {
		return
	}
	doc := w.Get("document")
	last := -1
	post := func() {
		h := int(math.Ceil(doc.Get("documentElement").Call("getBoundingClientRect").Get("height").Float()))
		if body := doc.Get("body"); body.Truthy() {
			if bh := body.Get("scrollHeight").Int(); bh > h {
				h = bh
			}
		}
		if h <= 0 || h == last {
			return
		}
		last = h
		w.Get("parent").Call("postMessage", map[string]any{"type": heightMessage, "height": h}, "*")
	}
	cb := app.FuncOf(func(app.Value, []app.Value) any { post(); return nil })
	ro := w.Get("ResizeObserver").New(cb)
	ro.Call("observe", doc.Get("documentElement"))
	if body := doc.Get("body"); body.Truthy() {
		ro.Call("observe", body)
	}
	// embed.js asks again when it starts or the iframe loads: answer only our
	// parent, whatever its origin (it learns nothing but the height).
	onMessage := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		data := ev.Get("data")
		if !ev.Get("source").Equal(w.Get("parent")) || !data.Truthy() || data.Type() != app.TypeObject ||
			data.Get("type").Type() != app.TypeString || data.Get("type").String() != measureMessage {
			return nil
		}
		last = -1
		post()
		return nil
	})
	w.Call("addEventListener", "message", onMessage)
	post()
}
