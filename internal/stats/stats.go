// Package stats has the percentiles the measuring commands print (bench,
// loadtest).
package stats

import (
	"math"
	"slices"
)

// Percentile is the p-th percentile (0 to 100) of v, interpolated linearly
// between the closest ranks; NaN for no values. v is left as it is.
func Percentile(v []float64, p float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := slices.Clone(v)
	slices.Sort(s)
	pos := p / 100 * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(s)-1)
	return s[lo] + (s[hi]-s[lo])*(pos-float64(lo))
}

// Median is the 50th percentile.
func Median(v []float64) float64 { return Percentile(v, 50) }
