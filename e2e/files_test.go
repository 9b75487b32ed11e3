//go:build !wasm

package e2e

// The files a finance team opens (issue 23): read back as a spreadsheet of the
// page's number format reads them, checked against calc.

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trainingroi/calculator/calc"
)

func TestFinanceFiles(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale string
		sheet  spreadsheet
	}{{"de-DE", commaSheet}, {"fr-FR", commaSheet}, {"en-US", dotSheet}, {"ja-JP", dotSheet}} {
		t.Run(c.locale, func(t *testing.T) {
			t.Parallel()
			query := "mkt_target=6&sales_target=8&mqls=500&deal=3000.5&years=2"
			in := inputsFromQuery(t, query)
			r := calc.Project(in)
			p := newPage(t)
			dir := t.TempDir()
			p.allowDownloads(dir)
			p.openOK("/?" + query + "&currency=EUR&lang=en&locale=" + c.locale)

			// The figures: a row per figure, section, label, value, unit, identifier.
			p.click("download-csv")
			f := readFigures(t, c.sheet, waitDownload(t, dir, "training-roi-"+time.Now().Format("2006-01-02")+".csv"))
			if want := []string{"Section", "Figure", "Value", "Unit", "Identifier"}; !slices.Equal(f.header, want) {
				t.Errorf("header %q, want %q", f.header, want)
			}
			var ids []string
			for _, fd := range calc.Fields {
				ids = append(ids, fd.Name)
			}
			for _, o := range calc.Outputs {
				ids = append(ids, o.Name)
			}
			if want := append(append([]string{"url"}, ids...), "warnings"); !slices.Equal(f.order, want) {
				t.Errorf("the rows' identifiers are %q, want %q", f.order, want)
			}
			for _, id := range f.order {
				row := f.rows[id]
				if row[0] == "" || row[1] == "" || row[1] == id {
					t.Errorf("row %s has no readable section and label: %q", id, row)
				}
			}
			if got := f.rows["deal"]; got[1] != "Revenue per new customer" || got[3] != "EUR per new customer" || c.sheet.number(t, got[2]) != 3000.5 {
				t.Errorf("the deal's row is %q", got)
			}
			if got := f.rows["net_low_mqls"][1]; got != "Net benefit with MQLs per month at half its value" {
				t.Errorf("the sensitivity row is called %q", got)
			}
			for _, o := range calc.Outputs {
				v, cell := o.Of(&r), f.value(o.Name, 0)
				if !v.OK {
					if cell != "n/a" {
						t.Errorf("%s: %q, want n/a", o.Name, cell)
					}
					continue
				}
				if got := c.sheet.number(t, cell); !closeRel(got, v.V, 5e-12) {
					t.Errorf("%s: %q reads as %v, calc says %v", o.Name, cell, got, v.V)
				}
			}
			if lift := f.value("lift", 0); !strings.Contains(lift, c.sheet.decimal) {
				t.Errorf("the lift %q has no decimal mark %q", lift, c.sheet.decimal)
			}

			// The cash flow: each month of the horizon, adding up to the totals.
			p.click("download-cashflow")
			recs := c.sheet.read(t, waitDownload(t, dir, "training-roi-cashflow-"+time.Now().Format("2006-01-02")+".csv"))
			if len(recs) != 1+24 || len(recs[0]) != 5 || !strings.HasPrefix(recs[0][0], "month (") || !strings.HasPrefix(recs[0][4], "cumulative (") {
				t.Fatalf("the cash flow has %d rows, header %q; want month … cumulative and 24 months", len(recs)-1, recs[0])
			}
			var benefit, cost, cum float64
			for i, row := range recs[1:] {
				m := make([]float64, 5)
				for j := range m {
					m[j] = c.sheet.number(t, row[j])
				}
				benefit, cost, cum = benefit+m[1], cost+m[2], cum+m[3]
				if m[0] != float64(i+1) || !closeRel(m[3], m[1]-m[2], 1e-9) || !closeRel(m[4], cum, 1e-9) {
					t.Errorf("month row %q: not month %d with net = benefit − cost and the running total %v", row, i+1, cum)
				}
			}
			if !closeRel(benefit, r.Benefit, 1e-9) || !closeRel(cost, r.Cost, 1e-9) || !closeRel(cum, r.Net, 1e-9) {
				t.Errorf("the months add up to benefit %v, cost %v, net %v; calc says %v, %v, %v", benefit, cost, cum, r.Benefit, r.Cost, r.Net)
			}
			p.assertNoProblems()
		})
	}
}

// TestComparisonFilesNameScenarios: the comparison's files name each scenario,
// and a name a spreadsheet would read as a formula is written as text.
func TestComparisonFilesNameScenarios(t *testing.T) {
	t.Parallel()
	plans := []plan{
		{"mkt_target=2&sales_target=8", "=HYPERLINK(\"https://evil.example\",\"x\")"},
		{"mkt_target=6&sales_target=6", "+49 plan"},
		{"mkt_target=10&sales_target=10&years=2", "-2+3"},
		{"mkt_target=4&sales_target=4", "@SUM(A1)"},
	}
	p := newPage(t)
	dir := t.TempDir()
	p.allowDownloads(dir)
	p.openCompare(compareLink(plans, "currency=EUR&locale=de-DE"))

	p.click("download-csv")
	f := readFigures(t, commaSheet, waitDownload(t, dir, "training-roi-compare-"+time.Now().Format("2006-01-02")+".csv"))
	for i, pl := range plans {
		if got := f.header[2+i]; got != "'"+pl.name {
			t.Errorf("scenario %d is headed %q, want %q", i+1, got, "'"+pl.name)
		}
		in := inputsFromQuery(t, pl.query)
		if got, want := commaSheet.number(t, f.value("net", i)), calc.Project(in).Net; !closeRel(got, want, 5e-12) {
			t.Errorf("%s: net %v, calc says %v", pl.name, got, want)
		}
	}

	p.click("download-cashflow")
	recs := commaSheet.read(t, waitDownload(t, dir, "training-roi-compare-cashflow-"+time.Now().Format("2006-01-02")+".csv"))
	if !strings.HasPrefix(recs[0][0], "scenario (") || len(recs) != 1+12+12+24+12 {
		t.Fatalf("the comparison's cash flow has header %q and %d rows, want a scenario column and 60 months", recs[0], len(recs)-1)
	}
	row := 1
	for _, pl := range plans {
		in := inputsFromQuery(t, pl.query)
		months := int(12 * in.Years)
		last := recs[row+months-1]
		if recs[row][0] != "'"+pl.name || last[0] != "'"+pl.name || last[1] != num(float64(months)) {
			t.Errorf("%s: its months run from %q to %q", pl.name, recs[row], last)
		}
		if got := commaSheet.number(t, last[5]); !closeRel(got, calc.Project(in).Net, 1e-9) {
			t.Errorf("%s: the last month's cumulative %v, calc's net %v", pl.name, got, calc.Project(in).Net)
		}
		row += months
	}
	p.assertNoProblems()
}
