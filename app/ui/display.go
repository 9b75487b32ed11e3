package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
)

// actionDisplay is posted when the currency, the number format or the language
// changes; Value is the new value, tag "setting" which one ("currency", "locale"
// or "lang").
const actionDisplay = "display"

// DisplayPicker lets the visitor choose how money and numbers look; it changes no
// number of the model.
type DisplayPicker struct {
	app.Compo

	P                      i18n.Printer // the page's language
	Currency, Locale, Lang string
}

func (p *DisplayPicker) Render() app.UI {
	langs := make([]string, len(i18n.Langs))
	names := make([]string, len(i18n.Langs))
	for i, l := range i18n.Langs {
		langs[i], names[i] = string(l), l.Name()
	}
	return app.Elem("fieldset").Class("group display").Body(
		app.Elem("legend").Text(p.P.T("Display")),
		app.Div().Class("fields three").Body(
			picker("lang", p.P.T("Language"), langs, names, p.Lang),
			picker("currency", p.P.T("Currency"), format.Currencies, nil, p.Currency),
			picker("locale", p.P.T("Number format"), format.Locales, nil, p.Locale),
		),
	)
}

// picker is a select of values, shown by their names (by themselves when
// names is nil).
func picker(id, label string, values, names []string, selected string) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Elem("select").ID(id).OnChange(func(ctx app.Context, e app.Event) {
			ctx.NewActionWithValue(actionDisplay, ctx.JSSrc().Get("value").String(), app.T("setting", id))
		}).Body(options(values, names, selected)...),
	)
}

func options(values, names []string, selected string) []app.UI {
	found := false
	for _, v := range values {
		found = found || v == selected
	}
	if !found && selected != "" {
		values = append([]string{selected}, values...)
		if names != nil {
			names = append([]string{selected}, names...)
		}
	}
	opts := make([]app.UI, len(values))
	for i, v := range values {
		name := v
		if names != nil {
			name = names[i]
		}
		o := app.Elem("option").Attr("value", v).Text(name)
		if v == selected {
			// Only ever selected="true": the server writes selected="false" too, which
			// HTML reads as selected.
			o = o.Attr("selected", true)
		}
		opts[i] = o
	}
	return opts
}
