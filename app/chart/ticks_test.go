package chart

import (
	"math"
	"testing"
)

// TestNiceTicks: money ticks cover the range, at most the intervals asked
// for, with distinct labels that read exactly their values (en-US), for
// ranges from fractions of a cent to 10^18.
func TestNiceTicks(t *testing.T) {
	l := Options{}.look()
	for _, c := range []struct {
		lo, hi float64
		n      int
	}{
		{3.85e6, 5.24e6, 6}, {-108000, 447376.5, 5}, {0, 0, 4}, {5, 5, 4}, {-3, -3, 4},
		{0.1, 0.7, 3}, {0, 20, 10}, {1, 1 + 1e-12, 5}, {-0.004, 0.002, 5}, {4.6e6, 4.66e6, 8},
		{999e3, 1.001e6, 4}, {-1e18, 1e18, 6}, {1e15, 1e15 + 1, 4}, {0.5, 2.5, 10},
	} {
		ticks, err := niceTicks(c.lo, c.hi, c.n, l.money, moneyRes)
		if err != nil {
			t.Errorf("%v-%v: %v", c.lo, c.hi, err)
			continue
		}
		if n := len(ticks) - 1; n > c.n || n < 1 {
			t.Errorf("%v-%v: %d intervals, at most %d", c.lo, c.hi, n, c.n)
		}
		if ticks[0].Value > c.lo || ticks[len(ticks)-1].Value < c.hi {
			t.Errorf("%v-%v: ticks %v do not cover the range", c.lo, c.hi, ticks)
		}
		for i, tk := range ticks {
			if v := parseUS(t, tk.Label); math.Abs(v-tk.Value) > 1e-9*math.Max(1, math.Abs(v)) {
				t.Errorf("%v-%v: tick %v reads %q", c.lo, c.hi, tk.Value, tk.Label)
			}
			if i > 0 && tk.Label == ticks[i-1].Label {
				t.Errorf("%v-%v: label %q twice", c.lo, c.hi, tk.Label)
			}
		}
	}
}

// TestStepTicks: a months axis steps by whole months, quarters, half years
// or years, whichever is the finest that fits, and ends on the horizon.
func TestStepTicks(t *testing.T) {
	l := Options{}.look()
	for _, c := range []struct {
		hi        float64
		n         int
		wantStep  float64
		wantTicks int
	}{
		{12, 12, 1, 13}, {12, 6, 2, 7}, {12, 5, 3, 5}, {60, 10, 6, 11}, {60, 5, 12, 6}, {36, 4, 12, 4}, {24, 3, 12, 3},
	} {
		ticks, err := stepTicks(0, c.hi, monthSteps, c.n, l.num)
		if err != nil {
			t.Fatal(err)
		}
		if len(ticks) != c.wantTicks || ticks[1].Value != c.wantStep || ticks[len(ticks)-1].Value != c.hi {
			t.Errorf("0-%v in %d: %v", c.hi, c.n, ticks)
		}
	}
}
