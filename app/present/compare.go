package present

import (
	"math"
	"strconv"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Run is one scenario of a comparison as the page computed it: the check of its
// inputs and, when OK, their projection.
type Run struct {
	Check  state.Check
	Result calc.Result
	OK     bool // the s is a scenario, every input is valid, and Result is its projection
}

// Comparison is everything the comparison page shows, formatted.
type Comparison struct {
	Caption string
	Columns []Column
	Differ  []InputRow  // the inputs that differ between the scenarios
	Same    []SameInput // the others, listed once
	Results []ResultRow
	// Problems are what is wrong with the address, per scenario and field, or as
	// a whole (too few or too many scenarios).
	Problems []Problem
	Notes    []string // what to bear in mind when reading the table
	// Chart is the scenarios' payback timelines, when at least two have results;
	// ChartNote says why there is none otherwise.
	Chart     chart.Timelines
	ChartNote string
	CSV       bool   // a scenario has results: the files to download have it
	CSVNote   string // which scenarios the files leave out, and why
	// Calculator is the address of the calculator with the comparison's display
	// settings.
	Calculator string
}

// Column is one scenario of the table.
type Column struct {
	N      int    // 1, 2…: the column's data-scenario
	Name   string // its n, or "Scenario N"
	Status string // "" when it has results; else why not, in a few words
	// Open is the calculator's address of the scenario, with the comparison's
	// display settings; "" when its s is no scenario.
	Open     string
	Warnings []CompareWarning
}

// CompareWarning is a caveat of one scenario: a title short enough for a table
// cell, and the whole text.
type CompareWarning struct {
	Code, Title, Text string
}

// InputRow is an input that differs between the scenarios.
type InputRow struct {
	Name, Label string
	Cells       []InputCell
}

// InputCell is a scenario's value of an input: formatted, or the text as given
// and what is wrong with it; "—" for a scenario whose s cannot be read.
type InputCell struct {
	Text, Error string
}

// SameInput is an input with the same value in every scenario.
type SameInput struct {
	Label, Text string
}

// ResultRow is one headline result across the scenarios.
type ResultRow struct {
	Name  string // the result's hook name
	Label string
	Rule  string // which value is best: "higher is better"…
	Cells []ResultCell
}

// ResultCell is a scenario's result. Out.Name is empty when the scenario has no
// results (its inputs are invalid or its s is no scenario).
type ResultCell struct {
	Out       Out
	Low, High Out  // the range, for lift and ROI; empty otherwise
	Range     Line // "range {low} to {high}", when there is a range
	Best      bool // the best value of the row (see bestOf)
}

// Problem is one thing wrong with a comparison's address.
type Problem struct {
	Scenario int    // 1, 2…; 0 for the address as a whole
	Field    string // the input's name; "" for the scenario or address as a whole
	Text     string
	Fix      string // the calculator's address to fix the scenario in; "" for none
}

// Which way a result is better.
type better int

const (
	higher better = iota
	lower
)

// compareRows are the headline results compared, in the table's order, with the
// rule that picks each row's best value: more lift, revenue, ROI, net benefit and
// benefit; an earlier payback; a lower break-even confidence (less of the study's
// effect has to hold); a lower cost.
var compareRows = []struct {
	name, label string
	better      better
	rule        string
	low, high   string
}{
	{"lift", i18n.Later("Lift in new-customer business"), higher, i18n.Later("higher is better"), "lift_low", "lift_high"},
	{"revenue_gain", i18n.Later("Extra new-customer revenue per year"), higher, i18n.Later("higher is better"), "", ""},
	{"roi", i18n.Later("Return on investment"), higher, i18n.Later("higher is better"), "roi_low", "roi_high"},
	{"payback", i18n.Later("Payback"), lower, i18n.Later("sooner is better"), "", ""},
	{"breakeven", i18n.Later("Break-even confidence"), lower, i18n.Later("lower is better"), "", ""},
	{"net", i18n.Later("Net benefit over the horizon"), higher, i18n.Later("higher is better"), "", ""},
	{"cost", i18n.Later("Cost over the horizon"), lower, i18n.Later("lower is better"), "", ""},
	{"benefit", i18n.Later("Benefit over the horizon"), higher, i18n.Later("higher is better"), "", ""},
}

// Compare describes a comparison whose scenarios the page ran (runs[i] is
// c.Scenarios[i]), in the comparison's own currency and format.
func Compare(c state.Comparison, p i18n.Printer, runs []Run) Comparison {
	f := format.New(c.Display.Locale, c.Display.Currency)
	out := Comparison{Calculator: state.Comparison{Display: c.Display}.CalculatorPath()}
	outs := make([]map[string]Out, len(runs))
	var valid []int // the scenarios with results
	for i, sc := range c.Scenarios {
		col := Column{N: i + 1, Name: columnName(p, i, sc.Name)}
		if sc.Problem == "" {
			col.Open = state.Scenario{Form: sc.Form, Display: c.Display}.Path()
		}
		switch r := runs[i]; {
		case sc.Problem != "":
			col.Status = p.T("cannot be read")
		case !r.OK:
			col.Status = p.T("inputs to fix")
		default:
			valid = append(valid, i)
			outs[i] = outputs(p, f, r.Check.Inputs, &runs[i].Result)
			for _, w := range r.Result.Warnings {
				col.Warnings = append(col.Warnings, CompareWarning{Code: w.Code, Title: warningTitle(p, w.Code), Text: warningText(p, f, w)})
			}
		}
		out.Columns = append(out.Columns, col)
	}
	out.Problems = linkProblems(c, p, runs)
	out.Differ, out.Same = inputRows(p, f, c, runs)
	for _, row := range compareRows {
		rr := ResultRow{Name: row.name, Label: p.T(row.label), Rule: p.T(row.rule), Cells: make([]ResultCell, len(runs))}
		for _, i := range valid {
			cell := ResultCell{Out: outs[i][row.name]}
			if row.low != "" {
				cell.Low, cell.High = outs[i][row.low], outs[i][row.high]
				cell.Range = RangeLine(p, cell.Low, cell.High)
			}
			rr.Cells[i] = cell
		}
		markBest(rr.Cells, valid, row.better)
		out.Results = append(out.Results, rr)
	}

	out.Caption = p.T("One column per scenario: the inputs that differ, then the results.")
	if len(valid) >= 2 {
		out.Caption = p.Sentences(out.Caption, p.T("The best value of each result is marked “best”; the rule is under its name."))
	}
	out.Notes = horizonNote(p, f, runs, valid)
	out.CSV = len(valid) > 0
	if left := len(c.Scenarios) - len(valid); left > 0 {
		var names []string
		for _, col := range out.Columns {
			if col.Status != "" {
				names = append(names, scenarioLabel(p, col.N-1, c.Scenarios[col.N-1].Name, false))
			}
		}
		out.CSVNote = p.N("The files to download hold each scenario with results: {scenarios} is left out until fixed.",
			"The files to download hold each scenario with results: {scenarios} are left out until fixed.", float64(left), "scenarios", p.List(names))
	}
	if len(valid) >= 2 {
		for _, i := range valid {
			r := runs[i].Result
			tl := chart.Timeline{Name: out.Columns[i].Name, PaysBack: r.Payback.OK, Month: r.Payback.V, Path: make([]chart.Point, len(r.Path))}
			for j, p := range r.Path {
				tl.Path[j] = chart.Point{X: p.T, Y: p.Net}
			}
			out.Chart.Series = append(out.Chart.Series, tl)
		}
	} else if len(c.Scenarios) > 0 {
		out.ChartNote = p.T("The chart needs two scenarios with results.")
	}
	return out
}

// columnName is a scenario's name, or "Scenario N" when it has none.
func columnName(p i18n.Printer, i int, name string) string {
	if name != "" {
		return name
	}
	return p.F("Scenario {n}", "n", strconv.Itoa(i+1))
}

// scenarioLabel names a scenario by number, and by name if it has one: at the
// start of a sentence ("Scenario 2 (“Typo”)") or within one ("scenario 2").
func scenarioLabel(p i18n.Printer, i int, name string, first bool) string {
	n := strconv.Itoa(i + 1)
	switch {
	case first && name != "":
		return p.F("Scenario {n} (“{name}”)", "n", n, "name", name)
	case first:
		return p.F("Scenario {n}", "n", n)
	case name != "":
		return p.F("scenario {n} (“{name}”)", "n", n, "name", name)
	}
	return p.F("scenario {n}", "n", n)
}

// linkProblems says what is wrong with the address: the number of scenarios,
// each s that is no scenario, and each invalid input with the calculator's own
// message, in the order of the form.
func linkProblems(c state.Comparison, p i18n.Printer, runs []Run) []Problem {
	var ps []Problem
	switch n := len(c.Scenarios) + len(c.Extra); {
	case n == 1:
		ps = append(ps, Problem{Text: p.T("This link names one scenario: a comparison needs 2 to 4.")})
	case n > state.MaxCompared:
		left := make([]string, len(c.Extra))
		for i, x := range c.Extra {
			left[i] = scenarioLabel(p, state.MaxCompared+i, x.Name, false)
		}
		ps = append(ps, Problem{Text: p.N("This link names {n} scenarios, and a comparison shows at most 4: {left} is left out.",
			"This link names {n} scenarios, and a comparison shows at most 4: {left} are left out.", float64(len(left)),
			"n", strconv.Itoa(n), "left", p.List(left))})
	}
	for i, sc := range c.Scenarios {
		if sc.Problem != "" {
			ps = append(ps, Problem{Scenario: i + 1, Text: p.F("{scenario}: {problem}", "scenario", scenarioLabel(p, i, sc.Name, true), "problem", p.T(string(sc.Problem)))})
			continue
		}
		fix := state.Scenario{Form: sc.Form, Display: c.Display}.Path()
		for _, fd := range calc.Fields {
			if prob, bad := runs[i].Check.Errs[fd.Name]; bad {
				ps = append(ps, Problem{Scenario: i + 1, Field: fd.Name, Fix: fix,
					Text: p.F("{scenario}: {field}: {problem}", "scenario", scenarioLabel(p, i, sc.Name, true), "field", p.T(fd.Label), "problem", prob.In(p))})
			}
		}
	}
	return ps
}

// inputRows splits the inputs into those that differ between the scenarios (or
// are invalid in one) and those the same in all.
func inputRows(p i18n.Printer, f format.Format, c state.Comparison, runs []Run) (differ []InputRow, same []SameInput) {
	for _, fd := range calc.Fields {
		var cells []InputCell
		keys := map[string]bool{}
		bad := false
		for i, sc := range c.Scenarios {
			if sc.Problem != "" {
				cells = append(cells, InputCell{Text: "—"})
				continue
			}
			text := sc.Form.Get(fd.Name)
			if prob, isBad := runs[i].Check.Errs[fd.Name]; isBad {
				bad = true
				keys["\x00"+text] = true
				cells = append(cells, InputCell{Text: text, Error: prob.In(p)})
				continue
			}
			v := *fd.Of(&runs[i].Check.Inputs)
			keys[state.Text(v)] = true
			cells = append(cells, InputCell{Text: inputText(p, f, fd, v)})
		}
		switch {
		case len(keys) == 0:
		case len(keys) > 1 || bad:
			differ = append(differ, InputRow{Name: fd.Name, Label: p.T(fd.Label), Cells: cells})
		default:
			for _, cell := range cells {
				if cell.Text != "—" {
					same = append(same, SameInput{Label: p.T(fd.Label), Text: cell.Text})
					break
				}
			}
		}
	}
	return differ, same
}

// inputText is an input's value with its unit, as a reader writes it.
func inputText(p i18n.Printer, f format.Format, fd calc.Field, v float64) string {
	if fd.Optional && math.IsInf(v, 1) {
		return p.T("no limit")
	}
	n := f.Trim(v, 2)
	switch fd.Unit {
	case "money":
		return f.Money(v)
	case "%":
		return f.TrimPercent(v, 2)
	case "per month":
		return p.F("{n} a month", "n", n)
	case "years":
		return years(p, f, v)
	case "days":
		return p.N("{n} day", "{n} days", v, "n", n)
	case "people":
		return people(p, f, v)
	case "months":
		return months(p, f, v, 2)
	}
	return n
}

// markBest marks the best value of a row among the scenarios with results: the
// highest or lowest defined value, and every scenario whose value reads the same
// on the page (4.8 months and 4.8 months are a tie, whatever the digits beyond).
// n/a is never best. Nothing is marked when fewer than two scenarios have
// results, or when they all read the same: there is nothing to choose between.
func markBest(cells []ResultCell, valid []int, b better) {
	if len(valid) < 2 {
		return
	}
	best := -1
	for _, i := range valid {
		if o := cells[i].Out; !o.NA() {
			v := mustParse(o.Value)
			if best < 0 || (b == higher && v > mustParse(cells[best].Out.Value)) || (b == lower && v < mustParse(cells[best].Out.Value)) {
				best = i
			}
		}
	}
	if best < 0 {
		return
	}
	text, distinct := cells[best].Out.Text, false
	for _, i := range valid {
		distinct = distinct || cells[i].Out.Text != text
	}
	for _, i := range valid {
		cells[i].Best = distinct && cells[i].Out.Text == text
	}
}

func mustParse(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// horizonNote says so when the scenarios' horizons differ: their net benefit,
// cost and benefit then cover different years.
func horizonNote(p i18n.Printer, f format.Format, runs []Run, valid []int) []string {
	seen := map[float64]bool{}
	var ys []string
	for _, i := range valid {
		y := runs[i].Check.Inputs.Years
		if !seen[y] {
			seen[y] = true
			ys = append(ys, f.Trim(y, 0))
		}
	}
	if len(ys) < 2 {
		return nil
	}
	return []string{p.F("The horizons differ ({years} years): each scenario's net benefit, cost and benefit cover its own horizon.", "years", p.List(ys))}
}
