package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// actionCSV asks the page for the figures file (CSV) of what is on screen,
// actionCashFlow for its cash flow file.
const (
	actionCSV      = "csv"
	actionCashFlow = "cashflow"
)

// actionLibrary asks the page to read the saved scenarios again and open one of
// the dialogs that use them; Value is the dialog's id.
const actionLibrary = "library"

// Tools is what people do with a projection: send it, keep it, compare it,
// embed it, export it.
type Tools struct {
	app.Compo

	P           i18n.Printer // the page's language
	ShareURL    string       // the link to what is on screen
	CSV         bool         // the files can be made (a scenario has results)
	EmbedButton bool         // offer the embed code (the calculator, not embedded itself)
	Saving      bool         // offer Save as… and Compare with… (the calculator)

	status  string // what the last action did
	linkBox bool   // the clipboard was refused: show the link to copy by hand
}

func (t *Tools) Render() app.UI {
	p := t.P
	csv := app.Button().ID("download-csv").Type("button").Class("secondary").Text(p.T("Download CSV")).OnClick(t.downloadCSV)
	cashFlow := app.Button().ID("download-cashflow").Type("button").Class("secondary").Text(p.T("Download cash flow")).OnClick(t.downloadCashFlow)
	if !t.CSV {
		// Never disabled="false", which the server would write and HTML reads as
		// disabled.
		csv, cashFlow = csv.Disabled(true), cashFlow.Disabled(true)
	}
	var saveAs, compareWith, embed, linkBox app.UI
	if t.Saving {
		saveAs, compareWith = libraryButton("save-as", p.T("Save as…")), libraryButton("compare-with", p.T("Compare with…"))
	}
	if t.EmbedButton {
		embed = app.Button().ID("open-embed").Type("button").Class("secondary").Text(p.T("Embed")).OnClick(openEmbedDialog)
	}
	if t.linkBox {
		linkBox = app.Div().Class("link-box").Body(
			app.Label().For("share-url").Text(p.T("Link to this scenario (select and copy)")),
			app.Input().ID("share-url").Type("text").ReadOnly(true).Value(attr(t.ShareURL)).
				OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
		)
	}
	return app.Div().ID("tools").Class("tools").Body(
		app.Button().ID("copy-link").Type("button").Class("secondary").Text(p.T("Copy link")).OnClick(t.copyLink),
		saveAs, compareWith,
		embed,
		csv, cashFlow,
		app.Button().ID("print").Type("button").Class("secondary").Text(p.T("Print / PDF")).OnClick(printReport),
		app.P().ID("share-status").Class("share-status").Aria("live", "polite").Text(t.status),
		linkBox,
	)
}

// copyLink puts the share link on the clipboard. Where that is not allowed (an
// iframe without permission, plain http), it shows the link to copy by hand.
func (t *Tools) copyLink(ctx app.Context, e app.Event) {
	copyText(ctx, t.ShareURL, func(ok bool) {
		t.linkBox = !ok
		if ok {
			t.status = t.P.T("Link copied to the clipboard.")
		} else {
			t.status = t.P.T("Copying is not allowed here: select the link below and copy it.")
		}
	})
}

func libraryButton(id, label string) app.UI {
	return app.Button().ID(id).Type("button").Class("secondary").Aria("haspopup", "dialog").Text(label).OnClick(openLibrary)
}

// openLibrary asks the page for the dialog of the button clicked: the page reads
// the saved scenarios first, which another window may have changed.
func openLibrary(ctx app.Context, e app.Event) {
	dialog := "save-dialog"
	if ctx.JSSrc().Get("id").String() == "compare-with" {
		dialog = "compare-dialog"
	}
	ctx.NewActionWithValue(actionLibrary, dialog)
}

func (t *Tools) downloadCSV(ctx app.Context, e app.Event) {
	ctx.NewAction(actionCSV)
	t.status = t.P.T("CSV downloaded.")
}

func (t *Tools) downloadCashFlow(ctx app.Context, e app.Event) {
	ctx.NewAction(actionCashFlow)
	t.status = t.P.T("Cash flow downloaded.")
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
