package calc

import "math"

// The study's figures the model runs on or checks against.
const (
	StudyLowDays   = 2  // the fewer training days the study compared
	StudyHighDays  = 10 // the more
	StudySALPeak   = 50 // the peak of the study's group averages of the SAL rate, %
	StudyClosePeak = 35 // the peak of its group averages of the chance that an MQL closes, %
	StudySalesLift = 29 // more new-customer business with 10 vs 2 days of sales training, %
	StudyMktLift   = 26 // the same for marketing training, %
	// CurveMaxDays is the last training-day value of the sensitivity curves.
	CurveMaxDays = 20
	// MaxRatio is the largest benefit-to-cost ratio shown: beyond it the cost is too
	// small next to the benefit for a ratio to mean anything.
	MaxRatio = 1e6
)

// Index is the benchmark index of a team training d days a year, for a study effect
// L (a fraction: 0.29 for 29%): 1 at 2 days or fewer, 1+L at 10 days or more, linear
// between.
func Index(d, L float64) float64 {
	return 1 + L*clamp((d-StudyLowDays)/(StudyHighDays-StudyLowDays), 0, 1)
}

// effects is what the planned days would change in each team's output with the
// whole effect credited: F = 1 + c·effect for a confidence c (a fraction). A team
// of nobody is trained by nobody, so nothing is credited to it.
type effects struct{ mkt, sales float64 }

func (in *Inputs) effects(mktTarget, salesTarget float64) effects {
	var e effects
	if in.MktTeam != 0 {
		e.mkt = Index(mktTarget, in.MktLift/100)/Index(in.MktDays, in.MktLift/100) - 1
	}
	if in.SalesTeam != 0 {
		e.sales = Index(salesTarget, in.SalesLift/100)/Index(in.SalesDays, in.SalesLift/100) - 1
	}
	return e
}

// core is the part of the model that depends on confidence and target days: what
// the break-even search, the range and the curves recompute.
type core struct {
	fm, fs         float64
	salNew, winNew float64
	salCap, winCap bool
	revenueNew     float64
}

func (in *Inputs) core(c float64, e effects) core {
	var k core
	k.fm = 1 + c*e.mkt
	k.fs = 1 + c*e.sales
	k.salNew, k.salCap = capped(in.SALRate / 100 * k.fs)
	k.winNew, k.winCap = capped(in.WinRate / 100 * k.fm)
	k.revenueNew = in.MQLs * 12 * k.salNew * k.winNew * in.Deal
	return k
}

// capped is a projected rate kept at most 1, and whether it was more.
func capped(rate float64) (float64, bool) {
	if rate > 1 {
		return 1, true
	}
	return rate, false
}

// effectMonths is the number of months of the horizon in which the effect shows.
func (in *Inputs) effectMonths() float64 {
	return math.Max(0, 12*in.Years-in.Lag)
}

// Project runs the model on in. It does not validate: call [Inputs.Validate] first;
// for valid inputs every number in the result is finite and none is negative zero.
func Project(in Inputs) Result {
	c := in.Confidence / 100
	var r Result

	r.Now.MQLs = in.MQLs * 12
	r.Now.SALRate = in.SALRate / 100
	r.Now.SALs = r.Now.MQLs * r.Now.SALRate
	r.Now.WinRate = in.WinRate / 100
	r.Now.Customers = r.Now.SALs * r.Now.WinRate
	r.Now.Revenue = r.Now.Customers * in.Deal

	plan := in.effects(in.MktTarget, in.SalesTarget)
	r.IndexMktNow, r.IndexMktPlan = Index(in.MktDays, in.MktLift/100), Index(in.MktTarget, in.MktLift/100)
	r.IndexSalesNow, r.IndexSalesPlan = Index(in.SalesDays, in.SalesLift/100), Index(in.SalesTarget, in.SalesLift/100)
	k := in.core(c, plan)
	r.FactorMkt, r.FactorSales = k.fm, k.fs
	r.SALCapped, r.WinCapped = k.salCap, k.winCap
	r.Projected.MQLs = r.Now.MQLs
	r.Projected.SALRate = k.salNew
	r.Projected.SALs = r.Projected.MQLs * k.salNew
	r.Projected.WinRate = k.winNew
	r.Projected.Customers = r.Projected.SALs * k.winNew
	r.Projected.Revenue = r.Projected.Customers * in.Deal

	r.RevenueGain = r.Projected.Revenue - r.Now.Revenue
	r.AnnualGain = r.RevenueGain * in.Margin / 100
	r.EffectMonths = in.effectMonths()
	r.Benefit = r.AnnualGain * r.EffectMonths / 12
	perDay := in.DayCost + in.DayRate
	r.AnnualCostMkt = in.MktTeam * (in.MktTarget - in.MktDays) * perDay
	r.AnnualCostSales = in.SalesTeam * (in.SalesTarget - in.SalesDays) * perDay
	r.AnnualCost = (in.MktTeam*(in.MktTarget-in.MktDays) + in.SalesTeam*(in.SalesTarget-in.SalesDays)) * perDay
	r.Cost = r.AnnualCost * in.Years
	r.Net = r.Benefit - r.Cost

	r.Lift = liftOf(r.Projected.Revenue, r.Now.Revenue)
	r.ROI = ratioOf(r.Net, r.Benefit, r.Cost, 100)
	r.BCR = ratioOf(r.Benefit, r.Benefit, r.Cost, 1)

	// The range: half, full and 1.5 times the confidence, ordered, since with one
	// team's training cut a higher confidence can give a lower result.
	low, high := c/2, math.Min(1, 1.5*c)
	var lifts, rois, paybacks [3]Value
	for i, ci := range [3]float64{low, c, high} {
		ki := in.core(ci, plan)
		lifts[i] = liftOf(ki.revenueNew, r.Now.Revenue)
		gi := (ki.revenueNew - r.Now.Revenue) * in.Margin / 100
		bi := gi * r.EffectMonths / 12
		rois[i] = ratioOf(bi-r.Cost, bi, r.Cost, 100)
		paybacks[i], _ = in.payback(gi, r.AnnualCost)
	}
	r.LiftLow, r.LiftHigh = ordered(lifts)
	r.ROILow, r.ROIHigh = ordered(rois)
	r.PaybackLow, r.PaybackHigh = ordered(paybacks)

	r.Payback, r.PaybackYear = in.payback(r.AnnualGain, r.AnnualCost)
	r.BreakEven = in.breakEven(plan, r.Now.Revenue, r.Cost)
	r.Timeline, r.Path = in.timeline(r.AnnualGain, r.AnnualCost)
	r.SalesCurve = in.curve(c, low, high, func(d float64) (float64, float64) { return in.MktTarget, d })
	r.MktCurve = in.curve(c, low, high, func(d float64) (float64, float64) { return d, in.SalesTarget })
	r.Warnings = in.warnings(&r)
	typed := outcome{gain: r.AnnualGain, benefit: r.Benefit, cost: r.Cost, net: r.Net, annualCost: r.AnnualCost}
	r.Recommendation = in.recommend()
	r.Steps = in.steps(c, typed)
	r.Sensitivity = in.sensitivity()
	r.Thresholds = in.thresholds(typed)
	r.noNegativeZero()
	return r
}

func liftOf(revenueNew, revenue float64) Value {
	if revenue <= 0 {
		return undefined(NoRevenue)
	}
	return defined(revenueNew/revenue - 1)
}

// ratioOf is v/cost*scale, defined while cost is positive and benefit/cost within
// MaxRatio either way.
func ratioOf(v, benefit, cost, scale float64) Value {
	switch {
	case cost < 0:
		return undefined(Saving)
	case cost == 0:
		return undefined(NoExtraCost)
	case math.Abs(benefit/cost) > MaxRatio:
		return undefined(RatioTooLarge)
	}
	return defined(v / cost * scale)
}

// ordered returns the smallest and largest of three values, both undefined (with
// the first reason found) when any of them is.
func ordered(vs [3]Value) (lo, hi Value) {
	for _, v := range vs {
		if !v.OK {
			return v, v
		}
	}
	lo, hi = vs[0], vs[0]
	for _, v := range vs[1:] {
		if v.V < lo.V {
			lo = v
		}
		if v.V > hi.V {
			hi = v
		}
	}
	return lo, hi
}

func (in *Inputs) curve(c, low, high float64, targets func(d float64) (mkt, sales float64)) []CurvePoint {
	pts := make([]CurvePoint, CurveMaxDays+1)
	for i := range pts {
		d := float64(i)
		e := in.effects(targets(d))
		lo, hi := in.core(low, e).revenueNew, in.core(high, e).revenueNew
		pts[i] = CurvePoint{
			Days:    d,
			Revenue: in.core(c, e).revenueNew,
			Low:     math.Min(lo, hi),
			High:    math.Max(lo, hi),
		}
	}
	return pts
}

func clamp(v, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, v))
}
