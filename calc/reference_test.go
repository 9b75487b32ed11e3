package calc_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// model is the calculation of model.md written out again, step by step, as the
// tests' oracle: c is the confidence as a fraction, mt and st the planned days.
type model struct {
	fm, fs                 float64
	salNew, winNew         float64
	salCap, winCap         bool
	rev, revNew            float64
	g, benefit             float64
	annualCost, cost, net  float64
	gScale, costScale      float64 // sizes of the sums behind g and cost, for tolerances
	benefitScale, netScale float64
}

func index(d, L float64) float64 { return 1 + L*math.Max(0, math.Min(1, (d-2)/8)) }

func runModel(in calc.Inputs, c, mt, st float64) model {
	var m model
	m.fm = 1 + c*(index(mt, in.MktLift/100)/index(in.MktDays, in.MktLift/100)-1)
	m.fs = 1 + c*(index(st, in.SalesLift/100)/index(in.SalesDays, in.SalesLift/100)-1)
	mql, sal, win := in.MQLs*12, in.SALRate/100, in.WinRate/100
	m.salNew, m.winNew = math.Min(1, sal*m.fs), math.Min(1, win*m.fm)
	m.salCap, m.winCap = sal*m.fs > 1, win*m.fm > 1
	m.rev = mql * sal * win * in.Deal
	m.revNew = mql * m.salNew * m.winNew * in.Deal
	m.g = (m.revNew - m.rev) * in.Margin / 100
	m.gScale = (m.revNew + m.rev) * in.Margin / 100
	months := math.Max(0, 12*in.Years-in.Lag)
	m.benefit = m.g * months / 12
	m.benefitScale = m.gScale * months / 12
	days := in.MktTeam*(in.MktTarget-in.MktDays) + in.SalesTeam*(in.SalesTarget-in.SalesDays)
	m.annualCost = days * (in.DayCost + in.DayRate)
	m.costScale = (in.MktTeam*(in.MktTarget+in.MktDays) + in.SalesTeam*(in.SalesTarget+in.SalesDays)) * (in.DayCost + in.DayRate) * in.Years
	m.cost = m.annualCost * in.Years
	m.net = m.benefit - m.cost
	m.netScale = m.benefitScale + m.costScale
	return m
}

// breakEvenRef is the exact smallest confidence (fraction) with net >= 0, found by
// bisecting to the last bit; ok false when even 1 does not break even.
func breakEvenRef(in calc.Inputs) (float64, bool) {
	net := func(c float64) float64 { return runModel(in, c, in.MktTarget, in.SalesTarget).net }
	if net(1) < 0 {
		return 0, false
	}
	lo, hi := 0.0, 1.0
	for range 200 {
		mid := (lo + hi) / 2
		if mid == lo || mid == hi {
			break
		}
		if net(mid) >= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, true
}

// TestMatchesModel compares Project with the oracle on random valid inputs: every
// result, each month of the timeline and each point of the curves.
func TestMatchesModel(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		c := in.Confidence / 100
		m := runModel(in, c, in.MktTarget, in.SalesTarget)
		near := func(name string, got, want, scale float64) {
			t.Helper()
			if !scaledClose(got, want, scale, tol) {
				t.Errorf("Project(%+v).%s = %.17g, model says %.17g", in, name, got, want)
			}
		}
		// value checks a Value: defined as the model says (unless the deciding
		// quantity is within rounding of the edge), and then its number.
		value := func(name string, got calc.Value, ok, edge bool, want, scale float64) {
			t.Helper()
			if got.OK != ok {
				if !edge {
					t.Errorf("Project(%+v).%s = %+v, model says defined %v (%g)", in, name, got, ok, want)
				}
				return
			}
			if ok {
				near(name, got.V, want, scale)
			}
		}
		near("FactorMkt", r.FactorMkt, m.fm, 1)
		near("FactorSales", r.FactorSales, m.fs, 1)
		near("Now.Revenue", r.Now.Revenue, m.rev, 0)
		near("Projected.SALRate", r.Projected.SALRate, m.salNew, 0)
		near("Projected.WinRate", r.Projected.WinRate, m.winNew, 0)
		near("Projected.Revenue", r.Projected.Revenue, m.revNew, 0)
		near("RevenueGain", r.RevenueGain, m.revNew-m.rev, m.revNew+m.rev)
		near("AnnualGain", r.AnnualGain, m.g, m.gScale)
		near("Benefit", r.Benefit, m.benefit, m.benefitScale)
		near("AnnualCost", r.AnnualCost, m.annualCost, m.costScale)
		near("Cost", r.Cost, m.cost, m.costScale)
		near("Net", r.Net, m.net, m.netScale)

		sal, win := in.SALRate/100, in.WinRate/100
		if r.SALCapped != m.salCap && math.Abs(sal*m.fs-1) > 1e-12 {
			t.Errorf("Project(%+v).SALCapped = %v, model says %v", in, r.SALCapped, m.salCap)
		}
		if r.WinCapped != m.winCap && math.Abs(win*m.fm-1) > 1e-12 {
			t.Errorf("Project(%+v).WinCapped = %v, model says %v", in, r.WinCapped, m.winCap)
		}

		liftOf := func(m model) float64 { return m.revNew/m.rev - 1 }
		value("Lift", r.Lift, m.rev > 0, false, liftOf(m), 1+liftOf(m))
		low, high := runModel(in, c/2, in.MktTarget, in.SalesTarget), runModel(in, math.Min(1, 1.5*c), in.MktTarget, in.SalesTarget)
		value("LiftLow", r.LiftLow, m.rev > 0, false, liftOf(low), 1+liftOf(low))
		value("LiftHigh", r.LiftHigh, m.rev > 0, false, liftOf(high), 1+liftOf(high))

		costEdge := math.Abs(m.cost) <= 1e-12*m.costScale
		for _, x := range []struct {
			name string
			got  calc.Value
			m    model
		}{{"ROI", r.ROI, m}, {"ROILow", r.ROILow, low}, {"ROIHigh", r.ROIHigh, high}} {
			value(x.name, x.got, m.cost > 0, costEdge, x.m.net/m.cost*100, x.m.netScale/m.cost*100)
		}
		value("BCR", r.BCR, m.cost > 0, costEdge, m.benefit/m.cost, m.benefitScale/m.cost)

		gEdge := math.Abs(m.g) <= 1e-12*m.gScale
		wantPayback, pbScale := 0.0, 0.0
		if m.annualCost > 0 && m.g > 0 {
			wantPayback = in.Lag + m.annualCost/(m.g/12)
			pbScale = wantPayback + (wantPayback-in.Lag)*(m.costScale/in.Years/math.Abs(m.annualCost)+m.gScale/m.g)
		}
		value("Payback", r.Payback, m.g > 0, gEdge || costEdge, wantPayback, pbScale)

		root, ok := breakEvenRef(in)
		full := runModel(in, 1, in.MktTarget, in.SalesTarget)
		beEdge := costEdge || math.Abs(full.net) <= 1e-12*full.netScale
		if r.BreakEven.OK != (m.cost > 0 && ok) && !beEdge {
			t.Errorf("Project(%+v).BreakEven = %+v, model says defined %v", in, r.BreakEven, m.cost > 0 && ok)
		}
		if r.BreakEven.OK && ok && in == raised(in) {
			if got := r.BreakEven.V / 100; got < root-1e-9 || got > root+0.0001 {
				t.Errorf("Project(%+v).BreakEven = %.10g%%, exact %.10g%%: not within 0.01 points above", in, r.BreakEven.V, root*100)
			}
		}

		for i, got := range r.Timeline {
			fm := float64(i)
			want := m.g/12*math.Max(0, fm-in.Lag) - m.annualCost*math.Min(in.Years, math.Floor(fm/12)+1)
			scale := m.gScale/12*math.Max(0, fm-in.Lag) + m.costScale
			if !scaledClose(got, want, scale, tol) {
				t.Errorf("Project(%+v).Timeline[%d] = %.17g, model says %.17g", in, i, got, want)
				break
			}
		}

		for _, cv := range []struct {
			name string
			pts  []calc.CurvePoint
			at   func(d float64) (mt, st float64)
		}{
			{"SalesCurve", r.SalesCurve, func(d float64) (float64, float64) { return in.MktTarget, d }},
			{"MktCurve", r.MktCurve, func(d float64) (float64, float64) { return d, in.SalesTarget }},
		} {
			for _, p := range cv.pts {
				mt, st := cv.at(p.Days)
				for _, x := range []struct {
					got, c float64
				}{{p.Revenue, c}, {p.Low, c / 2}, {p.High, math.Min(1, 1.5*c)}} {
					if want := runModel(in, x.c, mt, st).revNew; !scaledClose(x.got, want, 0, tol) {
						t.Errorf("Project(%+v).%s at %g days, confidence %g: %.17g, model says %.17g", in, cv.name, p.Days, x.c, x.got, want)
					}
				}
			}
		}

		want := map[string]bool{
			calc.WarnSALCap:      m.salCap,
			calc.WarnWinCap:      m.winCap,
			calc.WarnSALAboveObs: m.salNew > 0.5,
			calc.WarnDaysOutside: outside(in.MktDays) || outside(in.MktTarget) || outside(in.SalesDays) || outside(in.SalesTarget),
			calc.WarnLagHorizon:  in.Lag >= 12*in.Years,
		}
		edge := map[string]bool{
			calc.WarnSALCap:      math.Abs(sal*m.fs-1) <= 1e-12,
			calc.WarnWinCap:      math.Abs(win*m.fm-1) <= 1e-12,
			calc.WarnSALAboveObs: math.Abs(m.salNew-0.5) <= 1e-12,
		}
		seen := map[string]int{}
		for _, w := range r.Warnings {
			seen[w.Code]++
		}
		for code, w := range want {
			if (seen[code] > 0) != w && !edge[code] {
				t.Errorf("Project(%+v): warning %s given %v, model says %v", in, code, seen[code] > 0, w)
			}
			if seen[code] > 1 {
				t.Errorf("Project(%+v): warning %s given %d times", in, code, seen[code])
			}
		}
		if len(seen) > len(want) {
			t.Errorf("Project(%+v): unknown warnings among %q", in, codes(r))
		}
	})
}

func outside(d float64) bool { return d < 2 || d > 10 }
