// Package report writes a scenario and its projection as a CSV file, so a finance
// team can check every number in a spreadsheet. Numbers are raw (dot decimal, no
// grouping), exactly the data-value attributes of the page.
package report

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"github.com/trainingroi/calculator/calc"
)

// Row is one line of the report: a name from the page-hook contract, a label, the
// unit and the value ("n/a" when undefined).
type Row struct {
	Section string
	Name    string
	Label   string
	Unit    string
	Value   string
}

// Rows lists the inputs, then every result of the page, for one scenario. currency
// is the ISO code printed as the unit of money.
func Rows(in calc.Inputs, r calc.Result, currency string) []Row {
	var rows []Row
	for _, f := range calc.Fields {
		rows = append(rows, Row{"input", f.Name, f.Label, unit(f.Unit, currency), num(*f.Of(&in))})
	}
	money := currency
	perYear := currency + " per year"
	add := func(name, label, unit string, v float64) {
		rows = append(rows, Row{"result", name, label, unit, num(v)})
	}
	addV := func(name, label, unit string, v calc.Value) {
		s := "n/a"
		if v.OK {
			s = num(v.V)
		}
		rows = append(rows, Row{"result", name, label, unit, s})
	}
	add("sals_now", "Accepted leads (SALs) now", "per year", r.Now.SALs)
	add("sals_new", "Accepted leads (SALs) projected", "per year", r.Projected.SALs)
	add("sal_rate_new", "SAL rate projected", "%", r.Projected.SALRate*100)
	add("win_rate_new", "Win rate projected", "%", r.Projected.WinRate*100)
	add("customers_now", "New customers now", "per year", r.Now.Customers)
	add("customers_new", "New customers projected", "per year", r.Projected.Customers)
	add("revenue_now", "New-customer revenue now", perYear, r.Now.Revenue)
	add("revenue_new", "New-customer revenue projected", perYear, r.Projected.Revenue)
	addV("lift", "Lift in new-customer business", "fraction", r.Lift)
	addV("lift_low", "Lift, low", "fraction", r.LiftLow)
	addV("lift_high", "Lift, high", "fraction", r.LiftHigh)
	add("benefit", "Benefit (gross profit) over the horizon", money, r.Benefit)
	add("cost", "Cost over the horizon", money, r.Cost)
	add("net", "Net benefit", money, r.Net)
	addV("roi", "Return on investment", "%", r.ROI)
	addV("roi_low", "ROI, low", "%", r.ROILow)
	addV("roi_high", "ROI, high", "%", r.ROIHigh)
	addV("bcr", "Benefit-cost ratio", "ratio", r.BCR)
	addV("payback", "Payback", "months", r.Payback)
	addV("breakeven", "Break-even confidence", "%", r.BreakEven)
	return rows
}

// CSV writes Rows as a CSV file with a header row.
func CSV(in calc.Inputs, r calc.Result, currency string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"section", "name", "label", "unit", "value"})
	for _, row := range Rows(in, r, currency) {
		_ = w.Write([]string{row.Section, row.Name, row.Label, row.Unit, row.Value})
	}
	w.Flush()
	return b.String()
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func unit(u, currency string) string {
	switch u {
	case "money":
		return currency
	case "%":
		return "%"
	}
	return u
}
