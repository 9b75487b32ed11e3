package calc

import "math"

// Study window: the two points the study measured. No effect is credited outside.
const (
	StudyLowDays  = 2
	StudyHighDays = 10
	// StudySALPeak is the highest SAL rate the study observed, percent.
	StudySALPeak = 50
	// CurveMaxDays is the last training-day value of the sensitivity curves.
	CurveMaxDays = 20
)

// Index is the benchmark index of a team training d days a year, for a study effect
// L (a fraction: 0.29 for 29%): 1 at 2 days or fewer, 1+L at 10 days or more, linear
// between.
func Index(d, L float64) float64 {
	return 1 + L*clamp((d-StudyLowDays)/(StudyHighDays-StudyLowDays), 0, 1)
}

// factor is the credited change in a team's output when it moves from current to
// target days, at confidence c (a fraction).
func factor(current, target, L, c float64) float64 {
	return 1 + c*(Index(target, L)/Index(current, L)-1)
}

// core is the part of the model that depends on confidence and target days: what
// the break-even search, the range and the curves recompute.
type core struct {
	fm, fs     float64
	salNew     float64
	winNew     float64
	salCap     bool
	winCap     bool
	revenueNew float64
}

func (in *Inputs) core(c, mktTarget, salesTarget float64) core {
	var k core
	k.fm = factor(in.MktDays, mktTarget, in.MktLift/100, c)
	k.fs = factor(in.SalesDays, salesTarget, in.SalesLift/100, c)
	k.salNew = in.SALRate / 100 * k.fs
	if k.salNew > 1 {
		k.salNew, k.salCap = 1, true
	}
	k.winNew = in.WinRate / 100 * k.fm
	if k.winNew > 1 {
		k.winNew, k.winCap = 1, true
	}
	k.revenueNew = in.MQLs * 12 * k.salNew * k.winNew * in.Deal
	return k
}

// months is the number of months of the horizon in which the effect shows.
func (in *Inputs) effectMonths() float64 {
	return math.Max(0, 12*in.Years-in.Lag)
}

func (in *Inputs) annualCost() float64 {
	return (in.MktTeam*(in.MktTarget-in.MktDays) + in.SalesTeam*(in.SalesTarget-in.SalesDays)) * (in.DayCost + in.DayRate)
}

// net is the net benefit over the horizon at confidence c (a fraction).
func (in *Inputs) net(c, revenue, cost float64) float64 {
	k := in.core(c, in.MktTarget, in.SalesTarget)
	g := (k.revenueNew - revenue) * in.Margin / 100
	return g*in.effectMonths()/12 - cost
}

// Project runs the model on in. It does not validate: call [Inputs.Validate] first;
// for valid inputs every number in the result is finite.
func Project(in Inputs) Result {
	c := in.Confidence / 100
	var r Result

	r.Now.MQLs = in.MQLs * 12
	r.Now.SALRate = in.SALRate / 100
	r.Now.SALs = r.Now.MQLs * r.Now.SALRate
	r.Now.WinRate = in.WinRate / 100
	r.Now.Customers = r.Now.SALs * r.Now.WinRate
	r.Now.Revenue = r.Now.Customers * in.Deal

	k := in.core(c, in.MktTarget, in.SalesTarget)
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
	r.Benefit = r.AnnualGain * in.effectMonths() / 12
	r.AnnualCost = in.annualCost()
	r.Cost = r.AnnualCost * in.Years
	r.Net = r.Benefit - r.Cost

	r.Lift = liftOf(r.Projected.Revenue, r.Now.Revenue)
	r.ROI = roiOf(r.Net, r.Cost)
	if r.Cost > 0 {
		r.BCR = finite(r.Benefit/r.Cost, tinyCost)
	} else {
		r.BCR = undefined(noCostReason(r.Cost))
	}
	r.Payback = in.payback(r.AnnualGain, r.AnnualCost)

	low, high := c/2, math.Min(1, 1.5*c)
	kl, kh := in.core(low, in.MktTarget, in.SalesTarget), in.core(high, in.MktTarget, in.SalesTarget)
	r.LiftLow = liftOf(kl.revenueNew, r.Now.Revenue)
	r.LiftHigh = liftOf(kh.revenueNew, r.Now.Revenue)
	r.ROILow = roiOf(in.net(low, r.Now.Revenue, r.Cost), r.Cost)
	r.ROIHigh = roiOf(in.net(high, r.Now.Revenue, r.Cost), r.Cost)

	r.BreakEven = in.breakEven(r.Now.Revenue, r.Cost)
	r.Timeline = in.timeline(r.AnnualGain, r.AnnualCost)
	r.SalesCurve = in.curve(c, low, high, func(d float64) (float64, float64) { return in.MktTarget, d })
	r.MktCurve = in.curve(c, low, high, func(d float64) (float64, float64) { return d, in.SalesTarget })
	r.Warnings = in.warnings(&r)
	return r
}

func liftOf(revenueNew, revenue float64) Value {
	if revenue <= 0 {
		return undefined("there is no new-customer revenue today to grow from")
	}
	return defined(revenueNew/revenue - 1)
}

func roiOf(net, cost float64) Value {
	if cost <= 0 {
		return undefined(noCostReason(cost))
	}
	return finite(net/cost*100, tinyCost)
}

// Reasons for ratios whose divisor is so close to zero that they overflow.
const (
	tinyCost = "the cost is too small to compare with"
	tinyGain = "the gain is too small to pay anything back"
)

// finite is a defined Value when v is a number, else undefined: a ratio of valid
// inputs overflows only when its divisor is a tiny fraction of a currency unit.
func finite(v float64, why string) Value {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return undefined(why)
	}
	return defined(v)
}

func noCostReason(cost float64) string {
	if cost < 0 {
		return "the plan costs less than today's training, so there is no spend to return"
	}
	return "the plan costs nothing extra, so there is no spend to return"
}

func (in *Inputs) payback(g, annualCost float64) Value {
	switch {
	case g <= 0:
		return undefined("the plan adds no gross profit, so it never pays back")
	case annualCost <= 0:
		return defined(0)
	}
	return finite(in.Lag+annualCost/(g/12), tinyGain)
}

// breakEven finds the smallest confidence at which the net benefit is not negative,
// by bisection to 0.01 percentage points. Net grows with confidence when the targets
// are at or above current days; when a team's training is cut it may not, and then
// the search still returns a confidence at which net >= 0, the smallest one found.
func (in *Inputs) breakEven(revenue, cost float64) Value {
	if cost <= 0 {
		return undefined(noCostReason(cost))
	}
	if in.net(1, revenue, cost) < 0 {
		return undefined("even the study's full effect does not pay for the training within the horizon")
	}
	lo, hi := 0.0, 1.0
	for hi-lo > 0.0001/2 {
		mid := (lo + hi) / 2
		if in.net(mid, revenue, cost) >= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return defined(hi * 100)
}

func (in *Inputs) timeline(g, annualCost float64) []float64 {
	n := int(12 * in.Years)
	t := make([]float64, n+1)
	for m := range t {
		fm := float64(m)
		paid := math.Min(in.Years, math.Floor(fm/12)+1)
		t[m] = g/12*math.Max(0, fm-in.Lag) - annualCost*paid
	}
	return t
}

func (in *Inputs) curve(c, low, high float64, targets func(d float64) (mkt, sales float64)) []CurvePoint {
	pts := make([]CurvePoint, CurveMaxDays+1)
	for i := range pts {
		d := float64(i)
		mt, st := targets(d)
		pts[i] = CurvePoint{
			Days:    d,
			Revenue: in.core(c, mt, st).revenueNew,
			Low:     in.core(low, mt, st).revenueNew,
			High:    in.core(high, mt, st).revenueNew,
		}
	}
	return pts
}

func clamp(v, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, v))
}
