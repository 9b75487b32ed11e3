package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// Render lays the comparison out from what load left; it computes nothing.
func (p *ComparePage) Render() app.UI {
	d, v, pr, share := p.view.Comparison.Display, p.view.View, p.view.P, p.view.Share
	// What the comparison may or may not have: nil is nothing to go-app.
	var intro, probs, table, charts, chartNote, csvNote, footer app.UI
	if len(v.Columns) == 0 {
		intro = introduction(pr, v.Calculator)
	} else {
		table = &CompareTable{P: pr, Caption: v.Caption, Columns: v.Columns, Differ: v.Differ, Results: v.Results}
	}
	if len(v.Problems) > 0 {
		probs = problems(pr, v.Problems)
	}
	if len(v.Chart.Series) > 0 {
		charts = app.Div().ID("charts").Class("charts compare-charts").Body(
			&ChartFigure{Name: "compare", Title: pr.T("When each scenario pays back"), Chart: v.Chart, Options: p.view.Charts})
	}
	if v.ChartNote != "" {
		chartNote = note("chart-note", v.ChartNote)
	}
	if v.CSVNote != "" {
		csvNote = note("csv-note", v.CSVNote)
	}
	if !d.Embedded() {
		footer = &Footer{P: pr, Version: appVersion()}
	}
	notes := make([]app.UI, len(v.Notes))
	for i, n := range v.Notes {
		notes[i] = note("", n)
	}
	var same app.UI
	if len(v.Same) > 0 {
		same = sameInputs(pr, v.Same)
	}
	return themedPage("page compare-page", d.Embedded(), p.env.HostDark, p.view.Theme).
		Body(
			&Masthead{P: pr, Embed: d.Embedded()},
			&UpdateBanner{P: pr},
			&ReportHeader{Title: p.view.Title, LinkLabel: pr.T("This comparison:"), Link: share},
			app.Elem("main").ID("main").Class("compare-main").Body(
				app.Section().ID("compare").Class("compare").Aria("labelledby", "compare-title").Body(
					app.H2().ID("compare-title").Text(pr.T("Scenarios side by side")),
					intro, probs, table,
					app.Div().Body(notes...),
					same, charts, chartNote,
					fullWarnings(pr, v.Columns),
					callToAction(pr, d, p.onCTA),
					&Tools{P: pr, ShareURL: share, CSV: v.CSV},
					csvNote,
					source(pr, "citation compare-source").ID("compare-source"),
					app.P().Class("back").Body(app.A().ID("to-calculator").Href(attr(v.Calculator)).Text(pr.T("Open the calculator"))),
				),
			),
			footer,
		)
}

// note is a line to bear in mind; id may be "".
func note(id, text string) app.UI {
	return app.P().ID(id).Class("compare-note").Text(text)
}

// introduction is the page of a link that names no scenario: what a comparison
// is and how to make one.
func introduction(p i18n.Printer, calculator string) app.UI {
	return app.Div().ID("compare-intro").Class("compare-intro").Body(
		app.P().Text(p.T("A comparison shows 2 to 4 scenarios side by side: the inputs that differ, every headline result with the best of each marked, and their payback timelines on one chart.")),
		app.P().Body(
			app.Text(p.T("To make one, save scenarios in the calculator with Save as…, then choose Compare with…. Everything stays on this device.")+" "),
			app.A().Href(attr(calculator)).Text(p.T("Open the calculator")),
		),
	)
}

// problems lists what is wrong with the link: which scenario, which field, and
// the calculator's message, with a link to fix the scenario there.
func problems(p i18n.Printer, ps []present.Problem) app.UI {
	items := make([]app.UI, len(ps))
	for i, pr := range ps {
		body := []app.UI{app.Text(pr.Text)}
		if pr.Fix != "" {
			body = append(body, app.Text(" "), app.A().Href(attr(pr.Fix)).Body(
				app.Text(p.T("Fix it in the calculator")), hidden(" "+p.F("(scenario {n})", "n", strconv.Itoa(pr.Scenario)))))
		}
		li := app.Li().Body(body...)
		if pr.Scenario > 0 {
			li = li.DataSet("scenario", pr.Scenario)
		}
		if pr.Field != "" {
			li = li.DataSet("field", pr.Field)
		}
		items[i] = li
	}
	return app.Div().ID("compare-problems").Class("invalid-summary").Role("status").Body(
		app.P().Text(p.T("This link needs fixing; what can be compared is below.")),
		app.Ul().Body(items...),
	)
}

// sameInputs lists once the inputs that are the same in every scenario.
func sameInputs(p i18n.Printer, same []present.SameInput) app.UI {
	items := make([]app.UI, len(same))
	for i, s := range same {
		items[i] = app.Li().Body(app.Span().Text(s.Label), app.Span().Class("num").Text(s.Text))
	}
	return app.Section().ID("same-inputs").Class("same-inputs").Aria("labelledby", "same-title").Body(
		app.H3().ID("same-title").Text(p.T("The same in every scenario")),
		app.Ul().Body(items...),
	)
}

// fullWarnings gives each scenario's caveats in full; the table names them.
func fullWarnings(p i18n.Printer, cols []present.Column) app.UI {
	var items []app.UI
	for _, c := range cols {
		for _, w := range c.Warnings {
			items = append(items, app.Li().DataSet("scenario", c.N).DataSet("code", w.Code).Body(
				app.Elem("strong").Text(p.F("{name}:", "name", c.Name)+" "), app.Text(w.Text)))
		}
	}
	if len(items) == 0 {
		return nil
	}
	return app.Section().ID("compare-warnings").Class("warnings").Aria("labelledby", "compare-warnings-title").Body(
		app.H3().ID("compare-warnings-title").Text(p.T("Read with care")),
		app.Ul().Body(items...),
	)
}
