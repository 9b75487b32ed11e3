package chart

import "math"

//go:generate go run ../../internal/cmd/fontmetrics -o roboto_metrics.go

// Text is measured with a table of the advance widths of go-chart's embedded
// Roboto (roboto_metrics.go) rather than with a truetype face of the font: a
// face loads every glyph it measures, which made measuring most of a chart's
// time, while the table is a lookup per rune.

// robotoRun is a run of n consecutive mapped runes from first, whose advances
// start at robotoAdvances[at].
type robotoRun struct {
	first rune
	n, at uint16
}

// robotoAdvance is rune c's advance width in font units (.notdef's for a rune
// the font does not map).
func robotoAdvance(c rune) int {
	lo, hi := 0, len(robotoRuns)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch run := &robotoRuns[m]; {
		case c < run.first:
			hi = m
		case c >= run.first+rune(run.n):
			lo = m + 1
		default:
			return int(robotoAdvances[int(run.at)+int(c-run.first)])
		}
	}
	return robotoNotdef
}

// textWidth is the width of s in Roboto at px pixels, rounded up to whole
// pixels: the sum of its advances (invalid UTF-8 reads as U+FFFD). Roboto has
// no Japanese: the browser draws those characters from another font, a full
// em wide, and so they are measured.
func textWidth(px float64, s string) int {
	units := 0
	for _, c := range s {
		if fullWidth(c) {
			units += robotoUnitsPerEm
			continue
		}
		units += robotoAdvance(c)
	}
	return int(math.Ceil(float64(units) * px / robotoUnitsPerEm))
}

// measure is the width s is given at px pixels: its width in Roboto plus a
// tenth. The SVG names Roboto first, but the browser may draw with a fallback
// font; Arial and Helvetica are as wide as Roboto Medium within a few percent,
// DejaVu Sans (a common Linux default) up to 13% wider. The extra tenth, with
// the charts' margins, keeps such text inside the chart.
func measure(px float64, s string) int {
	w := textWidth(px, s)
	return w + (w+9)/10
}

// fullWidth reports whether c is a character East Asian fonts draw an em wide:
// CJK punctuation, kana, ideographs and the full-width forms.
func fullWidth(c rune) bool {
	return c >= 0x3000 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF01 && c <= 0xFF60
}
