// Package report writes a scenario and its projection as a CSV file, so a finance
// team can check every number in a spreadsheet.
//
// The file is one record per scenario: a header row whose every column names a
// number and its unit, the currency included ("deal (EUR per new customer)",
// "revenue_now (EUR per year)", "roi (%)"), then one row of values. Column names
// are the page-hook names of docs/contract.md; values are raw (dot decimal, no
// grouping), exactly the data-value attributes of the page, or "n/a" when
// undefined. Files of several scenarios can be pasted under each other.
package report

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"github.com/trainingroi/calculator/calc"
)

// Row is one number of the report: a name from the page-hook contract, a label,
// the unit (with the currency code for money) and the value ("n/a" when
// undefined).
type Row struct {
	Section string // "input" or "result"
	Name    string
	Label   string
	Unit    string
	Value   string
}

// Header is the column name of the row in the CSV file: its name and unit.
func (r Row) Header() string {
	if r.Unit == "" {
		return r.Name
	}
	return r.Name + " (" + r.Unit + ")"
}

// Rows lists the inputs, then every result of the page, for one scenario. currency
// is the ISO code printed in the unit of money.
func Rows(in calc.Inputs, r calc.Result, currency string) []Row {
	var rows []Row
	for _, f := range calc.Fields {
		rows = append(rows, Row{"input", f.Name, f.Label, inputUnit(f, currency), num(*f.Of(&in))})
	}
	overHorizon := currency + " over the horizon"
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
	add("revenue_gain", "Extra new-customer revenue", perYear, r.RevenueGain)
	addV("lift", "Lift in new-customer business", "fraction", r.Lift)
	addV("lift_low", "Lift, low", "fraction", r.LiftLow)
	addV("lift_high", "Lift, high", "fraction", r.LiftHigh)
	add("benefit", "Benefit (gross profit) over the horizon", overHorizon, r.Benefit)
	add("cost", "Cost over the horizon", overHorizon, r.Cost)
	add("net", "Net benefit over the horizon", overHorizon, r.Net)
	addV("roi", "Return on investment", "%", r.ROI)
	addV("roi_low", "ROI, low", "%", r.ROILow)
	addV("roi_high", "ROI, high", "%", r.ROIHigh)
	addV("bcr", "Benefit-cost ratio", "ratio", r.BCR)
	addV("payback", "Payback", "months", r.Payback)
	addV("breakeven", "Break-even confidence", "%", r.BreakEven)
	return rows
}

// CSV writes Rows as a CSV file: the header row of names with units, then the
// row of values.
func CSV(in calc.Inputs, r calc.Result, currency string) string {
	rows := Rows(in, r, currency)
	header := make([]string, len(rows))
	values := make([]string, len(rows))
	for i, row := range rows {
		header[i] = row.Header()
		values[i] = row.Value
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true // RFC 4180, and what spreadsheets write
	_ = w.Write(header)
	_ = w.Write(values)
	w.Flush()
	return b.String()
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// inputUnit is the unit of an input in words, with the currency for money.
func inputUnit(f calc.Field, currency string) string {
	switch f.Name {
	case "deal":
		return currency + " per new customer"
	case "day_cost", "day_rate":
		return currency + " per person per day"
	}
	switch f.Unit {
	case "money":
		return currency
	case "days":
		return "days per person per year"
	}
	return f.Unit
}
