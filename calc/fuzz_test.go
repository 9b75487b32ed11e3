package calc_test

import (
	"math"
	"slices"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// fromFloats builds inputs from 18 numbers in Fields order.
func fromFloats(t *testing.T, vs ...float64) calc.Inputs {
	t.Helper()
	if len(vs) != len(calc.Fields) {
		t.Fatalf("%d numbers for %d fields", len(vs), len(calc.Fields))
	}
	var in calc.Inputs
	for i, f := range calc.Fields {
		*f.Of(&in) = vs[i]
	}
	return in
}

// seed adds the defaults changed by mod to the corpus.
func seed(f *testing.F, mod func(*calc.Inputs)) {
	in := with(mod)
	f.Add(in.MktTeam, in.MktDays, in.MktTarget, in.SalesTeam, in.SalesDays, in.SalesTarget,
		in.MQLs, in.SALRate, in.WinRate, in.Deal, in.Margin, in.DayCost, in.DayRate,
		in.Lag, in.Years, in.Confidence, in.SalesLift, in.MktLift)
}

func addSeeds(f *testing.F) {
	seed(f, nil)
	seed(f, func(in *calc.Inputs) { in.SALRate, in.Confidence = 90, 100 })
	seed(f, func(in *calc.Inputs) { in.Years, in.Lag = 2, 4 })
	seed(f, func(in *calc.Inputs) { in.MktTarget, in.SalesTarget = 1, 2 })
	seed(f, func(in *calc.Inputs) { in.Lag = 12 })
	seed(f, func(in *calc.Inputs) { in.MQLs, in.DayCost, in.DayRate = 0, 0, 0 })
	seed(f, func(in *calc.Inputs) {
		for _, fl := range calc.Fields {
			*fl.Of(in) = fl.Max
		}
	})
	seed(f, func(in *calc.Inputs) {
		for _, fl := range calc.Fields {
			*fl.Of(in) = fl.Min
		}
	})
}

func FuzzProject(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
		mqls, salRate, winRate, deal, margin, dayCost, dayRate,
		lag, years, confidence, salesLift, mktLift float64) {
		in := fromFloats(t, mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
			mqls, salRate, winRate, deal, margin, dayCost, dayRate,
			lag, years, confidence, salesLift, mktLift)
		if in.Validate() != nil {
			t.Skip("invalid inputs")
		}
		r := calc.Project(in)
		checkValues(t, in, r)
		if len(r.Timeline) != 12*int(in.Years)+1 || len(r.SalesCurve) != calc.CurveMaxDays+1 || len(r.MktCurve) != calc.CurveMaxDays+1 {
			t.Errorf("Project(%+v): %d timeline months, %d and %d curve points", in, len(r.Timeline), len(r.SalesCurve), len(r.MktCurve))
		}
		if in == raised(in) {
			if r.Lift.OK && !(r.LiftLow.V <= r.Lift.V && r.Lift.V <= r.LiftHigh.V) {
				t.Errorf("Project(%+v): lift range %.17g <= %.17g <= %.17g does not hold", in, r.LiftLow.V, r.Lift.V, r.LiftHigh.V)
			}
		}
		if r.Lift.OK != r.LiftLow.OK || r.Lift.OK != r.LiftHigh.OK {
			t.Errorf("Project(%+v): lift %+v, low %+v, high %+v defined differently", in, r.Lift, r.LiftLow, r.LiftHigh)
		}
		if be := r.BreakEven; be.OK && (be.V < 0 || be.V > 100) {
			t.Errorf("Project(%+v): break-even %g outside 0..100", in, be.V)
		}
		checkFinite(t, in, r) // last: it may skip on the known bug
	})
}

func FuzzValidate(f *testing.F) {
	addSeeds(f)
	seed(f, func(in *calc.Inputs) { in.MktTeam, in.Years, in.Deal = 2.5, math.Inf(1), -1 })
	seed(f, func(in *calc.Inputs) { in.SALRate = math.NaN() })
	f.Fuzz(func(t *testing.T, mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
		mqls, salRate, winRate, deal, margin, dayCost, dayRate,
		lag, years, confidence, salesLift, mktLift float64) {
		in := fromFloats(t, mktTeam, mktDays, mktTarget, salesTeam, salesDays, salesTarget,
			mqls, salRate, winRate, deal, margin, dayCost, dayRate,
			lag, years, confidence, salesLift, mktLift)
		err := in.Validate()
		// the fields that are invalid by the ranges of Fields, in order
		var want []string
		for _, fl := range calc.Fields {
			v := *fl.Of(&in)
			if math.IsNaN(v) || v < fl.Min || v > fl.Max || (fl.Whole && v != math.Trunc(v)) {
				want = append(want, fl.Name)
			}
		}
		if err == nil {
			if len(want) > 0 {
				t.Errorf("Validate(%+v) = nil, but %v are invalid", in, want)
			}
			return
		}
		es, ok := err.(calc.Errors)
		if !ok {
			t.Fatalf("Validate(%+v) = %T, want calc.Errors", in, err)
		}
		var got []string
		for _, e := range es {
			fl, ok := calc.FieldByName(e.Field)
			if !ok {
				t.Errorf("Validate(%+v): error %q names no field", in, e.Error())
				continue
			}
			checkMessage(t, e.Field, *fl.Of(&in), e.Msg)
			got = append(got, e.Field)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Validate(%+v) names %v, want %v", in, got, want)
		}
		if err.Error() == "" {
			t.Errorf("Validate(%+v): empty Error()", in)
		}
	})
}
