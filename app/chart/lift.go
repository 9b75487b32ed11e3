package chart

import (
	"fmt"
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// The study measured 2 to 10 days of training per person a year; the model
// credits no effect outside that window, which the lift chart shades.
const studyLowDays, studyHighDays = 2, 10

// CurvePoint is one point of a team's curve: the projected new-customer
// revenue per year at Days of that team's training, at the chosen confidence
// (Revenue) and at the low and high ends of the range.
type CurvePoint struct{ Days, Revenue, Low, High float64 }

// Team is one team's curve, days ascending, and its current and planned
// training days per person a year, marked on the line. Days are 0-366. Now and Plan may lie
// beyond the curve's last day: the curve is flat there (the model credits no
// effect beyond the study's days), and the mark sits at the axis's end with
// an arrow.
type Team struct {
	Points    []CurvePoint
	Now, Plan float64
}

// Lift is the chart of projected new-customer revenue against training days:
// one line per team, each with its low-high range shaded and its current and
// planned days marked, and the study's window shaded.
type Lift struct{ Sales, Marketing Team }

// ID is "chart-lift".
func (Lift) ID() string { return liftID }

// Draw draws the chart and its table.
func (c Lift) Draw(o Options) (Drawing, error) {
	l := o.look()
	s, err := c.spec(l)
	return drawWithTable(liftID, c.table(l), s, err)
}

// liftLine is one team's line in data units, extended to the axis's ends.
type liftLine struct {
	name           string // e.g. "Sales training"
	xs, ys, lo, hi []float64
	color, fill    drawing.Color
	dash           []float64 // nil: solid
	shape          shape
	marks          [2]liftMark // now, plan
}

// liftMark is a team's current or planned days on its line.
type liftMark struct {
	days, revenue float64
	plan          bool
}

func (c Lift) lines(l look) ([2]liftLine, error) {
	pal := l.pal
	teams := [2]liftLine{
		{name: l.p.T("Sales training"), color: pal.sales, fill: pal.salesBand, shape: circle},
		{name: l.p.T("Marketing training"), color: pal.mkt, fill: pal.mktBand, dash: []float64{7, 4}, shape: square},
	}
	for i, t := range [2]Team{c.Sales, c.Marketing} {
		l := &teams[i]
		if err := checkTeam(t); err != nil {
			return teams, fmt.Errorf("%s: %w", l.name, err)
		}
		n := len(t.Points) + 2 // extendTo adds up to two
		l.xs, l.ys, l.lo, l.hi = make([]float64, 0, n), make([]float64, 0, n), make([]float64, 0, n), make([]float64, 0, n)
		rev := make([]Point, len(t.Points))
		for j, p := range t.Points {
			l.xs = append(l.xs, p.Days)
			l.ys = append(l.ys, p.Revenue)
			l.lo = append(l.lo, p.Low)
			l.hi = append(l.hi, p.High)
			rev[j] = Point{p.Days, p.Revenue}
		}
		l.marks = [2]liftMark{
			{days: t.Now, revenue: pathAt(rev, t.Now)},
			{days: t.Plan, revenue: pathAt(rev, t.Plan), plan: true},
		}
	}
	return teams, nil
}

// maxDays bounds training days per person a year: there are no more days in
// a year.
const maxDays = 366

func checkTeam(t Team) error {
	if len(t.Points) < 2 {
		return fmt.Errorf("%w: %d curve points, need 2", ErrNoData, len(t.Points))
	}
	for i, p := range t.Points {
		if err := checkValues("curve", p.Revenue, p.Low, p.High); err != nil {
			return err
		}
		if err := checkDays("curve days", p.Days); err != nil {
			return err
		}
		if i > 0 && p.Days <= t.Points[i-1].Days {
			return fmt.Errorf("%w: curve days do not ascend at %v", ErrInvalid, p.Days)
		}
	}
	return checkDays("current and planned days", t.Now, t.Plan)
}

func checkDays(name string, days ...float64) error {
	if err := checkNonNegative(name, days...); err != nil {
		return err
	}
	for _, d := range days {
		if d > maxDays {
			return fmt.Errorf("%s: %w: %v days in a year", name, ErrInvalid, d)
		}
	}
	return nil
}

// extendTo continues a line flat to x0 on the left and x1 on the right: the
// model credits no effect beyond the study's days, so the curves are flat
// beyond their ends.
func (l *liftLine) extendTo(x0, x1 float64) {
	n := len(l.xs)
	if x1 > l.xs[n-1] {
		l.xs, l.ys = append(l.xs, x1), append(l.ys, l.ys[n-1])
		l.lo, l.hi = append(l.lo, l.lo[n-1]), append(l.hi, l.hi[n-1])
	}
	if x0 < l.xs[0] {
		l.xs = append([]float64{x0}, l.xs...)
		l.ys = append([]float64{l.ys[0]}, l.ys...)
		l.lo = append([]float64{l.lo[0]}, l.lo...)
		l.hi = append([]float64{l.hi[0]}, l.hi...)
	}
}

func (c Lift) spec(l look) (spec, error) {
	lines, err := c.lines(l)
	if err != nil {
		return spec{}, err
	}
	var xs, ys []float64
	for _, ln := range lines {
		xs = append(xs, ln.xs...)
		ys = append(append(append(ys, ln.ys...), ln.lo...), ln.hi...)
	}

	// Header: the legend, then the study window's label just above the plot.
	legend, rows := layoutLegend([]legendEntry{
		{text: lines[0].name, color: lines[0].color, dash: lines[0].dash, shape: lines[0].shape},
		{text: lines[1].name, color: lines[1].color, dash: lines[1].dash, shape: lines[1].shape},
	}, l.text, edge, l.w-2*edge)
	lh := l.lh()
	top := 6 + rows*lh + lh + 4
	h := top + clampInt(l.w*2/5, 190, 360) + 3*lh + 6

	// The x-axis spans the curves, not the marks: a plan of 60 days would
	// squeeze the study window into a sliver. A mark beyond the axis sits at
	// its end, where the flat curve has the same value, and its label says
	// how far off it is.
	xlo, xhi := extent(xs...)
	ylo, yhi := extent(ys...)
	pw, ph := plotSize(l, h, top, measure(l.tick, l.money(max(-ylo, yhi)))+4)
	xt, err := niceTicks(min(0, xlo), xhi, maxTicks(pw, 48), l.num, numRes)
	if err != nil {
		return spec{}, fmt.Errorf("days: %w", err)
	}
	// Some room above and below the data keeps marks and their labels off
	// the plot's edges; revenue that is never negative keeps the axis at
	// zero or above.
	lo, hi := padRange(ylo, yhi)
	pad := (hi - lo) * 0.08
	lo, hi = lo-pad, hi+pad
	if ylo >= 0 {
		lo = max(lo, 0)
	}
	yt, err := niceTicks(lo, hi, maxTicks(ph, int(2.5*l.tick)), l.money, moneyRes)
	if err != nil {
		return spec{}, fmt.Errorf("revenue: %w", err)
	}
	for i := range lines {
		lines[i].extendTo(xt[0].Value, xt[len(xt)-1].Value)
	}

	ch := axesChart(l, h, top, xt, yt, l.p.T("Training days per person per year"))
	ch.Series = []gochart.Series{
		drawFunc{name: "study window", fn: func(p *pen) { studyWindow(p, l, top) }},
		drawFunc{name: "sales range", fn: func(p *pen) { p.band(band{lines[0].xs, lines[0].lo, lines[0].hi}, lines[0].fill) }},
		drawFunc{name: "marketing range", fn: func(p *pen) { p.band(band{lines[1].xs, lines[1].lo, lines[1].hi}, lines[1].fill) }},
	}
	for _, ln := range lines {
		ch.Series = append(ch.Series, gochart.ContinuousSeries{
			Name:    ln.name,
			XValues: ln.xs,
			YValues: ln.ys,
			Style:   gochart.Style{StrokeColor: ln.color, StrokeWidth: 3, StrokeDashArray: ln.dash},
		})
	}
	ch.Series = append(ch.Series, drawFunc{name: "marks", fn: func(p *pen) { liftMarks(p, l, lines) }})
	ch.Elements = []gochart.Renderable{element(func(p *pen) {
		drawLegend(p, legend, 6+int(l.text), lh, l.text, l.pal)
	})}
	return spec{
		id:    liftID,
		title: l.p.T("Projected new-customer revenue by training days"),
		desc:  liftDesc(lines, l),
		chart: ch,
	}, nil
}

func liftDesc(lines [2]liftLine, l look) string {
	var b strings.Builder
	b.WriteString(l.p.F("Projected new-customer revenue per year against training days per person a year: one line for each team's training. Shaded bands show the low to high range. The study measured {low} to {high} days; outside that the lines are flat because no effect is credited.",
		"low", l.num(studyLowDays), "high", l.num(studyHighDays)))
	for _, ln := range lines {
		now, plan := ln.marks[0], ln.marks[1]
		b.WriteString(l.sep() + l.p.F("{team}: now {now} days, {nowRevenue}; planned {plan} days, {planRevenue}.",
			"team", ln.name, "now", l.num(now.days), "nowRevenue", l.money(now.revenue), "plan", l.num(plan.days), "planRevenue", l.money(plan.revenue)))
	}
	return b.String()
}
