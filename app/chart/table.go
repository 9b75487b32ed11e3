package chart

import (
	"math"
	"strings"

	"github.com/trainingroi/calculator/calc"
)

// Each chart has an equivalent data table, which the page puts after the chart
// (in a <details>) for screen readers and for anyone who wants the numbers.
// Numbers stay raw float64 so the page formats them with the user's currency
// and locale, like every other number on the page.

// Kind tells the page how to format a cell.
type Kind uint8

// Cell kinds.
const (
	KindText     Kind = iota // Text holds the content
	KindCount                // a count or amount of things, e.g. leads per year
	KindMoney                // currency units
	KindDays                 // training days
	KindMonths               // months
	KindFraction             // a change as a fraction: 0.145 is +14.5%
)

// Cell is one table cell: Value for numbers, Text for KindText.
type Cell struct {
	Kind  Kind
	Value float64
	Text  string
}

// Table is a chart's data as rows of cells under a header. The first column
// names the row.
type Table struct {
	Caption string
	Header  []string
	Rows    [][]Cell
}

func text(s string) Cell         { return Cell{Kind: KindText, Text: s} }
func num(k Kind, v float64) Cell { return Cell{Kind: k, Value: v} }
func notAvailable() Cell         { return text("n/a") }
func finiteCell(k Kind, v float64) Cell {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return notAvailable()
	}
	return num(k, v)
}

// LiftTable is the lift chart as a table: one row per day of the curves, with
// each team's projected revenue and its low-high range, and a note on the rows
// of the current and planned days.
func LiftTable(r calc.Result, d Days) Table {
	t := Table{
		Caption: "Projected new-customer revenue per year by training days per person per year",
		Header: []string{"Training days", "Sales training: revenue", "Sales: low", "Sales: high",
			"Marketing training: revenue", "Marketing: low", "Marketing: high", "Note"},
	}
	n := max(len(r.SalesCurve), len(r.MktCurve))
	for i := range n {
		var days float64
		row := make([]Cell, 0, 8)
		if i < len(r.SalesCurve) {
			days = r.SalesCurve[i].Days
		} else {
			days = r.MktCurve[i].Days
		}
		row = append(row, finiteCell(KindDays, days))
		for _, c := range [][]calc.CurvePoint{r.SalesCurve, r.MktCurve} {
			if i < len(c) {
				row = append(row, finiteCell(KindMoney, c[i].Revenue), finiteCell(KindMoney, c[i].Low), finiteCell(KindMoney, c[i].High))
			} else {
				row = append(row, notAvailable(), notAvailable(), notAvailable())
			}
		}
		row = append(row, text(dayNote(days, d)))
		t.Rows = append(t.Rows, row)
	}
	return t
}

// dayNote says which current or planned days fall on this row.
func dayNote(days float64, d Days) string {
	var notes []string
	for _, m := range []struct {
		v    float64
		name string
	}{
		{d.SalesNow, "sales now"}, {d.SalesPlan, "sales planned"},
		{d.MktNow, "marketing now"}, {d.MktPlan, "marketing planned"},
	} {
		if m.v == days {
			notes = append(notes, m.name)
		}
	}
	return strings.Join(notes, ", ")
}

// FunnelTable is the funnel chart as a table: each measure now, projected and
// its change (undefined when there is nothing today to compare with).
func FunnelTable(r calc.Result) Table {
	t := Table{
		Caption: "Lead funnel per year, now and projected",
		Header:  []string{"Measure", "Now", "Projected", "Change"},
	}
	for _, row := range funnelRows(r) {
		k := KindCount
		if row.money {
			k = KindMoney
		}
		change := notAvailable()
		if row.now > 0 {
			change = finiteCell(KindFraction, row.new/row.now-1)
		}
		t.Rows = append(t.Rows, []Cell{text(row.label), finiteCell(k, row.now), finiteCell(k, row.new), change})
	}
	return t
}

// PaybackTable is the payback chart as a table: the cumulative net benefit at
// the end of each month.
func PaybackTable(r calc.Result) Table {
	t := Table{
		Caption: "Cumulative net benefit at the end of each month",
		Header:  []string{"Month", "Cumulative net benefit"},
	}
	for m, v := range r.Timeline {
		t.Rows = append(t.Rows, []Cell{num(KindMonths, float64(m)), finiteCell(KindMoney, v)})
	}
	return t
}
