package chart

import "github.com/wcharczuk/go-chart/v2/drawing"

// A legend sits above the plot, where no line can run through it. Each entry
// shows a sample of its series (line, dash pattern and marker shape, so that
// series differ without colour) and its text; entries flow into rows.

type legendEntry struct {
	text  string
	color drawing.Color
	dash  []float64
	shape shape
}

type legendItem struct {
	legendEntry
	x, row int
}

const (
	legendSample = 28 // a sample's length, px
	legendGap    = 6  // between sample and text
	legendSpace  = 18 // between entries
)

// layoutLegend places entries left to right from x0 in rows no wider than
// width, shortening a text that cannot fit a row on its own. It returns the
// items and the number of rows.
func layoutLegend(entries []legendEntry, size float64, x0, width int) ([]legendItem, int) {
	items := make([]legendItem, 0, len(entries))
	x, row := 0, 0
	for _, e := range entries {
		e.text = fitText(e.text, size, width-legendSample-legendGap)
		w := legendSample + legendGap + measure(size, e.text)
		if x > 0 && x+w > width {
			x, row = 0, row+1
		}
		items = append(items, legendItem{legendEntry: e, x: x0 + x, row: row})
		x += w + legendSpace
	}
	return items, row + 1
}

// drawLegend draws the items with the first row's baseline at y, rows lh
// apart.
func drawLegend(p *pen, items []legendItem, y, lh int, size float64, pal palette) {
	h := textHeight(size)
	for _, it := range items {
		base := y + it.row*lh
		mid := base - h/3
		p.polyline([]point{{it.x, mid}, {it.x + legendSample, mid}}, it.color, 3, it.dash)
		p.marker(it.shape, it.x+legendSample/2, mid, 8, it.color, pal.bg, 1.5)
		p.text(it.text, it.x+legendSample+legendGap, base, size, it.color)
	}
}
