package report

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

func TestCSVCarriesThePageNumbers(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	recs, err := csv.NewReader(strings.NewReader(CSV(in, r, "EUR"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "section,name,label,unit,value" {
		t.Fatalf("header %q", got)
	}
	got := map[string][]string{}
	for _, rec := range recs[1:] {
		got[rec[1]] = rec
	}
	for name, want := range map[string]string{
		"mqls": "200", "deal": "25000", "revenue_now": "3600000", "cost": "108000", "lift": num(r.Lift.V), "roi": num(r.ROI.V), "breakeven": num(r.BreakEven.V),
	} {
		if got[name] == nil || got[name][4] != want {
			t.Errorf("%s = %v, want %s", name, got[name], want)
		}
	}
	if got["deal"][3] != "EUR" || got["revenue_now"][3] != "EUR per year" {
		t.Errorf("currency units: %v %v", got["deal"], got["revenue_now"])
	}
	in.MktTarget, in.SalesTarget = 1, 2
	for _, rec := range Rows(in, calc.Project(in), "USD") {
		if rec.Name == "roi" && rec.Value != "n/a" {
			t.Errorf("undefined ROI written as %q", rec.Value)
		}
	}
}
