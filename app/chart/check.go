package chart

import (
	"errors"
	"fmt"
	"math"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// Data checks. go-chart reacts badly to bad data (NaN and ±Inf give an error
// after partial output, mismatched x/y lengths panic, all-equal values give a
// broken chart without an error), so every builder checks its numbers first and
// either fixes them up (a zero range is padded) or returns one of these errors.
var (
	ErrNoData    = errors.New("chart: no data to draw")
	ErrTooFew    = errors.New("chart: at least two points are needed to draw a line")
	ErrNotFinite = errors.New("chart: a value is not a finite number")
	ErrLength    = errors.New("chart: x and y values differ in number")
	ErrNegative  = errors.New("chart: a value that cannot be negative is negative")
)

// checkXY checks one line's points.
func checkXY(name string, xs, ys []float64) error {
	switch {
	case len(xs) != len(ys):
		return fmt.Errorf("%s: %w (%d x, %d y)", name, ErrLength, len(xs), len(ys))
	case len(xs) == 0:
		return fmt.Errorf("%s: %w", name, ErrNoData)
	case len(xs) == 1:
		return fmt.Errorf("%s: %w", name, ErrTooFew)
	}
	if err := checkFinite(name, xs...); err != nil {
		return err
	}
	return checkFinite(name, ys...)
}

func checkFinite(name string, vs ...float64) error {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%s: %w (%v)", name, ErrNotFinite, v)
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
// rather than on an edge. The result is finite or an error.
func padRange(lo, hi float64) (float64, float64, error) {
	if lo > hi {
		lo, hi = hi, lo
	}
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return 0, 0, ErrNotFinite
	}
	if math.IsInf(hi-lo, 0) {
		return 0, 0, fmt.Errorf("range too wide: %w", ErrNotFinite)
	}
	if hi-lo <= 1e-9*math.Max(math.Abs(lo), math.Abs(hi)) {
		pad := math.Abs(hi) * 0.1
		if pad == 0 {
			pad = 1
		}
		lo, hi = lo-pad, hi+pad
	}
	return lo, hi, nil
}

// niceTicks returns ticks at round values (1, 2 or 5 times a power of ten)
// covering [lo, hi] with at most maxN intervals; the first and last tick become
// the axis range. If the formatter gives two ticks the same label (a compact
// money format might), the step grows until labels are distinct.
func niceTicks(lo, hi float64, maxN int, label func(float64) string) ([]gochart.Tick, error) {
	lo, hi, err := padRange(lo, hi)
	if err != nil {
		return nil, err
	}
	maxN = max(maxN, 1)
	step := niceStep((hi - lo) / float64(maxN))
	var ticks []gochart.Tick
	for range 12 {
		ticks = ticksAt(lo, hi, step, label)
		// Rounding the ends out to whole steps can add an interval.
		if len(ticks) <= 2 || (len(ticks)-1 <= maxN && distinctLabels(ticks)) {
			break
		}
		step = niceStep(step * 1.01)
	}
	return ticks, nil
}

// niceStep is the smallest of 1, 2, 5 × 10^k that is at least raw.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if s := m * mag; s >= raw*(1-1e-12) {
			return s
		}
	}
	return 10 * mag
}

func ticksAt(lo, hi, step float64, label func(float64) string) []gochart.Tick {
	first := math.Floor(lo/step + 1e-9)
	last := math.Ceil(hi/step - 1e-9)
	n := int(last-first) + 1
	n = clampInt(n, 2, 64)
	ticks := make([]gochart.Tick, n)
	for i := range ticks {
		// Multiplying integers by the step (rather than adding the step up)
		// keeps values such as 0.6 from drifting to 0.6000000000000001.
		v := (first + float64(i)) * step
		if v == 0 {
			v = 0 // no "-0"
		}
		ticks[i] = gochart.Tick{Value: v, Label: label(v)}
	}
	return ticks
}

func distinctLabels(ticks []gochart.Tick) bool {
	for i := 1; i < len(ticks); i++ {
		if ticks[i].Label == ticks[i-1].Label {
			return false
		}
	}
	return true
}

// stepTicks returns ticks at 0, step, 2·step … up to hi, for axes whose values
// are counts (days, months) and whose step is chosen by the caller.
func stepTicks(hi, step float64, label func(float64) string) []gochart.Tick {
	var ticks []gochart.Tick
	for i := 0; ; i++ {
		v := float64(i) * step
		if v > hi+1e-9 || i > 64 {
			break
		}
		ticks = append(ticks, gochart.Tick{Value: v, Label: label(v)})
	}
	// The axis must end at hi. A last tick closer than half a step to the one
	// before would crowd its label, so it replaces that one.
	if last := ticks[len(ticks)-1].Value; last < hi-1e-9 {
		if len(ticks) > 1 && hi-last < step/2 {
			ticks = ticks[:len(ticks)-1]
		}
		ticks = append(ticks, gochart.Tick{Value: hi, Label: label(hi)})
	}
	return ticks
}

// tickRange is the axis range the ticks span.
func tickRange(ticks []gochart.Tick) *gochart.ContinuousRange {
	return &gochart.ContinuousRange{Min: ticks[0].Value, Max: ticks[len(ticks)-1].Value}
}
