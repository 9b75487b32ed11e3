package chart

import (
	"fmt"
	"slices"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// What the payback chart and the comparison of timelines share: lines of
// money by month from the start.

// checkPaybackMonth checks a payback month given with its line.
func checkPaybackMonth(pts []Point, paysBack bool, month float64) error {
	if !paysBack {
		return nil
	}
	if err := checkValues("payback month", month); err != nil {
		return err
	}
	if month < pts[0].X || month > pts[len(pts)-1].X {
		return fmt.Errorf("%w: payback month %v is outside the months drawn", ErrInvalid, month)
	}
	return nil
}

// monthSteps are the tick steps a months axis may take: whole months,
// quarters, half years, years, and more for long horizons.
var monthSteps = []float64{1, 2, 3, 6, 12, 24, 60, 120, 240}

// timeAxes are the ticks of a timeline chart: months along x, money up y with
// zero always in range and some room on both sides of it, so that the zero
// line never lies on the plot's edge.
func timeAxes(l look, h, top int, xlo, xhi float64, ys []float64) (xt, yt []gochart.Tick, err error) {
	lo, hi := extent(ys...)
	lo, hi = min(lo, 0), max(hi, 0)
	lo, hi = padRange(lo, hi)
	span := hi - lo
	if hi <= 0 {
		hi = span * 0.05
	} else {
		hi += span * 0.04
	}
	if lo >= 0 {
		lo = -span * 0.05
	} else {
		lo -= span * 0.04
	}
	pw, ph := plotSize(l, h, top, measure(l.tick, l.money(max(-lo, hi)))+4)
	per := max(40, measure(l.tick, l.num(xhi))+16)
	if xt, err = stepTicks(xlo, xhi, monthSteps, maxTicks(pw, per), l.num); err != nil {
		return nil, nil, fmt.Errorf("months: %w", err)
	}
	if yt, err = niceTicks(lo, hi, maxTicks(ph, int(2.5*l.tick)), l.money, moneyRes); err != nil {
		return nil, nil, fmt.Errorf("amounts: %w", err)
	}
	return xt, yt, nil
}

// zeroLine draws the zero line, darker than the grid (above it a plan has
// paid for itself), under the data lines.
func zeroLine(pal palette) drawFunc {
	return drawFunc{name: "zero", fn: func(p *pen) {
		_, y := p.at(0, 0)
		p.polyline([]point{{p.canvas.Left, y}, {p.canvas.Right, y}}, pal.axis, 2, nil)
	}}
}

// timelinePlacer places the labels of a timeline chart: inside the plot, off
// the zero line and off the lines of paths, which it gives in pixels, with the
// zero line's y.
func timelinePlacer(p *pen, paths ...[]Point) (pl *placer, lines [][]point, zy int) {
	pl = &placer{bounds: gochart.Box{Left: p.canvas.Left + 2, Right: p.canvas.Right - 2, Top: p.canvas.Top + 2, Bottom: p.canvas.Bottom - 2}}
	_, zy = p.at(0, 0)
	pl.lines = append(pl.lines, []point{{p.canvas.Left, zy}, {p.canvas.Right, zy}})
	for _, path := range paths {
		line := make([]point, len(path))
		for i, q := range path {
			x, y := p.at(q.X, q.Y)
			line[i] = point{x, y}
		}
		lines = append(lines, line)
	}
	pl.lines = append(pl.lines, lines...)
	return pl, lines, zy
}

// markTaken keeps labels off a payback mark at (x, y).
func (pl *placer) markTaken(x, y int) {
	pl.taken = append(pl.taken, gochart.Box{Left: x - 8, Right: x + 8, Top: y - 8, Bottom: y + 8})
}

// labelBreakEven writes "break-even" on the zero line, wherever the lines leave
// room.
func labelBreakEven(p *pen, l look, pl *placer, zy int) {
	th := textHeight(l.text)
	breakEven := l.p.T("break-even")
	w := measure(l.text, breakEven)
	if b, ok := pl.place(along(zy, p.canvas.Left+6, p.canvas.Right-6, w, th)); ok {
		bx, by := baselineOf(b, th)
		p.text(breakEven, bx, by, l.text, l.pal.muted)
	}
}

// timelineRows are the rows of a table of timelines: one per whole month of
// any of them, the month first, then each line's value at the end of the
// month ("–" beyond a line's months, "n/a" for a line that cannot be drawn).
// A single line that cannot be drawn gives its own points instead.
func timelineRows(l look, paths [][]Point) [][]string {
	var months []float64
	valid := make([]bool, len(paths))
	for i, pts := range paths {
		if valid[i] = checkTimeline("", pts) == nil; valid[i] {
			months = append(months, wholeMonths(pts)...)
		}
	}
	if len(paths) == 1 && !valid[0] {
		rows := make([][]string, len(paths[0]))
		for i, q := range paths[0] {
			rows[i] = []string{l.numCell(q.X), l.moneyCell(q.Y)}
		}
		return rows
	}
	slices.Sort(months)
	months = slices.Compact(months)
	rows := make([][]string, len(months))
	for i, m := range months {
		row := make([]string, 1, 1+len(paths))
		row[0] = l.numCell(m)
		for j, pts := range paths {
			switch {
			case !valid[j]:
				row = append(row, "n/a")
			case m < pts[0].X || m > pts[len(pts)-1].X:
				row = append(row, "–")
			default:
				row = append(row, l.moneyCell(pathAt(pts, m)))
			}
		}
		rows[i] = row
	}
	return rows
}
