package present

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// runComparison is the comparison page of a query string, as a visitor whose
// browser says nothing of their language sees it.
func runComparison(raw string) (state.Comparison, []Run, Comparison) {
	v := ComparePage(raw, Env{})
	return v.Comparison, v.Runs, v.View
}

func sq(query string) string { return "s=" + url.QueryEscape(query) }

// The manager's three plans: 8 days for sales only, 6 and 10 days for everyone.
var threePlans = sq("mkt_target=2&sales_target=8") + "&n=8+days+for+sales&" +
	sq("mkt_target=6&sales_target=6") + "&n=6+days+for+everyone&" + sq("mkt_target=10&sales_target=10") + "&n=10+days+for+everyone"

// Every result cell holds calc's number for its scenario, as the page hooks write it.
func TestCompareValuesAreCalcs(t *testing.T) {
	_, runs, cmp := runComparison(threePlans)
	if len(cmp.Columns) != 3 || len(cmp.Results) != len(compareRows) {
		t.Fatalf("%d columns, %d rows", len(cmp.Columns), len(cmp.Results))
	}
	for _, row := range cmp.Results {
		for i, cell := range row.Cells {
			for _, o := range []Out{cell.Out, cell.Low, cell.High} {
				if o.Name == "" {
					continue
				}
				def, _ := calc.OutputByName(o.Name)
				v := def.Of(&runs[i].Result)
				want := "n/a"
				if v.OK {
					want = format.Raw(v.V, -1)
				}
				if o.Value != want {
					t.Errorf("scenario %d, %s: data-value %q, calc says %s", i+1, o.Name, o.Value, want)
				}
			}
		}
		if row.Name == "roi" && (row.Cells[0].Low.Name != "roi_low" || row.Cells[0].High.Name != "roi_high") {
			t.Errorf("the ROI row has no range: %+v", row.Cells[0])
		}
	}
	if got := []string{cmp.Columns[0].Name, cmp.Columns[1].Name, cmp.Columns[2].Name}; !slices.Equal(got, []string{"8 days for sales", "6 days for everyone", "10 days for everyone"}) {
		t.Errorf("column names %v", got)
	}
}

func best(row ResultRow) []int {
	var out []int
	for i, c := range row.Cells {
		if c.Best {
			out = append(out, i+1)
		}
	}
	return out
}

func row(cmp Comparison, name string) ResultRow {
	for _, r := range cmp.Results {
		if r.Name == name {
			return r
		}
	}
	return ResultRow{}
}

// The best value of each row: higher lift, revenue, ROI, net and benefit; sooner
// payback; lower break-even and cost.
func TestCompareBestByRule(t *testing.T) {
	_, runs, cmp := runComparison(threePlans)
	for _, r := range compareRows {
		var vals []float64
		for i := range runs {
			o, _ := calc.OutputByName(r.name)
			vals = append(vals, o.Of(&runs[i].Result).V)
		}
		pick := slices.Max(vals)
		if r.better == lower {
			pick = slices.Min(vals)
		}
		// Every scenario whose value reads as the best one's is marked.
		r0 := row(cmp, r.name)
		pickText := r0.Cells[slices.Index(vals, pick)].Out.Text
		var want []int
		for i := range vals {
			if r0.Cells[i].Out.Text == pickText {
				want = append(want, i+1)
			}
		}
		if got := best(row(cmp, r.name)); !slices.Equal(got, want) {
			t.Errorf("%s (%s): best %v, want %v of %v", r.name, r.rule, got, want, vals)
		}
	}
	// The ones the brief names, spelled out for these plans.
	// 8 days for sales only costs as much as 6 days for everyone: both cheapest.
	// 6 and 10 days for everyone both pay back in 4.8 months as shown.
	for name, want := range map[string][]int{"cost": {1, 2}, "payback": {2, 3}, "breakeven": {3}, "lift": {3}, "benefit": {3}} {
		if got := best(row(cmp, name)); !slices.Equal(got, want) {
			t.Errorf("%s: best %v, want %v", name, got, want)
		}
	}
}

func TestCompareBestTiesAndGaps(t *testing.T) {
	cell := func(v string) ResultCell { return ResultCell{Out: Out{Name: "x", Value: v, Text: v}} }
	for _, c := range []struct {
		name   string
		values []string
		valid  []int
		b      better
		want   []int
	}{
		{"ties are all marked", []string{"5", "9", "9"}, []int{0, 1, 2}, higher, []int{2, 3}},
		{"lower wins", []string{"5", "9", "5"}, []int{0, 1, 2}, lower, []int{1, 3}},
		{"values that read the same are a tie", []string{"4.8 months", "4.8 months", "5.4 months"}, []int{0, 1, 2}, lower, []int{1, 2}},
		{"n/a is never best", []string{"n/a", "3", "4"}, []int{0, 1, 2}, lower, []int{2}},
		{"a value beats n/a", []string{"n/a", "7"}, []int{0, 1}, higher, []int{2}},
		{"all n/a: none", []string{"n/a", "n/a"}, []int{0, 1}, higher, nil},
		{"all equal: none", []string{"4", "4", "4"}, []int{0, 1, 2}, higher, nil},
		{"one scenario with results: none", []string{"4", "", "9"}, []int{0}, higher, nil},
		{"scenarios without results are left out", []string{"4", "", "2"}, []int{0, 2}, higher, []int{1}},
	} {
		cells := make([]ResultCell, len(c.values))
		for i, v := range c.values {
			if v != "" {
				cells[i] = cell(v)
			}
		}
		if c.name == "values that read the same are a tie" {
			cells[0].Out.Value, cells[1].Out.Value, cells[2].Out.Value = "4.750164", "4.808159", "5.3645"
		}
		markBest(cells, c.valid, c.b)
		if got := best(ResultRow{Cells: cells}); !slices.Equal(got, c.want) {
			t.Errorf("%s: best %v, want %v", c.name, got, c.want)
		}
	}
}

// Inputs that differ are rows; the others are listed once, in the address's
// currency and format.
func TestCompareInputs(t *testing.T) {
	_, _, cmp := runComparison(threePlans + "&currency=EUR&locale=de-DE")
	var differ []string
	for _, r := range cmp.Differ {
		differ = append(differ, r.Name)
	}
	if !slices.Equal(differ, []string{"mkt_target", "sales_target"}) {
		t.Errorf("inputs that differ: %v", differ)
	}
	if got := cmp.Differ[1].Cells[0].Text; got != "8 days" {
		t.Errorf("sales_target of plan 1 shows %q", got)
	}
	if len(cmp.Same) != len(calc.Fields)-2 {
		t.Errorf("%d inputs listed once, want %d", len(cmp.Same), len(calc.Fields)-2)
	}
	for _, s := range cmp.Same {
		if s.Label == "Revenue per new customer" && s.Text != "25.000\u00a0€" {
			t.Errorf("deal shows %q, want 25.000 € (de-DE, EUR)", s.Text)
		}
	}
	if o := row(cmp, "net").Cells[0].Out; !strings.Contains(o.Text, "€") {
		t.Errorf("net shows %q, want euros", o.Text)
	}
	if open := cmp.Columns[0].Open; open != "/?mkt_target=2&sales_target=8&currency=EUR&locale=de-DE" {
		t.Errorf("open link %q", open)
	}
	if cmp.Calculator != "/?currency=EUR&locale=de-DE" {
		t.Errorf("calculator link %q", cmp.Calculator)
	}
}

// A bad link says which scenario and which field, with the calculator's message,
// and the scenarios that can be computed still are.
func TestCompareProblems(t *testing.T) {
	_, _, cmp := runComparison(sq("mqls=500") + "&n=Good&" + sq("win_rate=101") + "&n=Typo&s=%zz&" + sq("mqls=1") + "&" + sq("mqls=2"))
	texts := func() []string {
		var out []string
		for _, p := range cmp.Problems {
			out = append(out, p.Text)
		}
		return out
	}()
	want := []string{
		"This link names 5 scenarios, and a comparison shows at most 4: scenario 5 is left out.",
		"Scenario 2 (“Typo”): Win rate: Enter a number from 0 to 100 (percent).",
		"Scenario 3: " + string(state.ErrCompareUnreadable),
	}
	if !slices.Equal(texts, want) {
		t.Errorf("problems\n  %q\nwant\n  %q", texts, want)
	}
	if p := cmp.Problems[1]; p.Scenario != 2 || p.Field != "win_rate" || p.Fix != "/?win_rate=101" {
		t.Errorf("the field's problem: %+v", p)
	}
	if st := []string{cmp.Columns[0].Status, cmp.Columns[1].Status, cmp.Columns[2].Status}; !slices.Equal(st, []string{"", "inputs to fix", "cannot be read"}) {
		t.Errorf("statuses %q", st)
	}
	if cmp.Columns[2].Open != "" {
		t.Errorf("a scenario that cannot be read has a link: %q", cmp.Columns[2].Open)
	}
	// Results for the scenarios that have them, none for the others.
	if r := row(cmp, "roi"); r.Cells[0].Out.Name != "roi" || r.Cells[1].Out.Name != "" || r.Cells[2].Out.Name != "" {
		t.Errorf("roi cells %+v", r.Cells)
	}
	// The invalid field is a row, with its text and message.
	var found bool
	for _, r := range cmp.Differ {
		if r.Name == "win_rate" {
			found = r.Cells[1].Text == "101" && strings.Contains(r.Cells[1].Error, "from 0 to 100") && r.Cells[2].Text == "—"
		}
	}
	if !found {
		t.Errorf("win_rate is not shown as invalid: %+v", cmp.Differ)
	}
	if !cmp.CSV || !strings.Contains(cmp.CSVNote, "scenario 2 (“Typo”) and scenario 3 are left out") {
		t.Errorf("CSV %v, note %q", cmp.CSV, cmp.CSVNote)
	}
	if cmp.ChartNote != "" || len(cmp.Chart.Series) != 2 || cmp.Chart.Series[0].Name != "Good" || cmp.Chart.Series[1].Name != "Scenario 4" {
		t.Errorf("two scenarios with results: chart %+v, note %q", cmp.Chart.Series, cmp.ChartNote)
	}
	_, _, lone := runComparison(sq("mqls=500") + "&" + sq("mqls=-1"))
	if lone.ChartNote == "" || len(lone.Chart.Series) != 0 {
		t.Errorf("one scenario with results: chart %d series, note %q", len(lone.Chart.Series), lone.ChartNote)
	}

	_, _, one := runComparison(sq("mqls=500"))
	if len(one.Problems) != 1 || !strings.Contains(one.Problems[0].Text, "names one scenario") {
		t.Errorf("one scenario: %+v", one.Problems)
	}
	_, _, none := runComparison("")
	if len(none.Problems) != 0 || len(none.Columns) != 0 || none.CSV || none.ChartNote != "" {
		t.Errorf("no scenario: %+v", none)
	}
}

// The chart draws every scenario with results, named as its column, and says
// when horizons differ.
func TestCompareChart(t *testing.T) {
	_, runs, cmp := runComparison(threePlans + "&" + sq("years=2&lag=4") + "&n=Two+years")
	if len(cmp.Chart.Series) != 4 || cmp.Chart.Series[3].Name != "Two years" || cmp.ChartNote != "" {
		t.Fatalf("chart %+v", cmp.Chart)
	}
	if s := cmp.Chart.Series[3]; !s.PaysBack || s.Month != runs[3].Result.Payback.V || len(s.Path) != len(runs[3].Result.Path) {
		t.Errorf("series %+v", s)
	}
	if _, err := cmp.Chart.Draw(chart.Options{}); err != nil {
		t.Errorf("the chart does not draw: %v", err)
	}
	if len(cmp.Notes) != 1 || !strings.Contains(cmp.Notes[0], "1 and 2 years") {
		t.Errorf("notes %q", cmp.Notes)
	}
}

// A budget left empty is no limit, in words, beside one that is set.
func TestCompareBudget(t *testing.T) {
	_, _, cmp := runComparison(sq("budget=60000") + "&" + sq("mkt_team=5"))
	var row *InputRow
	for i := range cmp.Differ {
		if cmp.Differ[i].Name == "budget" {
			row = &cmp.Differ[i]
		}
	}
	if row == nil || row.Cells[0].Text != "$60,000" || row.Cells[1].Text != "no limit" {
		t.Errorf("the budget row is %+v, want $60,000 and no limit", row)
	}
	_, _, cmp = runComparison(sq("mkt_team=5") + "&" + sq("mkt_team=6"))
	for _, s := range cmp.Same {
		if s.Label == "Budget for more training" && s.Text != "no limit" {
			t.Errorf("the same budget reads %q, want no limit", s.Text)
		}
	}
}
