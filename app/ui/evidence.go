package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// evidence is the section's fixed part: what the study found, how the model uses
// it, and its caveats (the citation follows, from present).
var evidence = markup{tag: "section", id: "evidence", class: "evidence", attrs: []string{"aria-labelledby", "evidence-title"}, kids: []markup{
	{tag: "h2", id: "evidence-title", msg: i18n.Later("The evidence, and how the model uses it")},
	{tag: "table", class: "data findings", kids: []markup{
		{tag: "caption", msg: i18n.Later("What the study found")},
		{tag: "tbody", kids: []markup{
			{tag: "tr", kids: []markup{{tag: "th", attrs: []string{"scope", "row"}, msg: i18n.Later("Marketing training 1–3 days a year: chance that an MQL closes")}, {tag: "td", msg: i18n.Later("21%")}}},
			{tag: "tr", kids: []markup{{tag: "th", attrs: []string{"scope", "row"}, msg: i18n.Later("Marketing training 8–10 days a year: chance that an MQL closes (the peak)")}, {tag: "td", msg: i18n.Later("35% (+67%)")}}},
			{tag: "tr", kids: []markup{{tag: "th", attrs: []string{"scope", "row"}, msg: i18n.Later("Marketing training and the share of MQLs that sales accepts (SAL rate)")}, {tag: "td", msg: i18n.Later("no effect")}}},
			{tag: "tr", kids: []markup{{tag: "th", attrs: []string{"scope", "row"}, msg: i18n.Later("Sales training and close rate")}, {tag: "td", msg: i18n.Later("no improvement; more training, worse close rates")}}},
			{tag: "tr", kids: []markup{{tag: "th", attrs: []string{"scope", "row"}, msg: i18n.Later("Sales training and SAL rate")}, {tag: "td", msg: i18n.Later("rises steadily, peaks at 50% at 8+ days")}}},
			{tag: "tr", kids: []markup{{tag: "th", attrs: []string{"scope", "row"}, msg: i18n.Later("Sales: 10 vs 2 days of training, business from new customers")}, {tag: "td", msg: i18n.Later("+29%")}}},
			{tag: "tr", kids: []markup{{tag: "th", attrs: []string{"scope", "row"}, msg: i18n.Later("Marketing: 10 vs 2 days of training, business from new customers")}, {tag: "td", msg: i18n.Later("+26%")}}},
		}},
	}},
	{tag: "div", class: "columns", kids: []markup{
		{tag: "div", kids: []markup{
			{tag: "h3", msg: i18n.Later("Counter-intuitive, and used that way")},
			{tag: "ul", kids: []markup{
				{tag: "li", msg: i18n.Later("Companies that trained their marketers more did not see sales accept more of their leads; their leads closed more often. So the model credits marketing training only through the win rate of accepted leads.")},
				{tag: "li", msg: i18n.Later("Companies that trained their sales people more did not close better (their close rates were worse); what rose was the share of marketing's leads that sales accepted. So the model credits sales training only through the SAL rate, never through the win rate.")},
				{tag: "li", msg: i18n.Later("In the study's group averages the SAL rate peaked at 50%, and the chance that an MQL closes at 35%: a projection above either gets a warning.")},
			}},
		}},
		{tag: "div", kids: []markup{
			{tag: "h3", msg: i18n.Later("How the numbers are made")},
			{tag: "ol", kids: []markup{
				{tag: "li", msg: i18n.Later("Each team's training days are placed on a straight line from 2 days (no effect) to 10 days (the full +29% or +26%). The study gives only those two points: the straight line between them is this model's assumption. Nothing is credited below 2 or above 10 days, nor to a team of nobody.")},
				{tag: "li", msg: i18n.Later("The change from today's days to the planned days, times your confidence, is credited to the SAL rate (sales) and the win rate (marketing), each capped at 100%.")},
				{tag: "li", msg: i18n.Later("Extra new customers times revenue per customer, at your gross margin, is the benefit, counted after the lag.")},
				{tag: "li", msg: i18n.Later("The cost is the extra training days times the direct cost plus the cost of the time away, paid at the start of every year of the horizon.")},
				{tag: "li", msg: i18n.Later("Payback is the month from which the cumulative net benefit stays above zero. The range uses half and one and a half times your confidence; the break-even confidence is the least share of the effect that pays for the training.")},
				{tag: "li", msg: i18n.Later("The recommendation tries every whole number of days from 0 to 20 for each team (never fewer than today's days or 2, whichever is fewer), within your budget, and names the plan of most net benefit. As the line is straight between 2 and 10 days, that is today's days or the study's 10 unless a rate reaches its cap or the budget stops short.")},
			}},
		}},
	}},
	{tag: "h3", msg: i18n.Later("Caveats")},
	{tag: "p", msg: i18n.Later("A survey shows that companies that train more also win more new business; it does not show that the training caused it. Figures are self-reported by the companies, from 2013, and the survey was sponsored by MathMarketing and Marketo, a marketing-software vendor. The two effects were measured separately; the model multiplies them, so they compound (+62.5% at full confidence for both teams, against +55% were they added), and the study never observed both together. Hence the confidence setting, the low–high range and the break-even sentence: decide how much of the effect you believe, and see whether the plan still pays.")},
}}

// Evidence is what the study found, how the model uses it, and its caveats.
type Evidence struct {
	app.Compo

	P i18n.Printer // the page's language
}

func (e *Evidence) Render() app.UI {
	return evidence.render(e.P, app.P().Class("citation").Body(app.Elem("strong").Text(e.P.T("Source:")+" "), app.Text(e.P.T(present.Citation))))
}
