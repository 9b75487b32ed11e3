package chart

import (
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// The drawn-on parts of the lift chart: the study window and the marks with
// their labels.

// studyWindow shades the days the study measured and labels the window above
// the plot, where no line can cover the label.
func studyWindow(p *pen, l look, top int) {
	x0, _ := p.at(studyLowDays, 0)
	x1, _ := p.at(studyHighDays, 0)
	ctop, bottom := p.canvas.Top, p.canvas.Bottom
	x0, x1 = max(x0, p.canvas.Left), min(x1, p.canvas.Right)
	if x1 <= x0 {
		return
	}
	p.rect(gochart.Box{Left: x0, Right: x1, Top: ctop, Bottom: bottom}, l.pal.region, drawing.Color{}, 0)
	for _, x := range []int{x0, x1} {
		p.polyline([]point{{x, ctop}, {x, bottom}}, l.pal.axis, 1, []float64{2, 3})
	}
	label := l.p.F("study data: {low}–{high} days", "low", l.num(studyLowDays), "high", l.num(studyHighDays))
	if long := l.p.F("study data: {low}–{high} days (no effect credited outside)", "low", l.num(studyLowDays), "high", l.num(studyHighDays)); !l.narrow && measure(l.text, long) <= p.canvas.Width() {
		label = long
	}
	w := measure(l.text, label)
	x := clampInt((x0+x1)/2-w/2, edge, l.w-edge-w)
	p.text(label, x, top-7, l.text, l.pal.muted)
}

// liftMarks draws the current and planned days on each line and labels them
// ("now 2 d", "plan 10 d") where the labels cover no line, marker or other
// label.
func liftMarks(p *pen, l look, lines [2]liftLine) {
	pl := &placer{bounds: gochart.Box{Left: p.canvas.Left + 2, Right: p.canvas.Right - 2, Top: p.canvas.Top + 2, Bottom: p.canvas.Bottom - 2}}
	for _, ln := range lines {
		var px []point
		for j := range ln.xs {
			x, y := p.at(ln.xs[j], ln.ys[j])
			px = append(px, point{x, y})
		}
		pl.lines = append(pl.lines, px)
	}

	type label struct {
		x, y  int
		text  string
		plan  bool
		color drawing.Color
	}
	var labels []label
	xlo, xhi := p.xr.GetMin(), p.xr.GetMax()
	// Squares first, so that a round marker on the same spot stays visible.
	for _, i := range []int{1, 0} {
		ln := lines[i]
		for _, m := range ln.marks {
			x, y := p.at(max(xlo, min(xhi, m.days)), m.revenue)
			fill := ln.color
			if !m.plan {
				fill = l.pal.bg // hollow: now; filled: plan
			}
			size := 8
			if ln.shape == square {
				size = 14 // larger than the circle, so both show when they meet
			}
			p.marker(ln.shape, x, y, size, fill, ln.color, 2)
			pl.taken = append(pl.taken, gochart.Box{Left: x - size/2 - 1, Right: x + size/2 + 1, Top: y - size/2 - 1, Bottom: y + size/2 + 1})
			// A team that keeps its days gets one label for both marks.
			same := ln.marks[0].days == ln.marks[1].days
			if same && !m.plan {
				continue
			}
			text := l.p.F("now {n} d", "n", l.num(m.days))
			switch {
			case same:
				text = l.p.F("now & plan {n} d", "n", l.num(m.days))
			case m.plan:
				text = l.p.F("plan {n} d", "n", l.num(m.days))
			}
			if m.days > xhi {
				text += " →"
			}
			labels = append(labels, label{x, y, text, m.plan, ln.color})
		}
	}

	// One label per spot: where both lines have a mark with the same text
	// close together (both teams at 2 days now, or both at 10 or more
	// planned, where the curves meet), one label in the text colour says it
	// for both.
	th := textHeight(l.text)
	drawn := make([]bool, len(labels))
	for i, m := range labels {
		if drawn[i] {
			continue
		}
		color, yTop, yBot := m.color, m.y, m.y
		for j := i + 1; j < len(labels); j++ {
			n := labels[j]
			if n.text == m.text && abs(n.x-m.x) <= 3 && abs(n.y-m.y) <= th+4 {
				drawn[j], color = true, l.pal.text
				yTop, yBot = min(yTop, n.y), max(yBot, n.y)
			}
		}
		sides := belowRightFirst
		if m.plan {
			sides = aboveLeftFirst
		}
		w := measure(l.text, m.text)
		if b, ok := pl.place(around(m.x, yTop, yBot, w, th, sides)); ok {
			x, y := baselineOf(b, th)
			p.text(m.text, x, y, l.text, color)
		}
	}
}

func abs(v int) int { return max(v, -v) }
