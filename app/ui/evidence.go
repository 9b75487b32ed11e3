package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

type finding struct{ what, figure string } // messages, put into the page's language where shown

// findings are the study's figures the model uses or checks against.
var findings = []finding{
	{i18n.Later("Marketing training 1–3 days a year: chance that an MQL closes"), i18n.Later("21%")},
	{i18n.Later("Marketing training 8–10 days a year: chance that an MQL closes (the peak)"), i18n.Later("35% (+67%)")},
	{i18n.Later("Marketing training and the share of MQLs that sales accepts (SAL rate)"), i18n.Later("no effect")},
	{i18n.Later("Sales training and close rate"), i18n.Later("no improvement; more training, worse close rates")},
	{i18n.Later("Sales training and SAL rate"), i18n.Later("rises steadily, peaks at 50% at 8+ days")},
	{i18n.Later("Sales: 10 vs 2 days of training, business from new customers"), i18n.Later("+29%")},
	{i18n.Later("Marketing: 10 vs 2 days of training, business from new customers"), i18n.Later("+26%")},
}

// Evidence is what the study found, how the model uses it, and its caveats.
type Evidence struct {
	app.Compo

	P i18n.Printer // the page's language
}

func (e *Evidence) Render() app.UI {
	p := e.P
	rows := make([]app.UI, len(findings))
	for i, f := range findings {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(p.T(f.what)), app.Td().Text(p.T(f.figure)))
	}
	return app.Section().ID("evidence").Class("evidence").Aria("labelledby", "evidence-title").Body(
		app.H2().ID("evidence-title").Text(p.T("The evidence, and how the model uses it")),
		app.Table().Class("data findings").Body(
			app.Caption().Text(p.T("What the study found")),
			app.TBody().Body(rows...),
		),
		app.Div().Class("columns").Body(
			app.Div().Body(
				app.H3().Text(p.T("Counter-intuitive, and used that way")),
				app.Ul().Body(
					app.Li().Text(p.T("Companies that trained their marketers more did not see sales accept more of their leads; their leads closed more often. So the model credits marketing training only through the win rate of accepted leads.")),
					app.Li().Text(p.T("Companies that trained their sales people more did not close better (their close rates were worse); what rose was the share of marketing's leads that sales accepted. So the model credits sales training only through the SAL rate, never through the win rate.")),
					app.Li().Text(p.T("In the study's group averages the SAL rate peaked at 50%, and the chance that an MQL closes at 35%: a projection above either gets a warning.")),
				),
			),
			app.Div().Body(
				app.H3().Text(p.T("How the numbers are made")),
				app.Ol().Body(
					app.Li().Text(p.T("Each team's training days are placed on a straight line from 2 days (no effect) to 10 days (the full +29% or +26%). The study gives only those two points: the straight line between them is this model's assumption. Nothing is credited below 2 or above 10 days, nor to a team of nobody.")),
					app.Li().Text(p.T("The change from today's days to the planned days, times your confidence, is credited to the SAL rate (sales) and the win rate (marketing), each capped at 100%.")),
					app.Li().Text(p.T("Extra new customers times revenue per customer, at your gross margin, is the benefit, counted after the lag.")),
					app.Li().Text(p.T("The cost is the extra training days times the direct cost plus the cost of the time away, paid at the start of every year of the horizon.")),
					app.Li().Text(p.T("Payback is the month from which the cumulative net benefit stays above zero. The range uses half and one and a half times your confidence; the break-even confidence is the least share of the effect that pays for the training.")),
					app.Li().Text(p.T("The recommendation tries every whole number of days from 0 to 20 for each team (never fewer than today's days or 2, whichever is fewer), within your budget, and names the plan of most net benefit. As the line is straight between 2 and 10 days, that is today's days or the study's 10 unless a rate reaches its cap or the budget stops short.")),
				),
			),
		),
		app.H3().Text(p.T("Caveats")),
		app.P().Text(p.T("A survey shows that companies that train more also win more new business; it does not show that the training caused it. Figures are self-reported by the companies, from 2013, and the survey was sponsored by MathMarketing and Marketo, a marketing-software vendor. The two effects were measured separately; the model multiplies them, so they compound (+62.5% at full confidence for both teams, against +55% were they added), and the study never observed both together. Hence the confidence setting, the low–high range and the break-even sentence: decide how much of the effect you believe, and see whether the plan still pays.")),
		app.P().Class("citation").Body(app.Strong().Text(p.T("Source:")+" "), app.Text(p.T(present.Citation))),
	)
}
