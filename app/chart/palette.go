package chart

import "github.com/wcharczuk/go-chart/v2/drawing"

// palette holds every colour a chart uses. Text colours are chosen for at least
// 4.5:1 contrast against the background and against the light fills text may
// sit on (WCAG AA for text); line colours for at least 3:1 (non-text contrast).
// palette_test.go checks both. Series never differ by colour alone: each has
// its own dash pattern and marker shape too, and a text label.
type palette struct {
	bg    drawing.Color // chart background
	text  drawing.Color // labels and ticks
	muted drawing.Color // secondary labels (study window, notes)
	axis  drawing.Color // axis lines and the zero line
	grid  drawing.Color // grid lines (decorative, no contrast requirement)

	sales  drawing.Color // sales line, markers and label
	mkt    drawing.Color // marketing line, markers and label
	accent drawing.Color // projected bars, the payback line
	now    drawing.Color // outline of "now" bars

	salesBand drawing.Color // sales low-high range (translucent)
	mktBand   drawing.Color // marketing low-high range (translucent)
	region    drawing.Color // study window shading (translucent)
	nowFill   drawing.Color // fill of "now" bars
	netFill   drawing.Color // area between the payback line and zero (translucent)

	series [4]drawing.Color // the scenarios of the comparison chart
}

var lightPalette = palette{
	bg:        hex(0xFFFFFF),
	text:      hex(0x1F2937),
	muted:     hex(0x4B5563),
	axis:      hex(0x6B7280),
	grid:      hex(0xE5E7EB),
	sales:     hex(0x1D4ED8),
	mkt:       hex(0x9A3412),
	accent:    hex(0x0F766E),
	now:       hex(0x4B5563),
	salesBand: hex(0x1D4ED8).WithAlpha(24),
	mktBand:   hex(0x9A3412).WithAlpha(24),
	region:    hex(0x6B7280).WithAlpha(14),
	nowFill:   hex(0xE5E7EB),
	netFill:   hex(0x0F766E).WithAlpha(30),
	series:    [4]drawing.Color{hex(0x1D4ED8), hex(0x9A3412), hex(0x0F766E), hex(0x7E22CE)},
}

var darkPalette = palette{
	bg:        hex(0x111827),
	text:      hex(0xF3F4F6),
	muted:     hex(0xD1D5DB),
	axis:      hex(0x9CA3AF),
	grid:      hex(0x374151),
	sales:     hex(0x93C5FD),
	mkt:       hex(0xFB923C),
	accent:    hex(0x2DD4BF),
	now:       hex(0xD1D5DB),
	salesBand: hex(0x93C5FD).WithAlpha(30),
	mktBand:   hex(0xFB923C).WithAlpha(30),
	region:    hex(0x9CA3AF).WithAlpha(18),
	nowFill:   hex(0x374151),
	netFill:   hex(0x2DD4BF).WithAlpha(40),
	series:    [4]drawing.Color{hex(0x93C5FD), hex(0xFB923C), hex(0x2DD4BF), hex(0xD8B4FE)},
}

func hex(v uint32) drawing.Color {
	return drawing.Color{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
}
