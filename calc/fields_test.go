package calc_test

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// spec is the inputs table of the model (version 3): default, valid range, whole;
// the budget's default, empty, is no limit.
var spec = []struct {
	name          string
	def, min, max float64
	whole         bool
}{
	{"mkt_team", 5, 0, 100000, true},
	{"mkt_days", 2, 0, 60, false},
	{"mkt_target", 10, 0, 60, false},
	{"sales_team", 10, 0, 100000, true},
	{"sales_days", 2, 0, 60, false},
	{"sales_target", 10, 0, 60, false},
	{"mqls", 200, 0, 10000000, false},
	{"sal_rate", 30, 0, 100, false},
	{"win_rate", 20, 0, 100, false},
	{"deal", 25000, 0, 1000000000, false},
	{"margin", 70, 0, 100, false},
	{"day_cost", 500, 0, 1000000, false},
	{"day_rate", 400, 0, 1000000, false},
	{"lag", 3, 0, 36, false},
	{"years", 1, 1, 5, true},
	{"confidence", 50, 0, 100, false},
	{"sales_lift", 29, 0, 100, false},
	{"mkt_lift", 26, 0, 100, false},
	{"budget", math.Inf(1), 0, 1e12, false},
}

func TestFieldsMatchModel(t *testing.T) {
	if len(calc.Fields) != len(spec) {
		t.Fatalf("%d fields, the model has %d inputs", len(calc.Fields), len(spec))
	}
	for i, s := range spec {
		f := calc.Fields[i]
		if f.Name != s.name || f.Default != s.def || f.Min != s.min || f.Max != s.max || f.Whole != s.whole {
			t.Errorf("field %d = %s default %g range %g-%g whole %v, model: %s %g %g-%g %v",
				i, f.Name, f.Default, f.Min, f.Max, f.Whole, s.name, s.def, s.min, s.max, s.whole)
		}
		if f.Label == "" || f.Help == "" || f.Unit == "" || f.Step <= 0 || f.Of == nil {
			t.Errorf("field %s lacks a label, help, unit, step or Of: %+v", f.Name, f)
		}
	}
}

// Every field points at its own member of Inputs, and together they cover all.
func TestFieldsOf(t *testing.T) {
	n := reflect.TypeFor[calc.Inputs]().NumField()
	if len(calc.Fields) != n {
		t.Fatalf("%d fields for the %d members of Inputs", len(calc.Fields), n)
	}
	var in calc.Inputs
	for i, f := range calc.Fields {
		*f.Of(&in) = float64(i + 1)
	}
	v := reflect.ValueOf(in)
	seen := map[float64]bool{}
	for i := range n {
		seen[v.Field(i).Float()] = true
	}
	if len(seen) != n || seen[0] {
		t.Errorf("fields do not each set a member of their own: %+v", in)
	}
	for _, f := range calc.Fields {
		if g, ok := calc.FieldByName(f.Name); !ok || g.Name != f.Name {
			t.Errorf("FieldByName(%q) = %v, %v", f.Name, g.Name, ok)
		}
	}
	if _, ok := calc.FieldByName("nope"); ok {
		t.Error("FieldByName found an unknown name")
	}
}

func TestValidate(t *testing.T) {
	if err := calc.Defaults().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	for _, f := range calc.Fields {
		inf := calc.NotFinite
		if f.Optional {
			inf = calc.NoProblem // left empty: no limit
		}
		for _, c := range []struct {
			v    float64
			want calc.Problem
		}{
			{f.Min, calc.NoProblem},
			{f.Max, calc.NoProblem},
			{f.Min - 1, calc.OutOfRange},
			{f.Max + 1, calc.OutOfRange},
			{math.NaN(), calc.NotFinite},
			{math.Inf(1), inf},
			{math.Inf(-1), calc.NotFinite},
		} {
			if got := f.Check(c.v); got != c.want {
				t.Errorf("%s.Check(%g) = %v, want %v", f.Name, c.v, got, c.want)
			}
		}
		want := calc.NoProblem
		if f.Whole {
			want = calc.NotWhole
		}
		if got := f.Check(f.Min + 0.5); got != want {
			t.Errorf("%s.Check(%g) = %v, want %v", f.Name, f.Min+0.5, got, want)
		}
	}
	in := calc.Defaults()
	in.SalesTeam, in.SALRate, in.Lag = 2.5, 120, math.NaN()
	var es calc.Errors
	if err := in.Validate(); !errors.As(err, &es) || len(es) != 3 ||
		es[0] != (calc.FieldError{Field: "sales_team", Problem: calc.NotWhole}) ||
		es[1] != (calc.FieldError{Field: "sal_rate", Problem: calc.OutOfRange}) ||
		es[2] != (calc.FieldError{Field: "lag", Problem: calc.NotFinite}) {
		t.Errorf("Validate = %v, want sales_team, sal_rate and lag in field order", err)
	}
}

// The outputs table: unique names, the page hooks of the public contract among
// them, and each reads the result it names.
func TestOutputs(t *testing.T) {
	seen := map[string]bool{}
	for _, o := range calc.Outputs {
		if seen[o.Name] || o.Label == "" || o.Unit == "" || o.Of == nil {
			t.Errorf("output %+v: duplicate or incomplete", o)
		}
		seen[o.Name] = true
	}
	for _, name := range []string{"revenue_now", "revenue_new", "customers_now", "customers_new", "sals_now", "sals_new",
		"sal_rate_new", "win_rate_new", "lift", "lift_low", "lift_high", "benefit", "cost", "net", "roi", "roi_low",
		"roi_high", "bcr", "payback", "breakeven",
		"best_mkt_target", "best_sales_target", "best_net", "best_cost", "best_roi", "best_half_mkt_target",
		"best_half_sales_target", "best_more_mkt_target", "best_more_sales_target",
		"step_mkt_more_benefit", "step_mkt_more_cost", "step_mkt_more_net", "step_mkt_less_benefit", "step_mkt_less_cost",
		"step_mkt_less_net", "step_sales_more_benefit", "step_sales_more_cost", "step_sales_more_net",
		"step_sales_less_benefit", "step_sales_less_cost", "step_sales_less_net",
		"threshold_mqls", "threshold_deal", "threshold_margin", "threshold_day_total", "threshold_lag"} {
		if !seen[name] {
			t.Errorf("no output %q", name)
		}
	}
	r := calc.Project(calc.Defaults())
	for name, want := range map[string]calc.Value{
		"sal_rate_new": {V: r.Projected.SALRate * 100, OK: true},
		"roi":          r.ROI,
		"payback":      r.Payback,
		"net":          {V: r.Net, OK: true},
	} {
		o, _ := calc.OutputByName(name)
		if got := o.Of(&r); got != want {
			t.Errorf("%s reads %+v, want %+v", name, got, want)
		}
	}
}
