package calc_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// Every number is finite and no zero is negative, for any valid inputs.
func TestPropertyClean(t *testing.T) {
	t.Parallel()
	forRandom(t, 20000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		checkClean(t, in, calc.Project(in))
	})
}

// Payback is the first month from which the timeline stays at or above zero, on a
// grid of 0.01 months and at every year's start, and the timeline is below zero just
// before it.
func TestPropertyPaybackFromTimeline(t *testing.T) {
	t.Parallel()
	forRandom(t, 3000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		m := runModel(in, in.Confidence/100)
		end := 12 * in.Years
		tol := 1e-9 * m.scale
		p := r.Payback
		switch {
		case m.g <= 0:
			if p.OK || p.Why != calc.NoGain {
				t.Errorf("Project(%+v): payback %+v with no gain", in, p)
			}
			return
		case cumulative(in, m, end) < -tol:
			if p.OK || p.Why != calc.BeyondHorizon {
				t.Errorf("Project(%+v): payback %+v though the timeline ends at %g", in, p, cumulative(in, m, end))
			}
			return
		case !p.OK:
			if cumulative(in, m, end) > tol {
				t.Errorf("Project(%+v): payback n/a (%s) though the timeline ends at %g > 0", in, p.Why, cumulative(in, m, end))
			}
			return
		}
		if p.V < 0 || p.V > end {
			t.Fatalf("Project(%+v): payback %g outside 0..%g", in, p.V, end)
		}
		for x := p.V; x <= end; x += 0.01 {
			if c := cumulative(in, m, x); c < -tol {
				t.Fatalf("Project(%+v): payback %g but the timeline is %g at month %g", in, p.V, c, x)
			}
		}
		for k := math.Ceil(p.V / 12); k < in.Years; k++ {
			if c := cumulative(in, m, 12*k); 12*k >= p.V && c < -tol {
				t.Fatalf("Project(%+v): payback %g but the timeline is %g at the start of year %g", in, p.V, c, k+1)
			}
		}
		if p.V > 0 {
			before := p.V - 1e-6*math.Max(1, p.V)
			if c := cumulative(in, m, before); c >= tol {
				t.Errorf("Project(%+v): payback %g but the timeline is already %g at %g", in, p.V, c, before)
			}
		}
	})
}

// Low ≤ central ≤ high, for lift and ROI, whatever the plan; defined together.
func TestPropertyRangesOrdered(t *testing.T) {
	t.Parallel()
	forRandom(t, 20000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		for _, v := range []struct {
			name           string
			low, mid, high calc.Value
		}{
			{"lift", r.LiftLow, r.Lift, r.LiftHigh},
			{"ROI", r.ROILow, r.ROI, r.ROIHigh},
		} {
			if v.low.OK != v.high.OK || (v.low.OK && !v.mid.OK) {
				t.Errorf("Project(%+v): %s range %+v %+v %+v defined differently", in, v.name, v.low, v.mid, v.high)
			}
			if v.low.OK && !(v.low.V <= v.mid.V && v.mid.V <= v.high.V) {
				t.Errorf("Project(%+v): %s range %.17g ≤ %.17g ≤ %.17g does not hold", in, v.name, v.low.V, v.mid.V, v.high.V)
			}
		}
		for _, cv := range [][]calc.CurvePoint{r.SalesCurve, r.MktCurve} {
			for _, p := range cv {
				if !(p.Low <= p.High) {
					t.Errorf("Project(%+v): curve at %g days: low %g > high %g", in, p.Days, p.Low, p.High)
				}
			}
		}
	})
}

// At the break-even confidence the net benefit is not negative, and 0.01 points
// below it it is: mixed plans (one team cut, the other raised) included. Where there
// is none, no confidence on a 0.01-point grid breaks even.
func TestPropertyBreakEven(t *testing.T) {
	t.Parallel()
	forRandom(t, 3000, func(t *testing.T, rng *rand.Rand, in calc.Inputs) {
		if rng.IntN(3) == 0 {
			// A mixed plan: marketing cut, sales raised, or the other way round.
			in.MktDays, in.MktTarget = in.MktTarget, in.MktDays
		}
		r := calc.Project(in)
		net := func(conf float64) float64 { return runModel(in, conf/100).net }
		tol := 1e-12 * runModel(in, 1).scale
		be := r.BreakEven
		switch {
		case r.Cost <= 0:
			if be.OK {
				t.Errorf("Project(%+v): break-even %g with cost %g", in, be.V, r.Cost)
			}
			return
		case !be.OK:
			for c := 0.0; c <= 100; c += 0.01 {
				if net(c) >= tol {
					t.Fatalf("Project(%+v): break-even n/a (%s) but net at %g%% is %g", in, be.Why, c, net(c))
				}
			}
			return
		}
		if be.V < 0 || be.V > 100 {
			t.Fatalf("Project(%+v): break-even %g outside 0..100", in, be.V)
		}
		if n := net(be.V); n < -tol {
			t.Errorf("Project(%+v): net at break-even %g%% is %g", in, be.V, n)
		}
		if be.V >= 0.01 {
			if n := net(be.V - 0.01); n >= 0 {
				t.Errorf("Project(%+v): net 0.01 points below break-even %g%% is %g ≥ 0", in, be.V, n)
			}
		}
	})
}

// The break-even confidence does not depend on the confidence chosen.
func TestPropertyBreakEvenIgnoresConfidence(t *testing.T) {
	t.Parallel()
	forRandom(t, 500, func(t *testing.T, rng *rand.Rand, in calc.Inputs) {
		a := calc.Project(in).BreakEven
		in.Confidence = 100 * rng.Float64()
		if b := calc.Project(in).BreakEven; a != b {
			t.Errorf("Project(%+v): break-even %+v, %+v at confidence %g", in, a, b, in.Confidence)
		}
	})
}

// Nobody trained, or no change in days: nothing credited, nothing spent.
func TestPropertyNoChange(t *testing.T) {
	t.Parallel()
	forRandom(t, 2000, func(t *testing.T, rng *rand.Rand, in calc.Inputs) {
		if rng.IntN(2) == 0 {
			in.MktTarget, in.SalesTarget = in.MktDays, in.SalesDays
		} else {
			in.MktTeam, in.SalesTeam = 0, 0
		}
		r := calc.Project(in)
		if r.FactorMkt != 1 || r.FactorSales != 1 || r.Cost != 0 || r.RevenueGain != 0 || r.Net != 0 {
			t.Errorf("Project(%+v): factors %g %g, cost %g, gain %g, net %g; want 1, 1, 0, 0, 0", in, r.FactorMkt, r.FactorSales, r.Cost, r.RevenueGain, r.Net)
		}
		if r.ROI.OK || r.Payback.OK || r.BreakEven.OK {
			t.Errorf("Project(%+v): ROI %+v payback %+v break-even %+v, want n/a", in, r.ROI, r.Payback, r.BreakEven)
		}
	})
}

// More confidence never lowers the lift when both teams train at least as much as
// today; a larger horizon never shortens it.
func TestPropertyMonotonic(t *testing.T) {
	t.Parallel()
	forRandom(t, 5000, func(t *testing.T, rng *rand.Rand, in calc.Inputs) {
		in.MktTarget, in.SalesTarget = max(in.MktTarget, in.MktDays), max(in.SalesTarget, in.SalesDays)
		lo := calc.Project(in)
		more := in
		more.Confidence = in.Confidence + (100-in.Confidence)*rng.Float64()
		hi := calc.Project(more)
		if lo.Projected.Revenue > hi.Projected.Revenue*(1+1e-12) {
			t.Errorf("Project(%+v): revenue %g at confidence %g, less %g at %g", in, lo.Projected.Revenue, in.Confidence, hi.Projected.Revenue, more.Confidence)
		}
	})
}

// The timeline and its exact path agree with each other and with the totals.
func TestPropertyTimeline(t *testing.T) {
	t.Parallel()
	forRandom(t, 5000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		m := runModel(in, in.Confidence/100)
		end := 12 * in.Years
		if len(r.Timeline) != int(end)+1 {
			t.Fatalf("Project(%+v): %d timeline months, want %g", in, len(r.Timeline), end+1)
		}
		if !scaledClose(r.Timeline[len(r.Timeline)-1], r.Net, m.scale, 1e-9) {
			t.Errorf("Project(%+v): timeline ends at %g, net is %g", in, r.Timeline[len(r.Timeline)-1], r.Net)
		}
		p := r.Path
		if len(p) < 2 || p[0].T != 0 || p[len(p)-1].T != end {
			t.Fatalf("Project(%+v): path %v does not span 0..%g", in, p, end)
		}
		for i := 1; i < len(p); i++ {
			if p[i].T < p[i-1].T {
				t.Fatalf("Project(%+v): path goes back in time: %v", in, p)
			}
			// Between vertices the model's line is straight: its middle is the
			// vertices' mean.
			if p[i].T > p[i-1].T {
				mid := (p[i].T + p[i-1].T) / 2
				if !scaledClose((p[i].Net+p[i-1].Net)/2, cumulative(in, m, mid), m.scale, 1e-9) {
					t.Errorf("Project(%+v): path %v is not the timeline between months %g and %g", in, p, p[i-1].T, p[i].T)
				}
			}
		}
	})
}
