// Package report writes a scenario and its projection as a CSV file, so a finance
// team can check every number in a spreadsheet.
//
// The file is one record per scenario: a header row whose every column names a
// number and its unit, the currency included ("deal (EUR per new customer)",
// "revenue_now (EUR per year)", "roi (%)"), then one row of values. Columns are the
// inputs (named as in the URL), every result of calc.Outputs (named as the page's
// hooks) and the warning codes. Values are plain (dot decimal, no grouping, at most
// 12 significant digits), or "n/a" when undefined. Files of several scenarios can
// be pasted under each other.
package report

import (
	"bytes"
	"encoding/csv"
	"math"
	"strings"
	"time"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// sigDigits is how many significant digits a value keeps: enough for any money
// amount to the cent, and no floating-point noise (34.349999999999994).
const sigDigits = 12

// Header is the CSV's header row for a currency, its units in p's language (the
// names stay: they are the URL's and the page hooks').
func Header(currency string, p i18n.Printer) []string {
	h := make([]string, 0, len(calc.Fields)+len(calc.Outputs)+1)
	for _, f := range calc.Fields {
		h = append(h, f.Name+" ("+inputUnit(p, f, currency)+")")
	}
	for _, o := range calc.Outputs {
		h = append(h, o.Name+" ("+outputUnit(p, o.Unit, currency)+")")
	}
	return append(h, "warnings ("+p.T("codes")+")")
}

// Row is the CSV's row of values for one scenario.
func Row(in calc.Inputs, r calc.Result) []string {
	row := make([]string, 0, len(calc.Fields)+len(calc.Outputs)+1)
	for _, f := range calc.Fields {
		v := *f.Of(&in)
		if f.Optional && math.IsInf(v, 1) {
			row = append(row, "") // left empty: no limit
			continue
		}
		row = append(row, format.Raw(v, sigDigits))
	}
	for _, o := range calc.Outputs {
		v := o.Of(&r)
		if !v.OK {
			row = append(row, "n/a")
			continue
		}
		row = append(row, format.Raw(v.V, sigDigits))
	}
	codes := make([]string, len(r.Warnings))
	for i, w := range r.Warnings {
		codes[i] = w.Code
	}
	return append(row, strings.Join(codes, " "))
}

// CSV writes the header row and the rows of values of some scenarios.
func CSV(currency string, p i18n.Printer, rows ...[]string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true // RFC 4180, and what spreadsheets write
	_ = w.Write(Header(currency, p))
	for _, r := range rows {
		_ = w.Write(r)
	}
	w.Flush()
	return b.String()
}

// FileName is the name a CSV saved on day t gets: training-roi-2026-11-28.csv.
func FileName(t time.Time) string {
	return "training-roi-" + t.Format("2006-01-02") + ".csv"
}

// CompareFileName is the name a comparison's CSV saved on day t gets:
// training-roi-compare-2026-11-28.csv.
func CompareFileName(t time.Time) string {
	return "training-roi-compare-" + t.Format("2006-01-02") + ".csv"
}

// inputUnit is the unit of an input in words, with the currency for money.
func inputUnit(p i18n.Printer, f calc.Field, currency string) string {
	switch f.Name {
	case "deal":
		return p.F("{currency} per new customer", "currency", currency)
	case "day_cost", "day_rate":
		return p.F("{currency} per person per day", "currency", currency)
	case "budget":
		return p.F("{currency} per year; empty for no limit", "currency", currency)
	}
	switch f.Unit {
	case "money":
		return currency
	case "days":
		return p.T("days per person per year")
	}
	if u, ok := unitWords[f.Unit]; ok {
		return p.T(u)
	}
	return f.Unit
}

// unitWords are calc's units as the header says them.
var unitWords = map[string]string{
	"people": i18n.Later("people"), "per month": i18n.Later("per month"), "months": i18n.Later("months"),
	"years": i18n.Later("years"), string(calc.UnitFraction): i18n.Later("fraction"), string(calc.UnitFactor): i18n.Later("factor"),
	string(calc.UnitCountYear): i18n.Later("per year"), string(calc.UnitRatio): i18n.Later("ratio"),
	string(calc.UnitDays): i18n.Later("days per person per year"),
}

func outputUnit(p i18n.Printer, u calc.Unit, currency string) string {
	switch u {
	case calc.UnitMoneyYear:
		return p.F("{currency} per year", "currency", currency)
	case calc.UnitMoneyHorizon:
		return p.F("{currency} over the horizon", "currency", currency)
	case calc.UnitMoney:
		return p.F("{currency} per new customer", "currency", currency)
	case calc.UnitMoneyDay:
		return p.F("{currency} per person per day", "currency", currency)
	}
	if w, ok := unitWords[string(u)]; ok {
		return p.T(w)
	}
	return string(u)
}
