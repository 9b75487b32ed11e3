package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/report"
)

// renderTools draws what people do with a projection: send it, embed it, keep it.
func (c *Calculator) renderTools() app.UI {
	return app.Div().ID("tools").Class("tools").Body(
		app.Button().ID("copy-link").Type("button").Class("secondary").Text("Copy link").OnClick(c.copyLink),
		app.If(!c.scenario.Display.Embed, func() app.UI {
			return app.Button().ID("open-embed").Type("button").Class("secondary").Text("Embed").OnClick(c.openEmbed)
		}),
		c.renderDownloadCSV(),
		app.Button().ID("print").Type("button").Class("secondary").Text("Print / PDF").OnClick(printReport),
		app.If(c.shareStatus != "", func() app.UI {
			return app.P().ID("share-status").Class("share-status").Aria("live", "polite").Text(c.shareStatus)
		}),
		app.If(c.showLinkBox, func() app.UI {
			return app.Div().Class("link-box").Body(
				app.Label().For("share-url").Text("Link to this scenario (select and copy)"),
				app.Input().ID("share-url").Type("text").ReadOnly(true).Value(attr(c.shareURL())).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
	)
}

// renderDownloadCSV is the CSV button, disabled while an input is invalid. It is
// never given disabled="false", which the server would write and HTML reads as
// disabled.
func (c *Calculator) renderDownloadCSV() app.UI {
	b := app.Button().ID("download-csv").Type("button").Class("secondary").Text("Download CSV").OnClick(c.downloadCSV)
	if !c.check.OK() {
		b = b.Disabled(true)
	}
	return b
}

// printReport opens the browser's print dialog (Save as PDF is one of its
// printers). The print stylesheet shows the assumptions even when they are folded
// (::details-content); for a browser without it they are unfolded while the
// dialog is open.
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

// shareURL is the address of the scenario on screen, without the embed flag: a
// link is for opening the full page.
func (c *Calculator) shareURL() string {
	sc := c.scenario
	sc.Display.Embed = false
	q := encodeQuery(sc.Query())
	u := pageOrigin() + "/"
	if q != "" {
		u += "?" + q
	}
	return u
}

func pageOrigin() string {
	if app.IsServer {
		return ""
	}
	return app.Window().Get("location").Get("origin").String()
}

// copyLink puts the share link on the clipboard. Where the clipboard is not
// allowed (an iframe without permission, an old browser, plain http), it shows
// the link in a text field to copy by hand.
func (c *Calculator) copyLink(ctx app.Context, e app.Event) {
	link := c.shareURL()
	fallback := func() {
		ctx.Dispatch(func(ctx app.Context) {
			c.showLinkBox = true
			c.shareStatus = "Copying is not allowed here: select the link below and copy it."
		})
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		fallback()
		return
	}
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			c.showLinkBox = false
			c.shareStatus = "Link copied to the clipboard."
		})
		release()
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any {
		fallback()
		release()
		return nil
	})
	clip.Call("writeText", link).Call("then", done, failed)
}

// downloadCSV saves the inputs and results as a CSV file built in the browser.
func (c *Calculator) downloadCSV(ctx app.Context, e app.Event) {
	if !c.check.OK() {
		return
	}
	downloadText("training-roi.csv", "text/csv;charset=utf-8", report.CSV(c.check.Inputs, c.result, c.fmt.Currency()))
	c.shareStatus = "CSV downloaded."
}

// downloadText saves text as a file made in the browser: nothing is uploaded.
func downloadText(name, mime, data string) {
	w := app.Window()
	blob := w.Get("Blob").New([]any{data}, map[string]any{"type": mime})
	href := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Call("click")
	// The download reads the blob after the click returns: free it a little later.
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		w.Get("URL").Call("revokeObjectURL", href)
		revoke.Release()
		return nil
	})
	w.Call("setTimeout", revoke, 30000)
}
