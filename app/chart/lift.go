package chart

import (
	"fmt"

	"github.com/trainingroi/calculator/calc"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Days are the training days per person per year each team has now and plans.
// The lift chart marks them on the lines.
type Days struct {
	SalesNow, SalesPlan float64
	MktNow, MktPlan     float64
}

// DaysOf takes the days from the model's inputs.
func DaysOf(in calc.Inputs) Days {
	return Days{SalesNow: in.SalesDays, SalesPlan: in.SalesTarget, MktNow: in.MktDays, MktPlan: in.MktTarget}
}

// Lift draws the projected new-customer revenue per year against 0-20 training
// days: a solid line with round markers for sales training (r.SalesCurve), a
// dashed one with square markers for marketing (r.MktCurve), each with its
// low-high range shaded, the current and planned days marked, and the study's
// 2-10 day window shaded. The SVG element has id LiftID.
func Lift(r calc.Result, d Days, o Options) (string, error) {
	return lift(r, d, o, sharedFaces)
}

func lift(r calc.Result, d Days, o Options, faces *faceCache) (string, error) {
	s, err := liftSpec(r, d, o.resolve(liftHeight))
	if err != nil {
		return "", err
	}
	return render(s)
}

func liftHeight(w int) int { return clampInt(w*11/20, 300, 440) }

// liftLine is one team's curve in data coordinates, with its marks.
type liftLine struct {
	label          string // direct label, e.g. "Sales training"
	xs, ys, lo, hi []float64
	color, fill    drawing.Color
	dash           []float64 // nil: solid
	square         bool      // square markers (else round)
	marks          []liftMark
}

// liftMark is a current or planned number of days on a line.
type liftMark struct {
	days, revenue float64
	plan          bool
}

// liftLines turns the model's curves into drawable lines and puts the marks at
// the revenue each curve gives for the team's days.
func liftLines(r calc.Result, d Days, pal palette) ([2]liftLine, error) {
	var out [2]liftLine
	for i, t := range []struct {
		label     string
		pts       []calc.CurvePoint
		now, plan float64
		color, bg drawing.Color
		dash      []float64
		square    bool
	}{
		{"Sales training", r.SalesCurve, d.SalesNow, d.SalesPlan, pal.sales, pal.salesBand, nil, false},
		{"Marketing training", r.MktCurve, d.MktNow, d.MktPlan, pal.mkt, pal.mktBand, []float64{7, 4}, true},
	} {
		l := liftLine{label: t.label, color: t.color, fill: t.bg, dash: t.dash, square: t.square}
		if err := curveValues(t.pts, &l); err != nil {
			return out, fmt.Errorf("%s: %s: %w", LiftID, t.label, err)
		}
		for _, m := range []liftMark{{days: t.now}, {days: t.plan, plan: true}} {
			if err := checkFinite("days", m.days); err != nil {
				return out, fmt.Errorf("%s: %s: %w", LiftID, t.label, err)
			}
			if m.days < 0 {
				return out, fmt.Errorf("%s: %s days: %w", LiftID, t.label, ErrNegative)
			}
			m.revenue = interp(l.xs, l.ys, m.days)
			l.marks = append(l.marks, m)
		}
		out[i] = l
	}
	return out, nil
}

// curveValues copies a curve into l after checking it: at least two points,
// finite numbers, days strictly increasing (interpolation relies on it).
func curveValues(pts []calc.CurvePoint, l *liftLine) error {
	switch len(pts) {
	case 0:
		return ErrNoData
	case 1:
		return ErrTooFew
	}
	for i, p := range pts {
		if err := checkFinite("curve", p.Days, p.Revenue, p.Low, p.High); err != nil {
			return err
		}
		if i > 0 && p.Days <= pts[i-1].Days {
			return fmt.Errorf("curve days are not increasing at %v", p.Days)
		}
		l.xs = append(l.xs, p.Days)
		l.ys = append(l.ys, p.Revenue)
		l.lo = append(l.lo, p.Low)
		l.hi = append(l.hi, p.High)
	}
	return nil
}

// extendTo continues a line flat to x0 on the left and x1 on the right. This is
// the model, not a guess: no effect is credited outside the study's 2-10 days,
// so every curve is flat beyond its ends (calc's curves run 0-20 days; a team
// may plan more).
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

func liftSpec(r calc.Result, d Days, o resolved) (spec, error) {
	lines, err := liftLines(r, d, o.pal)
	if err != nil {
		return spec{}, err
	}
	var xsAll, ysAll []float64
	for _, l := range lines {
		xsAll = append(xsAll, l.xs...)
		ysAll = append(ysAll, l.ys...)
		ysAll = append(ysAll, l.lo...)
		ysAll = append(ysAll, l.hi...)
	}
	top := o.lineHeight() + 10
	pw, ph := plotSize(o, top)
	// The x-axis spans the curves (0-20 days from calc), not the marks: a plan
	// of 60 days would squeeze the study window into a sliver. A mark beyond
	// the axis sits at its end, where the flat curve has the same value, and
	// its label says how far off it is.
	xlo, xhi := extent(xsAll...)
	xt, err := niceTicks(min(0, xlo), xhi, maxTicks(pw, 48), o.num)
	if err != nil {
		return spec{}, fmt.Errorf("%s: days: %w", LiftID, err)
	}
	// A little room above and below the data keeps marks and their labels
	// off the plot's edges.
	ylo, yhi := extent(ysAll...)
	pad := (yhi - ylo) * 0.06
	ylo, yhi = ylo-pad, yhi+pad
	yt, err := niceTicks(ylo, yhi, maxTicks(ph, int(2.5*o.tick)), o.money)
	if err != nil {
		return spec{}, fmt.Errorf("%s: revenue: %w", LiftID, err)
	}
	for i := range lines {
		lines[i].extendTo(xt[0].Value, xt[len(xt)-1].Value)
	}

	c := axesChart(o, xt, yt, "Training days per person per year", top)
	c.Series = []gochart.Series{
		drawFunc{name: "study window", fn: func(p *pen) { studyWindow(p, o) }},
		drawFunc{name: "sales range", fn: func(p *pen) { p.band(band{lines[0].xs, lines[0].lo, lines[0].hi}, lines[0].fill) }},
		drawFunc{name: "marketing range", fn: func(p *pen) { p.band(band{lines[1].xs, lines[1].lo, lines[1].hi}, lines[1].fill) }},
	}
	for _, l := range lines {
		c.Series = append(c.Series, gochart.ContinuousSeries{
			Name:    l.label,
			XValues: l.xs,
			YValues: l.ys,
			Style:   gochart.Style{StrokeColor: l.color, StrokeWidth: 3, StrokeDashArray: l.dash},
		})
	}
	c.Series = append(c.Series, drawFunc{name: "labels", fn: func(p *pen) { liftLabels(p, o, lines) }})

	return spec{
		id:    LiftID,
		title: "Projected new-customer revenue by training days",
		desc:  liftDesc(lines, o),
		chart: c,
	}, nil
}

func liftDesc(lines [2]liftLine, o resolved) string {
	s := "Projected new-customer revenue per year for 0 to 20 training days per person a year: " +
		"one line for sales training (marketing at its plan), one for marketing training (sales at its plan). " +
		"Shaded bands show the range from half to 1.5 times the chosen confidence. " +
		"The study measured 2 to 10 days; outside that the lines are flat because no effect is credited."
	for _, l := range lines {
		s += " " + l.label + ": now " + o.num(l.marks[0].days) + " days, " + o.money(l.marks[0].revenue) +
			"; planned " + o.num(l.marks[1].days) + " days, " + o.money(l.marks[1].revenue) + "."
	}
	return s
}
