package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// Warnings lists the caveats of a projection (#warnings li[data-code]).
type Warnings struct {
	app.Compo

	P    i18n.Printer // the page's language
	List []present.Warning
}

func (w *Warnings) Render() app.UI {
	if len(w.List) == 0 {
		return app.Div().ID("warnings").Class("warnings empty")
	}
	items := make([]app.UI, len(w.List))
	for i, x := range w.List {
		items[i] = app.Li().DataSet("code", x.Code).Text(x.Text)
	}
	return app.Div().ID("warnings").Class("warnings").Body(
		app.H3().Text(w.P.T("Read with care")),
		app.Ul().Body(items...),
	)
}
