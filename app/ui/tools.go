package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// actionCSV asks the page for the CSV file of the scenario on screen.
const actionCSV = "csv"

// Tools is what people do with a projection: send it, embed it, keep it.
type Tools struct {
	app.Compo

	ShareURL string // the link to the scenario on screen
	CSV      bool   // a CSV can be made (every input is valid)
	Embed    bool   // the page is embedded: no Embed button

	status  string // what the last action did
	linkBox bool   // the clipboard was refused: show the link to copy by hand
}

func (t *Tools) Render() app.UI {
	csv := app.Button().ID("download-csv").Type("button").Class("secondary").Text("Download CSV").OnClick(t.downloadCSV)
	if !t.CSV {
		// Never disabled="false", which the server would write and HTML reads as
		// disabled.
		csv = csv.Disabled(true)
	}
	return app.Div().ID("tools").Class("tools").Body(
		app.Button().ID("copy-link").Type("button").Class("secondary").Text("Copy link").OnClick(t.copyLink),
		app.If(!t.Embed, func() app.UI {
			return app.Button().ID("open-embed").Type("button").Class("secondary").Text("Embed").OnClick(openEmbedDialog)
		}),
		csv,
		app.Button().ID("print").Type("button").Class("secondary").Text("Print / PDF").OnClick(printReport),
		app.P().ID("share-status").Class("share-status").Aria("live", "polite").Text(t.status),
		app.If(t.linkBox, func() app.UI {
			return app.Div().Class("link-box").Body(
				app.Label().For("share-url").Text("Link to this scenario (select and copy)"),
				app.Input().ID("share-url").Type("text").ReadOnly(true).Value(attr(t.ShareURL)).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
	)
}

// copyLink puts the share link on the clipboard. Where that is not allowed (an
// iframe without permission, plain http), it shows the link to copy by hand.
func (t *Tools) copyLink(ctx app.Context, e app.Event) {
	copyText(ctx, t.ShareURL, func(ok bool) {
		t.linkBox = !ok
		if ok {
			t.status = "Link copied to the clipboard."
		} else {
			t.status = "Copying is not allowed here: select the link below and copy it."
		}
	})
}

func (t *Tools) downloadCSV(ctx app.Context, e app.Event) {
	ctx.NewAction(actionCSV)
	t.status = "CSV downloaded."
}

// printReport opens the browser's print dialog (Save as PDF is one of its
// printers). The print stylesheet shows the folded assumptions (::details-content);
// for browsers without it they are unfolded while the dialog is open.
func printReport(ctx app.Context, e app.Event) {
	d := app.Window().GetElementByID("assumptions")
	folded := d.Truthy() && !d.Get("open").Bool()
	if folded {
		d.Set("open", true)
	}
	app.Window().Call("print")
	if folded {
		d.Set("open", false)
	}
}
