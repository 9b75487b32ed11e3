package calc_test

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// The figures of the model's worked example and of its version 2 table, each as an
// exact closed form worked out by hand from the formulas (not by the code under
// test), and as the model prints it.

// fromQuery is the defaults changed by a URL query of the model's tables.
func fromQuery(t *testing.T, q string) calc.Inputs {
	t.Helper()
	vs, err := url.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	in := calc.Defaults()
	for name := range vs {
		f, ok := calc.FieldByName(name)
		if !ok {
			t.Fatalf("unknown field %q", name)
		}
		v, err := strconv.ParseFloat(vs.Get(name), 64)
		if err != nil {
			t.Fatal(err)
		}
		*f.Of(&in) = v
	}
	return in
}

// want is one expected figure: exact to 1e-9 (relative), and printed as the model
// prints it.
type want struct {
	name   string
	exact  float64
	format string // fmt verb for how the model prints it, "" when it does not
	print  string
}

func checkFigures(t *testing.T, r calc.Result, ws []want) {
	t.Helper()
	for _, w := range ws {
		o, ok := calc.OutputByName(w.name)
		if !ok {
			t.Fatalf("no output %q", w.name)
		}
		v := o.Of(&r)
		if !v.OK {
			t.Errorf("%s n/a (%s), want %.10g", w.name, v.Why, w.exact)
			continue
		}
		if !relClose(v.V, w.exact, 1e-9) {
			t.Errorf("%s = %.15g, want %.15g", w.name, v.V, w.exact)
		}
		if w.format != "" {
			if got := fmt.Sprintf(w.format, v.V); got != w.print {
				t.Errorf("%s prints as %s, model.md says %s", w.name, got, w.print)
			}
		}
	}
}

func checkUndefined(t *testing.T, r calc.Result, why calc.Reason, names ...string) {
	t.Helper()
	for _, name := range names {
		o, _ := calc.OutputByName(name)
		if v := o.Of(&r); v.OK || v.Why != why {
			t.Errorf("%s = %+v, want n/a because %s", name, v, why)
		}
	}
}

// Worked example: 5 marketers and 10 salespeople from 2 to 10 days, half the effect.
// F_m = 1 + 0.5·0.26 = 1.13, F_s = 1 + 0.5·0.29 = 1.145; 2,400 MQLs a year.
func TestWorkedExample(t *testing.T) {
	r := calc.Project(calc.Defaults())
	const g = (4657860 - 3600000) * 0.7 // annual gross profit gain
	// Break-even: 3.6M·0.7·(9/12)·((1+0.26c)(1+0.29c) − 1) = 108,000, a quadratic in c.
	a, b, c := 1890000*0.26*0.29, 1890000*(0.26+0.29), -108000.0
	be := (-b + math.Sqrt(b*b-4*a*c)) / (2 * a) * 100
	roiAt := func(conf float64) float64 {
		lift := (1+0.26*conf)*(1+0.29*conf) - 1
		return (3600000*lift*0.7*0.75 - 108000) / 108000 * 100
	}
	checkFigures(t, r, []want{
		{"factor_mkt", 1.13, "%.2f", "1.13"},
		{"factor_sales", 1.145, "%.3f", "1.145"},
		{"sals_now", 720, "%.0f", "720"},
		{"sals_new", 824.4, "%.1f", "824.4"},
		{"customers_now", 144, "%.0f", "144"},
		{"customers_new", 186.3144, "%.4f", "186.3144"},
		{"revenue_now", 3600000, "%.0f", "3600000"},
		{"revenue_new", 4657860, "%.0f", "4657860"},
		{"lift", 0.29385, "%.5f", "0.29385"},
		{"annual_gain", g, "%.0f", "740502"},
		{"effect_months", 9, "%.0f", "9"},
		{"benefit", g * 9 / 12, "%.2f", "555376.50"},
		{"annual_cost_mkt", 5 * 8 * 900, "%.0f", "36000"},
		{"annual_cost_sales", 10 * 8 * 900, "%.0f", "72000"},
		{"cost", 108000, "%.0f", "108000"},
		{"net", g*9/12 - 108000, "%.2f", "447376.50"},
		{"roi", (g*9/12 - 108000) / 108000 * 100, "%.2f", "414.24"},
		{"bcr", g * 9 / 12 / 108000, "%.3f", "5.142"},
		{"payback", 3 + 12*108000/g, "%.6f", "4.750164"},
		{"lift_low", 1.065*1.0725 - 1, "%.4f", "0.1422"},
		{"lift_high", 1.195*1.2175 - 1, "%.4f", "0.4549"},
		{"roi_low", roiAt(0.25), "%.2f", "148.87"},
		{"roi_high", roiAt(0.75), "%.2f", "696.10"},
		{"breakeven", be, "%.4f", "10.2457"},
	})
	if got := codes(r); !slices.Equal(got, []string{calc.WarnBeyondStudy}) {
		t.Errorf("warnings %v, want [beyond_study] (+29.4%% against the study's +29%%)", got)
	}
}

// The model's other cases to check by hand.
func TestOtherCases(t *testing.T) {
	t.Run("sal cap", func(t *testing.T) {
		r := calc.Project(fromQuery(t, "sal_rate=90&confidence=100"))
		// SAL rate 0.9·1.29 > 1 is capped: lift = 1·(0.2·1.26)/(0.9·0.2) − 1 = 0.4.
		checkFigures(t, r, []want{{"lift", 0.4, "%.3f", "0.400"}, {"sal_rate_new", 100, "%.0f", "100"}})
		if !r.SALCapped || !slices.Contains(codes(r), calc.WarnSALCap) {
			t.Errorf("SAL rate not flagged as capped: %v", codes(r))
		}
	})
	t.Run("two years, lag 4", func(t *testing.T) {
		r := calc.Project(fromQuery(t, "years=2&lag=4"))
		const g = 740502.0
		checkFigures(t, r, []want{
			{"benefit", g * 20 / 12, "%.0f", "1234170"},
			{"cost", 216000, "%.0f", "216000"},
			{"roi", (g*20/12 - 216000) / 216000 * 100, "%.2f", "471.37"},
			// Year 1 crosses zero at 4 + 12·108,000/G; year 2 starts above zero.
			{"payback", 4 + 12*108000/g, "%.2f", "5.75"},
		})
	})
	t.Run("training cut", func(t *testing.T) {
		r := calc.Project(fromQuery(t, "mkt_target=1&sales_target=2"))
		checkFigures(t, r, []want{{"cost", -4500, "%.0f", "-4500"}, {"lift", 0, "%.0f", "0"}})
		checkUndefined(t, r, calc.Saving, "roi", "bcr", "breakeven")
		checkUndefined(t, r, calc.NoGain, "payback")
	})
}

// The cases version 1 of the model got wrong.
func TestVersion2Table(t *testing.T) {
	const g = 740502.0 // the worked example's annual gross profit gain
	t.Run("payback from the timeline", func(t *testing.T) {
		r := calc.Project(fromQuery(t, "lag=36&years=5"))
		// Year 4 starts at month 36 at −4·108,000 and crosses at 36 + 12·4·108,000/G;
		// year 5 starts at G − 5·108,000 > 0.
		checkFigures(t, r, []want{{"payback", 36 + 12*4*108000/g, "%.4f", "43.0007"}})
		if r.PaybackYear != 4 {
			t.Errorf("payback in training year %g, want 4", r.PaybackYear)
		}
	})
	t.Run("payback bounded by the horizon", func(t *testing.T) {
		r := calc.Project(fromQuery(t, "lag=12"))
		checkUndefined(t, r, calc.BeyondHorizon, "payback")
	})
	t.Run("break-even over the whole range", func(t *testing.T) {
		in := fromQuery(t, "mkt_team=6&mkt_days=10&mkt_target=2&sales_team=13&sales_days=2&sales_target=10")
		r := calc.Project(in)
		// F_m = 1 − c·(1 − 1/1.26), F_s = 1 + 0.29c; net = 1,890,000·(F_m·F_s − 1) − 50,400.
		k := 1 - 1/1.26
		a, b, c := -1890000*0.29*k, 1890000*(0.29-k), -50400.0
		roots := []float64{(-b + math.Sqrt(b*b-4*a*c)) / (2 * a), (-b - math.Sqrt(b*b-4*a*c)) / (2 * a)}
		be := min(roots[0], roots[1]) * 100
		roiAt := func(conf float64) float64 {
			return (1890000*((1-k*conf)*(1+0.29*conf)-1) - 50400) / 50400 * 100
		}
		checkFigures(t, r, []want{
			{"net", 375, "%.0f", "375"},
			{"breakeven", be, "%.2f", "49.18"},
			{"roi_low", roiAt(0.25), "%.1f", "-35.6"},
			{"roi_high", roiAt(0.75), "%.2f", "9.04"},
		})
		in.Confidence = 100
		r = calc.Project(in)
		if !(r.ROILow.V <= r.ROI.V && r.ROI.V <= r.ROIHigh.V) {
			t.Errorf("at 100%%: ROI range %g ≤ %g ≤ %g out of order", r.ROILow.V, r.ROI.V, r.ROIHigh.V)
		}
	})
	t.Run("teams of nobody", func(t *testing.T) {
		r := calc.Project(fromQuery(t, "mkt_team=0&sales_team=0"))
		checkFigures(t, r, []want{{"lift", 0, "%.0f", "0"}, {"cost", 0, "%.0f", "0"}, {"factor_mkt", 1, "", ""}, {"factor_sales", 1, "", ""}})
		checkUndefined(t, r, calc.NoExtraCost, "roi", "breakeven")
		checkUndefined(t, r, calc.NoGain, "payback")
	})
	t.Run("study effects 0-100", func(t *testing.T) {
		in := fromQuery(t, "sales_lift=200&mkt_lift=200&confidence=100")
		err := in.Validate()
		es, ok := err.(calc.Errors)
		if !ok || len(es) != 2 || es[0].Field != "sales_lift" || es[1].Field != "mkt_lift" || es[0].Problem != calc.OutOfRange {
			t.Errorf("Validate = %v, want both effects out of range", err)
		}
	})
	t.Run("no negative zero", func(t *testing.T) {
		in := fromQuery(t, "day_cost=0&day_rate=0&mkt_target=1&sales_target=1")
		r := calc.Project(in)
		checkClean(t, in, r)
		if r.Cost != 0 || math.Signbit(r.Cost) {
			t.Errorf("cost %v, want 0", r.Cost)
		}
	})
	t.Run("ratio too large", func(t *testing.T) {
		in := fromQuery(t, "day_cost=0&day_rate=1e-12")
		r := calc.Project(in)
		checkUndefined(t, r, calc.RatioTooLarge, "roi", "bcr", "roi_low", "roi_high")
		if !r.Payback.OK || r.Payback.V < 3 || r.Payback.V > 3.0001 {
			t.Errorf("payback %+v, want just after the 3-month lag", r.Payback)
		}
	})
}

// Version 2's warnings fire where the model says, with the numbers they are about.
func TestVersion2Warnings(t *testing.T) {
	for _, c := range []struct {
		query        string
		code         string
		value, limit float64
		fields       []string
	}{
		{"", calc.WarnBeyondStudy, 0.29385, 0.29, nil},
		// SAL' = 0.45·1.29 = 0.5805, win' = 0.6·1.26 = 0.756: 43.9% of MQLs close.
		{"sal_rate=45&win_rate=60&confidence=100", calc.WarnCloseAbove35, 0.5805 * 0.756 * 100, 35, nil},
		{"sal_rate=45&win_rate=60&confidence=100", calc.WarnSALAbove50, 58.05, 50, nil},
		{"sales_lift=20", calc.WarnOwnEffect, 0, 0, []string{"sales_lift"}},
		{"sales_lift=20&mkt_lift=30", calc.WarnOwnEffect, 0, 0, []string{"sales_lift", "mkt_lift"}},
		{"mkt_days=1&sales_target=12", calc.WarnDaysOutside, 0, 0, []string{"mkt_days", "sales_target"}},
		{"lag=12", calc.WarnLagHorizon, 12, 12, nil},
	} {
		r := calc.Project(fromQuery(t, c.query))
		i := slices.IndexFunc(r.Warnings, func(w calc.Warning) bool { return w.Code == c.code })
		if i < 0 {
			t.Errorf("?%s: no %s among %v", c.query, c.code, codes(r))
			continue
		}
		w := r.Warnings[i]
		if !relClose(w.Value, c.value, 1e-9) || w.Limit != c.limit || !slices.Equal(w.Fields, c.fields) {
			t.Errorf("?%s: %+v, want value %g limit %g fields %v", c.query, w, c.value, c.limit, c.fields)
		}
	}
	// The study's own effects, training within 2-10 days and a lift within the larger
	// effect give no warning at all.
	if r := calc.Project(fromQuery(t, "confidence=40")); len(r.Warnings) != 0 {
		t.Errorf("confidence=40: warnings %v, want none", codes(r))
	}
}
