package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Masthead is the page's title and tagline; embedded, only its heading remains, for
// screen readers, which navigate by headings.
type Masthead struct {
	app.Compo

	Embed bool
}

func (m *Masthead) Render() app.UI {
	if m.Embed {
		return app.Header().Class("visually-hidden").Body(app.H1().Text("Training ROI calculator"))
	}
	return app.Header().Class("masthead").Body(
		app.Div().Class("masthead-inner").Body(
			app.H1().Text("Training ROI calculator"),
			app.P().Class("tagline").Text("How much sales and marketing training pays for your numbers: what the model projects for new-customer business, what it costs and when it pays back, from a study of 500 companies, with its caveats."),
		),
	)
}

// Footer says where the numbers stay, the version and how to install the app.
type Footer struct {
	app.Compo

	Version     string
	Installable bool
	Apple       bool // an Apple browser: installation is by Share, Add to Home Screen
}

func (f *Footer) Render() app.UI {
	return app.Footer().Class("footer").Body(
		app.P().Text("Everything is computed in your browser: nothing you type leaves this device. Your inputs are saved on this device only, and the address bar is always a link to this exact scenario."),
		app.Div().Class("footer-row").Body(
			app.P().Class("version").Body(app.Text("Version "), app.Span().ID("app-version").Text(f.Version)),
			f.renderInstall(),
		),
	)
}

func (f *Footer) renderInstall() app.UI {
	switch {
	case !f.Installable:
		return nil
	case f.Apple:
		return app.P().ID("install-hint").Class("install-hint").Text("Install: tap Share, then “Add to Home Screen”.")
	}
	return app.Button().ID("install").Type("button").Class("secondary").Text("Install app").OnClick(func(ctx app.Context, e app.Event) {
		ctx.ShowAppInstallPrompt()
	})
}

// UpdateBanner offers to start a new version that has been installed in the
// background.
type UpdateBanner struct {
	app.Compo

	Ready bool
}

func (b *UpdateBanner) Render() app.UI {
	if !b.Ready {
		return app.Div().Hidden(true)
	}
	return app.Div().ID("update-banner").Class("banner").Role("status").Body(
		app.Span().Text("A new version is available."),
		app.Button().ID("update-reload").Type("button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) {
			ctx.Reload()
		}),
	)
}

// Peek is a one-line summary pinned to the bottom of a phone's screen, so the
// effect of a change is visible without scrolling down to the results.
type Peek struct {
	app.Compo

	Text    string
	Invalid bool
}

func (p *Peek) Render() app.UI {
	return app.Aside().Class("peek-bar").Aria("label", "Summary").Body(
		app.A().ID("peek").Href("#results").Class("peek").Class(classIf(p.Invalid, "invalid")).Text(p.Text),
	)
}

// ReportHeader heads the printed report: what it is (the scenario's name, when
// it is saved under one), when it was made, and the link that reproduces it. The
// screen does not show it.
type ReportHeader struct {
	app.Compo

	Title, Name, Date, Link string
}

func (r *ReportHeader) Render() app.UI {
	title := r.Title
	if r.Date != "" {
		title += " of " + r.Date
	}
	return app.Div().ID("report-header").Class("report-header").Body(
		app.If(r.Name != "", func() app.UI { return app.P().Class("report-name").Text(r.Name) }),
		app.P().Class("report-title").Text(title),
		app.P().Class("report-link").Body(app.Text("This scenario: "), app.Span().Class("url").Text(r.Link)),
	)
}
