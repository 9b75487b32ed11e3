package chart

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// TestLiftMarksOnTheLines: each team's current (hollow) and planned (filled)
// days are marked on its line, at their days, or at the axis's end with an
// arrow in the label when beyond it.
func TestLiftMarksOnTheLines(t *testing.T) {
	for _, ec := range edgeCases {
		in := edgeInputs(ec.set)
		c := in.lift()
		for _, w := range widths {
			o := Options{Width: w}
			l := o.look()
			d := mustDraw(t, c, o)
			doc := parseDoc(t, d.SVG)
			ch := specOf(t, c, l)
			xs, _ := axisScales(t, doc, ch)
			xmax := ch.XAxis.Range.GetMax()
			fill := func(plan bool, c string) string {
				if plan {
					return c
				}
				return hexOf(l.pal.bg)
			}
			for i, tm := range [2]Team{c.Sales, c.Marketing} {
				color := [2]string{hexOf(l.pal.sales), hexOf(l.pal.mkt)}[i]
				line := lineOf(t, doc, [2]drawing.Color{l.pal.sales, l.pal.mkt}[i])
				for _, m := range []struct {
					days float64
					plan bool
				}{{tm.Now, false}, {tm.Plan, true}} {
					x := xs.at(math.Min(m.days, xmax))
					var marks [][2]float64 // centres of this team's marks of this kind
					if i == 0 {
						for _, cr := range doc.circles {
							if cr.stroke == color && cr.fill == fill(m.plan, color) && cr.r == 4 {
								marks = append(marks, [2]float64{cr.cx, cr.cy})
							}
						}
					} else {
						for _, p := range doc.paths {
							if b := p.bounds(); p.stroke == color && p.fill == fill(m.plan, color) && b.x1-b.x0 == 14 {
								marks = append(marks, [2]float64{(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2})
							}
						}
					}
					found := false
					for _, mk := range marks {
						if math.Abs(mk[0]-x) <= 1.5 && distance(mk[0], mk[1], line) <= 1.5 {
							found = true
						}
					}
					if !found && !(m.plan == false && tm.Now == tm.Plan) {
						t.Errorf("%s at %d px: team %d, %v days (plan %v): no mark on the line at x=%.0f among %v", ec.name, w, i, m.days, m.plan, x, marks)
					}
				}
			}
		}
	}
}

// TestLiftLabels: for the inputs people use, every mark is labelled, and a
// mark beyond the axis says so.
func TestLiftLabels(t *testing.T) {
	for _, c := range []struct {
		set  func(*inputs)
		want []string
	}{
		{func(*inputs) {}, []string{"now 2 d", "plan 10 d"}},
		{func(in *inputs) { in.SalesDays, in.SalesTarget, in.MktDays, in.MktTarget = 3.5, 7.25, 4, 9 },
			[]string{"now 3.5 d", "plan " + Options{}.look().num(7.25) + " d", "now 4 d", "plan 9 d"}},
		{func(in *inputs) { in.SalesTarget, in.MktDays, in.MktTarget = 30, 0, 60 },
			[]string{"now 2 d", "plan 30 d →", "now 0 d", "plan 60 d →"}},
		{func(in *inputs) { in.SalesDays, in.SalesTarget = 6, 6 }, []string{"now & plan 6 d", "now 2 d", "plan 10 d"}},
	} {
		for _, w := range widths {
			doc := parseDoc(t, mustDraw(t, edgeInputs(c.set).lift(), Options{Width: w}).SVG)
			for _, want := range append(c.want, "Sales training", "Marketing training") {
				if !doc.has(want) {
					t.Errorf("at %d px: label %q missing from %q", w, want, doc.textsOf())
				}
			}
		}
	}
}

func TestLiftRejects(t *testing.T) {
	good := defaultInputs().lift()
	bad := func(f func(l *Lift)) Lift {
		c := good
		c.Sales.Points = append([]CurvePoint(nil), good.Sales.Points...)
		f(&c)
		return c
	}
	for name, c := range map[string]Lift{
		"no points":       bad(func(l *Lift) { l.Sales.Points = nil }),
		"one point":       bad(func(l *Lift) { l.Sales.Points = l.Sales.Points[:1] }),
		"days not rising": bad(func(l *Lift) { l.Sales.Points[3].Days = 1 }),
		"negative days":   bad(func(l *Lift) { l.Marketing.Now = -1 }),
		"NaN revenue":     bad(func(l *Lift) { l.Sales.Points[2].Revenue = math.NaN() }),
		"Inf high":        bad(func(l *Lift) { l.Sales.Points[2].High = math.Inf(1) }),
		"NaN plan":        bad(func(l *Lift) { l.Sales.Plan = math.NaN() }),
	} {
		d, err := c.Draw(Options{})
		if err == nil || d.SVG != "" || !(errors.Is(err, ErrInvalid) || errors.Is(err, ErrNoData) || errors.Is(err, ErrNotFinite)) {
			t.Errorf("%s: %v, %d bytes of SVG", name, err, len(d.SVG))
		}
		if len(d.Table.Rows) == 0 {
			t.Errorf("%s: no table", name)
		}
	}
}

// TestLiftCurvesOfTheirOwn: the teams' curves need not share their days; the
// table has a row for each day either has, and for the marked days.
func TestLiftCurvesOfTheirOwn(t *testing.T) {
	c := Lift{
		Sales:     Team{Points: []CurvePoint{{0, 100, 90, 110}, {10, 200, 150, 250}, {20, 200, 150, 250}}, Now: 2, Plan: 12.5},
		Marketing: Team{Points: []CurvePoint{{0, 120, 110, 130}, {5, 160, 140, 180}, {20, 160, 140, 180}}, Now: 2, Plan: 40},
	}
	d := mustDraw(t, c, Options{Width: 360})
	checkLayout(t, d.SVG, "own days")
	var days []string
	for _, row := range d.Table.Rows {
		days = append(days, row[0])
	}
	if got := fmt.Sprint(days); got != "[0 2 5 10 12.5 20 40]" {
		t.Errorf("rows for days %s", got)
	}
	// Day 5 is between the sales curve's points: the value on its line.
	if row := d.Table.Rows[2]; row[1] != "$150" || row[4] != "$160" || row[7] != "" {
		t.Errorf("day 5: %q", row)
	}
	if row := d.Table.Rows[6]; row[4] != "$160" || row[7] != "marketing planned" {
		t.Errorf("day 40: %q", row)
	}
}
