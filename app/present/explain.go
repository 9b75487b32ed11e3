package present

import (
	"github.com/trainingroi/calculator/app/format"
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

// studyQuote is the study's finding in the words of its summary.
const studyQuote = "“Companies that invest 10 days of training for their sales people saw on average 29% more business from new customers than did companies that only invested two days of training. Companies that invest 10 days of training for their marketing people saw on average 26% more business from new customers than did companies that only invested two days of training.” — 2013 Sales and Marketing Alignment Study, as summarised by Charles Besondy"

func explain(f format.Format, in calc.Inputs, r calc.Result, out map[string]Out) Explanations {
	var e Explanations
	pct := func(v float64) string { return f.TrimPercent(v, 2) }
	money := f.Money
	conf := pct(in.Confidence)

	factor := func(team, name string, size, now, plan, iNow, iPlan, lift, fv float64) string {
		if size == 0 {
			return team + ": a team of nobody trains nobody, so nothing is credited: " + name + " = 1."
		}
		return team + ": " + days(f, now) + " → " + days(f, plan) + " days puts the team at " + f.Trim(iPlan, 4) + " ÷ " + f.Trim(iNow, 4) +
			" of its level on the study's line (" + f.SignedPercent(lift, 0) + " at 10 days rather than 2); crediting " + conf + ": " +
			name + " = 1 + " + conf + " × (" + f.Trim(iPlan, 4) + " ÷ " + f.Trim(iNow, 4) + " − 1) = " + f.Trim(fv, 4) + "."
	}
	capped := func(c bool) string {
		if c {
			return ", capped at 100%"
		}
		return ""
	}
	e.Lift = Explanation{
		Quote: studyQuote,
		Lines: []string{
			"The study gives two points, 2 and 10 training days a year; the straight line between them is this model's assumption, and nothing is credited below 2 or above 10 days.",
			factor("Marketing", "F_m", in.MktTeam, in.MktDays, in.MktTarget, r.IndexMktNow, r.IndexMktPlan, in.MktLift, r.FactorMkt),
			factor("Sales", "F_s", in.SalesTeam, in.SalesDays, in.SalesTarget, r.IndexSalesNow, r.IndexSalesPlan, in.SalesLift, r.FactorSales),
			"The model credits sales training to the SAL rate: " + pct(in.SALRate) + " × " + f.Trim(r.FactorSales, 4) + " = " + pct(r.Projected.SALRate*100) + capped(r.SALCapped) +
				". It credits marketing training to the win rate: " + pct(in.WinRate) + " × " + f.Trim(r.FactorMkt, 4) + " = " + pct(r.Projected.WinRate*100) + capped(r.WinCapped) + ".",
		},
	}
	if o := out["lift"]; o.NA() {
		e.Lift.Lines = append(e.Lift.Lines, "Lift = projected ÷ today's new-customer revenue − 1, which needs revenue today.")
	} else {
		e.Lift.Lines = append(e.Lift.Lines, "Lift = "+f.Trim(r.Projected.SALs, 1)+" accepted leads × "+pct(r.Projected.WinRate*100)+" × "+
			money(in.Deal)+" ÷ "+money(r.Now.Revenue)+" − 1 = "+o.Text+".")
	}

	e.Gain = Explanation{Lines: []string{
		"Projected " + money(r.Projected.Revenue) + " − today's " + money(r.Now.Revenue) + " = " + money(r.RevenueGain) + " of new-customer revenue a year.",
		"At " + pct(in.Margin) + " gross margin: " + money(r.RevenueGain) + " × " + pct(in.Margin) + " = " + money(r.AnnualGain) + " gross profit a year once the effect shows.",
	}}

	teamCost := func(team string, size, now, plan, cost float64) string {
		change := days(f, plan-now) + " extra days"
		if plan < now {
			change = days(f, now-plan) + " fewer days"
		}
		return team + ": " + people(f, size) + " × " + change + " × (" + money(in.DayCost) + " + " + money(in.DayRate) + ") = " + money(cost) + " a year"
	}
	months := f.Trim(r.EffectMonths, 2)
	horizon := f.Trim(12*in.Years, 0)
	e.ROI = Explanation{Lines: []string{
		"Benefit = " + money(r.AnnualGain) + " × " + months + " ÷ 12 = " + money(r.Benefit) + ": the effect shows after the " + f.Trim(in.Lag, 2) +
			"-month lag, so " + months + " of the " + horizon + " months count.",
		"Cost: " + teamCost("marketing", in.MktTeam, in.MktDays, in.MktTarget, r.AnnualCostMkt) + "; " +
			teamCost("sales", in.SalesTeam, in.SalesDays, in.SalesTarget, r.AnnualCostSales) + "; " +
			money(r.AnnualCost) + " × " + years(f, in.Years) + " = " + money(r.Cost) + ".",
	}}
	if o := out["roi"]; o.NA() {
		e.ROI.Lines = append(e.ROI.Lines, "ROI = (benefit − cost) ÷ cost, which needs a cost above zero, and one not a million times smaller than the benefit.")
	} else {
		e.ROI.Lines = append(e.ROI.Lines,
			"ROI = ("+money(r.Benefit)+" − "+money(r.Cost)+") ÷ "+money(r.Cost)+" = "+o.Text+".",
			"Range: the same at half ("+pct(in.Confidence/2)+") and one and a half times ("+pct(min(100, 1.5*in.Confidence))+
				") your confidence, "+out["roi_low"].Text+" to "+out["roi_high"].Text+".")
	}

	switch o := out["payback"]; {
	case o.NA():
		e.Payback.Lines = []string{"Payback is the month from which the cumulative net benefit (the chart below) stays at or above zero within the horizon."}
	case r.AnnualCost <= 0:
		e.Payback.Lines = []string{"The plan costs nothing extra, so it pays back at once."}
	default:
		monthly := money(r.AnnualGain / 12)
		e.Payback.Lines = []string{
			"Each year's training (" + money(r.AnnualCost) + ") is paid at the start of the year; from month " + f.Trim(in.Lag, 2) +
				" the plan earns " + money(r.AnnualGain) + " ÷ 12 = " + monthly + " a month.",
			"Payback = " + f.Trim(in.Lag, 2) + " months' lag + " + f.Trim(r.PaybackYear, 0) + " × " + money(r.AnnualCost) + " ÷ " + monthly +
				" a month = " + o.Text + ": from then on the cumulative net benefit stays at or above zero (the chart below).",
		}
	}

	if o := out["breakeven"]; o.NA() {
		e.BreakEven.Lines = []string{"Break-even is the smallest confidence in 0–100% at which the benefit over the horizon covers a cost above zero."}
	} else {
		e.BreakEven.Lines = []string{
			"The smallest share of the study's effect at which the benefit over the horizon covers the cost: at " + o.Text +
				" of the effect the plan's benefit equals its cost, " + money(r.Cost) + ".",
			"Found by trying every confidence from 0% to 100% in steps of 0.01 points (with one team's training cut, the net benefit can rise and fall again), then narrowing the first step that pays.",
		}
	}
	return e
}

func years(f format.Format, n float64) string {
	if n == 1 {
		return "1 year"
	}
	return f.Trim(n, 0) + " years"
}

// people is "1 person" or "5 people".
func people(f format.Format, n float64) string {
	if n == 1 {
		return "1 person"
	}
	return f.Trim(n, 0) + " people"
}
