package calc_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// model is the calculation of the model written out again, step by step, as the
// tests' oracle: c is the confidence as a fraction.
type model struct {
	fm, fs                float64
	rev, revNew           float64
	g, benefit            float64
	annualCost, cost, net float64
	scale                 float64 // size of the sums behind the money figures, for tolerances
}

func index(d, L float64) float64 { return 1 + L*math.Max(0, math.Min(1, (d-2)/8)) }

func runModel(in calc.Inputs, c float64) model {
	var m model
	m.fm, m.fs = 1, 1
	if in.MktTeam > 0 {
		m.fm = 1 + c*(index(in.MktTarget, in.MktLift/100)/index(in.MktDays, in.MktLift/100)-1)
	}
	if in.SalesTeam > 0 {
		m.fs = 1 + c*(index(in.SalesTarget, in.SalesLift/100)/index(in.SalesDays, in.SalesLift/100)-1)
	}
	mql, sal, win := in.MQLs*12, in.SALRate/100, in.WinRate/100
	m.rev = mql * sal * win * in.Deal
	m.revNew = mql * math.Min(1, sal*m.fs) * math.Min(1, win*m.fm) * in.Deal
	m.g = (m.revNew - m.rev) * in.Margin / 100
	m.benefit = m.g * math.Max(0, 12*in.Years-in.Lag) / 12
	perDay := in.DayCost + in.DayRate
	m.annualCost = (in.MktTeam*(in.MktTarget-in.MktDays) + in.SalesTeam*(in.SalesTarget-in.SalesDays)) * perDay
	m.cost = m.annualCost * in.Years
	m.net = m.benefit - m.cost
	m.scale = (m.revNew+m.rev)*in.Margin/100*in.Years +
		(in.MktTeam*(in.MktTarget+in.MktDays)+in.SalesTeam*(in.SalesTarget+in.SalesDays))*perDay*in.Years
	return m
}

// cumulative is the net benefit at month t of the model's payback timeline.
func cumulative(in calc.Inputs, m model, t float64) float64 {
	return m.g/12*math.Max(0, t-in.Lag) - m.annualCost*math.Min(in.Years, math.Floor(t/12)+1)
}

// TestMatchesModel compares every defined output with the oracle on random inputs.
func TestMatchesModel(t *testing.T) {
	t.Parallel()
	forRandom(t, 20000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		m := runModel(in, in.Confidence/100)
		near := func(name string, got, want, scale float64) {
			t.Helper()
			if !scaledClose(got, want, scale, 1e-9) {
				t.Errorf("Project(%+v).%s = %.17g, model %.17g", in, name, got, want)
			}
		}
		near("FactorMkt", r.FactorMkt, m.fm, 1)
		near("FactorSales", r.FactorSales, m.fs, 1)
		near("Now.Revenue", r.Now.Revenue, m.rev, m.scale)
		near("Projected.Revenue", r.Projected.Revenue, m.revNew, m.scale)
		near("AnnualGain", r.AnnualGain, m.g, m.scale)
		near("Benefit", r.Benefit, m.benefit, m.scale)
		near("Cost", r.Cost, m.cost, m.scale)
		near("Net", r.Net, m.net, m.scale)
		near("AnnualCostMkt+AnnualCostSales", r.AnnualCostMkt+r.AnnualCostSales, m.annualCost, m.scale)
		if m.rev > 0 {
			near("Lift", r.Lift.V, m.revNew/m.rev-1, m.revNew/m.rev)
		} else if r.Lift.OK {
			t.Errorf("Project(%+v): lift %g defined with no revenue today", in, r.Lift.V)
		}
		if m.cost > 0 && math.Abs(m.benefit/m.cost) <= calc.MaxRatio*(1-1e-9) {
			near("ROI", r.ROI.V, m.net/m.cost*100, m.scale/m.cost*100)
			near("BCR", r.BCR.V, m.benefit/m.cost, m.scale/m.cost)
		} else if m.cost <= 0 && (r.ROI.OK || r.BCR.OK) {
			t.Errorf("Project(%+v): ROI %+v BCR %+v defined with cost %g", in, r.ROI, r.BCR, m.cost)
		}
		for i, v := range r.Timeline {
			near("Timeline", v, cumulative(in, m, float64(i)), m.scale)
		}
	})
}
