package chart

import (
	"github.com/trainingroi/calculator/calc"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// The drawn-on parts of the lift chart: the study window and every label.

// studyWindow shades the 2-10 days the study measured and labels it above the
// plot, where no line can cover the label.
func studyWindow(p *pen, o resolved) {
	x0, _ := p.at(calc.StudyLowDays, 0)
	x1, _ := p.at(calc.StudyHighDays, 0)
	top, bottom := p.canvas.Top, p.canvas.Bottom
	x0, x1 = max(x0, p.canvas.Left), min(x1, p.canvas.Right)
	if x1 <= x0 {
		return
	}
	p.rect(gochart.Box{Left: x0, Right: x1, Top: top, Bottom: bottom}, o.pal.region, drawing.Color{}, 0)
	for _, x := range []int{x0, x1} {
		p.polyline([]point{{x, top}, {x, bottom}}, o.pal.axis, 1, []float64{2, 3})
	}
	label := "study data: " + o.num(calc.StudyLowDays) + "–" + o.num(calc.StudyHighDays) + " days"
	long := label + " (no effect credited outside)"
	if w, _ := p.measure(long, o.text); !o.narrow && w < p.canvas.Width()*3/4 {
		label = long
	}
	w, _ := p.measure(label, o.text)
	x := clampInt((x0+x1)/2-w/2, 4, o.w-4-w)
	p.text(label, x, top-7, o.text, o.pal.muted)
}

// liftLabels draws the markers and every direct label: what each mark is
// ("now 2 d", "plan 10 d") and which line is which.
func liftLabels(p *pen, o resolved, lines [2]liftLine) {
	pl := &placer{bounds: gochart.Box{Left: p.canvas.Left + 2, Right: p.canvas.Right - 2, Top: p.canvas.Top + 2, Bottom: p.canvas.Bottom - 2}}
	px := make([][]point, len(lines))
	for i, l := range lines {
		for j := range l.xs {
			x, y := p.at(l.xs[j], l.ys[j])
			px[i] = append(px[i], point{x, y})
		}
		pl.lines = append(pl.lines, px[i])
	}

	// Markers, squares first so a round marker on the same spot stays visible.
	type mark struct {
		x, y  int
		text  string
		plan  bool
		color drawing.Color
	}
	var marks []mark
	for _, i := range []int{1, 0} {
		l := lines[i]
		for _, m := range l.marks {
			lo, hi := p.xr.GetMin(), p.xr.GetMax()
			x, y := p.at(max(lo, min(hi, m.days)), m.revenue)
			fill := l.color
			if !m.plan {
				fill = o.pal.bg // hollow: now; filled: plan
			}
			// The square is larger than the circle so that both show when
			// the marks coincide.
			if l.square {
				p.square(x, y, 7, fill, l.color, 2)
			} else {
				p.circle(x, y, 4, fill, l.color, 2)
			}
			pl.taken = append(pl.taken, gochart.Box{Left: x - 8, Right: x + 8, Top: y - 8, Bottom: y + 8})
			// A team that keeps its days gets one label for both marks.
			same := l.marks[0].days == l.marks[1].days
			if same && !m.plan {
				continue
			}
			text := "now " + o.num(m.days) + " d"
			switch {
			case same:
				text = "now & plan " + o.num(m.days) + " d"
			case m.plan:
				text = "plan " + o.num(m.days) + " d"
			}
			if m.days > hi {
				text += " →"
			} else if m.days < lo {
				text = "← " + text
			}
			marks = append(marks, mark{x, y, text, m.plan, l.color})
		}
	}

	// One label per spot: where both lines have a mark with the same text close
	// together (both teams at 2 days now, or both at 10 or more planned, where
	// the curves meet) a single label in the neutral text colour says it for
	// both; two labels would only crowd each other.
	_, th := p.measure("now", o.text)
	drawn := make([]bool, len(marks))
	for i, m := range marks {
		if drawn[i] {
			continue
		}
		color, yTop, yBot := m.color, m.y, m.y
		for j := i + 1; j < len(marks); j++ {
			n := marks[j]
			if n.text == m.text && abs(n.x-m.x) <= 3 && abs(n.y-m.y) <= th+4 {
				drawn[j], color = true, o.pal.text
				yTop, yBot = min(yTop, n.y), max(yBot, n.y)
			}
		}
		w, h := p.measure(m.text, o.text)
		cands := markCandidates(m.x, yTop, yBot, w, h, m.plan)
		b := cands[pl.place(cands)]
		x, y := baselineOf(b, h)
		p.text(m.text, x, y, o.text, color)
	}

	// Line labels with a short sample of the line, so dash and marker shape
	// identify the series without colour. The higher line's label goes above it.
	upper := 0
	if avgY(px[1]) < avgY(px[0]) {
		upper = 1
	}
	for i, l := range lines {
		tw, h := p.measure(l.label, o.text)
		const key = 30
		w := key + tw
		var cands []gochart.Box
		for _, frac := range []int{100, 75, 50, 25, 0} {
			right := p.canvas.Right - 6 - (p.canvas.Width()-w-12)*(100-frac)/100
			left := right - w
			lo, hi := spanY(px[i], left, right)
			above := textBox(left, lo-8-h/4, w, h)
			below := textBox(left, hi+8+h*4/5, w, h)
			if i == upper {
				cands = append(cands, above, below)
			} else {
				cands = append(cands, below, above)
			}
		}
		b := cands[pl.place(cands)]
		x, y := baselineOf(b, h)
		mid := y - h/3
		p.polyline([]point{{x, mid}, {x + key - 6, mid}}, l.color, 3, l.dash)
		if l.square {
			p.square(x+(key-6)/2, mid, 4, l.color, l.color, 1)
		} else {
			p.circle(x+(key-6)/2, mid, 4, l.color, l.color, 1)
		}
		p.text(l.label, x+key, y, o.text, l.color)
	}
}

// markCandidates lists label boxes around a marker, or a pair of markers on the
// same day between heights y0 and y1: "now" labels prefer the space below and
// right of the marker (the lines rise to the right of it), "plan" labels the
// space above and left.
func markCandidates(x, y0, y1, w, h int, plan bool) []gochart.Box {
	const g = 10
	rightBelow := textBox(x+g, y1+g+h*4/5, w, h)
	rightAbove := textBox(x+g, y0-g, w, h)
	leftBelow := textBox(x-g-w, y1+g+h*4/5, w, h)
	leftAbove := textBox(x-g-w, y0-g, w, h)
	above := textBox(x-w/2, y0-g-2, w, h)
	below := textBox(x-w/2, y1+g+2+h*4/5, w, h)
	near := []gochart.Box{rightBelow, below, leftBelow, rightAbove, leftAbove, above}
	if plan {
		near = []gochart.Box{leftAbove, above, rightAbove, leftBelow, rightBelow, below}
	}
	// The same places one line further out, for marks crowded together
	// (days 1 and 2 are a few pixels apart on a phone).
	cands := near
	for _, b := range near {
		d := h + 4
		if b.Bottom <= y0 {
			d = -d
		}
		cands = append(cands, gochart.Box{Left: b.Left, Right: b.Right, Top: b.Top + d, Bottom: b.Bottom + d})
	}
	return cands
}
