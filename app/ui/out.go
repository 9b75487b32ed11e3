package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
)

// out is the element of one result (the page hook out-NAME): the number, or "n/a"
// and, when why is set, the reason beside it. A result without a hook name is a
// plain figure.
func out(o present.Out, why bool) app.UI {
	el := app.Span().Class("num").Text(o.Text)
	if o.Name != "" {
		el = app.Span().ID("out-"+o.Name).Class("num").DataSet("value", o.Value).Text(o.Text)
	}
	if o.Exact != "" {
		el = el.Title(o.Exact)
	}
	if !o.NA() || !why || o.Why == "" {
		return el
	}
	return app.Span().Class("na").Body(el, app.Span().Class("why").Text(" ("+o.Why+")"))
}
