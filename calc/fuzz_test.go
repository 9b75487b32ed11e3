package calc_test

import (
	"math"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

func addSeeds(f *testing.F) {
	seed := func(mod func(*calc.Inputs)) {
		in := with(mod)
		f.Add(in.MktTeam, in.MktDays, in.MktTarget, in.SalesTeam, in.SalesDays, in.SalesTarget,
			in.MQLs, in.SALRate, in.WinRate, in.Deal, in.Margin, in.DayCost, in.DayRate,
			in.Lag, in.Years, in.Confidence, in.SalesLift, in.MktLift, in.Budget)
	}
	seed(nil)
	seed(func(in *calc.Inputs) { in.SALRate, in.Confidence = 90, 100 })
	seed(func(in *calc.Inputs) { in.Years, in.Lag = 2, 4 })
	seed(func(in *calc.Inputs) { in.MktTarget, in.SalesTarget = 1, 2 })
	seed(func(in *calc.Inputs) { in.Lag, in.Years = 36, 5 })
	seed(func(in *calc.Inputs) { in.MktTeam, in.MktDays, in.MktTarget, in.SalesTeam = 6, 10, 2, 13 })
	seed(func(in *calc.Inputs) { in.DayCost, in.DayRate, in.MktTarget, in.SalesTarget = 0, 0, 1, 1 })
	seed(func(in *calc.Inputs) { in.Deal = 1e-300 })
	seed(func(in *calc.Inputs) { in.Budget = 60000 })
	seed(func(in *calc.Inputs) { in.Budget = 0 })
	seed(func(in *calc.Inputs) {
		for _, fl := range calc.Fields {
			*fl.Of(in) = fl.Max
		}
	})
	seed(func(in *calc.Inputs) {
		for _, fl := range calc.Fields {
			*fl.Of(in) = fl.Min
		}
	})
}

// FuzzProject: for any inputs that validate, every number is finite and no zero
// negative, ranges are ordered and the payback lies within the horizon.
func FuzzProject(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
		mqls, salRate, winRate, deal, margin, dayCost, dayRate, lag, years, confidence, salesLift, mktLift, budget float64) {
		in := calc.Inputs{mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
			mqls, salRate, winRate, deal, margin, dayCost, dayRate, lag, years, confidence, salesLift, mktLift, budget}
		if in.Validate() != nil {
			return
		}
		r := calc.Project(in)
		checkClean(t, in, r)
		if r.LiftLow.OK && !(r.LiftLow.V <= r.Lift.V && r.Lift.V <= r.LiftHigh.V) {
			t.Errorf("lift range out of order: %v %v %v", r.LiftLow, r.Lift, r.LiftHigh)
		}
		if r.ROILow.OK && !(r.ROILow.V <= r.ROI.V && r.ROI.V <= r.ROIHigh.V) {
			t.Errorf("ROI range out of order: %v %v %v", r.ROILow, r.ROI, r.ROIHigh)
		}
		if r.Payback.OK && (r.Payback.V < 0 || r.Payback.V > 12*in.Years) {
			t.Errorf("payback %g outside the %g-month horizon", r.Payback.V, 12*in.Years)
		}
		if r.BreakEven.OK && (r.BreakEven.V < 0 || r.BreakEven.V > 100) {
			t.Errorf("break-even %g outside 0-100", r.BreakEven.V)
		}
	})
}

// FuzzValidate: Validate refuses exactly the values outside a field's rules.
func FuzzValidate(f *testing.F) {
	addSeeds(f)
	f.Add(-1.0, math.NaN(), math.Inf(1), 2.5, 0.0, 0.0, math.Copysign(0, -1), 101.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 201.0, 0.0, math.Inf(-1))
	f.Fuzz(func(t *testing.T, mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
		mqls, salRate, winRate, deal, margin, dayCost, dayRate, lag, years, confidence, salesLift, mktLift, budget float64) {
		in := calc.Inputs{mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
			mqls, salRate, winRate, deal, margin, dayCost, dayRate, lag, years, confidence, salesLift, mktLift, budget}
		err := in.Validate()
		es, _ := err.(calc.Errors)
		bad := map[string]bool{}
		for _, e := range es {
			bad[e.Field] = true
		}
		for _, fl := range calc.Fields {
			v := *fl.Of(&in)
			empty := fl.Optional && math.IsInf(v, 1) // no limit
			invalid := !empty && (math.IsNaN(v) || math.IsInf(v, 0) || v < fl.Min || v > fl.Max || (fl.Whole && v != math.Trunc(v)))
			if invalid != bad[fl.Name] {
				t.Errorf("%s = %g: invalid %v, Validate says %v", fl.Name, v, invalid, bad[fl.Name])
			}
		}
	})
}
