package calc

import "math"

// cumulative is the net benefit at month t (a real number in 0..12*years): the gross
// profit gained since the lag, less every year's training paid so far, each year's
// at its start.
func (in *Inputs) cumulative(t, g, annualCost float64) float64 {
	paid := math.Min(in.Years, math.Floor(t/12)+1)
	return g/12*math.Max(0, t-in.Lag) - annualCost*paid
}

// payback is the earliest month from which the cumulative net benefit stays at or
// above zero to the end of the horizon, read from the same line as the timeline.
// Within a training year the line rises (or is flat before the lag); it drops at
// each year's start. So it is the crossing lag + 12*annualCost*k/g in the last
// year k that starts below zero; it returns k too.
func (in *Inputs) payback(g, annualCost float64) (Value, float64) {
	switch {
	case g <= 0:
		return undefined(NoGain), 0
	case annualCost <= 0:
		return defined(0), 0
	}
	end := 12 * in.Years
	if in.cumulative(end, g, annualCost) < 0 {
		return undefined(BeyondHorizon), 0
	}
	var t, year float64
	for k := 1.0; k <= in.Years; k++ {
		if in.cumulative(12*(k-1), g, annualCost) < 0 {
			t, year = in.Lag+12*annualCost*k/g, k
		}
	}
	// Rounding can put the crossing a hair past the end it was checked to reach.
	return defined(math.Min(t, end)), year
}

// timeline returns the cumulative net benefit at the end of every whole month, and
// the exact line as its vertices: the start, the lag, each year's start (once
// before and once after its training is paid) and the end.
func (in *Inputs) timeline(g, annualCost float64) ([]float64, []Point) {
	end := 12 * in.Years
	monthly := make([]float64, int(end)+1)
	for m := range monthly {
		monthly[m] = in.cumulative(float64(m), g, annualCost)
	}
	path := make([]Point, 0, 2*int(in.Years)+3)
	add := func(t float64) {
		path = append(path, Point{t, in.cumulative(t, g, annualCost)})
	}
	lagDone := !(in.Lag > 0 && in.Lag < end)
	add(0)
	for k := 1.0; k <= in.Years; k++ {
		start := 12 * k
		if !lagDone && in.Lag <= start {
			if in.Lag < start {
				add(in.Lag)
			}
			lagDone = true
		}
		if k == in.Years {
			break
		}
		// Just before the year's training is paid, then just after.
		path = append(path, Point{start, g/12*math.Max(0, start-in.Lag) - annualCost*k})
		add(start)
	}
	add(end)
	return monthly, path
}
