package report

import (
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// readCSV parses a report into its header row and its row of values, by name: the
// header cell "revenue_now (EUR per year)" gives name revenue_now.
func readCSV(t *testing.T, s string) (units, values map[string]string, header []string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want a header row and a row of values:\n%s", len(recs), s)
	}
	units, values = map[string]string{}, map[string]string{}
	for i, h := range recs[0] {
		name, unit, _ := strings.Cut(h, " (")
		if _, dup := values[name]; dup {
			t.Errorf("column %q twice", name)
		}
		units[name] = strings.TrimSuffix(unit, ")")
		values[name] = recs[1][i]
	}
	return units, values, recs[0]
}

func TestCSVCarriesThePageNumbers(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	s := CSV(in, r, "EUR")
	units, got, header := readCSV(t, s)
	if !strings.HasPrefix(s, "mkt_team (people),mkt_days (days per person per year),") || !strings.Contains(s, "\r\n") {
		t.Errorf("header row %q", strings.SplitN(s, "\n", 2)[0])
	}
	if n := len(calc.Fields) + 21; len(header) != n {
		t.Errorf("%d columns, want %d (every input and every result)", len(header), n)
	}
	for name, want := range map[string]string{
		"mqls": "200", "deal": "25000", "revenue_now": "3600000", "cost": "108000",
		"revenue_gain": num(r.RevenueGain), "lift": num(r.Lift.V), "roi": num(r.ROI.V), "breakeven": num(r.BreakEven.V),
	} {
		if got[name] != want {
			t.Errorf("%s = %q, want %s", name, got[name], want)
		}
	}
	for name, want := range map[string]string{
		"deal": "EUR per new customer", "day_cost": "EUR per person per day", "revenue_now": "EUR per year",
		"benefit": "EUR over the horizon", "net": "EUR over the horizon", "lift": "fraction", "roi": "%",
		"payback": "months", "mqls": "per month", "sal_rate": "%", "years": "years",
	} {
		if units[name] != want {
			t.Errorf("unit of %s = %q, want %q", name, units[name], want)
		}
	}
	for _, h := range header {
		if strings.Contains(h, "money") || strings.Contains(h, "USD") {
			t.Errorf("header %q: money must be in the scenario's currency", h)
		}
	}

	in.MktTarget, in.SalesTarget = 1, 2
	_, got, _ = readCSV(t, CSV(in, calc.Project(in), "USD"))
	if got["roi"] != "n/a" {
		t.Errorf("undefined ROI written as %q", got["roi"])
	}
}

// TestCSVIsPlainData: nothing in the file starts with a character that a
// spreadsheet takes for a formula, whatever the numbers.
func TestCSVIsPlainData(t *testing.T) {
	in := calc.Defaults()
	in.SalesTarget, in.MktTarget = 0, 0 // negative cost and net
	_, got, header := readCSV(t, CSV(in, calc.Project(in), "JPY"))
	for _, h := range header {
		if strings.ContainsAny(h[:1], "=+-@") {
			t.Errorf("header %q", h)
		}
	}
	for name, v := range got {
		if v == "n/a" {
			continue
		}
		if strings.HasPrefix(v, "=") || strings.HasPrefix(v, "+") || strings.HasPrefix(v, "@") {
			t.Errorf("%s = %q", name, v)
		}
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			t.Errorf("%s = %q is not a number: %v", name, v, err)
		}
	}
}
