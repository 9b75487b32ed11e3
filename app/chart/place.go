package chart

import gochart "github.com/wcharczuk/go-chart/v2"

// placer puts text labels where they overlap neither each other, the markers
// nor the lines, and stay inside the plot. Each label comes with candidate
// boxes in order of preference; the first free one wins. A label with no free
// candidate is not drawn where it would cover something: the caller puts it
// elsewhere or leaves it to the table.
type placer struct {
	bounds gochart.Box   // labels must stay inside
	taken  []gochart.Box // placed labels and markers
	lines  [][]point     // polylines labels must not cross
}

// place returns the first free box of cands and records it as taken.
func (pl *placer) place(cands []gochart.Box) (gochart.Box, bool) {
	for _, b := range cands {
		if pl.free(b) {
			pl.taken = append(pl.taken, b)
			return b, true
		}
	}
	return gochart.Box{}, false
}

// free reports whether b is inside the bounds and clear of everything taken
// and every line.
func (pl *placer) free(b gochart.Box) bool {
	if b.Left < pl.bounds.Left || b.Right > pl.bounds.Right || b.Top < pl.bounds.Top || b.Bottom > pl.bounds.Bottom {
		return false
	}
	for _, t := range pl.taken {
		if overlap(b, t) {
			return false
		}
	}
	for _, l := range pl.lines {
		if crosses(b, l) {
			return false
		}
	}
	return true
}

func overlap(a, b gochart.Box) bool {
	return a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom
}

// crosses reports whether the polyline passes through box b.
func crosses(b gochart.Box, pts []point) bool {
	for i := 1; i < len(pts); i++ {
		p, q := pts[i-1], pts[i]
		if p.x > q.x {
			p, q = q, p
		}
		if q.x < b.Left || p.x > b.Right {
			continue
		}
		// The segment's y range within the box's x range.
		ya, yb := p.y, q.y
		if q.x != p.x {
			yAt := func(x int) int { return p.y + (q.y-p.y)*(x-p.x)/(q.x-p.x) }
			ya, yb = yAt(max(p.x, b.Left)), yAt(min(q.x, b.Right))
		}
		if min(ya, yb) <= b.Bottom && max(ya, yb) >= b.Top {
			return true
		}
	}
	return false
}

// air is the room kept around a label's text.
const air = 3

// textBox is the box a label of width w and text height h occupies when its
// baseline starts at (x, y): the text's ascent above, its descent below, and
// some air around.
func textBox(x, y, w, h int) gochart.Box {
	return gochart.Box{Left: x - air, Right: x + w + air, Top: y - h*4/5 - air, Bottom: y + h/4 + air}
}

// baselineOf is the inverse of textBox: the baseline start of a label box.
func baselineOf(b gochart.Box, h int) (x, y int) {
	return b.Left + air, b.Top + air + h*4/5
}

// around lists boxes for a w × h label near the point range x, y0-y1 (a
// marker, or markers stacked on one day), in order of preference: prefer
// gives the first side ("above left", ...), then the others, then the same
// places farther out, so that crowded marks still find room.
func around(x, y0, y1, w, h int, prefer [][2]int) []gochart.Box {
	const gap = 12 // clear of a marker up to 16 px across
	cands := make([]gochart.Box, 0, 4*len(prefer))
	for ring := range 4 {
		d := ring * (h + 4)
		for _, s := range prefer {
			dx, dy := s[0], s[1]
			left := x + gap
			switch dx {
			case -1:
				left = x - gap - w
			case 0:
				left = x - w/2
			}
			base := y1 + gap + h*4/5 + d
			if dy < 0 {
				base = y0 - gap - d
			}
			cands = append(cands, textBox(left, base, w, h))
		}
	}
	return cands
}

// along lists boxes for a w × h label beside the horizontal line at y, from
// the left end of [x0, x1] to the right, above and below the line at each
// place.
func along(y, x0, x1, w, h int) []gochart.Box {
	step := max(w/3, 10)
	cands := make([]gochart.Box, 0, 2*max(0, (x1-x0-w)/step+1))
	for x := x0; x+w <= x1; x += step {
		cands = append(cands, textBox(x, y-8, w, h), textBox(x, y+6+h*4/5, w, h))
	}
	return cands
}

// Sides for around: {dx, dy}, dx -1 left, 0 centred, 1 right; dy -1 above,
// 1 below.
var (
	belowRightFirst = [][2]int{{1, 1}, {0, 1}, {-1, 1}, {1, -1}, {-1, -1}, {0, -1}}
	aboveLeftFirst  = [][2]int{{-1, -1}, {0, -1}, {1, -1}, {-1, 1}, {1, 1}, {0, 1}}
)

// spanY is the highest and lowest pixel y of a polyline between x0 and x1.
func spanY(pts []point, x0, x1 int) (lo, hi int) {
	lo, hi = 1<<30, -1<<30
	for i := 1; i < len(pts); i++ {
		p, q := pts[i-1], pts[i]
		if p.x > q.x {
			p, q = q, p
		}
		if q.x < x0 || p.x > x1 {
			continue
		}
		for _, e := range []point{p, q} {
			x := clampInt(e.x, x0, x1)
			y := e.y
			if q.x != p.x {
				y = p.y + (q.y-p.y)*(x-p.x)/(q.x-p.x)
			}
			lo, hi = min(lo, y), max(hi, y)
		}
	}
	if lo > hi {
		return 0, 0
	}
	return lo, hi
}
