package calc_test

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// spec is the inputs table of model.md: default, valid range, whole.
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
	{"sales_lift", 29, 0, 200, false},
	{"mkt_lift", 26, 0, 200, false},
}

func TestFieldsMatchModel(t *testing.T) {
	if len(calc.Fields) != len(spec) {
		t.Fatalf("%d fields, model.md has %d inputs", len(calc.Fields), len(spec))
	}
	for i, s := range spec {
		f := calc.Fields[i]
		if f.Name != s.name || f.Default != s.def || f.Min != s.min || f.Max != s.max || f.Whole != s.whole {
			t.Errorf("field %d = %s default %g range %g-%g whole %v, model.md: %s %g %g-%g %v",
				i, f.Name, f.Default, f.Min, f.Max, f.Whole, s.name, s.def, s.min, s.max, s.whole)
		}
		if f.Label == "" || f.Help == "" || f.Unit == "" || f.Step <= 0 || f.Of == nil {
			t.Errorf("field %s lacks a label, help, unit, step or Of: %+v", f.Name, f)
		}
	}
}

// TestFieldsOf: every field points at its own member of Inputs, and together they
// cover all of them.
func TestFieldsOf(t *testing.T) {
	n := reflect.TypeFor[calc.Inputs]().NumField()
	if len(calc.Fields) != n {
		t.Fatalf("%d fields for the %d members of Inputs", len(calc.Fields), n)
	}
	seen := map[int]string{}
	for _, f := range calc.Fields {
		var in calc.Inputs
		*f.Of(&in) = 1
		x := reflect.ValueOf(in)
		set := -1
		for i := range n {
			if x.Field(i).Float() != 0 {
				if set >= 0 {
					t.Errorf("%s sets two members of Inputs", f.Name)
				}
				set = i
			}
		}
		if set < 0 {
			t.Errorf("%s sets no member of Inputs", f.Name)
			continue
		}
		if other, dup := seen[set]; dup {
			t.Errorf("%s and %s both point at Inputs.%s", f.Name, other, x.Type().Field(set).Name)
		}
		seen[set] = f.Name
	}
}

func TestFieldByName(t *testing.T) {
	for i, f := range calc.Fields {
		got, ok := calc.FieldByName(f.Name)
		if !ok {
			t.Errorf("FieldByName(%q) not found", f.Name)
			continue
		}
		if got.Name != f.Name || got.Default != f.Default || got.Min != f.Min || got.Max != f.Max || got.Label != f.Label {
			t.Errorf("FieldByName(%q) = %+v, want Fields[%d] %+v", f.Name, got, i, f)
		}
		var a, b calc.Inputs
		*got.Of(&a), *f.Of(&b) = 7, 7
		if a != b {
			t.Errorf("FieldByName(%q).Of points elsewhere than Fields[%d].Of", f.Name, i)
		}
	}
	for _, name := range []string{"", "nope", "MktTeam", "SAL_RATE", "sal_rate ", "sal-rate"} {
		if f, ok := calc.FieldByName(name); ok || f.Name != "" || f.Of != nil {
			t.Errorf("FieldByName(%q) = %+v, %v; want the zero Field, false", name, f, ok)
		}
	}
}

func TestDefaultsRoundTrip(t *testing.T) {
	d := calc.Defaults()
	var built calc.Inputs
	for _, f := range calc.Fields {
		if got := *f.Of(&d); got != f.Default {
			t.Errorf("Defaults().%s = %g, want %g", f.Name, got, f.Default)
		}
		*f.Of(&built) = f.Default
	}
	if built != d {
		t.Errorf("inputs built from Fields' defaults %+v differ from Defaults() %+v", built, d)
	}
	// Each call is a fresh copy.
	d.SALRate = 99
	if calc.Defaults().SALRate != 30 {
		t.Errorf("changing one Defaults() changed the next")
	}
}

func TestValidateDefaults(t *testing.T) {
	if err := calc.Defaults().Validate(); err != nil {
		t.Errorf("Defaults().Validate() = %v, want nil", err)
	}
}

// TestValidateAcceptsEdges: both ends of every range are valid, and so are fractions
// of fields that need not be whole, and -0.
func TestValidateAcceptsEdges(t *testing.T) {
	for _, f := range calc.Fields {
		vals := []float64{f.Min, f.Max, (f.Min + f.Max) / 2, math.Round((f.Min + f.Max) / 2)}
		if f.Min == 0 {
			vals = append(vals, math.Copysign(0, -1))
		}
		if !f.Whole {
			vals = append(vals, f.Min+0.5, math.Nextafter(f.Max, f.Min), math.Nextafter(f.Min, f.Max))
		}
		for _, v := range vals {
			in := calc.Defaults()
			*f.Of(&in) = v
			if err := in.Validate(); err != nil {
				t.Errorf("%s = %v: Validate() = %v, want nil", f.Name, v, err)
			}
			if msg := f.Check(v); msg != "" {
				t.Errorf("%s.Check(%v) = %q, want \"\"", f.Name, v, msg)
			}
		}
	}
}

// badValues are the invalid values of f, by what is wrong with them.
func badValues(f calc.Field) map[string]float64 {
	bad := map[string]float64{
		"below min":      f.Min - 1,
		"just below min": math.Nextafter(f.Min, math.Inf(-1)),
		"far below":      -1e300,
		"above max":      f.Max + 1,
		"just above max": math.Nextafter(f.Max, math.Inf(1)),
		"far above":      1e300,
		"NaN":            math.NaN(),
		"+Inf":           math.Inf(1),
		"-Inf":           math.Inf(-1),
	}
	if f.Whole {
		bad["half"] = f.Min + 0.5
		bad["just above a whole"] = math.Nextafter(f.Min+1, math.Inf(1))
		bad["just below a whole"] = math.Nextafter(f.Max, math.Inf(-1))
	}
	return bad
}

func TestValidateRejects(t *testing.T) {
	for _, f := range calc.Fields {
		for what, v := range badValues(f) {
			in := calc.Defaults()
			*f.Of(&in) = v
			err := in.Validate()
			if err == nil {
				t.Errorf("%s = %v (%s): Validate() = nil, want an error", f.Name, v, what)
				continue
			}
			var es calc.Errors
			if !errors.As(err, &es) {
				t.Errorf("%s = %v (%s): Validate() = %T %v, want a calc.Errors", f.Name, v, what, err, err)
				continue
			}
			if len(es) != 1 || es[0].Field != f.Name {
				t.Errorf("%s = %v (%s): errors %v, want one naming %s", f.Name, v, what, es, f.Name)
				continue
			}
			checkMessage(t, f.Name, v, es[0].Msg)
			if msg := f.Check(v); msg != es[0].Msg {
				t.Errorf("%s.Check(%v) = %q, Validate says %q", f.Name, v, msg, es[0].Msg)
			}
			if s := err.Error(); !strings.Contains(s, f.Name) || !strings.Contains(s, es[0].Msg) {
				t.Errorf("%s = %v: Error() = %q names neither field nor message", f.Name, v, s)
			}
		}
	}
}

// checkMessage fails t when msg is not something to show a person.
func checkMessage(t *testing.T, field string, v float64, msg string) {
	t.Helper()
	if strings.TrimSpace(msg) == "" {
		t.Errorf("%s = %v: empty message", field, v)
	}
	for _, bad := range []string{"NaN", "Inf", "e+"} {
		if strings.Contains(msg, bad) {
			t.Errorf("%s = %v: message %q contains %q", field, v, msg, bad)
		}
	}
}

// TestValidateRangeMessage: the message for an out-of-range value states the range.
func TestValidateRangeMessage(t *testing.T) {
	in := with(func(in *calc.Inputs) { in.SALRate = 101 })
	var es calc.Errors
	if !errors.As(in.Validate(), &es) || len(es) != 1 {
		t.Fatalf("sal_rate 101: want one error, got %v", in.Validate())
	}
	if !strings.Contains(es[0].Msg, "0") || !strings.Contains(es[0].Msg, "100") {
		t.Errorf("sal_rate 101: message %q does not give the range 0 to 100", es[0].Msg)
	}
	in = with(func(in *calc.Inputs) { in.Years = 2.5 })
	if !errors.As(in.Validate(), &es) || len(es) != 1 || !strings.Contains(strings.ToLower(es[0].Msg), "whole") {
		t.Errorf("years 2.5: want one error asking for a whole number, got %v", es)
	}
}

func TestValidateSeveral(t *testing.T) {
	in := calc.Defaults()
	in.MktLift = -1  // last field
	in.MktTeam = 1.5 // first field
	in.SALRate = math.NaN()
	err := in.Validate()
	var es calc.Errors
	if !errors.As(err, &es) {
		t.Fatalf("Validate() = %v, want calc.Errors", err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Field)
	}
	if got, want := strings.Join(names, ","), "mkt_team,sal_rate,mkt_lift"; got != want {
		t.Errorf("error fields %s, want %s (field order)", got, want)
	}
	parts := strings.Split(err.Error(), "; ")
	if len(parts) != 3 {
		t.Errorf("Error() = %q, want three parts joined by \"; \"", err.Error())
	}
	for i, p := range parts {
		if !strings.HasPrefix(p, names[i]+": ") {
			t.Errorf("part %d of Error() = %q, want it to start with %q", i, p, names[i]+": ")
		}
	}
}
