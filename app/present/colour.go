package present

import (
	"image/color"
	"math"
	"strconv"

	"github.com/trainingroi/calculator/app/wcag"
)

// Theme is the page's brand colour and the colours derived from it, as CSS hex
// colours: text that reads on it, and the colour of controls (slider tracks, card
// edges) that stands out on the light and on the dark surfaces.
type Theme struct {
	Accent    string // the brand colour, for buttons and the masthead
	OnAccent  string // text on it: black or white, whichever contrasts more
	UILight   string // the brand colour on light surfaces, at least 3:1 against them
	UIDark    string // on dark surfaces, at least 3:1 against them
	Scheme    string // "light", "dark" or "auto" (the visitor's system setting)
	ClearBack bool   // no background of its own
}

// Dark reports whether the page is dark, given whether the visitor's system asks
// for dark pages: the charts are drawn for it.
func (t Theme) Dark(systemDark bool) bool {
	return t.Scheme == "dark" || t.Scheme == "auto" && systemDark
}

// houseAccent is the calculator's own brand colour.
const houseAccent = "1f3a5f"

// The surfaces controls sit on in each scheme (web/style.css --surface and --bg).
var (
	lightSurfaces = []rgb{{0xff, 0xff, 0xff}, {0xf7, 0xf8, 0xfa}}
	darkSurfaces  = []rgb{{0x1a, 0x21, 0x29}, {0x11, 0x16, 0x1c}}
)

// nonText is WCAG 2's least contrast for the parts of controls (1.4.11).
const nonText = 3.0

// ThemeOf derives a page's theme from a brand colour from the URL (already checked
// to be 3 or 6 hex digits, so it cannot inject CSS; "" for the house colour).
func ThemeOf(hex, scheme string, clear bool) Theme {
	if hex == "" {
		hex = houseAccent
	}
	c := parseHex(hex)
	on := rgb{0, 0, 0}
	if white := (rgb{0xff, 0xff, 0xff}); wcag.Contrast(c, white) >= wcag.Contrast(c, on) {
		on = white
	}
	return Theme{
		Accent:    c.hex(),
		OnAccent:  on.hex(),
		UILight:   c.towards(rgb{0, 0, 0}, lightSurfaces).hex(),
		UIDark:    c.towards(rgb{0xff, 0xff, 0xff}, darkSurfaces).hex(),
		Scheme:    scheme,
		ClearBack: clear,
	}
}

type rgb [3]uint8

func parseHex(hex string) rgb {
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	var c rgb
	for i := range c {
		v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		c[i] = uint8(v)
	}
	return c
}

func (c rgb) hex() string {
	const digits = "0123456789abcdef"
	b := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, v := range c {
		b[1+2*i], b[2+2*i] = digits[v>>4], digits[v&15]
	}
	return string(b)
}

// RGBA makes an rgb a color.Color.
func (c rgb) RGBA() (r, g, b, a uint32) { return color.RGBA{c[0], c[1], c[2], 0xff}.RGBA() }

// towards mixes c with target, in steps of 5%, until it contrasts at least 3:1
// with every surface: a light brand colour is darkened for light pages, a dark one
// lightened for dark pages, and one that already stands out is kept.
func (c rgb) towards(target rgb, surfaces []rgb) rgb {
	for step := 0; step <= 20; step++ {
		t := float64(step) / 20
		var m rgb
		for i := range m {
			m[i] = uint8(math.Round(float64(c[i])*(1-t) + float64(target[i])*t))
		}
		ok := true
		for _, s := range surfaces {
			ok = ok && wcag.Contrast(m, s) >= nonText
		}
		if ok {
			return m
		}
	}
	return target
}
