package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// FunnelTable is the funnel per year, now and with the planned training.
type FunnelTable struct {
	app.Compo

	P    i18n.Printer // the page's language
	Rows []present.Row
}

func (t *FunnelTable) Render() app.UI {
	rows := make([]app.UI, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(r.Label), app.Td().Body(out(r.Now, true)), app.Td().Body(out(r.New, true)))
	}
	caption := t.P.T("Funnel per year, now and with the planned training")
	return scrollBox(caption, app.Table().ID("funnel").Class("data").Body(
		app.Elem("caption").Text(caption),
		app.Elem("thead").Body(app.Tr().Body(
			// The corner cell heads nothing: a td, as an empty th is a header with no name.
			app.Td(),
			app.Th().Scope("col").Text(t.P.T("Now")),
			app.Th().Scope("col").Text(t.P.T("Projected")),
		)),
		app.TBody().Body(rows...),
	))
}

// MoneyTable is the cost and benefit over the horizon.
type MoneyTable struct {
	app.Compo

	Caption string
	Rows    []present.Row
}

func (t *MoneyTable) Render() app.UI {
	rows := make([]app.UI, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(r.Label), app.Td().Body(out(r.Now, true)))
	}
	return scrollBox(t.Caption, app.Table().ID("money").Class("data").Body(
		app.Elem("caption").Text(t.Caption),
		app.TBody().Body(rows...),
	))
}

// scrollBox holds a table that may be wider than its column: it scrolls in its own
// box, which takes the focus so the keyboard can scroll it, and is named after the
// table for screen readers.
func scrollBox(name string, table app.UI) app.UI {
	return app.Div().Class("table-wrap").TabIndex(0).Role("region").Aria("label", name).Body(table)
}
