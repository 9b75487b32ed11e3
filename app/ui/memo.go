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
	rows := make([]markup, len(x.Results))
	for i, r := range x.Results {
		rows[i] = markup{tag: "tr", kids: []markup{{tag: "th", attrs: scopeRow, text: r.Label}, {tag: "td", class: "memo-value", text: r.Value}, {tag: "td", text: r.Range}}}
	}
	kids := []markup{
		{tag: "h2", msg: i18n.Later("Recommendation")},
		{tag: "p", class: "memo-plan", text: x.Plan},
		{tag: "p", text: x.Figures},
		{tag: "p", text: x.Typed},
		{tag: "p", text: x.Holds},
	}
	if len(x.Study.Items) > 0 {
		kids = append(kids, memoList(x.Study))
	}
	kids = append(kids, markup{tag: "p", class: "memo-why", text: x.Why})
	if len(x.Notes) > 0 {
		kids = append(kids, memoItems(x.Notes))
	}
	kids = append(kids,
		markup{tag: "h2", msg: i18n.Later("The plan you typed")},
		markup{tag: "table", class: "data memo-results", kids: []markup{{tag: "tbody", kids: rows}}},
		markup{tag: "h2", msg: i18n.Later("What you must believe")},
		memoList(x.Believe),
		markup{tag: "h2", msg: i18n.Later("What moves the result most")},
		memoItems(x.Top),
	)
	if len(x.Warnings) > 0 {
		kids = append(kids, markup{tag: "div", kids: []markup{{tag: "h2", msg: i18n.Later("Read with care")}, memoItems(x.Warnings)}})
	}
	return app.Section().ID("memo").Class("memo").Aria("label", p.T("Memo")).Body(append(renderAll(kids, p), source(p, "memo-source"))...)
}

// scopeRow makes a th the header of its row.
var scopeRow = []string{"scope", "row"}

func memoList(l present.MemoList) markup {
	return markup{tag: "div", kids: []markup{{tag: "p", text: l.Lead}, memoItems(l.Items)}}
}

func memoItems(items []string) markup {
	lis := make([]markup, len(items))
	for i, s := range items {
		lis[i] = markup{tag: "li", text: s}
	}
	return markup{tag: "ul", kids: lis}
}

// source is the study's citation with its caveat.
func source(p i18n.Printer, class string) app.HTMLP {
	return app.P().Class(class).Body(app.Elem("strong").Text(p.T("Source:")+" "), app.Text(present.Source(p)))
}
