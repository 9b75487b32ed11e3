package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/calc"
)

func (c *Calculator) renderResults() app.UI {
	state := "ok"
	if !c.check.OK() {
		state = "invalid"
	}
	c.rendered()
	return app.Section().
		ID("results").
		Class("results").
		DataSet("state", state).
		Aria("live", "polite").
		Aria("labelledby", "results-title").
		Body(
			app.H2().ID("results-title").Text("Projection"),
			app.If(c.notice != "", func() app.UI {
				return app.P().ID("notice").Class("notice").Text(c.notice)
			}),
			app.If(c.check.OK(), func() app.UI { return c.renderProjection() }).
				Else(func() app.UI { return c.renderInvalid() }),
			c.renderCTA(),
			c.renderTools(),
		)
}

// renderInvalid names the fields to fix and shows no number at all, so nothing
// stale can be mistaken for a result.
func (c *Calculator) renderInvalid() app.UI {
	var links []app.UI
	for _, f := range calc.Fields {
		if _, bad := c.check.Errs[f.Name]; bad {
			links = append(links, app.Li().Body(app.A().Href("#in-"+f.Name).Text(f.Label)))
		}
	}
	return app.Div().ID("invalid").Class("invalid-summary").Body(
		app.P().Text("Fix these fields to see the projection:"),
		app.Ul().Body(links...),
	)
}

func (c *Calculator) renderProjection() app.UI {
	r := &c.result
	f := c.fmt
	return app.Div().Class("projection").Body(
		app.Div().Class("cards").Body(
			card("Lift in new-customer business",
				c.out("lift"),
				rangeLine(c.out("lift_low"), c.out("lift_high")),
			),
			card("Extra new-customer revenue per year",
				c.out("revenue_gain"),
				app.Span().Text("gross profit "+f.Money(r.AnnualGain)+" a year"),
			),
			card("Return on investment",
				c.out("roi"),
				rangeLine(c.out("roi_low"), c.out("roi_high")),
			),
			card("Payback",
				c.out("payback"),
				app.Span().Text("including "+f.Trim(c.check.Inputs.Lag, 1)+" months' lag"),
			),
		),
		c.renderBreakEven(),
		c.renderWarnings(),
		app.Div().Class("tables").Body(
			c.renderFunnel(),
			c.renderMoney(),
		),
		c.renderCharts(),
	)
}

func card(title string, main app.UI, sub app.UI) app.UI {
	return app.Div().Class("card").Body(
		app.H3().Text(title),
		app.P().Class("big").Body(main),
		app.P().Class("sub").Body(sub),
	)
}

func rangeLine(low, high app.UI) app.UI {
	return app.Span().Class("range").Body(app.Text("range "), low, app.Text(" to "), high)
}

func signedMoney(s string, v float64) string {
	if v > 0 {
		return "+" + s
	}
	return s
}

func (c *Calculator) renderBreakEven() app.UI {
	be := c.result.BreakEven
	if !be.OK {
		return app.P().ID("breakeven-sentence").Class("breakeven").Body(
			app.Text("Break-even confidence: "),
			c.out("breakeven"),
		)
	}
	return app.P().ID("breakeven-sentence").Class("breakeven").Body(
		app.Text("Pays for itself if at least "),
		app.Strong().Body(c.out("breakeven")),
		app.Text(" of the study's effect holds for you."),
	)
}

func (c *Calculator) renderWarnings() app.UI {
	ws := c.result.Warnings
	if len(ws) == 0 {
		return app.Div().ID("warnings").Class("warnings empty")
	}
	items := make([]app.UI, len(ws))
	for i, w := range ws {
		items[i] = app.Li().DataSet("code", w.Code).Text(w.Text)
	}
	return app.Div().ID("warnings").Class("warnings").Body(
		app.H3().Text("Read with care"),
		app.Ul().Body(items...),
	)
}

func (c *Calculator) renderFunnel() app.UI {
	r := &c.result
	f := c.fmt
	count := func(v float64) string { return f.Trim(v, 1) }
	rate := func(v float64) string { return f.TrimPercent(v, 2) }
	return app.Table().ID("funnel").Class("data").Body(
		app.Caption().Text("Funnel per year, now and with the planned training"),
		app.THead().Body(app.Tr().Body(
			// The corner cell heads nothing: a td, as an empty th is a header with no name.
			app.Td(),
			app.Th().Scope("col").Text("Now"),
			app.Th().Scope("col").Text("Projected"),
		)),
		app.TBody().Body(
			row("MQLs", app.Text(count(r.Now.MQLs)), app.Text(count(r.Projected.MQLs))),
			row("SAL rate", app.Text(rate(r.Now.SALRate*100)), c.out("sal_rate_new")),
			row("Accepted leads (SALs)", c.out("sals_now"), c.out("sals_new")),
			row("Win rate", app.Text(rate(r.Now.WinRate*100)), c.out("win_rate_new")),
			row("New customers", c.out("customers_now"), c.out("customers_new")),
			row("New-customer revenue", c.out("revenue_now"), c.out("revenue_new")),
		),
	)
}

func (c *Calculator) renderMoney() app.UI {
	r := &c.result
	f := c.fmt
	in := c.check.Inputs
	years := "year"
	if in.Years != 1 {
		years = f.Trim(in.Years, 0) + " years"
	}
	shows := f.Trim(maxf(0, 12*in.Years-in.Lag), 1)
	return app.Table().ID("money").Class("data").Body(
		app.Caption().Text("Cost and benefit over "+horizon(years)),
		app.TBody().Body(
			row("Benefit (gross profit, "+shows+" of "+f.Trim(12*in.Years, 0)+" months)", c.out("benefit"), nil),
			row(costLabel(r.Cost), c.out("cost"), nil),
			row("Net benefit", c.out("net"), nil),
			row("Benefit–cost ratio", c.out("bcr"), nil),
		),
	)
}

func horizon(years string) string {
	if strings.HasSuffix(years, "years") {
		return years
	}
	return "one year"
}

func costLabel(cost float64) string {
	if cost < 0 {
		return "Cost (negative: a saving on today's training)"
	}
	return "Cost of the extra training (fees and time)"
}

func row(label string, a, b app.UI) app.UI {
	cells := []app.UI{app.Th().Scope("row").Text(label), app.Td().Body(a)}
	if b != nil {
		cells = append(cells, app.Td().Body(b))
	}
	return app.Tr().Body(cells...)
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// renderCTA is the consultancy's call to action from the URL: its link was
// checked to be https: or mailto:, and its text is text.
func (c *Calculator) renderCTA() app.UI {
	d := c.scenario.Display
	if d.CTAURL == "" {
		return nil
	}
	return app.P().Class("cta").Body(
		app.A().ID("cta").Class("cta-button").Href(attr(d.CTAURL)).Rel("noopener noreferrer").Target("_blank").Text(d.CTAText),
	)
}

// renderPeek is a one-line summary pinned to the bottom of a phone's screen, so the
// effect of a change is visible without scrolling down to the results.
func (c *Calculator) renderPeek() app.UI {
	if !c.check.OK() {
		return app.A().ID("peek").Href("#results").Class("peek invalid").Text(c.peekText())
	}
	return app.A().ID("peek").Href("#results").Class("peek").Text(c.peekText())
}

// peekText is the peek line's text: the headline results, or what to do.
func (c *Calculator) peekText() string {
	if !c.check.OK() {
		return "Some fields need fixing: see the results"
	}
	r := &c.result
	f := c.fmt
	parts := []string{}
	if r.Lift.OK {
		parts = append(parts, "Lift "+f.SignedPercent(r.Lift.V*100, 1))
	}
	if r.ROI.OK {
		parts = append(parts, "ROI "+f.Percent(r.ROI.V, 0))
	}
	if r.Payback.OK {
		parts = append(parts, "payback "+f.Trim(r.Payback.V, 1)+" mo")
	}
	return strings.Join(parts, " · ")
}
