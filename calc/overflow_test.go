package calc_test

import (
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// TestRatiosNeverOverflow: a valid but tiny positive cost or gross-profit gain makes
// ROI, BCR or payback divide by almost nothing; the result must be n/a with a
// reason, never +Inf (found by reading the code, not by the fuzzer).
func TestRatiosNeverOverflow(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(*calc.Inputs)
	}{
		// annual cost 120 days * 1e-310: ROI and BCR are benefit / ~1e-308
		{"day_cost=1e-310, day_rate=0", func(in *calc.Inputs) { in.DayCost, in.DayRate = 1e-310, 0 }},
		// G = 1,057,860 * 1e-310 / 100: payback = 3 + 108,000 / (G/12)
		{"margin=1e-310", func(in *calc.Inputs) { in.Margin = 1e-310 }},
		// a normal (not subnormal) number: G is ~3.7e-303, 108,000 / (G/12) > MaxFloat64
		{"mqls=1e-307", func(in *calc.Inputs) { in.MQLs = 1e-307 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := with(tc.mod)
			if err := in.Validate(); err != nil {
				t.Fatalf("inputs invalid: %v", err)
			}
			r := calc.Project(in)
			checkFinite(t, in, r)
			checkValues(t, in, r)
		})
	}
}
