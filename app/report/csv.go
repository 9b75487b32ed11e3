// Package report writes scenarios and their projections as files a finance team
// opens in a spreadsheet: the figures (CSV) and the month-by-month cash flow.
//
// Both are CSV as the spreadsheet of the page's number format reads it: where the
// decimal mark is a comma (de-DE, fr-FR, es-ES, nl-NL) cells are separated by ';'
// and numbers written "1234,5", elsewhere by ',' and "1234.5"; never grouped, at
// most 12 significant digits, never "-0". A UTF-8 byte order mark starts the file,
// so that Excel reads its words as UTF-8, and lines end in CRLF (RFC 4180).
//
// The figures file has a row per figure: its section, its label, its value (one
// column per scenario, headed by the scenario's name), its unit and, last, its
// identifier: the input's URL parameter or the result's page-hook name, the same
// in every language. The cash flow file has a row per month (and scenario).
//
// Text cells that come from a name (a scenario's) and begin with '=', '+', '-' or
// '@' are written after an apostrophe: a spreadsheet would read them as formulas.
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

// Scenario is one scenario of a file.
type Scenario struct {
	// Name is what the file calls it: its saved name, or the comparison's
	// column; "" for the calculator's scenario when it is not saved.
	Name   string
	Link   string // the address that opens it
	In     calc.Inputs
	Result calc.Result
}

// File is how a file is written: in the page's language, currency and number
// format (a locale tag).
type File struct {
	P        i18n.Printer
	Currency string
	Locale   string
}

// Figures writes the figures file of some scenarios: every input, every result
// of calc.Outputs and the warning codes, a row each.
func (f File) Figures(scenarios ...Scenario) string {
	p, nf := f.P, format.New(f.Locale, f.Currency)
	header := []string{p.T("Section"), p.T("Figure")}
	for _, s := range scenarios {
		name := s.Name
		if name == "" {
			name = p.T("Value")
		}
		header = append(header, neutral(name))
	}
	rows := [][]string{append(header, p.T("Unit"), p.T("Identifier"))}
	row := func(section, label, unit, id string, value func(s Scenario) string) {
		r := []string{section, label}
		for _, s := range scenarios {
			r = append(r, value(s))
		}
		rows = append(rows, append(r, unit, id))
	}
	row(p.T("Scenario"), p.T("Link"), "", "url", func(s Scenario) string { return neutral(s.Link) })
	for _, fd := range calc.Fields {
		row(p.T(groupTitles[fd.Group]), p.T(fd.Label), inputUnit(p, fd, nf.Currency()), fd.Name, func(s Scenario) string {
			v := *fd.Of(&s.In)
			if fd.Optional && math.IsInf(v, 1) {
				return "" // left empty: no limit
			}
			return nf.Plain(v, sigDigits)
		})
	}
	for _, o := range calc.Outputs {
		row(p.T(sectionOf(o.Name)), outputLabel(p, o), outputUnit(p, o.Unit, nf.Currency()), o.Name, func(s Scenario) string {
			if v := o.Of(&s.Result); v.OK {
				return nf.Plain(v.V, sigDigits)
			}
			return p.T("n/a")
		})
	}
	row(p.T("Read with care"), p.T("Caveat codes"), p.T("codes"), "warnings", func(s Scenario) string {
		codes := make([]string, len(s.Result.Warnings))
		for i, w := range s.Result.Warnings {
			codes[i] = w.Code
		}
		return strings.Join(codes, " ")
	})
	return f.write(rows)
}

// CashFlow writes the cash flow file of some scenarios: a row per month of each
// one's horizon (month, benefit, cost, net, cumulative), after a column naming
// the scenario when there are several. Each header cell is the column's
// identifier, the same in every language, and what it holds in the page's.
func (f File) CashFlow(scenarios ...Scenario) string {
	p, nf := f.P, format.New(f.Locale, f.Currency)
	cur := nf.Currency()
	header := []string{
		"month (" + p.T("month of the plan, from 1") + ")",
		"benefit (" + p.F("{currency}, gross profit credited in the month", "currency", cur) + ")",
		"cost (" + p.F("{currency}, training paid in the month", "currency", cur) + ")",
		"net (" + p.F("{currency}, benefit less cost", "currency", cur) + ")",
		"cumulative (" + p.F("{currency}, net benefit to the end of the month", "currency", cur) + ")",
	}
	named := len(scenarios) > 1
	if named {
		header = append([]string{"scenario (" + p.T("name") + ")"}, header...)
	}
	rows := [][]string{header}
	for _, s := range scenarios {
		for _, m := range calc.CashFlow(s.In, s.Result) {
			r := []string{nf.Plain(float64(m.N), 0), nf.Plain(m.Benefit, sigDigits), nf.Plain(m.Cost, sigDigits),
				nf.Plain(m.Net, sigDigits), nf.Plain(m.Cumulative, sigDigits)}
			if named {
				r = append([]string{neutral(s.Name)}, r...)
			}
			rows = append(rows, r)
		}
	}
	return f.write(rows)
}

// write writes rows as the locale's spreadsheet reads CSV.
func (f File) write(rows [][]string) string {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	if format.New(f.Locale, f.Currency).DecimalComma() {
		w.Comma = ';'
	}
	w.UseCRLF = true
	_ = w.WriteAll(rows) // writes to memory: no error
	return b.String()
}

// neutral is a text cell a spreadsheet reads as text: one that begins with a
// sign a spreadsheet takes for a formula ("=1+1", "@SUM(…)", "-2+3", "+1"), or
// with a tab or carriage return before one, gets an apostrophe before it.
func neutral(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// FileName is the name the figures file saved on day t gets:
// training-roi-2026-11-28.csv.
func FileName(t time.Time) string {
	return "training-roi-" + t.Format("2006-01-02") + ".csv"
}

// CompareFileName is the name a comparison's figures file saved on day t gets:
// training-roi-compare-2026-11-28.csv.
func CompareFileName(t time.Time) string {
	return "training-roi-compare-" + t.Format("2006-01-02") + ".csv"
}

// CashFlowFileName is the name the cash flow file saved on day t gets, of a
// comparison when compare: training-roi-cashflow-2026-11-28.csv,
// training-roi-compare-cashflow-2026-11-28.csv.
func CashFlowFileName(t time.Time, compare bool) string {
	if compare {
		return "training-roi-compare-cashflow-" + t.Format("2006-01-02") + ".csv"
	}
	return "training-roi-cashflow-" + t.Format("2006-01-02") + ".csv"
}

// groupTitles are the sections of the inputs: the form's groups.
var groupTitles = map[calc.Group]string{
	calc.GroupTeams: i18n.Later("Your teams"), calc.GroupLeads: i18n.Later("Leads and funnel"),
	calc.GroupCosts: i18n.Later("Costs"), calc.GroupAssumptions: i18n.Later("Assumptions"),
}

// sectionOf is the section of a result, by its name.
func sectionOf(name string) string {
	switch {
	case strings.HasPrefix(name, "factor_"):
		return i18n.Later("Team factors")
	case strings.HasPrefix(name, "sal") || strings.HasPrefix(name, "win_") || strings.HasPrefix(name, "customers_") ||
		name == "revenue_now" || name == "revenue_new":
		return i18n.Later("Funnel per year, now and with the planned training")
	case name == "annual_gain" || name == "effect_months" || name == "benefit" || strings.HasPrefix(name, "annual_cost") ||
		name == "cost" || name == "net":
		return i18n.Later("Cost and benefit")
	case strings.HasPrefix(name, "best_"):
		return i18n.Later("Recommendation")
	case strings.HasPrefix(name, "step_"):
		return i18n.Later("One day more or less")
	case strings.HasPrefix(name, "threshold_"):
		return i18n.Later("What you must believe")
	case strings.HasPrefix(name, "net_low_") || strings.HasPrefix(name, "net_high_"):
		return i18n.Later("Which numbers move your plan's net benefit most")
	}
	return i18n.Later("Headline results")
}

// outputLabel is what a result is called in p's language; a sensitivity end
// names its input.
func outputLabel(p i18n.Printer, o calc.Output) string {
	input := o.Input()
	if input == "" {
		return p.T(o.Label)
	}
	fd, _ := calc.FieldByName(input)
	return p.F(o.Label, "input", p.T(fd.Label))
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
