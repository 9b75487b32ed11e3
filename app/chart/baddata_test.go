package chart

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// TestBadData feeds each builder broken model results. Each must return an
// error or a valid SVG, never panic.
func TestBadData(t *testing.T) {
	good := calc.Project(calc.Defaults())
	curve := func(n int, f func(i int) calc.CurvePoint) []calc.CurvePoint {
		c := make([]calc.CurvePoint, n)
		for i := range c {
			c[i] = f(i)
		}
		return c
	}
	flat := func(v float64) []calc.CurvePoint {
		return curve(21, func(i int) calc.CurvePoint { return calc.CurvePoint{Days: float64(i), Revenue: v, Low: v, High: v} })
	}
	series := func(n int, v float64) []float64 {
		s := make([]float64, n)
		for i := range s {
			s[i] = v
		}
		return s
	}
	nan, inf := math.NaN(), math.Inf(1)
	cases := map[string]func(r *calc.Result, d *Days){
		"NaN curve": func(r *calc.Result, _ *Days) { r.SalesCurve = flat(nan) },
		"Inf curve": func(r *calc.Result, _ *Days) { r.MktCurve = flat(inf) },
		"-Inf low": func(r *calc.Result, _ *Days) {
			r.MktCurve = append([]calc.CurvePoint(nil), r.MktCurve...)
			r.MktCurve[3].Low = math.Inf(-1)
		},
		"NaN days": func(r *calc.Result, _ *Days) {
			r.SalesCurve = curve(21, func(i int) calc.CurvePoint { return calc.CurvePoint{Days: nan, Revenue: 1} })
		},
		"unsorted days": func(r *calc.Result, _ *Days) {
			r.SalesCurve = curve(3, func(i int) calc.CurvePoint { return calc.CurvePoint{Days: float64(3 - i), Revenue: 1} })
		},
		"empty curves": func(r *calc.Result, _ *Days) { r.SalesCurve, r.MktCurve = nil, nil },
		"single point": func(r *calc.Result, _ *Days) { r.SalesCurve = r.SalesCurve[:1] },
		"all equal": func(r *calc.Result, _ *Days) {
			r.SalesCurve, r.MktCurve, r.Timeline = flat(4e6), flat(4e6), series(13, 5000)
		},
		"all zero": func(r *calc.Result, _ *Days) {
			r.SalesCurve, r.MktCurve, r.Timeline, r.Now, r.Projected = flat(0), flat(0), series(13, 0), calc.Funnel{}, calc.Funnel{}
		},
		"negative": func(r *calc.Result, _ *Days) {
			r.SalesCurve, r.Timeline = flat(-5e5), series(13, -1e6)
			r.Now.SALs = -3
		},
		"NaN timeline":     func(r *calc.Result, _ *Days) { r.Timeline = series(13, nan) },
		"Inf timeline":     func(r *calc.Result, _ *Days) { r.Timeline = []float64{0, inf} },
		"empty timeline":   func(r *calc.Result, _ *Days) { r.Timeline = nil },
		"1-point timeline": func(r *calc.Result, _ *Days) { r.Timeline = []float64{-5} },
		"NaN payback":      func(r *calc.Result, _ *Days) { r.Payback = calc.Value{V: nan, OK: true} },
		"negative payback": func(r *calc.Result, _ *Days) { r.Payback = calc.Value{V: -3, OK: true} },
		"NaN funnel":       func(r *calc.Result, _ *Days) { r.Projected.Revenue = nan },
		"Inf funnel":       func(r *calc.Result, _ *Days) { r.Now.Customers = inf },
		"equal funnel":     func(r *calc.Result, _ *Days) { r.Projected = r.Now },
		"huge values":      func(r *calc.Result, _ *Days) { r.SalesCurve, r.Timeline = flat(1e300), []float64{-1e308, 1e308} },
		"tiny range":       func(r *calc.Result, _ *Days) { r.SalesCurve, r.MktCurve = flat(1), flat(1+1e-12) },
		"NaN days marks":   func(_ *calc.Result, d *Days) { d.SalesNow = nan },
		"negative days":    func(_ *calc.Result, d *Days) { d.MktPlan = -1 },
		"huge days":        func(_ *calc.Result, d *Days) { d.MktPlan = 1e9 },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			r := good
			r.SalesCurve = append([]calc.CurvePoint(nil), good.SalesCurve...)
			d := DaysOf(calc.Defaults())
			mutate(&r, &d)
			for _, w := range []int{360, 1000} {
				for _, b := range []func() (string, error){
					func() (string, error) { return Lift(r, d, Options{Width: w}) },
					func() (string, error) { return Funnel(r, Options{Width: w}) },
					func() (string, error) { return Payback(r, Options{Width: w}) },
				} {
					var svg string
					var err error
					mustNotPanic(t, func() { svg, err = b() })
					if err != nil {
						if svg != "" {
							t.Fatalf("output with an error")
						}
						continue
					}
					parseSVG(t, svg)
					if strings.Contains(svg, "NaN") || strings.Contains(svg, "Inf") {
						t.Fatalf("NaN or Inf in the SVG")
					}
				}
			}
			// Tables never panic either.
			mustNotPanic(t, func() { LiftTable(r, d); FunnelTable(r); PaybackTable(r) })
		})
	}
}

func TestBadDataErrors(t *testing.T) {
	r := calc.Project(calc.Defaults())
	r.Timeline = []float64{1, math.NaN()}
	if _, err := Payback(r, Options{}); !errors.Is(err, ErrNotFinite) {
		t.Errorf("NaN timeline: %v, want ErrNotFinite", err)
	}
	r.Timeline = []float64{1}
	if _, err := Payback(r, Options{}); !errors.Is(err, ErrTooFew) {
		t.Errorf("one-point timeline: %v, want ErrTooFew", err)
	}
	r.SalesCurve = nil
	if _, err := Lift(r, Days{}, Options{}); !errors.Is(err, ErrNoData) {
		t.Errorf("empty curve: %v, want ErrNoData", err)
	}
	r.Now.SALs = -1
	if _, err := Funnel(r, Options{}); !errors.Is(err, ErrNegative) {
		t.Errorf("negative funnel: %v, want ErrNegative", err)
	}
}
