package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
)

// FunnelTable is the funnel per year, now and with the planned training.
type FunnelTable struct {
	app.Compo

	Rows []present.Row
}

func (t *FunnelTable) Render() app.UI {
	rows := make([]app.UI, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(r.Label), app.Td().Body(out(r.Now, true)), app.Td().Body(out(r.New, true)))
	}
	return app.Table().ID("funnel").Class("data").Body(
		app.Caption().Text("Funnel per year, now and with the planned training"),
		app.THead().Body(app.Tr().Body(
			// The corner cell heads nothing: a td, as an empty th is a header with no name.
			app.Td(),
			app.Th().Scope("col").Text("Now"),
			app.Th().Scope("col").Text("Projected"),
		)),
		app.TBody().Body(rows...),
	)
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
	return app.Table().ID("money").Class("data").Body(
		app.Caption().Text(t.Caption),
		app.TBody().Body(rows...),
	)
}
