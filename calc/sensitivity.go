package calc

import (
	"math"
	"slices"
)

// SensitivityInputs are the inputs the sensitivity ranking moves, in the order
// ties keep.
var SensitivityInputs = []string{"confidence", "mqls", "sal_rate", "win_rate", "deal", "margin", "day_cost", "day_rate", "lag"}

// Bar is one bar of the sensitivity ranking: the net benefit of the typed plan
// with an input at half and at 1.5 times its value (kept within its valid
// range), the others as entered. Inputs that move the net the same (to the
// cent at both ends) share a bar.
type Bar struct {
	Inputs  []string // names, in SensitivityInputs' order
	NetLow  float64  // the net with the inputs at half their values
	NetHigh float64  // at 1.5 times
	// CrossesZero says the plan stops paying, or starts to, within the bar.
	CrossesZero bool
}

// Swing is how far the net moves across the bar.
func (b Bar) Swing() float64 { return math.Abs(b.NetHigh - b.NetLow) }

// sensitivity ranks the inputs by how far they move the typed plan's net, the
// largest swing first.
func (in *Inputs) sensitivity() []Bar {
	bars := make([]Bar, 0, len(SensitivityInputs))
	for _, name := range SensitivityInputs {
		f, _ := FieldByName(name)
		at := func(k float64) float64 {
			moved := *in
			v := f.Of(&moved)
			*v = clamp(*v*k, f.Min, f.Max)
			return noNegZero(moved.evaluate(moved.Confidence/100, moved.Typed()).net)
		}
		lo, hi := at(0.5), at(1.5)
		i := slices.IndexFunc(bars, func(b Bar) bool { return cents(b.NetLow) == cents(lo) && cents(b.NetHigh) == cents(hi) })
		if i >= 0 {
			bars[i].Inputs = append(bars[i].Inputs, name)
			continue
		}
		bars = append(bars, Bar{
			Inputs:      []string{name},
			NetLow:      lo,
			NetHigh:     hi,
			CrossesZero: cents(min(lo, hi)) < 0 && cents(max(lo, hi)) >= 0,
		})
	}
	// A stable sort keeps the model's order among equal swings.
	slices.SortStableFunc(bars, func(a, b Bar) int {
		sa, sb := cents(a.Swing()), cents(b.Swing())
		switch {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return 0
	})
	return bars
}
