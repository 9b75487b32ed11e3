package calc

import "math"

// Plan is an amount of training: the planned days per person per year of each
// team.
type Plan struct {
	Mkt, Sales float64
}

// Today is the plan that keeps today's training.
func (in *Inputs) Today() Plan { return Plan{in.MktDays, in.SalesDays} }

// Typed is the plan the inputs name.
func (in *Inputs) Typed() Plan { return Plan{in.MktTarget, in.SalesTarget} }

// With returns the inputs with p's planned days.
func (in Inputs) With(p Plan) Inputs {
	in.MktTarget, in.SalesTarget = p.Mkt, p.Sales
	return in
}

// outcome is what a plan comes to over the horizon, in currency units.
type outcome struct {
	gain               float64 // gross profit gained per year once the effect shows
	benefit, cost, net float64
	annualCost         float64
}

// evaluate is the model's net for the plan at confidence c (a fraction), without
// anything else Project works out: the decision support tries hundreds of plans
// on every edit. Its arithmetic is Project's, step for step, so a plan's net here
// is the bit-exact net Project gives it.
func (in *Inputs) evaluate(c float64, p Plan) outcome {
	k := in.core(c, in.effects(p.Mkt, p.Sales))
	return in.outcomeOf(k.salNew, k.winNew, in.teamDays(p), in.fixed())
}

// fixedParts is what a plan's outcome needs that no plan changes, worked out
// once for the hundreds of plans tried.
type fixedParts struct {
	revenueNow, months, perDay float64
}

func (in *Inputs) fixed() fixedParts {
	return fixedParts{in.revenueNow(), in.effectMonths(), in.DayCost + in.DayRate}
}

// teamDays is the person-days a year the plan adds to today's, per team.
func (in *Inputs) teamDays(p Plan) [2]float64 {
	return [2]float64{in.MktTeam * (p.Mkt - in.MktDays), in.SalesTeam * (p.Sales - in.SalesDays)}
}

// outcomeOf is a plan's outcome from its projected SAL and win rates (as core
// works them out, capped) and the person-days it adds per team.
func (in *Inputs) outcomeOf(salNew, winNew float64, days [2]float64, f fixedParts) outcome {
	revenueNew := in.MQLs * 12 * salNew * winNew * in.Deal
	var o outcome
	o.gain = (revenueNew - f.revenueNow) * in.Margin / 100
	o.benefit = o.gain * f.months / 12
	o.annualCost = (days[0] + days[1]) * f.perDay
	o.cost = o.annualCost * in.Years
	o.net = o.benefit - o.cost
	return o
}

// revenueNow is today's new-customer revenue per year, as Project works it out.
func (in *Inputs) revenueNow() float64 {
	return in.MQLs * 12 * (in.SALRate / 100) * (in.WinRate / 100) * in.Deal
}

// cents rounds an amount to the cent, as the decision rules compare amounts; a
// half cent to even, as model.md's figures are printed.
func cents(x float64) float64 { return noNegZero(math.RoundToEven(100*x) / 100) }
