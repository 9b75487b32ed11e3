package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// Masthead is the page's title and tagline; embedded, only its heading remains, for
// screen readers, which navigate by headings.
type Masthead struct {
	app.Compo

	P     i18n.Printer // the page's language
	Embed bool
}

func (m *Masthead) Render() app.UI {
	p := m.P
	if m.Embed {
		return app.Header().Class("visually-hidden").Body(app.H1().Text(p.T("Training ROI calculator")))
	}
	return app.Header().Class("masthead").Body(
		app.Div().Class("masthead-inner").Body(
			app.H1().Text(p.T("Training ROI calculator")),
			app.P().Class("tagline").Text(p.T("How much sales and marketing training pays for your numbers: what the model projects for new-customer business, what it costs and when it pays back, from a study of 500 companies, with its caveats.")),
		),
	)
}

// Footer says where the numbers stay, the version and how to install the app.
type Footer struct {
	app.Compo

	P           i18n.Printer // the page's language
	Version     string
	Installable bool
	Apple       bool // an Apple browser: installation is by Share, Add to Home Screen
}

func (f *Footer) Render() app.UI {
	return app.Footer().Class("footer").Body(
		app.P().Text(f.P.T("Everything is computed in your browser: nothing you type leaves this device. Your inputs are saved on this device only, and the address bar is always a link to this exact scenario.")),
		app.Div().Class("footer-row").Body(
			app.P().Class("version").Body(app.Text(f.P.T("Version")+" "), app.Span().ID("app-version").Text(f.Version)),
			f.renderInstall(),
		),
	)
}

func (f *Footer) renderInstall() app.UI {
	switch {
	case !f.Installable:
		return nil
	case f.Apple:
		return app.P().ID("install-hint").Class("install-hint").Text(f.P.T("Install: tap Share, then “Add to Home Screen”."))
	}
	return app.Button().ID("install").Type("button").Class("secondary").Text(f.P.T("Install app")).OnClick(func(ctx app.Context, e app.Event) {
		ctx.ShowAppInstallPrompt()
	})
}

// UpdateBanner offers to start a new version that has been installed in the
// background.
type UpdateBanner struct {
	app.Compo

	P     i18n.Printer // the page's language
	Ready bool
}

func (b *UpdateBanner) Render() app.UI {
	if !b.Ready {
		return app.Div().Hidden(true)
	}
	return app.Div().ID("update-banner").Class("banner").Role("status").Body(
		app.Span().Text(b.P.T("A new version is available.")),
		app.Button().ID("update-reload").Type("button").Text(b.P.T("Reload")).OnClick(func(ctx app.Context, e app.Event) {
			ctx.Reload()
		}),
	)
}

// Peek is a one-line summary pinned to the bottom of a phone's screen, so the
// effect of a change is visible without scrolling down to the results.
type Peek struct {
	app.Compo

	P       i18n.Printer // the page's language
	Text    string
	Invalid bool
}

func (p *Peek) Render() app.UI {
	return app.Aside().Class("peek-bar").Aria("label", p.P.T("Summary")).Body(
		app.A().ID("peek").Href("#results").Class("peek").Class(classIf(p.Invalid, "invalid")).Text(p.Text),
	)
}

// ReportHeader heads the printed report: what it is (the scenario's name, when
// it is saved under one), when it was made, and the link that reproduces it. The
// screen does not show it.
type ReportHeader struct {
	app.Compo

	Title     string // with the date the report is printed on
	Name      string // the name the scenario is saved under
	LinkLabel string // what the link is of: "This scenario:"
	Link      string
}

func (r *ReportHeader) Render() app.UI {
	title := r.Title
	return app.Div().ID("report-header").Class("report-header").Body(
		app.If(r.Name != "", func() app.UI { return app.P().Class("report-name").Text(r.Name) }),
		app.P().Class("report-title").Text(title),
		app.P().Class("report-link").Body(app.Text(r.LinkLabel+" "), app.Span().Class("url").Text(r.Link)),
	)
}
