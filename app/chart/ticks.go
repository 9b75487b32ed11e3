package chart

import (
	"fmt"
	"math"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// Axis ticks. go-chart is given explicit ticks, labelled with app/format, so
// that labels read like every other number on the page; its own ticks would
// be printf-formatted and, on an empty range, broken.

// niceTicks returns ticks at round values (1, 2 or 5 times a power of ten)
// covering [lo, hi] with at most maxN intervals; the first and last tick
// become the axis range. Every label must be exact, the value being a
// multiple of res(value) (the precision the label shows), and differ from its
// neighbours; the step grows until they are.
func niceTicks(lo, hi float64, maxN int, label func(float64) string, res func(float64) float64) ([]gochart.Tick, error) {
	lo, hi = padRange(lo, hi)
	maxN = max(maxN, 1)
	step := niceStep((hi - lo) / float64(maxN))
	for range 80 {
		ticks := ticksAt(lo, hi, step, label)
		if len(ticks)-1 <= maxN && exactTicks(ticks, res) && distinctLabels(ticks) {
			return ticks, nil
		}
		step = niceStep(step * 1.01)
	}
	return nil, fmt.Errorf("%w: no readable ticks for %g to %g", ErrInvalid, lo, hi)
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
	n := clampInt(int(last-first)+1, 2, 64)
	ticks := make([]gochart.Tick, n)
	for i := range ticks {
		// Multiplying whole numbers by the step (rather than adding the step
		// up) keeps values such as 0.6 from drifting to 0.6000000000000001.
		v := (first + float64(i)) * step
		if v == 0 {
			v = 0 // no -0
		}
		ticks[i] = gochart.Tick{Value: v, Label: label(v)}
	}
	return ticks
}

func exactTicks(ticks []gochart.Tick, res func(float64) float64) bool {
	for _, t := range ticks {
		q := t.Value / res(t.Value)
		if math.Abs(q-math.Round(q)) > 1e-6 {
			return false
		}
	}
	return true
}

func distinctLabels(ticks []gochart.Tick) bool {
	for i := 1; i < len(ticks); i++ {
		if ticks[i].Label == ticks[i-1].Label {
			return false
		}
	}
	return true
}

// moneyRes is the precision format.MoneyCompact shows at v's size: whole units
// below a thousand, a tenth of the unit (k, M, B, T) above.
func moneyRes(v float64) float64 {
	a := math.Abs(v)
	switch {
	case a < 1e3:
		return 1
	case a < 1e6:
		return 1e2
	case a < 1e9:
		return 1e5
	case a < 1e12:
		return 1e8
	}
	return 1e11
}

// numRes is the precision of labels with one decimal (look.num).
func numRes(float64) float64 { return 0.1 }

// stepTicks returns ticks at multiples of the first step in steps that gives
// at most maxN intervals over [lo, hi], for axes of whole units (months) whose
// good steps are not powers of ten. The axis spans whole steps.
func stepTicks(lo, hi float64, steps []float64, maxN int, label func(float64) string) ([]gochart.Tick, error) {
	lo, hi = padRange(lo, hi)
	for _, s := range steps {
		if ticks := ticksAt(lo, hi, s, label); len(ticks)-1 <= maxN {
			return ticks, nil
		}
	}
	return niceTicks(lo, hi, maxN, label, numRes)
}

// maxTicks is how many tick intervals fit along length px when each label
// needs about per px.
func maxTicks(length, per int) int {
	if per <= 0 {
		return 2
	}
	return clampInt(length/per, 2, 10)
}

// tickRange is the axis range the ticks span.
func tickRange(ticks []gochart.Tick) *gochart.ContinuousRange {
	return &gochart.ContinuousRange{Min: ticks[0].Value, Max: ticks[len(ticks)-1].Value}
}
