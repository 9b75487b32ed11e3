package calc

import "math"

// Recommendation is the plan of most net benefit among whole training days (model
// version 3, "Decision support"): the model can tell "train to the study's 10
// days, or not", not 8 days from 10.
type Recommendation struct {
	Plan       Plan    // the recommended plan; today's when nothing pays
	Net        float64 // its net benefit over the horizon
	Cost       float64 // its cost over the horizon
	AnnualCost float64 // its cost per year, which a budget limits
	ROI        Value   // its return on investment, percent
	// SALCapped and WinCapped say a projected rate reaches its 100% cap at the
	// plan: a reason to stop short of the study's 10 days.
	SALCapped, WinCapped bool
	// Half and More are the recommendations at half and at 1.5 times the
	// confidence (at most 100%): whether the advice holds when the effect is
	// smaller or larger than credited.
	Half, More Plan
	// When today's plan is recommended, StudyPlan is the study's 10 days for
	// each team with people (today's days where those are more), and Study and
	// StudyBreakEven what would have to be true for it to pay.
	StudyPlan      Plan
	Study          Thresholds
	StudyBreakEven Value
}

// KeepsToday reports whether the recommendation is today's training.
func (r *Recommendation) KeepsToday(in *Inputs) bool { return r.Plan == in.Today() }

// maxCandidates is the most planned-day values tried per team: today's and the
// whole days 0-20 (above 10 days the model credits nothing, so they only cost).
const maxCandidates = CurveMaxDays + 2

// candidates are the planned days tried for one team, with what each changes:
// the effect credited (the whole effect) and the person-days a year added.
type candidates struct {
	n      int
	days   [maxCandidates]float64
	effect [maxCandidates]float64
	added  [maxCandidates]float64
}

// teamCandidates lists a team's candidates: today's days d and every whole day
// from min(d, 2) to 20. A team of nobody keeps today's days; the model never
// recommends cutting below the study's lower point unless today is already
// below it (no data there is no evidence of no effect).
func teamCandidates(team, d, lift float64) candidates {
	var c candidates
	add := func(g float64) {
		c.days[c.n] = g
		if team != 0 {
			c.effect[c.n] = Index(g, lift)/Index(d, lift) - 1
		}
		c.added[c.n] = team * (g - d)
		c.n++
	}
	add(d)
	if team == 0 {
		return c
	}
	for g := math.Ceil(min(d, StudyLowDays)); g <= CurveMaxDays; g++ {
		if g != d {
			add(g)
		}
	}
	return c
}

// choice is a plan with what the decision rules compare.
type choice struct {
	plan      Plan
	net, cost float64 // cents(net), cents(annual cost)
	change    float64 // |t_m − d_m| + |t_s − d_s|
}

// better reports whether a is preferred to b: more net benefit, then the lower
// annual cost, the smaller change from today, fewer sales days, fewer
// marketing days.
func better(a, b *choice) bool {
	switch {
	case a.net != b.net:
		return a.net > b.net
	case a.cost != b.cost:
		return a.cost < b.cost
	case a.change != b.change:
		return a.change < b.change
	case a.plan.Sales != b.plan.Sales:
		return a.plan.Sales < b.plan.Sales
	}
	return a.plan.Mkt < b.plan.Mkt
}

// best is the recommended plan at confidence c among every pair of candidates
// that fits the budget (a cut always fits).
func (in *Inputs) best(c float64, mkt, sales *candidates) Plan {
	today := in.Today()
	top := choice{plan: today}
	fixed := in.fixed()
	// Each team's projected rate per candidate, as core works it out: a plan's
	// outcome then takes a few multiplications.
	var win, sal [maxCandidates]float64
	for i := range mkt.n {
		win[i], _ = capped(in.WinRate / 100 * (1 + c*mkt.effect[i]))
	}
	for j := range sales.n {
		sal[j], _ = capped(in.SALRate / 100 * (1 + c*sales.effect[j]))
	}
	for i := range mkt.n {
		for j := range sales.n {
			o := in.outcomeOf(sal[j], win[i], [2]float64{mkt.added[i], sales.added[j]}, fixed)
			net := cents(o.net)
			if net < top.net {
				continue // less net never wins, within the budget or not
			}
			cost := cents(o.annualCost)
			if in.HasBudget() && cost > in.Budget {
				continue
			}
			p := Plan{mkt.days[i], sales.days[j]}
			ch := choice{plan: p, net: net, cost: cost,
				change: math.Abs(p.Mkt-today.Mkt) + math.Abs(p.Sales-today.Sales)}
			if better(&ch, &top) {
				top = ch
			}
		}
	}
	return top.plan
}

// recommend works out the recommendation for the inputs.
func (in *Inputs) recommend() Recommendation {
	c := in.Confidence / 100
	mkt := teamCandidates(in.MktTeam, in.MktDays, in.MktLift/100)
	sales := teamCandidates(in.SalesTeam, in.SalesDays, in.SalesLift/100)
	var rec Recommendation
	rec.Plan = in.best(c, &mkt, &sales)
	rec.Half = in.best(c/2, &mkt, &sales)
	rec.More = in.best(math.Min(1, 1.5*c), &mkt, &sales)
	k := in.core(c, in.effects(rec.Plan.Mkt, rec.Plan.Sales))
	rec.SALCapped, rec.WinCapped = k.salCap, k.winCap
	o := in.evaluate(c, rec.Plan)
	rec.Net, rec.Cost, rec.AnnualCost = noNegZero(o.net), noNegZero(o.cost), noNegZero(o.annualCost)
	rec.ROI = ratioOf(o.net, o.benefit, o.cost, 100)
	if rec.KeepsToday(in) {
		rec.StudyPlan = in.studyPlan()
		study := in.With(rec.StudyPlan)
		so := study.evaluate(c, rec.StudyPlan)
		rec.Study = study.thresholds(so)
		rec.StudyBreakEven = study.breakEven(study.effects(rec.StudyPlan.Mkt, rec.StudyPlan.Sales), study.revenueNow(), so.cost)
	}
	return rec
}

// studyPlan is the study's higher point for each team with people, or today's
// days where those are already more.
func (in *Inputs) studyPlan() Plan {
	at := func(team, d float64) float64 {
		if team == 0 || d >= StudyHighDays {
			return d
		}
		return StudyHighDays
	}
	return Plan{at(in.MktTeam, in.MktDays), at(in.SalesTeam, in.SalesDays)}
}
