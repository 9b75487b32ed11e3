package chart

import "golang.org/x/image/math/fixed"

//go:generate go run ../../internal/cmd/fontmetrics -o roboto_metrics.go

// Text is measured with a table of the advance widths of go-chart's embedded
// Roboto (roboto_metrics.go) rather than with a truetype face of the font: a
// face loads every glyph it measures, which made measuring most of a chart's
// time, while the table is a lookup per rune. The arithmetic below is the
// truetype package's, step for step, so the widths are the ones a truetype
// face of the font gives (metrics_test.go checks every rune against one).

// robotoRun is a run of n consecutive mapped runes from first, whose entries
// start at robotoEntries[at].
type robotoRun struct {
	first rune
	n, at uint16
}

// robotoEntry is rune c's entry: the glyph's advance in font units and its
// offset (see internal/cmd/fontmetrics), packed as advance<<1 | offset.
func robotoEntry(c rune) uint16 {
	lo, hi := 0, len(robotoRuns)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch run := &robotoRuns[m]; {
		case c < run.first:
			hi = m
		case c >= run.first+rune(run.n):
			lo = m + 1
		default:
			return robotoEntries[int(run.at)+int(c-run.first)]
		}
	}
	return robotoNotdef
}

// faceScale is the truetype face's scale for a size in points at dpi: the em
// in 26.6 pixels, with the face's defaults for unset values.
func faceScale(size, dpi float64) fixed.Int26_6 {
	if size <= 0 {
		size = 12
	}
	if dpi <= 0 {
		dpi = 72
	}
	return fixed.Int26_6(0.5 + size*dpi*64/72)
}

// scaleUnits converts font units to 26.6 pixels, rounding half away from zero,
// in int32 like the truetype package.
func scaleUnits(scale fixed.Int26_6, units int32) fixed.Int26_6 {
	x := scale * fixed.Int26_6(units)
	if x >= 0 {
		x += robotoUnitsPerEm / 2
	} else {
		x -= robotoUnitsPerEm / 2
	}
	return x / robotoUnitsPerEm
}

// glyphAdvance is what the truetype face's GlyphAdvance returns: the distance
// between the glyph's two phantom points, each scaled and rounded on its own.
func glyphAdvance(scale fixed.Int26_6, c rune) fixed.Int26_6 {
	e := robotoEntry(c)
	off, adv := int32(e&1), int32(e>>1)
	return scaleUnits(scale, off+adv) - scaleUnits(scale, off)
}

// textWidth is font.MeasureString(face, s).Ceil() for a Roboto face at scale:
// the sum of the advances (invalid UTF-8 reads as U+FFFD, as there) rounded
// up to whole pixels. Roboto has no kerning that the truetype package applies.
// Roboto has no Japanese: the browser draws those characters from another
// font, a full em wide, and so they are measured.
func textWidth(scale fixed.Int26_6, s string) int {
	var w fixed.Int26_6
	for _, c := range s {
		if fullWidth(c) {
			w += scale
			continue
		}
		w += glyphAdvance(scale, c)
	}
	return w.Ceil()
}

// fullWidth reports whether c is a character East Asian fonts draw an em wide:
// CJK punctuation, kana, ideographs and the full-width forms.
func fullWidth(c rune) bool {
	return c >= 0x3000 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF01 && c <= 0xFF60
}
