package calc_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// propertyCases is how many pseudo-random valid inputs each property is tried on.
const propertyCases = 20_000

// newRand is the tests' fixed-seed source: a failure reproduces exactly.
func newRand() *rand.Rand { return rand.New(rand.NewPCG(2014, 500)) }

// randomValue draws a valid value of f across its whole range, often at the edges
// (0, min, max), on the field's step grid, small, or in the study's 2-10 days.
func randomValue(r *rand.Rand, f calc.Field) float64 {
	span := f.Max - f.Min
	var v float64
	switch k := r.IntN(16); {
	case k == 0:
		v = f.Min
	case k == 1:
		v = f.Max
	case k == 2:
		v = 0 // below min for years: clamped to it
	case k == 3:
		v = f.Default
	case k < 7:
		v = f.Min + f.Step*float64(r.IntN(int(span/f.Step)+1))
	case k < 10:
		v = f.Min + span*math.Pow(r.Float64(), 6) // small: a few people, low rates
	case k < 12 && f.Unit == "days":
		v = 12 * r.Float64() // the study's range and just outside it
	default:
		v = f.Min + span*r.Float64()
	}
	if f.Whole {
		v = math.Round(v)
	}
	return math.Max(f.Min, math.Min(f.Max, v))
}

// randomInputs draws valid inputs; it fails t if they are not.
func randomInputs(t *testing.T, r *rand.Rand) calc.Inputs {
	t.Helper()
	var in calc.Inputs
	for _, f := range calc.Fields {
		*f.Of(&in) = randomValue(r, f)
	}
	if err := in.Validate(); err != nil {
		t.Fatalf("generated invalid inputs %+v: %v", in, err)
	}
	return in
}

// raised returns inputs whose targets are at or above current days.
func raised(in calc.Inputs) calc.Inputs {
	if in.MktTarget < in.MktDays {
		in.MktTarget, in.MktDays = in.MktDays, in.MktTarget
	}
	if in.SalesTarget < in.SalesDays {
		in.SalesTarget, in.SalesDays = in.SalesDays, in.SalesTarget
	}
	return in
}

// above draws a value from v to max, v itself now and then.
func above(r *rand.Rand, v, max float64) float64 {
	if r.IntN(8) == 0 {
		return v
	}
	return v + (max-v)*r.Float64()
}

// forRandom runs check on propertyCases random valid inputs, stopping after a few
// failing ones.
func forRandom(t *testing.T, check func(t *testing.T, r *rand.Rand, in calc.Inputs)) {
	t.Helper()
	rng := newRand()
	n := propertyCases
	if testing.Short() {
		n /= 10
	}
	for i := range n {
		in := randomInputs(t, rng)
		check(t, rng, in)
		if t.Failed() {
			t.Fatalf("stopped at case %d of %d", i, n)
		}
	}
}

// (a) and (d): every number finite; every undefined Value is 0 with a reason.
func TestPropertyFiniteAndValues(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		if bad := nonFinite(r); len(bad) > 0 {
			t.Errorf("Project(%+v) has non-finite numbers: %v", in, bad)
		}
		checkValues(t, in, r)
		for _, w := range r.Warnings {
			if w.Code == "" || w.Text == "" {
				t.Errorf("Project(%+v): warning %+v lacks a code or text", in, w)
			}
		}
	})
}

// (b): with targets at or above current days, more training or more confidence
// never lowers the lift nor the projected revenue, nor (for confidence) the net.
func TestPropertyMonotonic(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, rng *rand.Rand, in calc.Inputs) {
		in = raised(in)
		base := calc.Project(in)
		if base.Lift.OK && base.Lift.V < 0 {
			t.Errorf("Project(%+v): lift %g < 0 with targets at or above current days", in, base.Lift.V)
		}
		if base.Cost < 0 {
			t.Errorf("Project(%+v): cost %g < 0 with targets at or above current days", in, base.Cost)
		}
		for _, name := range []string{"mkt_target", "sales_target", "confidence"} {
			f, _ := calc.FieldByName(name)
			more := in
			*f.Of(&more) = above(rng, *f.Of(&in), f.Max)
			r := calc.Project(more)
			if r.Projected.Revenue < base.Projected.Revenue {
				t.Errorf("raising %s: %+v -> %+v lowers revenue %.17g -> %.17g", name, in, more, base.Projected.Revenue, r.Projected.Revenue)
			}
			if r.Lift.OK != base.Lift.OK || (r.Lift.OK && r.Lift.V < base.Lift.V) {
				t.Errorf("raising %s: %+v -> %+v lowers lift %+v -> %+v", name, in, more, base.Lift, r.Lift)
			}
			if name == "confidence" && r.Net < base.Net {
				t.Errorf("raising confidence %g -> %g lowers net %.17g -> %.17g (%+v)", in.Confidence, more.Confidence, base.Net, r.Net, in)
			}
		}
	})
}

// Break-even does not depend on the confidence chosen, whatever the targets.
func TestPropertyBreakEvenIgnoresConfidence(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, rng *rand.Rand, in calc.Inputs) {
		other := in
		other.Confidence = 100 * rng.Float64()
		if a, b := calc.Project(in).BreakEven, calc.Project(other).BreakEven; a != b {
			t.Errorf("confidence %g -> %g changes break-even %+v -> %+v (%+v)", in.Confidence, other.Confidence, a, b, in)
		}
	})
}

// (c): planned days equal to current days for both teams: no lift, no cost.
func TestPropertyNoChange(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		in.MktTarget, in.SalesTarget = in.MktDays, in.SalesDays
		r := calc.Project(in)
		if r.Lift.OK != (r.Now.Revenue > 0) || (r.Lift.OK && r.Lift.V != 0) {
			t.Errorf("Project(%+v): lift %+v, want exactly 0 (n/a when revenue now is 0)", in, r.Lift)
		}
		if r.Cost != 0 || r.AnnualCost != 0 {
			t.Errorf("Project(%+v): cost %g, annual %g, want exactly 0", in, r.Cost, r.AnnualCost)
		}
		if r.FactorMkt != 1 || r.FactorSales != 1 || r.RevenueGain != 0 || r.AnnualGain != 0 || r.Benefit != 0 || r.Net != 0 {
			t.Errorf("Project(%+v): factors %g %g, gain %g, benefit %g, net %g, want 1 1 0 0 0", in, r.FactorMkt, r.FactorSales, r.AnnualGain, r.Benefit, r.Net)
		}
		if r.Projected != r.Now {
			t.Errorf("Project(%+v): projected funnel %+v differs from today's %+v", in, r.Projected, r.Now)
		}
		if r.ROI.OK || r.BCR.OK || r.Payback.OK || r.BreakEven.OK {
			t.Errorf("Project(%+v): ROI %+v, BCR %+v, payback %+v, break-even %+v, want all n/a", in, r.ROI, r.BCR, r.Payback, r.BreakEven)
		}
	})
}

// (e): with targets at or above current days, LiftLow <= Lift <= LiftHigh, and the
// same for ROI; the range is defined exactly when the value is.
func TestPropertyRanges(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		in = raised(in)
		r := calc.Project(in)
		for _, v := range []struct {
			name           string
			low, mid, high calc.Value
		}{
			{"lift", r.LiftLow, r.Lift, r.LiftHigh},
			{"ROI", r.ROILow, r.ROI, r.ROIHigh},
		} {
			if v.low.OK != v.mid.OK || v.high.OK != v.mid.OK {
				t.Errorf("Project(%+v): %s range %+v %+v %+v defined differently", in, v.name, v.low, v.mid, v.high)
			}
			if v.mid.OK && !(v.low.V <= v.mid.V && v.mid.V <= v.high.V) {
				t.Errorf("Project(%+v): %s range %.17g <= %.17g <= %.17g does not hold", in, v.name, v.low.V, v.mid.V, v.high.V)
			}
		}
	})
}

// (f): break-even, when defined, is a confidence in 0..100 at which net >= 0, the
// full effect breaks even, and (targets at or above current) 0.01 points less does not.
func TestPropertyBreakEven(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, rng *rand.Rand, in calc.Inputs) {
		if rng.IntN(2) == 0 {
			in = raised(in)
		}
		monotonic := in == raised(in)
		r := calc.Project(in)
		at := func(conf float64) float64 { in := in; in.Confidence = conf; return calc.Project(in).Net }
		be := r.BreakEven
		if !be.OK {
			if r.Cost > 0 && at(100) >= 0 {
				t.Errorf("Project(%+v): break-even n/a (%s) though cost > 0 and net at 100%% is %g", in, be.Why, at(100))
			}
			return
		}
		if r.Cost <= 0 {
			t.Errorf("Project(%+v): break-even %g defined though cost %g <= 0", in, be.V, r.Cost)
		}
		if be.V < 0 || be.V > 100 {
			t.Errorf("Project(%+v): break-even %g outside 0..100", in, be.V)
		}
		if n := at(100); n < 0 {
			t.Errorf("Project(%+v): break-even %g but net at 100%% is %g", in, be.V, n)
		}
		if n := at(be.V); n < 0 {
			t.Errorf("Project(%+v): net at break-even %g%% is %g < 0", in, be.V, n)
		}
		if monotonic && be.V >= 0.01 {
			if n := at(be.V - 0.01); n >= 0 {
				t.Errorf("Project(%+v): net at %g%%, 0.01 points below break-even, is %g >= 0", in, be.V-0.01, n)
			}
		}
	})
}

// Timeline and curves have their shape for any inputs.
func TestPropertyTimelineAndCurves(t *testing.T) {
	t.Parallel()
	forRandom(t, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		n := 12 * int(in.Years)
		if len(r.Timeline) != n+1 {
			t.Fatalf("Project(%+v): %d timeline months, want %d", in, len(r.Timeline), n+1)
		}
		if r.Timeline[0] != -r.AnnualCost {
			t.Errorf("Project(%+v): timeline starts at %g, want -annual cost %g", in, r.Timeline[0], -r.AnnualCost)
		}
		if !scaledClose(r.Timeline[n], r.Net, math.Abs(r.Benefit)+math.Abs(r.Cost), tol) {
			t.Errorf("Project(%+v): timeline ends at %.17g, want net %.17g", in, r.Timeline[n], r.Net)
		}
		for _, c := range []struct {
			name           string
			pts            []calc.CurvePoint
			days, target   float64
			other, otherAt float64 // the other team's current and planned days
		}{
			{"sales", r.SalesCurve, in.SalesDays, in.SalesTarget, in.MktDays, in.MktTarget},
			{"mkt", r.MktCurve, in.MktDays, in.MktTarget, in.SalesDays, in.SalesTarget},
		} {
			if len(c.pts) != calc.CurveMaxDays+1 {
				t.Fatalf("Project(%+v): %s curve has %d points, want 21", in, c.name, len(c.pts))
			}
			for d, p := range c.pts {
				if p.Days != float64(d) {
					t.Errorf("%s curve point %d has days %g", c.name, d, p.Days)
				}
				if d > 0 && p.Revenue < c.pts[d-1].Revenue {
					t.Errorf("Project(%+v): %s curve falls from day %d to %d: %.17g -> %.17g", in, c.name, d-1, d, c.pts[d-1].Revenue, p.Revenue)
				}
				if float64(d) >= c.days && c.otherAt >= c.other && !(p.Low <= p.Revenue && p.Revenue <= p.High) {
					t.Errorf("Project(%+v): %s curve day %d: low %.17g revenue %.17g high %.17g out of order", in, c.name, d, p.Low, p.Revenue, p.High)
				}
				if flat := min(max(d, calc.StudyLowDays), calc.StudyHighDays); c.pts[flat].Revenue != p.Revenue {
					t.Errorf("Project(%+v): %s curve day %d revenue %.17g, want day %d's %.17g (no effect outside 2-10 days)", in, c.name, d, p.Revenue, flat, c.pts[flat].Revenue)
				}
			}
			if c.target == math.Trunc(c.target) && c.target <= calc.CurveMaxDays {
				if got := c.pts[int(c.target)].Revenue; !relClose(got, r.Projected.Revenue, 1e-12) {
					t.Errorf("Project(%+v): %s curve at the target %g: %.17g, want projected revenue %.17g", in, c.name, c.target, got, r.Projected.Revenue)
				}
			}
		}
	})
}
