package chart

import (
	"math"
	"testing"

	"github.com/trainingroi/calculator/app/wcag"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// TestPaletteContrast checks WCAG AA for every palette: text at least 4.5:1
// against the background and against every translucent fill text may sit on
// (bands, the study window, the payback area); lines, markers and outlines
// at least 3:1 against the background. Legends write series names in the
// series' colours.
func TestPaletteContrast(t *testing.T) {
	for name, p := range map[string]palette{"light": lightPalette, "dark": darkPalette} {
		lift := map[string]drawing.Color{
			"background":       p.bg,
			"sales band":       over(p.salesBand, p.bg),
			"marketing band":   over(p.mktBand, p.bg),
			"both bands":       over(p.mktBand, over(p.salesBand, p.bg)),
			"study window":     over(p.region, p.bg),
			"window and bands": over(p.mktBand, over(p.salesBand, over(p.region, p.bg))),
		}
		payback := map[string]drawing.Color{"background": p.bg, "payback area": over(p.netFill, p.bg)}
		for _, c := range []struct {
			grounds map[string]drawing.Color
			texts   map[string]drawing.Color
		}{
			{lift, map[string]drawing.Color{"text": p.text, "muted": p.muted, "sales": p.sales, "marketing": p.mkt}},
			{payback, map[string]drawing.Color{"text": p.text, "muted": p.muted, "accent": p.accent}},
			{map[string]drawing.Color{"background": p.bg}, map[string]drawing.Color{
				"scenario 1": p.series[0], "scenario 2": p.series[1], "scenario 3": p.series[2], "scenario 4": p.series[3],
			}},
		} {
			for tn, tc := range c.texts {
				for gn, gc := range c.grounds {
					if r := wcag.Contrast(tc, gc); r < 4.5 {
						t.Errorf("%s: %s text on %s: %.2f:1, need 4.5:1", name, tn, gn, r)
					}
				}
			}
		}
		lines := map[string]drawing.Color{"sales": p.sales, "marketing": p.mkt, "accent": p.accent, "axis": p.axis, "now outline": p.now}
		for ln, lc := range lines {
			if c := wcag.Contrast(lc, p.bg); c < 3 {
				t.Errorf("%s: %s line: %.2f:1, need 3:1", name, ln, c)
			}
		}
		// Text drawn on the "now" bar's fill is not needed (labels sit beside
		// bars), but the outline must stand out from that fill too.
		if c := wcag.Contrast(p.now, p.nowFill); c < 3 {
			t.Errorf("%s: now outline on its fill: %.2f:1", name, c)
		}
		for ln, lc := range lines {
			t.Logf("%s: %s on background %.2f:1", name, ln, wcag.Contrast(lc, p.bg))
		}
	}
}

// over is what a translucent colour c looks like painted on an opaque one.
func over(c, bg drawing.Color) drawing.Color {
	a := float64(c.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return drawing.Color{R: mix(c.R, bg.R), G: mix(c.G, bg.G), B: mix(c.B, bg.B), A: 255}
}
