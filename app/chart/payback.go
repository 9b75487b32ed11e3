package chart

import (
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// Payback is the chart of the cumulative net benefit over the horizon, with
// the payback month marked, or a note on why there is none.
type Payback struct {
	// Path is the exact cumulative net benefit line: x the month from the
	// start (0-1200), y the amount; x ascending. A jump (each year's
	// training paid at the year's start) is two points with the same x.
	Path []Point
	// PaysBack tells whether there is a payback month to mark: Month, within
	// the path's months.
	PaysBack bool
	Month    float64
	// Note is shown in place of the mark when PaysBack is false: the
	// sentence that says why, in words.
	Note string
}

// ID is "chart-payback".
func (Payback) ID() string { return paybackID }

// Draw draws the chart and its table: the value at the end of each whole
// month, read off the path.
func (c Payback) Draw(o Options) (Drawing, error) {
	l := o.look()
	s, err := c.spec(l)
	return drawWithTable(paybackID, c.table(l), s, err)
}

// note is what the chart says in place of a payback mark.
func (c Payback) note(l look) string {
	if n := strings.TrimSpace(c.Note); n != "" {
		return n
	}
	return l.p.T("No payback month.")
}

func (c Payback) spec(l look) (spec, error) {
	if err := checkTimeline("path", c.Path); err != nil {
		return spec{}, err
	}
	if err := checkPaybackMonth(c.Path, c.PaysBack, c.Month); err != nil {
		return spec{}, err
	}
	lh := l.lh()
	// The header holds the note, or is a line kept free for the payback
	// label when the plot has no room for it beside its mark.
	var note []string
	if !c.PaysBack {
		note = wrapText(c.note(l), l.text, l.w-2*edge, 3)
	}
	top := 6 + max(1, len(note))*lh + 6
	h := top + clampInt(l.w*2/5, 190, 340) + 3*lh + 6

	xs, ys := pathXY(c.Path)
	xt, yt, err := timeAxes(l, h, top, xs[0], xs[len(xs)-1], ys)
	if err != nil {
		return spec{}, err
	}
	ch := axesChart(l, h, top, xt, yt, l.p.T("Months from the start"))
	ch.Series = []gochart.Series{
		zeroLine(l.pal),
		// Filled from the line to zero: go-chart's line series fills down to
		// the value 0, which is the area of net cost or net gain.
		gochart.ContinuousSeries{
			Name:    l.p.T("Cumulative net benefit"),
			XValues: xs,
			YValues: ys,
			Style:   gochart.Style{StrokeColor: l.pal.accent, StrokeWidth: 3, FillColor: l.pal.netFill},
		},
		drawFunc{name: "labels", fn: func(p *pen) { c.labels(p, l) }},
	}
	ch.Elements = []gochart.Renderable{element(func(p *pen) {
		for i, s := range note {
			p.text(s, edge, 6+int(l.text)+i*lh, l.text, l.pal.text)
		}
	})}
	return spec{
		id:    paybackID,
		title: l.p.T("Cumulative net benefit by month"),
		desc:  c.desc(l),
		chart: ch,
	}, nil
}

// labels draws the payback mark and the labels: what the mark is, the value
// at the end, and which line is break-even.
func (c Payback) labels(p *pen, l look) {
	pal := l.pal
	th := textHeight(l.text)
	pl, lines, zy := timelinePlacer(p, c.Path)
	line := lines[0]

	if c.PaysBack {
		x, y := p.at(c.Month, 0)
		drop := []point{{x, y}, {x, p.canvas.Bottom}}
		p.polyline(drop, pal.text, 1, []float64{3, 3})
		p.marker(circle, x, y, 12, pal.accent, pal.bg, 2)
		pl.lines = append(pl.lines, drop)
		pl.markTaken(x, y)
		label := l.p.F("pays back: month {month}", "month", l.num(c.Month))
		w := measure(l.text, label)
		sides := [][2]int{{-1, -1}, {1, 1}, {1, -1}, {-1, 1}, {0, -1}, {0, 1}}
		if b, ok := pl.place(around(x, y, y, w, th, sides)); ok {
			bx, by := baselineOf(b, th)
			p.text(label, bx, by, l.text, pal.text)
		} else {
			// Above the plot, over the mark, where nothing else is.
			p.text(label, clampInt(x-w/2, edge, l.w-edge-w), 6+int(l.text), l.text, pal.text)
		}
	}

	// The end value, beside the end of the line, above or below it.
	end := c.Path[len(c.Path)-1]
	label := l.p.F("{amount} after {months} months", "amount", l.money(end.Y), "months", l.num(end.X))
	if w := measure(l.text, label); w < p.canvas.Width()-8 {
		var cands []gochart.Box
		for _, shift := range []int{6, 40, 80, 120} {
			right := line[len(line)-1].x - shift
			lo, hi := spanY(line, right-w, right)
			cands = append(cands, textBox(right-w, lo-8-th/4, w, th), textBox(right-w, hi+8+th*4/5, w, th))
		}
		if b, ok := pl.place(cands); ok {
			bx, by := baselineOf(b, th)
			p.text(label, bx, by, l.text, pal.accent)
		}
	}

	labelBreakEven(p, l, pl, zy)
}

func (c Payback) desc(l look) string {
	first, last := c.Path[0], c.Path[len(c.Path)-1]
	s := l.p.F("Cumulative net benefit by month, from month {first} to {last}: it starts at {start} and ends at {end}.",
		"first", l.num(first.X), "last", l.num(last.X), "start", l.money(pathAt(c.Path, first.X)), "end", l.money(last.Y))
	if c.PaysBack {
		return s + l.sep() + l.p.F("It pays back in month {month}.", "month", l.num(c.Month))
	}
	return s + l.sep() + c.note(l)
}

// table lists the cumulative net benefit at the end of each whole month; its
// caption says when it pays back, or why it does not.
func (c Payback) table(l look) Table {
	t := Table{
		Header: []string{l.p.T("Month"), l.p.T("Cumulative net benefit")},
	}
	if c.PaysBack {
		t.Caption = l.p.F("Cumulative net benefit at the end of each month. Pays back in month {month}.", "month", l.num(c.Month))
	} else {
		t.Caption = l.p.T("Cumulative net benefit at the end of each month.") + l.sep() + c.note(l)
	}
	t.Rows = timelineRows(l, [][]Point{c.Path})
	return t
}
