package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// CompareTable is the scenarios side by side: a column per scenario headed by its
// name, the inputs that differ, then the headline results with the best of each
// row marked in words, each scenario's caveats and its link into the calculator.
// Every cell of a column has data-scenario="N"; a result cell has data-out and
// data-value, like the calculator's hooks.
type CompareTable struct {
	app.Compo

	P       i18n.Printer // the page's language
	Caption string
	Columns []present.Column
	Differ  []present.InputRow
	Results []present.ResultRow
}

func (t *CompareTable) Render() app.UI {
	n, p := len(t.Columns), t.P
	head := []app.UI{app.Td().Class("corner")}
	for _, c := range t.Columns {
		th := app.Th().Scope("col").ID("col-"+strconv.Itoa(c.N)).DataSet("scenario", c.N)
		if c.Status != "" {
			th = th.DataSet("state", "invalid")
		}
		head = append(head, th.Body(
			app.Text(c.Name),
			spanIf("col-status", c.Status),
		))
	}
	var inputs []app.UI
	for _, r := range t.Differ {
		cells := []app.UI{app.Th().Scope("row").Text(r.Label)}
		for i, c := range r.Cells {
			td := app.Td().DataSet("scenario", i+1).DataSet("in", r.Name).Class(classIf(c.Error != "", "bad"))
			cells = append(cells, td.Body(
				app.Span().Class("num").Text(c.Text),
				spanIf("cell-error", c.Error),
			))
		}
		inputs = append(inputs, app.Tr().Body(cells...))
	}
	results := make([]app.UI, 0, len(t.Results)+2)
	for _, r := range t.Results {
		cells := []app.UI{app.Th().Scope("row").Body(app.Text(r.Label), app.Span().Class("rule").Text(r.Rule))}
		for i, c := range r.Cells {
			cells = append(cells, resultCell(p, i+1, c))
		}
		results = append(results, app.Tr().Body(cells...))
	}
	results = append(results, t.warningsRow(), t.openRow())
	var differ app.UI
	if len(inputs) > 0 {
		differ = app.TBody().Class("compare-inputs").Body(append([]app.UI{section(p.T("Inputs that differ"), n)}, inputs...)...)
	}
	return app.Div().Class("compare-scroll").Role("region").TabIndex(0).Aria("labelledby", "compare-caption").Body(
		app.Table().ID("compare-table").Class("data compare cols-"+strconv.Itoa(n)).Body(
			app.Elem("caption").ID("compare-caption").Text(t.Caption),
			app.Elem("thead").Body(app.Tr().Body(head...)),
			differ,
			app.TBody().Class("compare-results").Body(append([]app.UI{section(p.T("Results"), n)}, results...)...),
		),
	)
}

// section heads a group of rows.
func section(title string, n int) app.UI {
	return app.Tr().Class("section").Body(app.Th().Scope("rowgroup").ColSpan(n + 1).Text(title))
}

// resultCell is one scenario's result: the number and, for lift and ROI, its
// range; "best" in words where it is the row's best; a dash where the scenario
// has no results.
func resultCell(p i18n.Printer, n int, c present.ResultCell) app.UI {
	td := app.Td().DataSet("scenario", n)
	o := c.Out
	if o.Name == "" {
		return td.Class("none").Body(dash(p.T("no results")))
	}
	td = td.DataSet("out", o.Name).DataSet("value", o.Value)
	if c.Best {
		td = td.Class("best").DataSet("best", "yes")
	}
	badge, why := "", ""
	if c.Best {
		badge = p.T("best")
	}
	if o.NA() {
		why = o.Why
	}
	var rng app.UI
	if c.Low.Name != "" {
		parts := make([]app.UI, len(c.Range))
		for i, part := range c.Range {
			if part.Out != nil {
				parts[i] = rangeEnd(*part.Out)
			} else {
				parts[i] = app.Text(part.Text)
			}
		}
		rng = app.Span().Class("range").Body(parts...)
	}
	return td.Body(app.Span().Class("num").Title(o.Exact).Text(o.Text), spanIf("badge", badge), spanIf("why", why), rng)
}

func rangeEnd(o present.Out) app.UI {
	return app.Span().DataSet("out", o.Name).DataSet("value", o.Value).Text(o.Text)
}

// warningsRow names each scenario's caveats (given in full below the table).
func (t *CompareTable) warningsRow() app.UI {
	p := t.P
	cells := []app.UI{app.Th().Scope("row").Text(p.T("Read with care"))}
	for _, c := range t.Columns {
		td := app.Td().DataSet("scenario", c.N).Class("cell-warnings")
		switch {
		case c.Status != "":
			td = td.Body(dash(p.T("no results")))
		case len(c.Warnings) == 0:
			td = td.Text(p.T("none"))
		default:
			items := make([]app.UI, len(c.Warnings))
			for i, w := range c.Warnings {
				items[i] = app.Li().DataSet("code", w.Code).Text(w.Title)
			}
			td = td.Body(app.Ul().Body(items...))
		}
		cells = append(cells, td)
	}
	return app.Tr().Body(cells...)
}

// openRow links each scenario into the calculator.
func (t *CompareTable) openRow() app.UI {
	p := t.P
	cells := []app.UI{app.Th().Scope("row").Text(p.T("In the calculator"))}
	for _, c := range t.Columns {
		td := app.Td().DataSet("scenario", c.N).Class("open")
		if c.Open == "" {
			td = td.Body(dash(p.T("cannot be opened")))
		} else {
			td = td.Body(app.A().ID("open-"+strconv.Itoa(c.N)).Href(attr(c.Open)).Body(app.Text(p.T("Open")), hidden(" "+p.F("“{name}”", "name", c.Name))))
		}
		cells = append(cells, td)
	}
	return app.Tr().Body(cells...)
}

// spanIf is text in a span of this class, or nothing for no text (nil is
// nothing to go-app).
func spanIf(class, text string) app.UI {
	if text == "" {
		return nil
	}
	return app.Span().Class(class).Text(text)
}

// dash is an empty cell: a dash to see, and why to hear.
func dash(why string) app.UI {
	return app.Span().Body(app.Span().Aria("hidden", "true").Text("—"), hidden(why))
}

// hidden is text for screen readers only.
func hidden(text string) app.UI { return app.Span().Class("visually-hidden").Text(text) }
