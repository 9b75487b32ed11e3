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
		return app.Elem("header").Class("visually-hidden").Body(app.Elem("h1").Text(p.T("Training ROI calculator")))
	}
	return app.Elem("header").Class("masthead").Body(
		app.Div().Class("masthead-inner").Body(
			app.Elem("h1").Text(p.T("Training ROI calculator")),
			app.P().Class("tagline").Text(p.T("How much sales and marketing training pays for your numbers: what the model projects for new-customer business, what it costs and when it pays back, from a study of 500 companies, with its caveats.")),
		),
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
	var name app.UI
	if r.Name != "" {
		name = app.P().Class("report-name").Text(r.Name)
	}
	return app.Div().ID("report-header").Class("report-header").Body(
		name,
		app.P().Class("report-title").Text(title),
		app.P().Class("report-link").Body(app.Text(r.LinkLabel+" "), app.Span().Class("url").Text(r.Link)),
	)
}
