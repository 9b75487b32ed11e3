package chart

import (
	"math"
	"slices"

	"github.com/trainingroi/calculator/app/i18n"
)

// table lists both teams' revenue and range for every day a curve has a point
// at, and for the current and planned days, with a note on those.
func (c Lift) table(l look) Table {
	p := l.p
	t := Table{
		Caption: p.T("Projected new-customer revenue per year by training days per person a year, with the low and high ends of the range"),
		Header: []string{p.T("Training days"), p.T("Sales training"), p.T("Sales: low"), p.T("Sales: high"),
			p.T("Marketing training"), p.T("Marketing: low"), p.T("Marketing: high"), p.T("Note")},
	}
	teams := [2]Team{c.Sales, c.Marketing}
	var days []float64
	for _, tm := range teams {
		for _, p := range tm.Points {
			days = append(days, p.Days)
		}
		days = append(days, tm.Now, tm.Plan)
	}
	slices.Sort(days)
	days = slices.Compact(days)
	at := [2]func(float64) CurvePoint{curveAt(c.Sales), curveAt(c.Marketing)}
	for _, d := range days {
		row := []string{l.numCell(d)}
		var notes []string
		for i, tm := range teams {
			v := at[i](d)
			row = append(row, l.moneyCell(v.Revenue), l.moneyCell(v.Low), l.moneyCell(v.High))
			if tm.Now == d {
				notes = append(notes, p.T([2]string{i18n.Later("sales now"), i18n.Later("marketing now")}[i]))
			}
			if tm.Plan == d {
				notes = append(notes, p.T([2]string{i18n.Later("sales planned"), i18n.Later("marketing planned")}[i]))
			}
		}
		t.Rows = append(t.Rows, append(row, p.Join(notes)))
	}
	return t
}

// curveAt gives a team's curve at any day, as the chart draws it: on the
// straight line between points and flat beyond the ends. A curve that cannot
// be drawn gives only its own points, and not-a-number elsewhere.
func curveAt(t Team) func(float64) CurvePoint {
	if checkTeam(t) != nil {
		return func(d float64) CurvePoint {
			for _, p := range t.Points {
				if p.Days == d {
					return p
				}
			}
			return CurvePoint{Days: d, Revenue: math.NaN(), Low: math.NaN(), High: math.NaN()}
		}
	}
	n := len(t.Points)
	rev, lo, hi := make([]Point, n), make([]Point, n), make([]Point, n)
	for i, p := range t.Points {
		rev[i], lo[i], hi[i] = Point{p.Days, p.Revenue}, Point{p.Days, p.Low}, Point{p.Days, p.High}
	}
	return func(d float64) CurvePoint {
		return CurvePoint{Days: d, Revenue: pathAt(rev, d), Low: pathAt(lo, d), High: pathAt(hi, d)}
	}
}
