package calc_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// The worked example of docs/model.md, month by month: three months of lag,
// then G/12 = 740,502/12 = 61,708.50 a month; the year's 108,000 paid in month 1.
func TestCashFlowOfTheWorkedExample(t *testing.T) {
	in := calc.Defaults()
	months := calc.CashFlow(in, calc.Project(in))
	if len(months) != 12 {
		t.Fatalf("%d months, want 12", len(months))
	}
	cum := 0.0
	for i, m := range months {
		benefit, cost := 61708.5, 0.0
		if i < 3 {
			benefit = 0
		}
		if i == 0 {
			cost = 108000
		}
		cum += benefit - cost
		if m.N != i+1 || !relClose(m.Benefit, benefit, 1e-12) || m.Cost != cost || !relClose(m.Net, benefit-cost, 1e-12) || !relClose(m.Cumulative, cum, 1e-12) {
			t.Errorf("month %d: %+v, want benefit %v, cost %v, cumulative %v", i+1, m, benefit, cost, cum)
		}
	}
	if last := months[11].Cumulative; !relClose(last, 447376.5, 1e-12) {
		t.Errorf("the year ends at %v, want the net 447,376.50", last)
	}
}

// A lag that ends within a month credits part of that month; a second year pays
// its training in month 13.
func TestCashFlowPartMonthsAndYears(t *testing.T) {
	in := with(func(in *calc.Inputs) { in.Lag, in.Years = 4.5, 2 })
	r := calc.Project(in)
	months := calc.CashFlow(in, r)
	if len(months) != 24 {
		t.Fatalf("%d months, want 24", len(months))
	}
	g := r.AnnualGain / 12
	if months[3].Benefit != 0 || !relClose(months[4].Benefit, g/2, 1e-12) || !relClose(months[5].Benefit, g, 1e-12) {
		t.Errorf("months 4-6 credit %v, %v, %v; want 0, %v, %v", months[3].Benefit, months[4].Benefit, months[5].Benefit, g/2, g)
	}
	if months[12].Cost != r.AnnualCost || months[11].Cost != 0 || months[13].Cost != 0 {
		t.Errorf("months 12-14 pay %v, %v, %v; want 0, %v, 0", months[11].Cost, months[12].Cost, months[13].Cost, r.AnnualCost)
	}
}

// For any inputs, the months add up to the projection's benefit, cost and net,
// and the running total is the timeline's at the end of every month but a year's
// last, where the timeline already pays the next year's training.
func TestPropertyCashFlow(t *testing.T) {
	t.Parallel()
	forRandom(t, 5000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		months := calc.CashFlow(in, r)
		if len(months) != int(12*in.Years) {
			t.Fatalf("%d months for %v years", len(months), in.Years)
		}
		var benefit, cost float64
		scale := math.Abs(r.Benefit) + math.Abs(r.Cost) + 1
		for i, m := range months {
			benefit += m.Benefit
			cost += m.Cost
			if !scaledClose(m.Net, m.Benefit-m.Cost, scale, 1e-12) {
				t.Errorf("month %d: net %v is not benefit %v - cost %v", m.N, m.Net, m.Benefit, m.Cost)
			}
			if m.N%12 != 0 || m.N == len(months) {
				if !scaledClose(m.Cumulative, r.Timeline[m.N], scale, 1e-9) {
					t.Errorf("month %d: cumulative %v, the timeline %v", m.N, m.Cumulative, r.Timeline[m.N])
				}
			}
			for _, v := range []float64{m.Benefit, m.Cost, m.Net, m.Cumulative} {
				if math.IsNaN(v) || math.IsInf(v, 0) || v == 0 && math.Signbit(v) {
					t.Errorf("month %d: %+v", i+1, m)
				}
			}
		}
		if !scaledClose(benefit, r.Benefit, scale, 1e-9) || !scaledClose(cost, r.Cost, scale, 1e-9) ||
			!scaledClose(months[len(months)-1].Cumulative, r.Net, scale, 1e-9) {
			t.Errorf("the months add up to benefit %v, cost %v, net %v; the projection's %v, %v, %v",
				benefit, cost, months[len(months)-1].Cumulative, r.Benefit, r.Cost, r.Net)
		}
	})
}
