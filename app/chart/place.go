package chart

import gochart "github.com/wcharczuk/go-chart/v2"

// placer puts text labels where they overlap neither each other, the markers
// nor the lines, so that direct labels stay readable when lines run close
// together (the sales and marketing curves meet wherever both teams are at or
// above 10 days). Each label comes with candidate boxes in order of preference;
// the first free one wins, else the one with the fewest conflicts.
type placer struct {
	bounds gochart.Box   // labels must stay inside
	taken  []gochart.Box // placed labels and markers
	lines  [][]point     // polylines labels should not cross
}

// place picks a box from cands, records it as taken and returns its index.
func (pl *placer) place(cands []gochart.Box) int {
	best, bestScore := 0, -1
	for i, b := range cands {
		s := pl.conflicts(b)
		if s == 0 {
			best = i
			break
		}
		if bestScore < 0 || s < bestScore {
			best, bestScore = i, s
		}
	}
	if len(cands) > 0 {
		pl.taken = append(pl.taken, cands[best])
	}
	return best
}

// conflicts counts what b runs into; leaving the bounds counts most.
func (pl *placer) conflicts(b gochart.Box) int {
	n := 0
	if b.Left < pl.bounds.Left || b.Right > pl.bounds.Right || b.Top < pl.bounds.Top || b.Bottom > pl.bounds.Bottom {
		n += 100
	}
	for _, t := range pl.taken {
		if overlap(b, t) {
			n += 10
		}
	}
	for _, l := range pl.lines {
		if crosses(b, l) {
			n++
		}
	}
	return n
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
		yAt := func(x int) int {
			if q.x == p.x {
				return p.y
			}
			return p.y + (q.y-p.y)*(x-p.x)/(q.x-p.x)
		}
		ya, yb := yAt(max(p.x, b.Left)), yAt(min(q.x, b.Right))
		if q.x == p.x {
			ya, yb = p.y, q.y
		}
		if min(ya, yb) <= b.Bottom && max(ya, yb) >= b.Top {
			return true
		}
	}
	return false
}

// textBox is the box a label of width w and text height h occupies when its
// baseline starts at (x, y), with a little air around it.
func textBox(x, y, w, h int) gochart.Box {
	const air = 2
	return gochart.Box{Left: x - air, Right: x + w + air, Top: y - h*4/5 - air, Bottom: y + h/4 + air}
}

// baselineOf is the inverse of textBox: the baseline start of a label box.
func baselineOf(b gochart.Box, h int) (x, y int) {
	const air = 2
	return b.Left + air, b.Top + air + h*4/5
}

// spanY is the highest and lowest pixel y of a polyline between x0 and x1.
func spanY(pts []point, x0, x1 int) (lo, hi int) {
	lo, hi = 1<<30, -1<<30
	for i := 1; i < len(pts); i++ {
		p, q := pts[i-1], pts[i]
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

func avgY(pts []point) float64 {
	s := 0
	for _, p := range pts {
		s += p.y
	}
	return float64(s) / float64(max(1, len(pts)))
}

func abs(v int) int { return max(v, -v) }
