package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// Headline is the four headline results, the confidence they rest on and the
// break-even sentence.
type Headline struct {
	app.Compo

	P i18n.Printer // the page's language
	R present.Results
}

func (h *Headline) Render() app.UI {
	r, p := h.R, h.P
	o := r.Out
	var paybackNote app.UI
	if r.PaybackNote != "" {
		paybackNote = app.Span().Text(r.PaybackNote)
	}
	return app.Div().Class("headline").Body(
		app.Div().Class("cards").Body(
			card(p, r.Titles.Lift, o["lift"], rangeLine(p, o["lift"], o["lift_low"], o["lift_high"]), "lift", r.Explain.Lift),
			card(p, r.Titles.Gain, o["revenue_gain"], app.Span().Text(r.GainNote), "gain", r.Explain.Gain),
			card(p, r.Titles.ROI, o["roi"], rangeLine(p, o["roi"], o["roi_low"], o["roi_high"]), "roi", r.Explain.ROI),
			card(p, r.Titles.Payback, o["payback"], paybackNote, "payback", r.Explain.Payback),
		),
		app.Div().Class("breakeven").Body(
			app.P().ID("breakeven-sentence").Body(line(r.BreakEven)...),
			explanation(p, "breakeven", r.Explain.BreakEven),
		),
	)
}

func card(p i18n.Printer, title string, main present.Out, sub app.UI, name string, e present.Explanation) app.UI {
	return app.Div().Class("card").Body(
		app.H3().Text(title),
		app.P().Class("big").Body(out(main, true)),
		app.P().Class("sub").Body(sub),
		explanation(p, name, e),
	)
}

// explanation is "How is this calculated?": the formula with the visitor's numbers,
// folded until asked for (a native disclosure, for keyboards and screen readers),
// and printed in the report.
func explanation(p i18n.Printer, name string, e present.Explanation) app.UI {
	lines := make([]app.UI, len(e.Lines))
	for i, l := range e.Lines {
		lines[i] = app.Li().Text(l)
	}
	var quote app.UI
	if e.Quote != "" {
		quote = app.Elem("blockquote").Class("quote").Text(e.Quote)
	}
	return app.Details().ID("explain-"+name).Class("explain").Body(
		app.Summary().Text(p.T("How is this calculated?")),
		app.Ul().Body(lines...),
		quote,
	)
}

// rangeLine is the low–high range under a result. Its reason, when it has none, is
// the result's own, already given above it.
func rangeLine(p i18n.Printer, main, low, high present.Out) app.UI {
	why := !main.NA()
	l, h := low, high
	if !why {
		l.Why, h.Why = "", ""
	}
	return app.Span().Class("range").Body(line(present.RangeLine(p, l, h))...)
}
