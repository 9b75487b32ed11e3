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

// readCSV parses a report into its rows of values by column name: the header cell
// "revenue_now (EUR per year)" gives name revenue_now, unit "EUR per year".
func readCSV(t *testing.T, s string) (units map[string]string, rows []map[string]string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	units = map[string]string{}
	for _, h := range recs[0] {
		name, unit, _ := strings.Cut(h, " (")
		if _, dup := units[name]; dup {
			t.Errorf("column %q twice", name)
		}
		units[name] = strings.TrimSuffix(unit, ")")
	}
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			name, _, _ := strings.Cut(h, " (")
			row[name] = rec[i]
		}
		rows = append(rows, row)
	}
	return units, rows
}

func TestCSVOfTheWorkedExample(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	s := CSV("EUR", i18n.Printer{}, Row(in, r))
	if !strings.HasPrefix(s, "mkt_team (people),mkt_days (days per person per year),") || !strings.Contains(s, "\r\n") {
		t.Errorf("header row %q", strings.SplitN(s, "\n", 2)[0])
	}
	units, rows := readCSV(t, s)
	if len(rows) != 1 {
		t.Fatalf("%d rows", len(rows))
	}
	got := rows[0]
	for name, want := range map[string]string{
		// The model's worked example, written out by hand.
		"mqls": "200", "deal": "25000", "revenue_now": "3600000", "cost": "108000", "net": "447376.5",
		"factor_mkt": "1.13", "factor_sales": "1.145", "annual_gain": "740502", "annual_cost_mkt": "36000",
		"annual_cost_sales": "72000", "effect_months": "9", "lift": "0.29385", "roi": "414.2375",
		"payback": "4.75016407788", "warnings": "beyond_study",
	} {
		if got[name] != want {
			t.Errorf("%s = %q, want %s", name, got[name], want)
		}
	}
	for name, want := range map[string]string{
		"deal": "EUR per new customer", "day_cost": "EUR per person per day", "revenue_now": "EUR per year",
		"benefit": "EUR over the horizon", "annual_cost_mkt": "EUR per year", "lift": "fraction", "roi": "%",
		"payback": "months", "mqls": "per month", "sal_rate": "%", "years": "years", "factor_mkt": "factor",
	} {
		if units[name] != want {
			t.Errorf("unit of %s = %q, want %q", name, units[name], want)
		}
	}
}

// Every value has at most 12 significant digits, none is -0, and undefined results
// say n/a; rows of several scenarios stack under one header.
func TestCSVValues(t *testing.T) {
	var rows [][]string
	for _, mod := range []func(*calc.Inputs){
		func(in *calc.Inputs) {},
		func(in *calc.Inputs) { in.DayCost, in.DayRate, in.MktTarget, in.SalesTarget = 0, 0, 1, 1 },
		func(in *calc.Inputs) { in.SALRate, in.WinRate, in.Confidence = 34.35, 17.3, 33.3 },
		func(in *calc.Inputs) { in.Lag = 12 },
		func(in *calc.Inputs) { in.Budget = 60000 },
	} {
		in := calc.Defaults()
		mod(&in)
		rows = append(rows, Row(in, calc.Project(in)))
	}
	_, got := readCSV(t, CSV("USD", i18n.Printer{}, rows...))
	if len(got) != len(rows) {
		t.Fatalf("%d rows, want %d", len(got), len(rows))
	}
	for i, row := range got {
		for name, v := range row {
			if name == "warnings" || v == "n/a" || name == "budget" && v == "" {
				continue
			}
			if v == "-0" {
				t.Errorf("row %d: %s is -0", i, name)
			}
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				t.Errorf("row %d: %s = %q is not a plain number", i, name, v)
			}
			if digits := strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(v), "0"); len(strings.TrimRight(digits, "0")) > 12 {
				t.Errorf("row %d: %s = %q has more than 12 significant digits", i, name, v)
			}
		}
	}
	if got[1]["cost"] != "0" || got[1]["roi"] != "n/a" || got[3]["payback"] != "n/a" {
		t.Errorf("cost %q roi %q payback %q", got[1]["cost"], got[1]["roi"], got[3]["payback"])
	}
	// No budget is an empty cell; the recommendation is in the row (model.md's
	// worked numbers: 9 and 5 days within 60,000 a year).
	if net, _ := strconv.ParseFloat(got[4]["best_net"], 64); got[0]["budget"] != "" || got[4]["budget"] != "60000" ||
		got[4]["best_mkt_target"] != "9" || got[4]["best_sales_target"] != "5" || math.Round(net*100) != 27094620 {
		t.Errorf("budget %q and %q, recommended %q, %q netting %q", got[0]["budget"], got[4]["budget"], got[4]["best_mkt_target"], got[4]["best_sales_target"], got[4]["best_net"])
	}
}

func TestFileName(t *testing.T) {
	if got := FileName(time.Date(2026, 11, 28, 23, 59, 0, 0, time.UTC)); got != "training-roi-2026-11-28.csv" {
		t.Errorf("FileName = %q", got)
	}
	if got := CompareFileName(time.Date(2026, 11, 28, 23, 59, 0, 0, time.UTC)); got != "training-roi-compare-2026-11-28.csv" {
		t.Errorf("CompareFileName = %q", got)
	}
}
