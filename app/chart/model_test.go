package chart

import (
	"math"
	"math/rand/v2"

	"github.com/trainingroi/calculator/calc"
)

// The tests draw the charts for what the model projects (calc), its results
// turned into the charts' data as app/present does (present imports this
// package, so its tests cannot call it), and random inputs cover what a user
// can type.

type inputs struct{ calc.Inputs }

func defaultInputs() inputs { return inputs{calc.Defaults()} }

func (in inputs) project() calc.Result { return calc.Project(in.Inputs) }

func (in inputs) lift() Lift {
	r := in.project()
	team := func(pts []calc.CurvePoint, now, plan float64) Team {
		t := Team{Now: now, Plan: plan}
		for _, p := range pts {
			t.Points = append(t.Points, CurvePoint{Days: p.Days, Revenue: p.Revenue, Low: p.Low, High: p.High})
		}
		return t
	}
	return Lift{Sales: team(r.SalesCurve, in.SalesDays, in.SalesTarget), Marketing: team(r.MktCurve, in.MktDays, in.MktTarget)}
}

func (in inputs) funnel() Funnel {
	r := in.project()
	return Funnel{
		SALsNow: r.Now.SALs, SALsNew: r.Projected.SALs,
		CustomersNow: r.Now.Customers, CustomersNew: r.Projected.Customers,
		RevenueNow: r.Now.Revenue, RevenueNew: r.Projected.Revenue,
	}
}

func (in inputs) payback() Payback {
	r := in.project()
	p := Payback{PaysBack: r.Payback.OK, Month: r.Payback.V}
	for _, q := range r.Path {
		p.Path = append(p.Path, Point{X: q.T, Y: q.Net})
	}
	if !p.PaysBack {
		p.Note = "No payback month: it does not pay back within the horizon."
	}
	return p
}

// randomInputs draws inputs within the fields' valid ranges, often at their
// ends and at the example's value, where charts break.
func randomInputs(rng *rand.Rand) inputs {
	in := defaultInputs()
	for _, f := range calc.Fields {
		if f.Optional {
			continue
		}
		v := f.Min + rng.Float64()*(f.Max-f.Min)
		switch {
		case rng.IntN(4) == 0:
			v = []float64{f.Min, f.Max, f.Default}[rng.IntN(3)]
		case f.Min >= 0 && f.Max > 1000*(f.Min+1):
			// Spread over orders of magnitude when the range is wide.
			v = math.Round((math.Pow(10, rng.Float64()*math.Log10(f.Max-f.Min+1))-1+f.Min)*100) / 100
		}
		if f.Whole {
			v = math.Round(v)
		}
		*f.Of(&in.Inputs) = min(max(v, f.Min), f.Max)
	}
	return in
}

// edgeCases are inputs at the corners the charts must survive.
var edgeCases = []struct {
	name string
	set  func(in *inputs)
}{
	{"defaults", func(*inputs) {}},
	{"zero revenue", func(in *inputs) { in.MQLs = 0 }},
	{"zero deal", func(in *inputs) { in.Deal = 0 }},
	{"negative net", func(in *inputs) { in.DayCost, in.Confidence = 20000, 10 }},
	{"huge numbers", func(in *inputs) { in.MQLs, in.Deal, in.MktTeam, in.SalesTeam = 1e7, 1e9, 1e5, 1e5 }},
	{"1e15 revenue", func(in *inputs) { in.MQLs, in.Deal = 1e5, 1e9 }},
	{"tiny", func(in *inputs) { in.MQLs, in.Deal, in.DayCost, in.DayRate = 1, 0.01, 0.01, 0 }},
	{"all equal", func(in *inputs) { in.Confidence, in.DayCost, in.DayRate = 0, 0, 0 }},
	{"no effect credited", func(in *inputs) { in.SalesLift, in.MktLift = 0, 0 }},
	{"stale-chart case", func(in *inputs) { in.DayCost, in.DayRate, in.Lag, in.Confidence = 0, 0, 12, 0 }},
	{"costs nothing extra", func(in *inputs) { in.DayCost, in.DayRate, in.Lag = 0, 0, 12 }},
	{"non-integer lag", func(in *inputs) { in.Lag = 3.7 }},
	{"two years", func(in *inputs) { in.Years, in.Lag = 2, 4 }},
	{"three years", func(in *inputs) { in.Years = 3 }},
	{"four years", func(in *inputs) { in.Years, in.Lag = 4, 30 }},
	{"five years", func(in *inputs) { in.Years, in.Lag = 5, 36 }},
	{"lag beyond horizon", func(in *inputs) { in.Lag = 12 }},
	{"training cut", func(in *inputs) { in.MktTarget, in.SalesTarget = 1, 2 }},
	{"one team cut", func(in *inputs) {
		in.MktTeam, in.MktDays, in.MktTarget, in.SalesTeam = 6, 10, 2, 13
	}},
	{"capped", func(in *inputs) { in.SALRate, in.Confidence = 90, 100 }},
	{"days outside the study", func(in *inputs) { in.SalesTarget, in.MktDays, in.MktTarget = 30, 0, 60 }},
	{"different days", func(in *inputs) { in.SalesDays, in.SalesTarget, in.MktDays, in.MktTarget = 3.5, 7.25, 4, 9 }},
	{"same days both teams", func(in *inputs) { in.SalesDays, in.SalesTarget, in.MktDays, in.MktTarget = 5, 5, 5, 5 }},
	{"no teams", func(in *inputs) { in.MktTeam, in.SalesTeam = 0, 0 }},
	{"lag zero", func(in *inputs) { in.Lag = 0 }},
}

func edgeInputs(set func(*inputs)) inputs {
	in := defaultInputs()
	set(&in)
	return in
}

// compareOf is the comparison of the scenarios' payback timelines.
func compareOf(ins ...inputs) Timelines {
	var c Timelines
	for i, in := range ins {
		p := in.payback()
		c.Series = append(c.Series, Timeline{Name: "Plan " + string(rune('A'+i)), Path: p.Path, PaysBack: p.PaysBack, Month: p.Month})
	}
	return c
}

// fourPlans are four scenarios of different horizons, two of which pay back.
func fourPlans() Timelines {
	return compareOf(
		defaultInputs(),
		edgeInputs(func(in *inputs) { in.Years, in.Lag = 3, 4 }),
		edgeInputs(func(in *inputs) { in.Lag = 12 }),
		edgeInputs(func(in *inputs) { in.Years, in.Confidence = 2, 0 }),
	)
}
