package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
)

// Headline is the four headline results, the confidence they rest on and the
// break-even sentence.
type Headline struct {
	app.Compo

	R present.Results
}

func (h *Headline) Render() app.UI {
	r := h.R
	o := r.Out
	return app.Div().Class("headline").Body(
		app.Div().Class("cards").Body(
			card("Lift in new-customer business", o["lift"], rangeLine(o["lift"], o["lift_low"], o["lift_high"]), "lift", r.Explain.Lift),
			card("Extra new-customer revenue per year", o["revenue_gain"], app.Span().Text(r.GainNote), "gain", r.Explain.Gain),
			card("Return on investment", o["roi"], rangeLine(o["roi"], o["roi_low"], o["roi_high"]), "roi", r.Explain.ROI),
			card("Payback", o["payback"], app.If(r.PaybackNote != "", func() app.UI { return app.Span().Text(r.PaybackNote) }), "payback", r.Explain.Payback),
		),
		app.Div().Class("breakeven").Body(
			sentence("breakeven-sentence", r.BreakEven, o),
			explanation("breakeven", r.Explain.BreakEven),
		),
	)
}

func card(title string, main present.Out, sub app.UI, name string, e present.Explanation) app.UI {
	return app.Div().Class("card").Body(
		app.H3().Text(title),
		app.P().Class("big").Body(out(main, true)),
		app.P().Class("sub").Body(sub),
		explanation(name, e),
	)
}

// explanation is "How is this calculated?": the formula with the visitor's numbers,
// folded until asked for (a native disclosure, for keyboards and screen readers),
// and printed in the report.
func explanation(name string, e present.Explanation) app.UI {
	lines := make([]app.UI, len(e.Lines))
	for i, l := range e.Lines {
		lines[i] = app.Li().Text(l)
	}
	return app.Details().ID("explain-"+name).Class("explain").Body(
		app.Summary().Text("How is this calculated?"),
		app.Ul().Body(lines...),
		app.If(e.Quote != "", func() app.UI { return app.Blockquote().Class("quote").Text(e.Quote) }),
	)
}

// rangeLine is the low–high range under a result. Its reason, when it has none, is
// the result's own, already given above it.
func rangeLine(main, low, high present.Out) app.UI {
	if main.NA() {
		return app.Span().Class("range").Body(app.Text("range "), out(low, false), app.Text(" to "), out(high, false))
	}
	return app.Span().Class("range").Body(app.Text("range "), out(low, true), app.Text(" to "), out(high, true))
}

// sentence is a line of text around one result.
func sentence(id string, s present.Sentence, o map[string]present.Out) app.UI {
	var result app.UI = out(o[s.Out], true)
	if s.Strong {
		result = app.Strong().Body(result)
	}
	return app.P().ID(id).Body(app.Text(s.Lead), result, app.If(s.Trail != "", func() app.UI { return app.Text(s.Trail) }))
}
