package calc_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// with returns the defaults changed by mod.
func with(mod func(*calc.Inputs)) calc.Inputs {
	in := calc.Defaults()
	if mod != nil {
		mod(&in)
	}
	return in
}

// relClose reports whether got is want to a relative error of tol (an absolute one
// when want is 0).
func relClose(got, want, tol float64) bool {
	if want == 0 {
		return math.Abs(got) <= tol
	}
	return math.Abs(got-want) <= tol*math.Abs(want)
}

// scaledClose reports whether got is want to tol relative to max(|want|, scale): for
// numbers that are small differences of big ones.
func scaledClose(got, want, scale, tol float64) bool {
	return math.Abs(got-want) <= tol*math.Max(math.Abs(want), math.Abs(scale))
}

// codes lists the warning codes of r, in order.
func codes(r calc.Result) []string {
	var cs []string
	for _, w := range r.Warnings {
		cs = append(cs, w.Code)
	}
	return cs
}

// floatPath is one float64 found in a Result, with where it was found.
type floatPath struct {
	Path string
	V    float64
}

// floats walks every float64 of v (struct fields, slice elements), so that a field
// added to Result later is covered without changing the tests.
func floats(v any) []floatPath {
	var out []floatPath
	var walk func(path string, x reflect.Value)
	walk = func(path string, x reflect.Value) {
		switch x.Kind() {
		case reflect.Float32, reflect.Float64:
			out = append(out, floatPath{path, x.Float()})
		case reflect.Struct:
			for i := range x.NumField() {
				walk(path+"."+x.Type().Field(i).Name, x.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range x.Len() {
				walk(path+"[]", x.Index(i))
			}
		}
	}
	walk("", reflect.ValueOf(v))
	return out
}

// checkClean fails when any number in r is NaN, infinite or a negative zero, or an
// undefined Value has a number or no reason.
func checkClean(t *testing.T, in calc.Inputs, r calc.Result) {
	t.Helper()
	for _, f := range floats(r) {
		switch {
		case math.IsNaN(f.V) || math.IsInf(f.V, 0):
			t.Errorf("Project(%+v)%s = %v", in, f.Path, f.V)
		case f.V == 0 && math.Signbit(f.V):
			t.Errorf("Project(%+v)%s is negative zero", in, f.Path)
		}
	}
	for _, o := range calc.Outputs {
		v := o.Of(&r)
		if !v.OK && (v.V != 0 || v.Why == "") {
			t.Errorf("Project(%+v): %s undefined as %+v", in, o.Name, v)
		}
		if v.OK && v.Why != "" {
			t.Errorf("Project(%+v): %s defined with a reason: %+v", in, o.Name, v)
		}
	}
}

func newRand() *rand.Rand { return rand.New(rand.NewPCG(2014, 500)) }

// randomValue draws a valid value for f: often a round, typical one, sometimes an
// edge or any value of its range.
func randomValue(r *rand.Rand, f calc.Field) float64 {
	if f.Optional {
		// A budget: none, often; else up to about the cost of a plan.
		if r.IntN(2) == 0 {
			return f.Default
		}
		return math.Round(r.Float64() * 200000)
	}
	var v float64
	switch r.IntN(10) {
	case 0:
		v = f.Min
	case 1:
		v = f.Max
	case 2, 3:
		v = f.Min + r.Float64()*(f.Max-f.Min)
	default:
		// Around the default, within a factor of 3 either way.
		v = f.Default * math.Pow(3, 2*r.Float64()-1)
		if f.Unit == "days" {
			v = r.Float64() * 14
		}
	}
	if f.Whole {
		v = math.Round(v)
	}
	return math.Max(f.Min, math.Min(f.Max, v))
}

func randomInputs(r *rand.Rand) calc.Inputs {
	var in calc.Inputs
	for _, f := range calc.Fields {
		*f.Of(&in) = randomValue(r, f)
	}
	return in
}

// forRandom runs check on the defaults and on many random valid inputs.
func forRandom(t *testing.T, n int, check func(t *testing.T, r *rand.Rand, in calc.Inputs)) {
	t.Helper()
	if testing.Short() {
		n /= 100 // the defaults and a few random inputs still meet every check
	}
	rng := newRand()
	check(t, rng, calc.Defaults())
	for range n {
		in := randomInputs(rng)
		if err := in.Validate(); err != nil {
			t.Fatalf("random inputs invalid: %v", err)
		}
		check(t, rng, in)
		if t.Failed() {
			return
		}
	}
}
