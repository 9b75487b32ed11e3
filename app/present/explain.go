package present

import (
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// Explanation is "How is this calculated?" for one headline figure: the formula
// with the visitor's own numbers, line by line.
type Explanation struct {
	Lines []string
	Quote string // the study's own words, where the figure rests on them
}

// Explanations are those of the headline figures.
type Explanations struct {
	Lift, Gain, ROI, Payback, BreakEven Explanation
}

// studyQuote is the study's finding in the words of its summary (in other
// languages, a translation of them, the English source cited).
const studyQuote = "“Companies that invest 10 days of training for their sales people saw on average 29% more business from new customers than did companies that only invested two days of training. Companies that invest 10 days of training for their marketing people saw on average 26% more business from new customers than did companies that only invested two days of training.” — 2013 Sales and Marketing Alignment Study, as summarised by Charles Besondy"

func explain(p i18n.Printer, f format.Format, in calc.Inputs, r calc.Result, out map[string]Out) Explanations {
	var e Explanations
	pct := func(v float64) string { return f.TrimPercent(v, 2) }
	money := f.Money
	conf := pct(in.Confidence)
	both := func(a, b string) string { return p.Sentences(a, b) }

	factor := func(size, now, plan, iNow, iPlan, lift, fv float64, nobody, credited string) string {
		if size == 0 {
			return p.T(nobody)
		}
		return p.F(credited, "now", days(f, now), "plan", days(f, plan), "iplan", f.Trim(iPlan, 4), "inow", f.Trim(iNow, 4),
			"lift", f.SignedPercent(lift, 0), "conf", conf, "f", f.Trim(fv, 4))
	}
	rate := func(capped bool, plain, cap string, args ...string) string {
		if capped {
			return p.F(cap, args...)
		}
		return p.F(plain, args...)
	}
	e.Lift = Explanation{
		Quote: p.T(studyQuote),
		Lines: []string{
			p.T("The study gives two points, 2 and 10 training days a year; the straight line between them is this model's assumption, and nothing is credited below 2 or above 10 days."),
			factor(in.MktTeam, in.MktDays, in.MktTarget, r.IndexMktNow, r.IndexMktPlan, in.MktLift, r.FactorMkt,
				i18n.Later("Marketing: a team of nobody trains nobody, so nothing is credited: F_m = 1."),
				i18n.Later("Marketing: {now} → {plan} days puts the team at {iplan} ÷ {inow} of its level on the study's line ({lift} at 10 days rather than 2); crediting {conf}: F_m = 1 + {conf} × ({iplan} ÷ {inow} − 1) = {f}.")),
			factor(in.SalesTeam, in.SalesDays, in.SalesTarget, r.IndexSalesNow, r.IndexSalesPlan, in.SalesLift, r.FactorSales,
				i18n.Later("Sales: a team of nobody trains nobody, so nothing is credited: F_s = 1."),
				i18n.Later("Sales: {now} → {plan} days puts the team at {iplan} ÷ {inow} of its level on the study's line ({lift} at 10 days rather than 2); crediting {conf}: F_s = 1 + {conf} × ({iplan} ÷ {inow} − 1) = {f}.")),
			both(
				rate(r.SALCapped, i18n.Later("The model credits sales training to the SAL rate: {rate} × {factor} = {projected}."),
					i18n.Later("The model credits sales training to the SAL rate: {rate} × {factor} = {projected}, capped at 100%."),
					"rate", pct(in.SALRate), "factor", f.Trim(r.FactorSales, 4), "projected", pct(r.Projected.SALRate*100)),
				rate(r.WinCapped, i18n.Later("It credits marketing training to the win rate: {rate} × {factor} = {projected}."),
					i18n.Later("It credits marketing training to the win rate: {rate} × {factor} = {projected}, capped at 100%."),
					"rate", pct(in.WinRate), "factor", f.Trim(r.FactorMkt, 4), "projected", pct(r.Projected.WinRate*100))),
		},
	}
	if o := out["lift"]; o.NA() {
		e.Lift.Lines = append(e.Lift.Lines, p.T("Lift = projected ÷ today's new-customer revenue − 1, which needs revenue today."))
	} else {
		e.Lift.Lines = append(e.Lift.Lines, p.F("Lift = {sals} accepted leads × {win} × {deal} ÷ {revenue} − 1 = {lift}.",
			"sals", f.Trim(r.Projected.SALs, 1), "win", pct(r.Projected.WinRate*100), "deal", money(in.Deal), "revenue", money(r.Now.Revenue), "lift", o.Text))
	}

	e.Gain = Explanation{Lines: []string{
		p.F("Projected {new} − today's {now} = {gain} of new-customer revenue a year.",
			"new", money(r.Projected.Revenue), "now", money(r.Now.Revenue), "gain", money(r.RevenueGain)),
		p.F("At {margin} gross margin: {gain} × {margin} = {annual} gross profit a year once the effect shows.",
			"margin", pct(in.Margin), "gain", money(r.RevenueGain), "annual", money(r.AnnualGain)),
	}}

	teamCost := func(size, now, plan, cost float64, team string) string {
		change := p.N("{n} extra day", "{n} extra days", plan-now, "n", days(f, plan-now))
		if plan < now {
			change = p.N("{n} fewer day", "{n} fewer days", now-plan, "n", days(f, now-plan))
		}
		return p.F(team, "people", people(p, f, size), "days", change, "direct", money(in.DayCost), "time", money(in.DayRate), "amount", money(cost))
	}
	months := f.Trim(r.EffectMonths, 2)
	horizon := f.Trim(12*in.Years, 0)
	e.ROI = Explanation{Lines: []string{
		p.F("Benefit = {annual} × {months} ÷ 12 = {benefit}: the effect shows after the {lag}-month lag, so {months} of the {horizon} months count.",
			"annual", money(r.AnnualGain), "months", months, "benefit", money(r.Benefit), "lag", f.Trim(in.Lag, 2), "horizon", horizon),
		p.F("Cost: {marketing}; {sales}; {annual} × {years} = {cost}.",
			"marketing", teamCost(in.MktTeam, in.MktDays, in.MktTarget, r.AnnualCostMkt, i18n.Later("marketing: {people} × {days} × ({direct} + {time}) = {amount} a year")),
			"sales", teamCost(in.SalesTeam, in.SalesDays, in.SalesTarget, r.AnnualCostSales, i18n.Later("sales: {people} × {days} × ({direct} + {time}) = {amount} a year")),
			"annual", money(r.AnnualCost), "years", years(p, f, in.Years), "cost", money(r.Cost)),
	}}
	if o := out["roi"]; o.NA() {
		e.ROI.Lines = append(e.ROI.Lines, p.T("ROI = (benefit − cost) ÷ cost, which needs a cost above zero, and one not a million times smaller than the benefit."))
	} else {
		e.ROI.Lines = append(e.ROI.Lines,
			p.F("ROI = ({benefit} − {cost}) ÷ {cost} = {roi}.", "benefit", money(r.Benefit), "cost", money(r.Cost), "roi", o.Text),
			p.F("Range: the same at half ({half}) and one and a half times ({more}) your confidence, {low} to {high}.",
				"half", pct(in.Confidence/2), "more", pct(min(100, 1.5*in.Confidence)), "low", out["roi_low"].Text, "high", out["roi_high"].Text))
	}

	switch o := out["payback"]; {
	case o.NA():
		e.Payback.Lines = []string{p.T("Payback is the month from which the cumulative net benefit (the chart below) stays at or above zero within the horizon.")}
	case r.AnnualCost <= 0:
		e.Payback.Lines = []string{p.T("The plan costs nothing extra, so it pays back at once.")}
	default:
		monthly := money(r.AnnualGain / 12)
		e.Payback.Lines = []string{
			p.F("Each year's training ({cost}) is paid at the start of the year; from month {lag} the plan earns {annual} ÷ 12 = {monthly} a month.",
				"cost", money(r.AnnualCost), "lag", f.Trim(in.Lag, 2), "annual", money(r.AnnualGain), "monthly", monthly),
			p.F("Payback = {lag} months' lag + {year} × {cost} ÷ {monthly} a month = {payback}: from then on the cumulative net benefit stays at or above zero (the chart below).",
				"lag", f.Trim(in.Lag, 2), "year", f.Trim(r.PaybackYear, 0), "cost", money(r.AnnualCost), "monthly", monthly, "payback", o.Text),
		}
	}

	if o := out["breakeven"]; o.NA() {
		e.BreakEven.Lines = []string{p.T("Break-even is the smallest confidence in 0–100% at which the benefit over the horizon covers a cost above zero.")}
	} else {
		e.BreakEven.Lines = []string{
			p.F("The smallest share of the study's effect at which the benefit over the horizon covers the cost: at {breakeven} of the effect the plan's benefit equals its cost, {cost}.",
				"breakeven", o.Text, "cost", money(r.Cost)),
			p.T("Found by trying every confidence from 0% to 100% in steps of 0.01 points (with one team's training cut, the net benefit can rise and fall again), then narrowing the first step that pays."),
		}
	}
	return e
}

func years(p i18n.Printer, f format.Format, n float64) string {
	return p.N("{n} year", "{n} years", n, "n", f.Trim(n, 0))
}

// people is "1 person" or "5 people".
func people(p i18n.Printer, f format.Format, n float64) string {
	return p.N("{n} person", "{n} people", n, "n", f.Trim(n, 0))
}
