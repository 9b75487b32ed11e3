package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
)

// Memo is the printed report's first page, what a finance director reads in two
// minutes: the recommendation, the plan typed with its ranges, what one must
// believe, what moves the result most, the caveats and the source. The screen
// does not show it; its figures are plain text, the page hooks stay on the page.
type Memo struct {
	app.Compo

	M present.Memo
}

func (m *Memo) Render() app.UI {
	x := m.M
	a := x.Advice
	rows := make([]app.UI, len(x.Results))
	for i, r := range x.Results {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(r.Label), app.Td().Class("memo-value").Text(r.Value), app.Td().Text(r.Range))
	}
	list := func(items []string) app.UI {
		lis := make([]app.UI, len(items))
		for i, s := range items {
			lis[i] = app.Li().Text(s)
		}
		return app.Ul().Body(lis...)
	}
	return app.Section().ID("memo").Class("memo").Aria("label", "Memo").Body(
		app.H2().Text("Recommendation"),
		app.P().Class("memo-plan").Body(line(a.Headline)...),
		app.P().Body(line(a.Figures)...),
		app.P().Body(line(a.Typed)...),
		app.P().Body(line(a.Holds)...),
		app.If(len(a.Study.Items) > 0, func() app.UI { return memoBelieve(a.Study) }),
		app.P().Class("memo-why").Text(a.Why),
		app.If(len(a.Notes) > 0, func() app.UI { return list(a.Notes) }),
		app.H2().Text("The plan you typed"),
		app.Table().Class("data memo-results").Body(app.TBody().Body(rows...)),
		app.H2().Text("What you must believe"),
		memoBelieve(x.Believe),
		app.H2().Text("What moves the result most"),
		list(x.Top),
		app.If(len(x.Warnings) > 0, func() app.UI {
			return app.Div().Body(app.H2().Text("Read with care"), list(x.Warnings))
		}),
		app.P().Class("memo-source").Body(app.Strong().Text("Source: "), app.Text(present.Citation+" "+present.Caveat)),
	)
}

func memoBelieve(b present.Believe) app.UI {
	items := make([]app.UI, len(b.Items))
	for i, l := range b.Items {
		items[i] = app.Li().Body(line(l)...)
	}
	return app.Div().Body(app.P().Text(b.Lead), app.Ul().Body(items...))
}
