// Package wcag is WCAG 2's contrast arithmetic, for the charts' palettes and the
// page's colours derived from a brand colour.
package wcag

import (
	"image/color"
	"math"
)

// Luminance is the relative luminance of an opaque colour, 0 to 1.
func Luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	ch := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
}

// Contrast is the contrast ratio of two opaque colours, 1 to 21.
func Contrast(a, b color.Color) float64 {
	la, lb := Luminance(a), Luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}
