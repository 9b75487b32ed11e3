package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// EmbedDialog gives the snippet that embeds the calculator, with the scenario and
// settings on screen, in another site.
type EmbedDialog struct {
	app.Compo

	Snippet string

	status string
}

func (d *EmbedDialog) Render() app.UI {
	return app.Dialog().ID("embed-dialog").Class("dialog").Aria("labelledby", "embed-title").Body(
		app.H2().ID("embed-title").Text("Embed this calculator"),
		app.P().Text("Paste this into a page of your site. The calculator opens with the scenario and settings on screen, sizes itself to its content, and keeps every number in the visitor's browser."),
		app.Label().For("embed-code").Text("Embed code"),
		d.renderCode(),
		app.P().Class("help").Text("Brand it with URL parameters in the iframe's address: accent=1f3a5f (your colour), cta_url=https://… and cta_text=Book a call (a button to you), currency=EUR, locale=de-DE."),
		app.Div().Class("form-actions").Body(
			app.Button().ID("copy-embed").Type("button").Text("Copy code").OnClick(d.copy),
			app.Button().ID("close-embed").Type("button").Class("secondary").Text("Close").OnClick(func(ctx app.Context, e app.Event) {
				app.Window().GetElementByID("embed-dialog").Call("close")
			}),
		),
		app.P().Aria("live", "polite").Text(d.status),
	)
}

// renderCode is the snippet's text box. go-app gives a textarea its text as a value
// attribute, which HTML ignores and the server would write with Go quoting: the
// prerendered dialog is closed anyway, so the server leaves the box empty.
func (d *EmbedDialog) renderCode() app.UI {
	ta := app.Textarea().ID("embed-code").ReadOnly(true).Rows(5).Spellcheck(false)
	if app.IsClient {
		ta = ta.Text(d.Snippet)
	}
	return ta
}

func (d *EmbedDialog) copy(ctx app.Context, e app.Event) {
	ta := app.Window().GetElementByID("embed-code")
	ta.Call("focus")
	ta.Call("select")
	copyText(ctx, d.Snippet, func(ok bool) {
		if ok {
			d.status = "Embed code copied."
		} else {
			d.status = "Selected: press Ctrl+C (⌘C on a Mac) to copy."
		}
	})
}

func openEmbedDialog(ctx app.Context, e app.Event) {
	if dlg := app.Window().GetElementByID("embed-dialog"); dlg.Truthy() && !dlg.Get("open").Bool() {
		dlg.Call("showModal")
	}
}
