package present

import (
	"math"
	"strconv"
)

// Theme is the page's brand colour and the text colour that reads on it.
type Theme struct {
	Accent, OnAccent string // CSS colours
}

// ThemeOf is the theme for a brand colour from the URL (already checked to be 3 or
// 6 hex digits, so it cannot inject CSS), or the house colours.
func ThemeOf(hex string) Theme {
	return Theme{Accent: accentColour(hex), OnAccent: onAccent(hex)}
}

func accentColour(hex string) string {
	if hex == "" {
		return "#1f3a5f"
	}
	return "#" + hex
}

// onAccent picks black or white text for the accent colour, whichever contrasts
// more, so a consultancy's light brand colour still gives readable buttons.
func onAccent(hex string) string {
	if hex == "" {
		return "#ffffff"
	}
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	var lum float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		lum += w * c
	}
	// Contrast with white is 1.05/(L+0.05), with black (L+0.05)/0.05.
	if 1.05/(lum+0.05) >= (lum+0.05)/0.05 {
		return "#ffffff"
	}
	return "#000000"
}
