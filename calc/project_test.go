package calc_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// tol is the relative error allowed against the exact value of a formula.
const tol = 1e-9

// expect is one result of a case: its exact value and, where model.md prints it
// rounded, how it prints there.
type expect struct {
	name  string
	get   func(calc.Result) calc.Value
	exact float64
	// format and mul say how model.md prints the value (fmt.Sprintf(format, mul*v));
	// print lists the figures accepted, two when the exact value is a tie.
	format string
	mul    float64
	print  []string
}

// num turns a plain result into a defined Value, so that one table holds both kinds.
func num(f func(calc.Result) float64) func(calc.Result) calc.Value {
	return func(r calc.Result) calc.Value { return calc.Value{V: f(r), OK: true} }
}

// shown adds the model.md figure to an expectation.
func (e expect) shown(format string, mul float64, print ...string) expect {
	e.format, e.mul, e.print = format, mul, print
	return e
}

// numExp and valExp make the expectations of one plain or Value result.
func numExp(name string, f func(calc.Result) float64) func(float64) expect {
	return func(v float64) expect { return expect{name: name, get: num(f), exact: v} }
}

func valExp(name string, f func(calc.Result) calc.Value) func(float64) expect {
	return func(v float64) expect { return expect{name: name, get: f, exact: v} }
}

var (
	fMkt        = numExp("FactorMkt", func(r calc.Result) float64 { return r.FactorMkt })
	fSales      = numExp("FactorSales", func(r calc.Result) float64 { return r.FactorSales })
	mqlsNow     = numExp("Now.MQLs", func(r calc.Result) float64 { return r.Now.MQLs })
	mqlsNew     = numExp("Projected.MQLs", func(r calc.Result) float64 { return r.Projected.MQLs })
	salRateNow  = numExp("Now.SALRate", func(r calc.Result) float64 { return r.Now.SALRate })
	salRateNew  = numExp("Projected.SALRate", func(r calc.Result) float64 { return r.Projected.SALRate })
	winRateNow  = numExp("Now.WinRate", func(r calc.Result) float64 { return r.Now.WinRate })
	winRateNew  = numExp("Projected.WinRate", func(r calc.Result) float64 { return r.Projected.WinRate })
	salsNow     = numExp("Now.SALs", func(r calc.Result) float64 { return r.Now.SALs })
	salsNew     = numExp("Projected.SALs", func(r calc.Result) float64 { return r.Projected.SALs })
	custNow     = numExp("Now.Customers", func(r calc.Result) float64 { return r.Now.Customers })
	custNew     = numExp("Projected.Customers", func(r calc.Result) float64 { return r.Projected.Customers })
	revNow      = numExp("Now.Revenue", func(r calc.Result) float64 { return r.Now.Revenue })
	revNew      = numExp("Projected.Revenue", func(r calc.Result) float64 { return r.Projected.Revenue })
	revGain     = numExp("RevenueGain", func(r calc.Result) float64 { return r.RevenueGain })
	gain        = numExp("AnnualGain", func(r calc.Result) float64 { return r.AnnualGain })
	benefit     = numExp("Benefit", func(r calc.Result) float64 { return r.Benefit })
	annualCost  = numExp("AnnualCost", func(r calc.Result) float64 { return r.AnnualCost })
	cost        = numExp("Cost", func(r calc.Result) float64 { return r.Cost })
	net         = numExp("Net", func(r calc.Result) float64 { return r.Net })
	lift        = valExp("Lift", func(r calc.Result) calc.Value { return r.Lift })
	liftLow     = valExp("LiftLow", func(r calc.Result) calc.Value { return r.LiftLow })
	liftHigh    = valExp("LiftHigh", func(r calc.Result) calc.Value { return r.LiftHigh })
	roi         = valExp("ROI", func(r calc.Result) calc.Value { return r.ROI })
	roiLow      = valExp("ROILow", func(r calc.Result) calc.Value { return r.ROILow })
	roiHigh     = valExp("ROIHigh", func(r calc.Result) calc.Value { return r.ROIHigh })
	bcr         = valExp("BCR", func(r calc.Result) calc.Value { return r.BCR })
	payback     = valExp("Payback", func(r calc.Result) calc.Value { return r.Payback })
	defaultGain = 740502.0 // G of the worked example: (4,657,860 - 3,600,000) * 70%
)

// projectCase is one scenario of model.md: the defaults changed by mod.
type projectCase struct {
	name      string
	mod       func(*calc.Inputs)
	want      []expect
	undefined []string // Value fields of Result that must be n/a
	warnings  []string // exactly these warning codes, in any order
	salCapped bool
	winCapped bool
}

var projectCases = []projectCase{
	{
		name: "worked example (defaults)",
		want: []expect{
			fMkt(1.13).shown("%.2f", 1, "1.13"),
			fSales(1.145).shown("%.3f", 1, "1.145"),
			mqlsNow(2400), mqlsNew(2400),
			salRateNow(0.3), salRateNew(0.3435),
			winRateNow(0.2), winRateNew(0.226),
			salsNow(720).shown("%.0f", 1, "720"),
			salsNew(824.4).shown("%.1f", 1, "824.4"),
			custNow(144).shown("%.0f", 1, "144"),
			custNew(186.3144).shown("%.4f", 1, "186.3144"),
			revNow(3_600_000).shown("%.0f", 1, "3600000"),
			revNew(4_657_860).shown("%.0f", 1, "4657860"),
			lift(0.29385).shown("%.3f", 100, "29.385"),
			revGain(1_057_860),
			gain(defaultGain).shown("%.0f", 1, "740502"),
			benefit(555_376.5).shown("%.2f", 1, "555376.50"),
			annualCost(108_000),
			cost(108_000).shown("%.0f", 1, "108000"),
			net(447_376.5).shown("%.2f", 1, "447376.50"),
			roi(414.2375).shown("%.2f", 1, "414.24"),
			bcr(5.142375).shown("%.3f", 1, "5.142"),
			payback(3+108_000/(defaultGain/12)).shown("%.2f", 1, "4.75"),
			liftLow(0.1422125).shown("%.2f", 100, "14.22"),
			liftHigh(0.4549125).shown("%.2f", 100, "45.49"),
			roiLow(148.871875).shown("%.2f", 1, "148.87"),
			roiHigh(696.096875).shown("%.2f", 1, "696.10"),
		},
	},
	{
		// F_s = 1.29 would take the SAL rate to 116.1%: capped at 100%.
		name: "sal_rate=90, confidence=100 caps the SAL rate",
		mod:  func(in *calc.Inputs) { in.SALRate, in.Confidence = 90, 100 },
		want: []expect{
			fMkt(1.26), fSales(1.29),
			salRateNow(0.9), salRateNew(1), winRateNew(0.252),
			salsNow(2160), salsNew(2400),
			custNow(432), custNew(604.8),
			revNow(10_800_000), revNew(15_120_000),
			lift(0.4).shown("%.0f", 100, "40"),
			revGain(4_320_000), gain(3_024_000), benefit(2_268_000), cost(108_000), net(2_160_000),
			roi(2000), bcr(21), payback(3 + 108_000/(3_024_000.0/12)),
			// low: c = 0.5, F_s = 1.145 still caps, F_m = 1.13; high: c = min(1, 1.5) = 1.
			liftLow(13_560_000.0/10_800_000 - 1), liftHigh(0.4),
			roiLow((2_760_000*0.7*9/12 - 108_000) / 108_000 * 100), roiHigh(2000),
		},
		warnings:  []string{calc.WarnSALCap, calc.WarnSALAboveObs},
		salCapped: true,
	},
	{
		name: "win_rate=90, confidence=100 caps the win rate",
		mod:  func(in *calc.Inputs) { in.WinRate, in.Confidence = 90, 100 },
		want: []expect{
			fMkt(1.26), fSales(1.29),
			salRateNew(0.387), winRateNew(1),
			revNow(16_200_000), revNew(23_220_000),
			lift(23_220_000.0/16_200_000 - 1),
			gain(7_020_000 * 0.7),
		},
		warnings:  []string{calc.WarnWinCap},
		winCapped: true,
	},
	{
		// Exactly the study's 50% peak is not above it: no warning.
		name: "sal_rate=50 with no sales training change",
		mod:  func(in *calc.Inputs) { in.SALRate, in.SalesTarget = 50, 2 },
		want: []expect{
			fMkt(1.13), fSales(1), salRateNew(0.5), winRateNew(0.226),
			lift(0.13), annualCost(5 * 8 * 900),
		},
	},
	{
		name: "years=2, lag=4",
		mod:  func(in *calc.Inputs) { in.Years, in.Lag = 2, 4 },
		want: []expect{
			lift(0.29385), gain(defaultGain),
			benefit(1_234_170).shown("%.0f", 1, "1234170"),
			annualCost(108_000),
			cost(216_000).shown("%.0f", 1, "216000"),
			net(1_018_170),
			// The exact ROI, 471.375%, is a tie at two decimals: model.md prints 471.37.
			roi(471.375).shown("%.2f", 1, "471.37", "471.38"),
			bcr(1_234_170.0 / 216_000),
			payback(4+108_000/(defaultGain/12)).shown("%.2f", 1, "5.75"),
			roiLow((3_600_000*0.1422125*0.7*20/12 - 216_000) / 216_000 * 100),
			roiHigh((3_600_000*0.4549125*0.7*20/12 - 216_000) / 216_000 * 100),
		},
	},
	{
		// Marketing drops from 2 to 1 day (no effect below 2 days), sales stays at 2.
		name: "mkt_target=1, sales_target=2 saves money, no lift",
		mod:  func(in *calc.Inputs) { in.MktTarget, in.SalesTarget = 1, 2 },
		want: []expect{
			fMkt(1), fSales(1),
			revNew(3_600_000),
			lift(0), liftLow(0), liftHigh(0),
			revGain(0), gain(0), benefit(0),
			annualCost(-4_500), cost(-4_500).shown("%.0f", 1, "-4500"),
			net(4_500),
		},
		undefined: []string{"ROI", "ROILow", "ROIHigh", "BCR", "Payback", "BreakEven"},
		warnings:  []string{calc.WarnDaysOutside},
	},
	{
		// 12 days credits no more than 10, but costs 2 days more per marketer.
		name: "mkt_target=12 is outside the study's days",
		mod:  func(in *calc.Inputs) { in.MktTarget = 12 },
		want: []expect{
			fMkt(1.13), fSales(1.145), lift(0.29385), gain(defaultGain),
			annualCost(117_000), cost(117_000), net(555_376.5 - 117_000),
			roi((555_376.5 - 117_000) / 117_000 * 100),
		},
		warnings: []string{calc.WarnDaysOutside},
	},
	{
		name: "mkt_days=0 is outside the study's days",
		mod:  func(in *calc.Inputs) { in.MktDays = 0 },
		want: []expect{
			fMkt(1.13), annualCost((5*10 + 10*8) * 900),
		},
		warnings: []string{calc.WarnDaysOutside},
	},
	{
		name: "lag=12, years=1 leaves no benefit within the horizon",
		mod:  func(in *calc.Inputs) { in.Lag = 12 },
		want: []expect{
			lift(0.29385), gain(defaultGain), benefit(0),
			cost(108_000), net(-108_000),
			roi(-100), roiLow(-100), roiHigh(-100), bcr(0),
			payback(12 + 108_000/(defaultGain/12)),
		},
		undefined: []string{"BreakEven"},
		warnings:  []string{calc.WarnLagHorizon},
	},
	{
		name: "lag=30, years=2 is beyond the horizon",
		mod:  func(in *calc.Inputs) { in.Lag, in.Years = 30, 2 },
		want: []expect{
			benefit(0), cost(216_000), net(-216_000), roi(-100),
		},
		undefined: []string{"BreakEven"},
		warnings:  []string{calc.WarnLagHorizon},
	},
	{
		name: "mqls=0: nothing to grow from",
		mod:  func(in *calc.Inputs) { in.MQLs = 0 },
		want: []expect{
			revNow(0), revNew(0), revGain(0), gain(0), benefit(0), cost(108_000),
			net(-108_000), roi(-100), bcr(0),
		},
		undefined: []string{"Lift", "LiftLow", "LiftHigh", "Payback", "BreakEven"},
	},
	{
		name: "free training: day_cost=0, day_rate=0",
		mod:  func(in *calc.Inputs) { in.DayCost, in.DayRate = 0, 0 },
		want: []expect{
			lift(0.29385), gain(defaultGain), benefit(555_376.5), cost(0), net(555_376.5),
			payback(0), // annual_cost <= 0 < G
		},
		undefined: []string{"ROI", "ROILow", "ROIHigh", "BCR", "BreakEven"},
	},
}

func TestProjectCases(t *testing.T) {
	for _, tc := range projectCases {
		t.Run(tc.name, func(t *testing.T) {
			in := with(tc.mod)
			if err := in.Validate(); err != nil {
				t.Fatalf("the case's inputs are invalid: %v", err)
			}
			r := calc.Project(in)
			for _, w := range tc.want {
				v := w.get(r)
				if !v.OK {
					t.Errorf("%s undefined (%q), want %.10g", w.name, v.Why, w.exact)
					continue
				}
				if !relClose(v.V, w.exact, tol) {
					t.Errorf("%s = %.17g, want %.17g", w.name, v.V, w.exact)
				}
				if w.format != "" {
					if got := fmt.Sprintf(w.format, w.mul*v.V); !slices.Contains(w.print, got) {
						t.Errorf("%s prints as %s, model.md says %s", w.name, got, w.print[0])
					}
				}
			}
			vs := values(r)
			for _, name := range tc.undefined {
				v, ok := vs[name]
				switch {
				case !ok:
					t.Errorf("Result has no Value field %s", name)
				case v.OK || v.V != 0 || v.Why == "":
					t.Errorf("%s = %+v, want undefined (OK false, V 0, a reason)", name, v)
				}
			}
			for name, v := range vs {
				if !v.OK && !slices.Contains(tc.undefined, name) {
					t.Errorf("%s is undefined (%q), want a number", name, v.Why)
				}
			}
			got, want := slices.Sorted(slices.Values(codes(r))), slices.Sorted(slices.Values(tc.warnings))
			if !slices.Equal(got, want) {
				t.Errorf("warnings %q, want %q", got, want)
			}
			for _, w := range r.Warnings {
				if w.Text == "" {
					t.Errorf("warning %s has no text", w.Code)
				}
			}
			if r.SALCapped != tc.salCapped || r.WinCapped != tc.winCapped {
				t.Errorf("SALCapped, WinCapped = %v, %v, want %v, %v", r.SALCapped, r.WinCapped, tc.salCapped, tc.winCapped)
			}
			checkFinite(t, in, r)
			checkValues(t, in, r)
		})
	}
}

// TestProjectIsRepeatable guards against Project writing into shared state:
// the same inputs twice give the same result, and Defaults stays the worked example.
func TestProjectIsRepeatable(t *testing.T) {
	a := calc.Project(calc.Defaults())
	calc.Project(with(func(in *calc.Inputs) { in.SALRate, in.Confidence = 90, 100 }))
	b := calc.Project(calc.Defaults())
	fa, fb := floats(a), floats(b)
	if !slices.Equal(fa, fb) {
		t.Errorf("Project(Defaults()) differs between calls")
	}
}

// breakEvenRoot is the exact break-even confidence of the worked example, percent:
// benefit(c) = cost with benefit(c) = 3,600,000 * ((1+0.29c)(1+0.26c) - 1) * 0.7 * 9/12,
// that is 0.0754c² + 0.55c - 108000/1,890,000 = 0.
func breakEvenRoot() float64 {
	a, b, k := 0.29*0.26, 0.29+0.26, 108_000/(3_600_000*0.7*9/12)
	return (-b + math.Sqrt(b*b+4*a*k)) / (2 * a) * 100
}

func TestBreakEvenWorkedExample(t *testing.T) {
	r := calc.Project(calc.Defaults())
	be := r.BreakEven
	if !be.OK {
		t.Fatalf("BreakEven undefined: %s", be.Why)
	}
	root := breakEvenRoot()
	if math.Abs(root-10.2457) > 1e-4 {
		t.Fatalf("test's own root %.6f is off", root)
	}
	if math.Abs(be.V-root) > 0.01 {
		t.Errorf("BreakEven = %.6f, exact root %.6f: more than 0.01 points apart", be.V, root)
	}
	if got := fmt.Sprintf("%.2f", be.V); got != "10.25" {
		t.Errorf("BreakEven prints as %s, model.md says 10.25", got)
	}
	at := func(conf float64) float64 {
		return calc.Project(with(func(in *calc.Inputs) { in.Confidence = conf })).Net
	}
	if n := at(be.V); n < 0 {
		t.Errorf("net at the break-even confidence %.6f%% is %g, want >= 0", be.V, n)
	}
	if n := at(be.V - 0.01); n >= 0 {
		t.Errorf("net at %.6f%%, 0.01 points below break-even, is %g, want < 0", be.V-0.01, n)
	}
	// Break-even does not depend on the confidence the user chose.
	for _, conf := range []float64{0, 10, 75, 100} {
		if b := calc.Project(with(func(in *calc.Inputs) { in.Confidence = conf })).BreakEven; b != be {
			t.Errorf("confidence %g: BreakEven = %+v, want %+v as at 50", conf, b, be)
		}
	}
}

// TestBreakEvenAtFullConfidence: a plan that only breaks even near 100% still gets a
// number, one that needs more than 100% does not.
func TestBreakEvenNearFull(t *testing.T) {
	// With the study's full effect the defaults' benefit is 3,600,000*0.6254*0.525.
	full := 3_600_000 * (1.29*1.26 - 1) * 0.7 * 9 / 12
	for _, tc := range []struct {
		dayRate float64 // makes the cost a share of full
		ok      bool
	}{
		{full/120/1.01 - 500, true}, // 120 training days, cost 1% below the full benefit
		{full/120*1.01 - 500, false},
	} {
		in := with(func(in *calc.Inputs) { in.DayRate = tc.dayRate })
		r := calc.Project(in)
		if r.BreakEven.OK != tc.ok {
			t.Errorf("day_rate %.2f: BreakEven = %+v, want defined %v", tc.dayRate, r.BreakEven, tc.ok)
			continue
		}
		if tc.ok && (r.BreakEven.V < 90 || r.BreakEven.V > 100) {
			t.Errorf("day_rate %.2f: BreakEven = %g, want in 90..100", tc.dayRate, r.BreakEven.V)
		}
	}
}

func TestTimeline(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(*calc.Inputs)
	}{
		{"defaults", nil},
		{"years=2, lag=4", func(in *calc.Inputs) { in.Years, in.Lag = 2, 4 }},
		{"years=5, lag=0", func(in *calc.Inputs) { in.Years, in.Lag = 5, 0 }},
		{"years=3, lag=30", func(in *calc.Inputs) { in.Years, in.Lag = 3, 30 }},
		{"saving", func(in *calc.Inputs) { in.MktTarget, in.SalesTarget = 1, 2 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := with(tc.mod)
			r := calc.Project(in)
			n := 12 * int(in.Years)
			if len(r.Timeline) != n+1 {
				t.Fatalf("len(Timeline) = %d, want %d", len(r.Timeline), n+1)
			}
			scale := math.Abs(r.Benefit) + math.Abs(r.Cost)
			if r.Timeline[0] != -r.AnnualCost {
				t.Errorf("Timeline[0] = %g, want -annual cost %g", r.Timeline[0], -r.AnnualCost)
			}
			if !scaledClose(r.Timeline[n], r.Net, scale, tol) {
				t.Errorf("Timeline[%d] = %.10g, want net %.10g", n, r.Timeline[n], r.Net)
			}
			for m, got := range r.Timeline {
				fm := float64(m)
				want := r.AnnualGain/12*math.Max(0, fm-in.Lag) - r.AnnualCost*math.Min(in.Years, math.Floor(fm/12)+1)
				if !scaledClose(got, want, scale, tol) {
					t.Errorf("Timeline[%d] = %.10g, want %.10g", m, got, want)
				}
				// Each year's training is paid at its start: entering a new year within
				// the horizon drops by the annual cost (less the month's gain); the end
				// of the last year pays nothing more.
				if m > 0 && m%12 == 0 {
					step := got - r.Timeline[m-1]
					wantStep := 0.0
					if m < n {
						wantStep = -r.AnnualCost
					}
					if fm > in.Lag {
						wantStep += r.AnnualGain / 12 * math.Min(1, fm-in.Lag)
					}
					if !scaledClose(step, wantStep, scale, tol) {
						t.Errorf("step into month %d = %.10g, want %.10g", m, step, wantStep)
					}
				}
			}
		})
	}
}

func TestTimelinePaybackMonth(t *testing.T) {
	r := calc.Project(calc.Defaults())
	first := slices.IndexFunc(r.Timeline, func(v float64) bool { return v >= 0 })
	if want := int(math.Ceil(r.Payback.V)); first != want {
		t.Errorf("first month with cumulative >= 0 is %d, want ceil(payback %.4f) = %d", first, r.Payback.V, want)
	}
	if first != 5 {
		t.Errorf("first month with cumulative >= 0 is %d, want 5 (payback 4.75 months)", first)
	}
}

func TestCurvesWorkedExample(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	const now = 3_600_000.0
	for _, tc := range []struct {
		name   string
		pts    []calc.CurvePoint
		target float64
		// factor of the other team, held at its target: at c, c/2 and 1.5c.
		other, otherLow, otherHigh float64
		// study effect of this team
		L float64
	}{
		{"SalesCurve", r.SalesCurve, in.SalesTarget, 1.13, 1.065, 1.195, 0.29},
		{"MktCurve", r.MktCurve, in.MktTarget, 1.145, 1.0725, 1.2175, 0.26},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.pts) != calc.CurveMaxDays+1 || calc.CurveMaxDays != 20 {
				t.Fatalf("%d points, want 21 (days 0..20)", len(tc.pts))
			}
			for d, p := range tc.pts {
				if p.Days != float64(d) {
					t.Errorf("point %d has Days %g", d, p.Days)
				}
				// this team's index ratio against 2 days now, credited at c, c/2, 1.5c
				gain := calc.Index(float64(d), tc.L) - 1
				want := now * tc.other * (1 + 0.5*gain)
				wantLow := now * tc.otherLow * (1 + 0.25*gain)
				wantHigh := now * tc.otherHigh * (1 + 0.75*gain)
				if !relClose(p.Revenue, want, tol) || !relClose(p.Low, wantLow, tol) || !relClose(p.High, wantHigh, tol) {
					t.Errorf("day %d: revenue %.2f low %.2f high %.2f, want %.2f %.2f %.2f", d, p.Revenue, p.Low, p.High, want, wantLow, wantHigh)
				}
				if p.Low > p.Revenue || p.Revenue > p.High {
					t.Errorf("day %d: low %.2f, revenue %.2f, high %.2f out of order", d, p.Low, p.Revenue, p.High)
				}
				if d > 0 && p.Revenue < tc.pts[d-1].Revenue {
					t.Errorf("day %d: revenue %.2f below day %d's %.2f", d, p.Revenue, d-1, tc.pts[d-1].Revenue)
				}
				// flat outside the study's 2-10 days
				if d < calc.StudyLowDays && p != withDays(tc.pts[calc.StudyLowDays], p.Days) {
					t.Errorf("day %d: %+v differs from day 2's %+v", d, p, tc.pts[2])
				}
				if d > calc.StudyHighDays && p != withDays(tc.pts[calc.StudyHighDays], p.Days) {
					t.Errorf("day %d: %+v differs from day 10's %+v", d, p, tc.pts[10])
				}
			}
			// at the planned days the curve is the projection
			if got := tc.pts[int(tc.target)].Revenue; !relClose(got, r.Projected.Revenue, 1e-12) {
				t.Errorf("at the target %g days revenue %.4f, want Projected.Revenue %.4f", tc.target, got, r.Projected.Revenue)
			}
			// strictly rising inside the study's range, where the study credits an effect
			for d := calc.StudyLowDays + 1; d <= calc.StudyHighDays; d++ {
				if tc.pts[d].Revenue <= tc.pts[d-1].Revenue {
					t.Errorf("day %d: revenue %.2f not above day %d's %.2f", d, tc.pts[d].Revenue, d-1, tc.pts[d-1].Revenue)
				}
			}
		})
	}
}

func withDays(p calc.CurvePoint, d float64) calc.CurvePoint { p.Days = d; return p }

// TestCurveBelowCurrentDays: with the other team unchanged, training a team at or
// below its current days never beats today's revenue, and equals it at the current days.
func TestCurveBelowCurrentDays(t *testing.T) {
	in := with(func(in *calc.Inputs) {
		in.SalesDays, in.SalesTarget = 6, 10
		in.MktDays, in.MktTarget = 4, 4
	})
	r := calc.Project(in)
	for d := 0; d <= 6; d++ {
		if p := r.SalesCurve[d]; p.Revenue > r.Now.Revenue || p.Low > r.Now.Revenue || p.High > r.Now.Revenue {
			t.Errorf("sales day %d (current 6): %+v above revenue now %.2f", d, p, r.Now.Revenue)
		}
	}
	if p := r.SalesCurve[6]; !relClose(p.Revenue, r.Now.Revenue, 1e-12) {
		t.Errorf("sales day 6 = current days: revenue %.4f, want revenue now %.4f", p.Revenue, r.Now.Revenue)
	}
	// Below current days a higher confidence credits a bigger loss.
	for d := 0; d < 6; d++ {
		if p := r.SalesCurve[d]; !(p.High <= p.Revenue && p.Revenue <= p.Low) {
			t.Errorf("sales day %d, below current: want high <= revenue <= low, got %+v", d, p)
		}
	}
	if p := r.SalesCurve[10]; !relClose(p.Revenue, r.Projected.Revenue, 1e-12) {
		t.Errorf("sales day 10 = target: revenue %.4f, want projected %.4f", p.Revenue, r.Projected.Revenue)
	}
}

func TestIndex(t *testing.T) {
	for _, tc := range []struct{ d, L, want float64 }{
		{0, 0.29, 1}, {1, 0.29, 1}, {2, 0.29, 1}, {6, 0.29, 1.145}, {10, 0.29, 1.29},
		{12, 0.29, 1.29}, {60, 0.29, 1.29}, {4, 0.26, 1.065}, {3.5, 2, 1.375}, {7, 0, 1},
	} {
		if got := calc.Index(tc.d, tc.L); !relClose(got, tc.want, tol) {
			t.Errorf("Index(%g, %g) = %.17g, want %g", tc.d, tc.L, got, tc.want)
		}
	}
}
