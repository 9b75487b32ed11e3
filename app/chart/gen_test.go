package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// The tests draw the charts for data shaped like the calculator's: a small
// copy of the model (its inputs, funnel, curves and payback timeline) turns
// inputs into chart values, so that the tests do not depend on the calc
// package, and random inputs cover what a user can type.

type inputs struct {
	mktTeam, mktDays, mktTarget       float64
	salesTeam, salesDays, salesTarget float64
	mqls, sal, win, deal, margin      float64 // sal, win, margin: 0-1
	dayCost, dayRate, lag, years      float64
	conf, salesLift, mktLift          float64 // 0-1
}

func defaultInputs() inputs {
	return inputs{
		mktTeam: 5, mktDays: 2, mktTarget: 10, salesTeam: 10, salesDays: 2, salesTarget: 10,
		mqls: 200, sal: 0.3, win: 0.2, deal: 25000, margin: 0.7,
		dayCost: 500, dayRate: 400, lag: 3, years: 1, conf: 0.5, salesLift: 0.29, mktLift: 0.26,
	}
}

// index is the study's benchmark index of a team at d days.
func index(d, lift float64) float64 { return 1 + lift*math.Max(0, math.Min(1, (d-2)/8)) }

func factor(team, now, plan, lift, conf float64) float64 {
	if team == 0 {
		return 1
	}
	return 1 + conf*(index(plan, lift)/index(now, lift)-1)
}

// revenue is the projected new-customer revenue with the given planned days.
func (in inputs) revenue(conf, salesPlan, mktPlan float64) float64 {
	fs := factor(in.salesTeam, in.salesDays, salesPlan, in.salesLift, conf)
	fm := factor(in.mktTeam, in.mktDays, mktPlan, in.mktLift, conf)
	return in.mqls * 12 * math.Min(1, in.sal*fs) * math.Min(1, in.win*fm) * in.deal
}

func (in inputs) lift() Lift {
	curve := func(at func(conf, d float64) float64) []CurvePoint {
		var pts []CurvePoint
		for d := 0.0; d <= 20; d++ {
			a, b, c := at(in.conf/2, d), at(in.conf, d), at(math.Min(1, in.conf*1.5), d)
			pts = append(pts, CurvePoint{Days: d, Revenue: b, Low: math.Min(a, math.Min(b, c)), High: math.Max(a, math.Max(b, c))})
		}
		return pts
	}
	return Lift{
		Sales:     Team{Points: curve(func(c, d float64) float64 { return in.revenue(c, d, in.mktTarget) }), Now: in.salesDays, Plan: in.salesTarget},
		Marketing: Team{Points: curve(func(c, d float64) float64 { return in.revenue(c, in.salesTarget, d) }), Now: in.mktDays, Plan: in.mktTarget},
	}
}

func (in inputs) funnel() Funnel {
	fs := factor(in.salesTeam, in.salesDays, in.salesTarget, in.salesLift, in.conf)
	fm := factor(in.mktTeam, in.mktDays, in.mktTarget, in.mktLift, in.conf)
	mql := in.mqls * 12
	salNew := mql * math.Min(1, in.sal*fs)
	return Funnel{
		SALsNow: mql * in.sal, SALsNew: salNew,
		CustomersNow: mql * in.sal * in.win, CustomersNew: salNew * math.Min(1, in.win*fm),
		RevenueNow: mql * in.sal * in.win * in.deal, RevenueNew: in.revenue(in.conf, in.salesTarget, in.mktTarget),
	}
}

// timeline is the cumulative net benefit line and its payback.
func (in inputs) timeline() (path []Point, paysBack bool, month float64, note string) {
	gain := (in.revenue(in.conf, in.salesTarget, in.mktTarget) - in.revenue(in.conf, in.salesDays, in.mktDays)) * in.margin
	annual := (in.mktTeam*(in.mktTarget-in.mktDays) + in.salesTeam*(in.salesTarget-in.salesDays)) * (in.dayCost + in.dayRate)
	end := 12 * in.years
	at := func(t float64, paid float64) float64 { return gain/12*math.Max(0, t-in.lag) - annual*paid }
	path = []Point{{0, 0}}
	for k := 0.0; k < in.years; k++ {
		t := 12 * k
		if k > 0 {
			path = append(path, Point{t, at(t, k)})
		}
		path = append(path, Point{t, at(t, k+1)})
		if in.lag > t && in.lag < t+12 && in.lag < end {
			path = append(path, Point{in.lag, at(in.lag, k+1)})
		}
	}
	path = append(path, Point{end, at(end, in.years)})
	switch {
	case gain <= 0:
		return path, false, 0, "No payback month: the plan brings no gain at this confidence."
	case path[len(path)-1].Y < 0:
		return path, false, 0, fmt.Sprintf("No payback month: it does not pay back within the %v-month horizon.", end)
	}
	// The earliest month from which the line stays at or above zero.
	last := -1
	for i, p := range path {
		if p.Y < 0 {
			last = i
		}
	}
	if last < 0 {
		return path, true, 0, ""
	}
	a, b := path[last], path[last+1]
	return path, true, a.X + (0-a.Y)*(b.X-a.X)/(b.Y-a.Y), ""
}

func (in inputs) payback() Payback {
	path, ok, month, note := in.timeline()
	return Payback{Path: path, PaysBack: ok, Month: month, Note: note}
}

// randomInputs draws inputs within the calculator's valid ranges, often at
// their ends, where charts break.
func randomInputs(rng *rand.Rand) inputs {
	pick := func(lo, hi float64, edges ...float64) float64 {
		if rng.IntN(4) == 0 {
			return append(edges, lo, hi)[rng.IntN(len(edges)+2)]
		}
		// Spread over orders of magnitude when the range is wide.
		if lo >= 0 && hi > 1000*(lo+1) {
			return math.Round((math.Pow(10, rng.Float64()*math.Log10(hi-lo+1))-1+lo)*100) / 100
		}
		return lo + rng.Float64()*(hi-lo)
	}
	whole := func(v float64) float64 { return math.Round(v) }
	return inputs{
		mktTeam: whole(pick(0, 100000, 1, 5)), mktDays: pick(0, 60, 2, 10), mktTarget: pick(0, 60, 2, 10),
		salesTeam: whole(pick(0, 100000, 1, 10)), salesDays: pick(0, 60, 2, 10), salesTarget: pick(0, 60, 2, 10),
		mqls: pick(0, 1e7, 1, 200), sal: pick(0, 1, 0.3), win: pick(0, 1, 0.2), deal: pick(0, 1e9, 0.01, 25000),
		margin: pick(0, 1, 0.7), dayCost: pick(0, 1e6, 500), dayRate: pick(0, 1e6, 400),
		lag: pick(0, 36, 3, 12, 3.7), years: float64(1 + rng.IntN(5)), conf: pick(0, 1, 0.5),
		salesLift: pick(0, 1, 0.29), mktLift: pick(0, 1, 0.26),
	}
}

// edgeCases are inputs at the corners the charts must survive.
var edgeCases = []struct {
	name string
	set  func(in *inputs)
}{
	{"defaults", func(*inputs) {}},
	{"zero revenue", func(in *inputs) { in.mqls = 0 }},
	{"zero deal", func(in *inputs) { in.deal = 0 }},
	{"negative net", func(in *inputs) { in.dayCost, in.conf = 20000, 0.1 }},
	{"huge numbers", func(in *inputs) { in.mqls, in.deal, in.mktTeam, in.salesTeam = 1e7, 1e9, 1e5, 1e5 }},
	{"1e15 revenue", func(in *inputs) { in.mqls, in.deal = 1e5, 1e9 }},
	{"tiny", func(in *inputs) { in.mqls, in.deal, in.dayCost, in.dayRate = 1, 0.01, 0.01, 0 }},
	{"all equal", func(in *inputs) { in.conf, in.dayCost, in.dayRate = 0, 0, 0 }},
	{"no effect credited", func(in *inputs) { in.salesLift, in.mktLift = 0, 0 }},
	{"stale-chart case", func(in *inputs) { in.dayCost, in.dayRate, in.lag, in.conf = 0, 0, 12, 0 }},
	{"costs nothing extra", func(in *inputs) { in.dayCost, in.dayRate, in.lag = 0, 0, 12 }},
	{"non-integer lag", func(in *inputs) { in.lag = 3.7 }},
	{"two years", func(in *inputs) { in.years, in.lag = 2, 4 }},
	{"three years", func(in *inputs) { in.years = 3 }},
	{"four years", func(in *inputs) { in.years, in.lag = 4, 30 }},
	{"five years", func(in *inputs) { in.years, in.lag = 5, 36 }},
	{"lag beyond horizon", func(in *inputs) { in.lag = 12 }},
	{"training cut", func(in *inputs) { in.mktTarget, in.salesTarget = 1, 2 }},
	{"one team cut", func(in *inputs) {
		in.mktTeam, in.mktDays, in.mktTarget, in.salesTeam = 6, 10, 2, 13
	}},
	{"capped", func(in *inputs) { in.sal, in.conf = 0.9, 1 }},
	{"days outside the study", func(in *inputs) { in.salesTarget, in.mktDays, in.mktTarget = 30, 0, 60 }},
	{"different days", func(in *inputs) { in.salesDays, in.salesTarget, in.mktDays, in.mktTarget = 3.5, 7.25, 4, 9 }},
	{"same days both teams", func(in *inputs) { in.salesDays, in.salesTarget, in.mktDays, in.mktTarget = 5, 5, 5, 5 }},
	{"no teams", func(in *inputs) { in.mktTeam, in.salesTeam = 0, 0 }},
	{"lag zero", func(in *inputs) { in.lag = 0 }},
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
		edgeInputs(func(in *inputs) { in.years, in.lag = 3, 4 }),
		edgeInputs(func(in *inputs) { in.lag = 12 }),
		edgeInputs(func(in *inputs) { in.years, in.conf = 2, 0 }),
	)
}
