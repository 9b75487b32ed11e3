package chart

import (
	"errors"
	"fmt"
	"math"
)

// Data checks. go-chart reacts badly to bad data (NaN and ±Inf give an error
// after partial output, mismatched x/y lengths panic, all-equal values give a
// broken chart without an error), so every chart checks its numbers first and
// either fixes them up (an empty range is widened) or returns one of these
// errors, wrapped with what was wrong.
var (
	ErrNoData    = errors.New("chart: not enough data to draw")
	ErrNotFinite = errors.New("chart: a value is not a finite number")
	ErrInvalid   = errors.New("chart: invalid data")
)

// maxValue bounds every value a chart draws. The model's largest amounts are
// below 10^18; beyond, labels grow longer than any chart has room for.
const maxValue = 1e18

// checkValues checks that every value is finite and within maxValue.
func checkValues(name string, vs ...float64) error {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%s: %w (%v)", name, ErrNotFinite, v)
		}
		if math.Abs(v) > maxValue {
			return fmt.Errorf("%s: %w: %g is beyond ±1e18", name, ErrInvalid, v)
		}
	}
	return nil
}

// checkNonNegative checks values that count or measure something.
func checkNonNegative(name string, vs ...float64) error {
	if err := checkValues(name, vs...); err != nil {
		return err
	}
	for _, v := range vs {
		if v < 0 {
			return fmt.Errorf("%s: %w: %v is negative", name, ErrInvalid, v)
		}
	}
	return nil
}

// extent returns the smallest and largest of vs.
func extent(vs ...float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range vs {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	return lo, hi
}

// padRange widens a range that is empty (all values equal, or all zero), so
// that go-chart has something to divide by and the line is drawn mid-height
// rather than on an edge.
func padRange(lo, hi float64) (float64, float64) {
	if lo > hi {
		lo, hi = hi, lo
	}
	if hi-lo <= 1e-9*math.Max(math.Abs(lo), math.Abs(hi)) {
		pad := math.Max(math.Abs(hi)*0.1, 1)
		lo, hi = lo-pad, hi+pad
	}
	return lo, hi
}
