package calc_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// Model version 3, "Decision support": the worked numbers of model.md, each
// checked there with an independent implementation, to the cent.

// cents rounds to the cent as model.md prints its figures: a half cent to even.
func cents(x float64) float64 { return math.RoundToEven(100*x) / 100 }

func TestRecommendationWorkedNumbers(t *testing.T) {
	for _, c := range []struct {
		query      string
		mkt, sales float64
		net        float64
		half, more calc.Plan
	}{
		{"", 10, 10, 447376.50, calc.Plan{Mkt: 10, Sales: 10}, calc.Plan{Mkt: 10, Sales: 10}},
		{"budget=60000", 9, 5, 270946.20, calc.Plan{}, calc.Plan{}},
		{"sales_team=40&mkt_team=4&mqls=150&deal=8000&margin=60&day_cost=600&day_rate=450", 10, 2, 16944.00, calc.Plan{Mkt: 2, Sales: 2}, calc.Plan{}},
		{"sal_rate=80&confidence=100", 10, 9, 2799000.00, calc.Plan{}, calc.Plan{}},
		{"mqls=30&deal=6000", 2, 2, 0, calc.Plan{Mkt: 2, Sales: 2}, calc.Plan{Mkt: 2, Sales: 2}},
	} {
		in := fromQuery(t, c.query)
		r := calc.Project(in)
		rec := r.Recommendation
		if rec.Plan != (calc.Plan{Mkt: c.mkt, Sales: c.sales}) || cents(rec.Net) != c.net {
			t.Errorf("?%s: recommends %+v netting %.2f, model.md: (%g, %g) netting %.2f", c.query, rec.Plan, rec.Net, c.mkt, c.sales, c.net)
		}
		if c.half != (calc.Plan{}) && rec.Half != c.half {
			t.Errorf("?%s: at half the confidence %+v, model.md %+v", c.query, rec.Half, c.half)
		}
		if c.more != (calc.Plan{}) && rec.More != c.more {
			t.Errorf("?%s: at 1.5 times the confidence %+v, model.md %+v", c.query, rec.More, c.more)
		}
	}

	// The defaults' plan at half and 1.5 times the confidence nets what model.md says.
	for _, c := range []struct{ conf, net float64 }{{25, 160781.62}, {75, 751784.62}} {
		in := calc.Defaults()
		in.Confidence = c.conf
		if r := calc.Project(in); cents(r.Net) != c.net {
			t.Errorf("defaults at %g%%: net %.2f, model.md %.2f", c.conf, r.Net, c.net)
		}
	}
	// A budget of 60,000: the plan's annual cost is 58,500.
	if r := calc.Project(fromQuery(t, "budget=60000")); cents(r.Recommendation.AnnualCost) != 58500 {
		t.Errorf("budget=60000: annual cost %.2f, model.md 58,500", r.Recommendation.AnnualCost)
	}
	// ROI 50.43% for the 40-seller case; today's plan at half the confidence.
	if r := calc.Project(fromQuery(t, "sales_team=40&mkt_team=4&mqls=150&deal=8000&margin=60&day_cost=600&day_rate=450")); !r.Recommendation.ROI.OK ||
		math.Round(r.Recommendation.ROI.V*100)/100 != 50.43 {
		t.Errorf("40 sellers: recommended ROI %+v, model.md 50.43%%", r.Recommendation.ROI)
	}
	// With the SAL rate capped, (10, 10) nets less than (10, 9).
	if r := calc.Project(fromQuery(t, "sal_rate=80&confidence=100&mkt_target=10&sales_target=10")); cents(r.Net) != 2790000 {
		t.Errorf("sal_rate=80 at (10, 10): net %.2f, model.md 2,790,000", r.Net)
	}
	// Nothing pays, even at 100%: today's plan, and the study's 10 days never break even.
	r := calc.Project(fromQuery(t, "mqls=30&deal=6000"))
	rec := r.Recommendation
	in := fromQuery(t, "mqls=30&deal=6000")
	if !rec.KeepsToday(&in) || rec.StudyPlan != (calc.Plan{Mkt: 10, Sales: 10}) || rec.StudyBreakEven.OK || rec.StudyBreakEven.Why != calc.NeverBreaksEven {
		t.Errorf("mqls=30&deal=6000: %+v, want today's plan, the study's (10, 10) never breaking even", rec)
	}
	if rec.ROI.OK || rec.ROI.Why != calc.NoExtraCost || rec.Cost != 0 {
		t.Errorf("mqls=30&deal=6000: today's plan ROI %+v cost %g, want n/a (no extra cost) and 0", rec.ROI, rec.Cost)
	}
}

func TestStepsWorkedNumbers(t *testing.T) {
	r := calc.Project(calc.Defaults())
	for _, c := range []struct {
		name               string
		step               calc.Step
		benefit, cost, net float64
	}{
		{"marketing +1", r.Steps.MktMore, 0, 4500, -4500},
		{"marketing −1", r.Steps.MktLess, -35165.81, -4500, -30665.81},
		{"sales +1", r.Steps.SalesMore, 0, 9000, -9000},
		{"sales −1", r.Steps.SalesLess, -38709.56, -9000, -29709.56},
	} {
		s := c.step
		if !s.Benefit.OK || !s.Cost.OK || !s.Net.OK || cents(s.Benefit.V) != c.benefit || cents(s.Cost.V) != c.cost || cents(s.Net.V) != c.net {
			t.Errorf("%s: %+v, model.md: benefit %.2f, cost %.2f, net %.2f", c.name, s, c.benefit, c.cost, c.net)
		}
	}
	// Absent for a team of nobody, and below min(today, 2).
	r = calc.Project(fromQuery(t, "mkt_team=0&sales_target=2"))
	if r.Steps.MktMore.Net.OK || r.Steps.MktMore.Net.Why != calc.NoTeam {
		t.Errorf("mkt_team=0: a step of %+v", r.Steps.MktMore)
	}
	if r.Steps.SalesLess.Net.OK || r.Steps.SalesLess.Net.Why != calc.BelowLowest || !r.Steps.SalesMore.Net.OK {
		t.Errorf("sales_target=2: one day less %+v, one more %+v; want none below 2, one above", r.Steps.SalesLess, r.Steps.SalesMore)
	}
}

func TestSensitivityWorkedNumbers(t *testing.T) {
	type bar struct {
		inputs    []string
		low, high float64
	}
	for _, c := range []struct {
		query string
		bars  []bar
	}{
		{"", []bar{
			{[]string{"confidence"}, 160781.62, 751784.62},
			{[]string{"mqls", "sal_rate", "win_rate", "deal"}, 169688.25, 725064.75},
			{[]string{"margin"}, 169688.25, 685395.00},
			{[]string{"lag"}, 539939.25, 354813.75},
			{[]string{"day_cost"}, 477376.50, 417376.50},
			{[]string{"day_rate"}, 471376.50, 423376.50},
		}},
	} {
		r := calc.Project(fromQuery(t, c.query))
		if len(r.Sensitivity) != len(c.bars) {
			t.Fatalf("?%s: %d bars %+v, model.md %d", c.query, len(r.Sensitivity), r.Sensitivity, len(c.bars))
		}
		for i, b := range r.Sensitivity {
			w := c.bars[i]
			if !slices.Equal(b.Inputs, w.inputs) || cents(b.NetLow) != w.low || cents(b.NetHigh) != w.high || b.CrossesZero {
				t.Errorf("?%s: bar %d = %+v, model.md %v %.2f … %.2f", c.query, i, b, w.inputs, w.low, w.high)
			}
		}
	}
	// With the SAL rate capped, it gets a bar of its own, both ends below the base.
	r := calc.Project(fromQuery(t, "sal_rate=80&confidence=100"))
	var sal, rest calc.Bar
	for _, b := range r.Sensitivity {
		switch {
		case slices.Equal(b.Inputs, []string{"sal_rate"}):
			sal = b
		case slices.Equal(b.Inputs, []string{"mqls", "win_rate", "deal"}):
			rest = b
		}
	}
	if cents(sal.NetLow) != 1468008 || cents(sal.NetHigh) != 1530000 || rest.Inputs == nil {
		t.Errorf("sal_rate=80&confidence=100: SAL bar %+v and MQLs, win rate, deal %+v; model.md: 1,468,008 … 1,530,000, and one bar for the three", sal, rest)
	}
}

func TestThresholdsWorkedNumbers(t *testing.T) {
	r := calc.Project(calc.Defaults())
	th := r.Thresholds
	for _, c := range []struct {
		name     string
		v        calc.Value
		decimals float64
		want     float64
	}{
		{"MQLs", th.MQLs, 2, 38.89},
		{"deal", th.Deal, 2, 4861.57},
		{"margin", th.Margin, 2, 13.61},
		{"day", th.DayTotal, 2, 4628.14},
		{"lag", th.Lag, 2, 10.25},
		{"confidence", r.BreakEven, 4, 10.2457},
	} {
		p := math.Pow(10, c.decimals)
		if !c.v.OK || math.Round(c.v.V*p)/p != c.want {
			t.Errorf("threshold %s = %+v, model.md %g", c.name, c.v, c.want)
		}
	}
	for _, c := range []struct {
		query string
		name  string
		v     func(calc.Thresholds) calc.Value
		why   calc.Reason
	}{
		// 20 MQLs a month: even 100% margin falls short of the 108,000 cost.
		{"margin=10&mqls=20", "margin", func(t calc.Thresholds) calc.Value { return t.Margin }, calc.NeverPays},
		{"years=5&lag=3", "lag", func(t calc.Thresholds) calc.Value { return t.Lag }, calc.AlwaysPays},
		{"lag=11.9&mqls=20", "lag", func(t calc.Thresholds) calc.Value { return t.Lag }, calc.NeverPays},
		{"mqls=100000", "day", func(t calc.Thresholds) calc.Value { return t.DayTotal }, calc.AlwaysPays},
		{"mkt_target=1&sales_target=2", "MQLs", func(t calc.Thresholds) calc.Value { return t.MQLs }, calc.Saving},
		{"mkt_team=0&sales_team=0", "deal", func(t calc.Thresholds) calc.Value { return t.Deal }, calc.NoExtraCost},
		{"lag=12", "MQLs", func(t calc.Thresholds) calc.Value { return t.MQLs }, calc.NoBenefit},
	} {
		v := c.v(calc.Project(fromQuery(t, c.query)).Thresholds)
		if v.OK || v.Why != c.why {
			t.Errorf("?%s: threshold %s = %+v, want n/a because %s", c.query, c.name, v, c.why)
		}
	}
}

// The study's own case, one team from 2 to 10 days at 100%, computes
// +29.000000000000026% and is not beyond the study (model version 3).
func TestBeyondStudyTolerance(t *testing.T) {
	r := calc.Project(fromQuery(t, "confidence=100&mkt_target=2"))
	if slices.Contains(codes(r), calc.WarnBeyondStudy) {
		t.Errorf("the study's own case (lift %.17g) warns beyond_study", r.Lift.V)
	}
}

// teamOptions are the candidates of model.md for one team, worked out again.
func teamOptions(team, d float64) []float64 {
	if team == 0 {
		return []float64{d}
	}
	out := []float64{d}
	for g := 0.0; g <= 20; g++ {
		if g >= math.Min(d, 2) && g != d {
			out = append(out, g)
		}
	}
	return out
}

// The recommended plan nets at least as much as every candidate that fits the
// budget, each worked out by the oracle; with no budget and no rate capped, each
// team's recommendation is today's days, min(today, 2) or the study's 10.
func TestPropertyRecommendationIsBest(t *testing.T) {
	t.Parallel()
	forRandom(t, 2000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		rec := r.Recommendation
		at := func(p calc.Plan) model { return runModel(in.With(p), in.Confidence/100) }
		best := at(rec.Plan)
		tol := math.Max(0.011, 1e-12*best.scale)
		if rec.Plan != in.Today() && in.HasBudget() && cents(best.annualCost) > in.Budget {
			t.Fatalf("%+v: recommends %+v costing %.2f a year over the budget", in, rec.Plan, best.annualCost)
		}
		capped := false
		for _, tm := range teamOptions(in.MktTeam, in.MktDays) {
			for _, ts := range teamOptions(in.SalesTeam, in.SalesDays) {
				m := at(calc.Plan{Mkt: tm, Sales: ts})
				if in.HasBudget() && cents(m.annualCost) > in.Budget {
					continue
				}
				if cents(m.net) > cents(best.net)+tol {
					t.Fatalf("%+v: (%g, %g) nets %.2f, more than the recommended %+v's %.2f", in, tm, ts, m.net, rec.Plan, best.net)
				}
				sal, win := in.SALRate/100*m.fs, in.WinRate/100*m.fm
				capped = capped || sal > 1 || win > 1
			}
		}
		if in.HasBudget() || capped {
			return
		}
		for _, team := range []struct{ days, today float64 }{{rec.Plan.Mkt, in.MktDays}, {rec.Plan.Sales, in.SalesDays}} {
			if team.days != team.today && team.days != math.Min(team.today, 2) && team.days != 10 {
				t.Fatalf("%+v: recommends %+v, a team at %g days, neither today's %g, %g nor 10", in, rec.Plan, team.days, team.today, math.Min(team.today, 2))
			}
		}
	})
}

// Each threshold, put back as its input, makes the typed plan's net zero, to
// the cent.
func TestPropertyThresholdsBreakEven(t *testing.T) {
	t.Parallel()
	forRandom(t, 3000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		th := r.Thresholds
		check := func(name string, v calc.Value, set func(*calc.Inputs, float64)) {
			if !v.OK {
				return
			}
			moved := in
			set(&moved, v.V)
			m := runModel(moved, moved.Confidence/100)
			if tol := math.Max(0.01, 1e-11*m.scale); math.Abs(m.net) > tol {
				t.Errorf("%+v: %s at its threshold %.17g nets %g, not zero", in, name, v.V, m.net)
			}
		}
		check("mqls", th.MQLs, func(in *calc.Inputs, v float64) { in.MQLs = v })
		check("deal", th.Deal, func(in *calc.Inputs, v float64) { in.Deal = v })
		check("margin", th.Margin, func(in *calc.Inputs, v float64) { in.Margin = v })
		check("lag", th.Lag, func(in *calc.Inputs, v float64) { in.Lag = v })
		check("day_total", th.DayTotal, func(in *calc.Inputs, v float64) {
			k := v / (in.DayCost + in.DayRate)
			in.DayCost, in.DayRate = in.DayCost*k, in.DayRate*k
		})
	})
}

// Inputs that share a sensitivity bar move the net to the same cents, each worked
// out by the oracle; the bars are ranked by their swing.
func TestPropertySensitivityBars(t *testing.T) {
	t.Parallel()
	forRandom(t, 2000, func(t *testing.T, _ *rand.Rand, in calc.Inputs) {
		r := calc.Project(in)
		end := func(name string, k float64) model {
			f, _ := calc.FieldByName(name)
			moved := in
			*f.Of(&moved) = math.Max(f.Min, math.Min(f.Max, *f.Of(&moved)*k))
			return runModel(moved, moved.Confidence/100)
		}
		seen := 0
		for i, b := range r.Sensitivity {
			seen += len(b.Inputs)
			for _, name := range b.Inputs {
				lo, hi := end(name, 0.5), end(name, 1.5)
				tol := math.Max(0.011, 1e-11*math.Max(lo.scale, hi.scale))
				if math.Abs(lo.net-b.NetLow) > tol || math.Abs(hi.net-b.NetHigh) > tol {
					t.Fatalf("%+v: %s moves the net to %.2f … %.2f, its bar %v says %.2f … %.2f", in, name, lo.net, hi.net, b.Inputs, b.NetLow, b.NetHigh)
				}
			}
			if i > 0 && cents(b.Swing()) > cents(r.Sensitivity[i-1].Swing()) {
				t.Fatalf("%+v: bar %d swings %.2f, more than the one before (%.2f)", in, i, b.Swing(), r.Sensitivity[i-1].Swing())
			}
			if zero := math.Min(b.NetLow, b.NetHigh) < -0.005 && math.Max(b.NetLow, b.NetHigh) >= 0.005; zero != b.CrossesZero && math.Abs(b.NetLow) > 0.01 && math.Abs(b.NetHigh) > 0.01 {
				t.Fatalf("%+v: bar %v crosses zero %v, its ends %.2f … %.2f", in, b.Inputs, b.CrossesZero, b.NetLow, b.NetHigh)
			}
		}
		if seen != len(calc.SensitivityInputs) {
			t.Fatalf("%+v: %d inputs in the bars, want %d", in, seen, len(calc.SensitivityInputs))
		}
	})
}
