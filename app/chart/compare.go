package chart

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// Timelines compares the payback timelines of two to four scenarios on one
// set of axes.
type Timelines struct{ Series []Timeline }

// Timeline is one scenario's cumulative net benefit line, as Payback's Path
// (months 0-1200), and its payback month, within the line's months, when it
// has one. Scenarios may have different horizons.
type Timeline struct {
	// Name names the scenario in the legend and the table; "" is
	// "Scenario 1", "Scenario 2"...
	Name     string
	Path     []Point
	PaysBack bool
	Month    float64
}

// ID is "chart-compare".
func (Timelines) ID() string { return compareID }

// Draw draws one line per scenario, told apart by colour, dash pattern and
// marker shape and named in a legend above the plot; the zero line; and each
// scenario's payback month marked on it. The table has a column per
// scenario and a row per month.
func (c Timelines) Draw(o Options) (Drawing, error) {
	l := o.look()
	s, err := c.spec(l)
	return drawWithTable(compareID, c.table(l), s, err)
}

// The most scenarios a comparison shows: each needs a look of its own.
const maxScenarios = 4

// How the scenarios' lines differ besides colour.
var (
	scenarioDash   = [maxScenarios][]float64{nil, {9, 4}, {2, 4}, {12, 4, 2, 4}}
	scenarioShapes = [maxScenarios]shape{circle, square, triangle, diamond}
)

func (c Timelines) name(l look, i int) string {
	if n := strings.TrimSpace(c.Series[i].Name); n != "" {
		return n
	}
	return l.p.F("Scenario {n}", "n", strconv.Itoa(i+1))
}

// outcome says when a scenario pays back.
func (tl Timeline) outcome(l look) string {
	if tl.PaysBack {
		return l.p.F("pays back in month {month}", "month", l.num(tl.Month))
	}
	return l.p.T("no payback")
}

func (c Timelines) spec(l look) (spec, error) {
	if n := len(c.Series); n < 2 || n > maxScenarios {
		return spec{}, fmt.Errorf("%w: %d scenarios, need 2 to %d", ErrInvalid, n, maxScenarios)
	}
	var ys []float64
	xlo, xhi := math.Inf(1), math.Inf(-1)
	for i, tl := range c.Series {
		if err := checkTimeline(c.name(l, i), tl.Path); err != nil {
			return spec{}, err
		}
		if err := checkPaybackMonth(tl.Path, tl.PaysBack, tl.Month); err != nil {
			return spec{}, fmt.Errorf("%s: %w", c.name(l, i), err)
		}
		for _, p := range tl.Path {
			ys = append(ys, p.Y)
		}
		xlo, xhi = min(xlo, tl.Path[0].X), max(xhi, tl.Path[len(tl.Path)-1].X)
	}

	// The legend names each scenario and says when it pays back; a long
	// name is shortened, its outcome kept.
	width := l.w - 2*edge
	entries := make([]legendEntry, len(c.Series))
	for i, tl := range c.Series {
		out := tl.outcome(l)
		rest := measure(l.text, l.p.F("{scenario}: {outcome}", "scenario", "", "outcome", out))
		name := fitText(c.name(l, i), l.text, width-legendSample-legendGap-rest)
		entries[i] = legendEntry{text: l.p.F("{scenario}: {outcome}", "scenario", name, "outcome", out), color: l.pal.series[i], dash: scenarioDash[i], shape: scenarioShapes[i]}
	}
	legend, rows := layoutLegend(entries, l.text, edge, width)
	lh := l.lh()
	top := 6 + rows*lh + 8
	h := top + clampInt(l.w*2/5, 190, 340) + 3*lh + 6

	xt, yt, err := timeAxes(l, h, top, xlo, xhi, ys)
	if err != nil {
		return spec{}, err
	}
	ch := axesChart(l, h, top, xt, yt, l.p.T("Months from the start"))
	ch.Series = []gochart.Series{zeroLine(l.pal)}
	for i, tl := range c.Series {
		xs, ys := pathXY(tl.Path)
		ch.Series = append(ch.Series, gochart.ContinuousSeries{
			Name:    c.name(l, i),
			XValues: xs,
			YValues: ys,
			Style:   gochart.Style{StrokeColor: l.pal.series[i], StrokeWidth: 3, StrokeDashArray: scenarioDash[i]},
		})
	}
	ch.Series = append(ch.Series, drawFunc{name: "marks", fn: func(p *pen) { c.marks(p, l) }})
	ch.Elements = []gochart.Renderable{element(func(p *pen) {
		drawLegend(p, legend, 6+int(l.text), lh, l.text, l.pal)
	})}
	return spec{
		id:    compareID,
		title: l.p.T("Cumulative net benefit by month, scenarios compared"),
		desc:  c.desc(l),
		chart: ch,
	}, nil
}

// marks draws each scenario's payback month on the zero line, and the
// break-even label where the lines leave room.
func (c Timelines) marks(p *pen, l look) {
	paths := make([][]Point, len(c.Series))
	for i, tl := range c.Series {
		paths[i] = tl.Path
	}
	pl, _, zy := timelinePlacer(p, paths...)
	// Later scenarios first, so that the first one's mark is on top where
	// marks meet.
	for i := len(c.Series) - 1; i >= 0; i-- {
		if tl := c.Series[i]; tl.PaysBack {
			x, y := p.at(tl.Month, 0)
			p.marker(scenarioShapes[i], x, y, 12, l.pal.series[i], l.pal.bg, 1.5)
			pl.markTaken(x, y)
		}
	}
	labelBreakEven(p, l, pl, zy)
}

func (c Timelines) desc(l look) string {
	var b strings.Builder
	b.WriteString(l.p.F("Cumulative net benefit by month for {n} scenarios, one line each.", "n", strconv.Itoa(len(c.Series))))
	for i, tl := range c.Series {
		end := tl.Path[len(tl.Path)-1]
		b.WriteString(l.sep() + l.p.F("{scenario}: {amount} after {months} months; {outcome}.",
			"scenario", c.name(l, i), "amount", l.money(end.Y), "months", l.num(end.X), "outcome", tl.outcome(l)))
	}
	return b.String()
}

// table has the months down and the scenarios across, and a last row with
// each scenario's payback month.
func (c Timelines) table(l look) Table {
	t := Table{
		Caption: l.p.T("Cumulative net benefit at the end of each month, by scenario"),
		Header:  []string{l.p.T("Month")},
	}
	paths := make([][]Point, len(c.Series))
	last := []string{l.p.T("Pays back in month")}
	for i, tl := range c.Series {
		t.Header = append(t.Header, c.name(l, i))
		paths[i] = tl.Path
		out := l.p.T("none")
		if tl.PaysBack {
			out = l.numCell(tl.Month)
		}
		last = append(last, out)
	}
	t.Rows = append(timelineRows(l, paths), last)
	return t
}
