package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// Memo is the printed report's first page, what a finance director reads in two
// minutes: the recommendation, the plan typed with its ranges, what one must
// believe, what moves the result most, the caveats and the source. The screen
// does not show it; its figures are plain text, the page hooks stay on the page.
type Memo struct {
	app.Compo

	P i18n.Printer // the page's language
	M present.Memo
}

func (m *Memo) Render() app.UI {
	x, p := m.M, m.P
	if x.Plan == "" {
		return app.Section().ID("memo").Class("memo")
	}
	rows := make([]app.UI, len(x.Results))
	for i, r := range x.Results {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(r.Label), app.Td().Class("memo-value").Text(r.Value), app.Td().Text(r.Range))
	}
	return app.Section().ID("memo").Class("memo").Aria("label", p.T("Memo")).Body(
		app.H2().Text(p.T("Recommendation")),
		app.P().Class("memo-plan").Text(x.Plan),
		app.P().Text(x.Figures),
		app.P().Text(x.Typed),
		app.P().Text(x.Holds),
		app.If(len(x.Study.Items) > 0, func() app.UI { return memoList(x.Study) }),
		app.P().Class("memo-why").Text(x.Why),
		app.If(len(x.Notes) > 0, func() app.UI { return memoItems(x.Notes) }),
		app.H2().Text(p.T("The plan you typed")),
		app.Table().Class("data memo-results").Body(app.TBody().Body(rows...)),
		app.H2().Text(p.T("What you must believe")),
		memoList(x.Believe),
		app.H2().Text(p.T("What moves the result most")),
		memoItems(x.Top),
		app.If(len(x.Warnings) > 0, func() app.UI {
			return app.Div().Body(app.H2().Text(p.T("Read with care")), memoItems(x.Warnings))
		}),
		source(p, "memo-source"),
	)
}

func memoList(l present.MemoList) app.UI {
	return app.Div().Body(app.P().Text(l.Lead), memoItems(l.Items))
}

func memoItems(items []string) app.UI {
	lis := make([]app.UI, len(items))
	for i, s := range items {
		lis[i] = app.Li().Text(s)
	}
	return app.Ul().Body(lis...)
}

// source is the study's citation with its caveat.
func source(p i18n.Printer, class string) app.HTMLP {
	return app.P().Class(class).Body(app.Strong().Text(p.T("Source:")+" "), app.Text(present.Source(p)))
}
