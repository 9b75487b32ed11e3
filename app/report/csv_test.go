package report

import (
	"encoding/csv"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// read parses a file as a spreadsheet of the locale would: a byte order mark,
// then CSV with the locale's delimiter.
func read(t *testing.T, s string, delim rune) [][]string {
	t.Helper()
	body, ok := strings.CutPrefix(s, "\ufeff")
	if !ok {
		t.Fatalf("no UTF-8 byte order mark: %q", s[:min(len(s), 20)])
	}
	if !strings.Contains(body, "\r\n") {
		t.Error("lines do not end in CRLF")
	}
	r := csv.NewReader(strings.NewReader(body))
	r.Comma = delim
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("not CSV with %q: %v", delim, err)
	}
	return recs
}

// number reads a cell as a spreadsheet with the decimal mark does.
func number(t *testing.T, cell string, decimal string) float64 {
	t.Helper()
	if strings.ContainsAny(cell, " .,") && !strings.Contains(cell, decimal) || strings.Count(cell, decimal) > 1 {
		t.Errorf("%q is not a plain number with the decimal mark %q", cell, decimal)
	}
	v, err := strconv.ParseFloat(strings.Replace(cell, decimal, ".", 1), 64)
	if err != nil {
		t.Errorf("%q is not a number: %v", cell, err)
	}
	return v
}

// figures reads a figures file into its rows by identifier (the last column),
// each the row's cells, and the header.
func figures(t *testing.T, recs [][]string) (header []string, byID map[string][]string) {
	t.Helper()
	byID = map[string][]string{}
	for _, r := range recs[1:] {
		id := r[len(r)-1]
		if _, dup := byID[id]; dup {
			t.Errorf("identifier %q twice", id)
		}
		if len(r) != len(recs[0]) {
			t.Errorf("row %q has %d cells, the header %d", id, len(r), len(recs[0]))
		}
		byID[id] = r
	}
	return recs[0], byID
}

func TestFiguresOfTheWorkedExample(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	for _, c := range []struct {
		locale  string
		delim   rune
		decimal string
	}{{"en-US", ',', "."}, {"de-DE", ';', ","}, {"fr-FR", ';', ","}, {"es-ES", ';', ","}, {"nl-NL", ';', ","}, {"ja-JP", ',', "."}, {"en-GB", ',', "."}} {
		s := File{P: i18n.Printer{}, Currency: "EUR", Locale: c.locale}.Figures(Scenario{Link: "https://roi.example/?mkt_team=5", In: in, Result: r})
		header, rows := figures(t, read(t, s, c.delim))
		if strings.Join(header, "|") != "Section|Figure|Value|Unit|Identifier" {
			t.Errorf("%s: header %q", c.locale, header)
		}
		// The model's worked example, written out by hand.
		for id, want := range map[string]float64{
			"mqls": 200, "deal": 25000, "revenue_now": 3600000, "cost": 108000, "net": 447376.5,
			"factor_mkt": 1.13, "factor_sales": 1.145, "annual_gain": 740502, "annual_cost_mkt": 36000,
			"annual_cost_sales": 72000, "effect_months": 9, "lift": 0.29385, "roi": 414.2375, "payback": 4.75016407788,
		} {
			if got := number(t, rows[id][2], c.decimal); got != want {
				t.Errorf("%s: %s = %q, want %v", c.locale, id, rows[id][2], want)
			}
		}
		for id, want := range map[string][]string{
			"mkt_team":          {"Your teams", "Marketing team", "people"},
			"deal":              {"Leads and funnel", "Revenue per new customer", "EUR per new customer"},
			"day_cost":          {"Costs", "Direct cost per training day", "EUR per person per day"},
			"confidence":        {"Assumptions", "Confidence", "%"},
			"revenue_now":       {"Funnel per year, now and with the planned training", "New-customer revenue now", "EUR per year"},
			"benefit":           {"Cost and benefit", "Benefit (gross profit) over the horizon", "EUR over the horizon"},
			"lift":              {"Headline results", "Lift in new-customer business", "fraction"},
			"best_roi":          {"Recommendation", "Return on investment of the recommended plan", "%"},
			"net_low_mqls":      {"Which numbers move your plan's net benefit most", "Net benefit with MQLs per month at half its value", "EUR over the horizon"},
			"threshold_lag":     {"What you must believe", "Longest lag for the plan to pay", "months"},
			"warnings":          {"Read with care", "Caveat codes", "codes"},
			"url":               {"Scenario", "Link", ""},
			"step_mkt_more_net": {"One day more or less", "Marketing, one day more: change in net benefit", "EUR over the horizon"},
		} {
			got := rows[id]
			if got == nil || got[0] != want[0] || got[1] != want[1] || got[3] != want[2] {
				t.Errorf("%s: row %s is %q, want section, label, unit %q", c.locale, id, got, want)
			}
		}
		if rows["warnings"][2] != "beyond_study" || rows["url"][2] != "https://roi.example/?mkt_team=5" || rows["budget"][2] != "" {
			t.Errorf("%s: warnings %q, url %q, budget %q", c.locale, rows["warnings"][2], rows["url"][2], rows["budget"][2])
		}
		// Every input and result has its row, under its identifier.
		if len(rows) != len(calc.Fields)+len(calc.Outputs)+2 {
			t.Errorf("%s: %d rows, want %d", c.locale, len(rows), len(calc.Fields)+len(calc.Outputs)+2)
		}
	}
}

// Every value has at most 12 significant digits, none is -0, undefined results
// say n/a, and the scenarios of a comparison are columns headed by their names,
// those that a spreadsheet would read as a formula neutralised.
func TestFiguresOfSeveralScenarios(t *testing.T) {
	var scs []Scenario
	names := []string{"=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "Plain", "\tTab"}
	for i, mod := range []func(*calc.Inputs){
		func(in *calc.Inputs) {},
		func(in *calc.Inputs) { in.DayCost, in.DayRate, in.MktTarget, in.SalesTarget = 0, 0, 1, 1 },
		func(in *calc.Inputs) { in.SALRate, in.WinRate, in.Confidence = 34.35, 17.3, 33.3 },
		func(in *calc.Inputs) { in.Lag = 12 },
		func(in *calc.Inputs) { in.Budget = 60000 },
		func(in *calc.Inputs) { in.MktTarget = 1 },
	} {
		in := calc.Defaults()
		mod(&in)
		scs = append(scs, Scenario{Name: names[i], In: in, Result: calc.Project(in)})
	}
	header, rows := figures(t, read(t, File{P: i18n.Printer{}, Currency: "USD", Locale: "de-DE"}.Figures(scs...), ';'))
	for i, n := range names {
		want := "'" + n
		if n == "Plain" {
			want = n
		}
		if header[2+i] != want {
			t.Errorf("column %d is headed %q, want %q", i+1, header[2+i], want)
		}
	}
	for id, row := range rows {
		if id == "warnings" || id == "url" {
			continue
		}
		for i, v := range row[2 : 2+len(scs)] {
			if v == "n/a" || id == "budget" && v == "" {
				continue
			}
			if v == "-0" {
				t.Errorf("scenario %d: %s is -0", i+1, id)
			}
			number(t, v, ",")
			if digits := strings.TrimLeft(strings.NewReplacer("-", "", ",", "").Replace(v), "0"); len(strings.TrimRight(digits, "0")) > 12 {
				t.Errorf("scenario %d: %s = %q has more than 12 significant digits", i+1, id, v)
			}
		}
	}
	if rows["cost"][3] != "0" || rows["roi"][3] != "n/a" || rows["payback"][5] != "n/a" {
		t.Errorf("cost %q roi %q payback %q", rows["cost"][3], rows["roi"][3], rows["payback"][5])
	}
	// No budget is an empty cell; the recommendation is in the row (model.md's
	// worked numbers: 9 and 5 days within 60,000 a year).
	if net := number(t, rows["best_net"][6], ","); rows["budget"][2] != "" || rows["budget"][6] != "60000" ||
		rows["best_mkt_target"][6] != "9" || rows["best_sales_target"][6] != "5" || math.Round(net*100) != 27094620 {
		t.Errorf("budget %q and %q, recommended %q, %q netting %q", rows["budget"][2], rows["budget"][6], rows["best_mkt_target"][6], rows["best_sales_target"][6], rows["best_net"][6])
	}
	if got := number(t, rows["sal_rate"][4], ","); got != 34.35 {
		t.Errorf("sal_rate of scenario 3 = %v, want 34.35", got)
	}
}

// The cash flow file: a row per month, whose figures add up to the projection's;
// the comparison's names each scenario.
func TestCashFlowFile(t *testing.T) {
	in := calc.Defaults()
	two := calc.Defaults()
	two.Years, two.Lag = 2, 4.5
	scs := []Scenario{{Name: "Plan", In: in, Result: calc.Project(in)}, {Name: "=2 years", In: two, Result: calc.Project(two)}}

	recs := read(t, File{P: i18n.Printer{}, Currency: "EUR", Locale: "en-US"}.CashFlow(scs[0]), ',')
	want := []string{"month (month of the plan, from 1)", "benefit (EUR, gross profit credited in the month)", "cost (EUR, training paid in the month)",
		"net (EUR, benefit less cost)", "cumulative (EUR, net benefit to the end of the month)"}
	if strings.Join(recs[0], "|") != strings.Join(want, "|") {
		t.Errorf("header %q, want %q", recs[0], want)
	}
	if len(recs) != 13 {
		t.Fatalf("%d rows, want a header and 12 months", len(recs))
	}
	if strings.Join(recs[1], "|") != "1|0|108000|-108000|-108000" || strings.Join(recs[4], "|") != "4|61708.5|0|61708.5|-46291.5" ||
		recs[12][4] != "447376.5" {
		t.Errorf("months 1, 4 and 12: %q, %q, %q", recs[1], recs[4], recs[12])
	}

	recs = read(t, File{P: i18n.Printer{}, Currency: "EUR", Locale: "fr-FR"}.CashFlow(scs...), ';')
	if recs[0][0] != "scenario (name)" || len(recs) != 1+12+24 {
		t.Fatalf("header %q, %d rows; want a scenario column and 36 months", recs[0], len(recs)-1)
	}
	var sum [2]float64
	for _, r := range recs[1:] {
		i := 0
		if r[0] == "'=2 years" {
			i = 1
		} else if r[0] != "Plan" {
			t.Fatalf("scenario %q", r[0])
		}
		sum[i] += number(t, r[4], ",")
	}
	for i, s := range scs {
		if math.Abs(sum[i]-s.Result.Net) > 1e-6 {
			t.Errorf("%s: the months net %v, the projection %v", s.Name, sum[i], s.Result.Net)
		}
	}
	if got := number(t, recs[len(recs)-1][5], ","); math.Abs(got-scs[1].Result.Net) > 1e-6 {
		t.Errorf("the second scenario ends at %v, want its net %v", got, scs[1].Result.Net)
	}
}

func TestFileName(t *testing.T) {
	day := time.Date(2026, 11, 28, 23, 59, 0, 0, time.UTC)
	for got, want := range map[string]string{
		FileName(day): "training-roi-2026-11-28.csv", CompareFileName(day): "training-roi-compare-2026-11-28.csv",
		CashFlowFileName(day, false): "training-roi-cashflow-2026-11-28.csv", CashFlowFileName(day, true): "training-roi-compare-cashflow-2026-11-28.csv",
	} {
		if got != want {
			t.Errorf("file name %q, want %q", got, want)
		}
	}
}
