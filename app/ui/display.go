package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/format"
)

// actionDisplay is posted when the currency or number format changes; Value is
// the new value, tag "setting" which one ("currency" or "locale").
const actionDisplay = "display"

// DisplayPicker lets the visitor choose how money and numbers look; it changes no
// number of the model.
type DisplayPicker struct {
	app.Compo

	Currency, Locale string
}

func (p *DisplayPicker) Render() app.UI {
	return app.FieldSet().Class("group display").Body(
		app.Legend().Text("Display"),
		app.Div().Class("fields two").Body(
			picker("currency", "Currency", format.Currencies, p.Currency),
			picker("locale", "Number format", format.Locales, p.Locale),
		),
	)
}

func picker(id, label string, values []string, selected string) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).OnChange(func(ctx app.Context, e app.Event) {
			ctx.NewActionWithValue(actionDisplay, ctx.JSSrc().Get("value").String(), app.T("setting", id))
		}).Body(options(values, selected)...),
	)
}

func options(values []string, selected string) []app.UI {
	found := false
	for _, v := range values {
		found = found || v == selected
	}
	if !found && selected != "" {
		values = append([]string{selected}, values...)
	}
	opts := make([]app.UI, len(values))
	for i, v := range values {
		o := app.Option().Value(v).Text(v)
		if v == selected {
			// Only ever selected="true": the server writes selected="false" too, which
			// HTML reads as selected.
			o = o.Selected(true)
		}
		opts[i] = o
	}
	return opts
}
