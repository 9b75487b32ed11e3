package chart

import (
	"testing"

	"github.com/trainingroi/calculator/calc"
)

func TestTables(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)

	lt := LiftTable(r, DaysOf(in))
	if len(lt.Rows) != calc.CurveMaxDays+1 || len(lt.Header) != len(lt.Rows[0]) {
		t.Fatalf("lift table: %d rows, header %d, row %d cells", len(lt.Rows), len(lt.Header), len(lt.Rows[0]))
	}
	row := lt.Rows[10]
	if row[0] != (Cell{Kind: KindDays, Value: 10}) || row[1].Kind != KindMoney || row[1].Value != r.SalesCurve[10].Revenue || row[4].Value != r.MktCurve[10].Revenue {
		t.Errorf("lift row 10: %+v", row)
	}
	if got := row[7].Text; got != "sales planned, marketing planned" {
		t.Errorf("lift row 10 note %q", got)
	}

	ft := FunnelTable(r)
	if len(ft.Rows) != 3 {
		t.Fatalf("funnel table: %d rows", len(ft.Rows))
	}
	sal := ft.Rows[0]
	if sal[1].Value != r.Now.SALs || sal[2].Value != r.Projected.SALs || sal[1].Kind != KindCount {
		t.Errorf("funnel SAL row %+v", sal)
	}
	if rev := ft.Rows[2]; rev[1].Kind != KindMoney || !near(rev[3].Value, r.Lift.V) || rev[3].Kind != KindFraction {
		t.Errorf("funnel revenue row %+v, lift %v", rev, r.Lift.V)
	}
	r0 := calc.Project(func() calc.Inputs { x := in; x.MQLs = 0; return x }())
	if c := FunnelTable(r0).Rows[0][3]; c.Kind != KindText || c.Text != "n/a" {
		t.Errorf("change from zero: %+v", c)
	}

	pt := PaybackTable(r)
	if len(pt.Rows) != len(r.Timeline) || pt.Rows[12][0].Value != 12 || pt.Rows[12][1].Value != r.Timeline[12] {
		t.Errorf("payback table %+v", pt.Rows)
	}
}
