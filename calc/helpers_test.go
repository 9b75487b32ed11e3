package calc_test

import (
	"fmt"
	"math"
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

// floats walks every float64 of v (struct fields, Value.V, slice elements), so that
// a field added to Result later is covered without changing the tests.
func floats(v any) []floatPath {
	var out []floatPath
	var walk func(path string, x reflect.Value)
	walk = func(path string, x reflect.Value) {
		switch x.Kind() {
		case reflect.Float32, reflect.Float64:
			out = append(out, floatPath{path, x.Float()})
		case reflect.Struct:
			for i := range x.NumField() {
				name := x.Type().Field(i).Name
				if path != "" {
					name = path + "." + name
				}
				walk(name, x.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range x.Len() {
				walk(fmt.Sprintf("%s[%d]", path, i), x.Index(i))
			}
		case reflect.Pointer, reflect.Interface:
			if !x.IsNil() {
				walk(path, x.Elem())
			}
		}
	}
	walk("", reflect.ValueOf(v))
	return out
}

// values lists every Value field of r by name.
func values(r calc.Result) map[string]calc.Value {
	out := map[string]calc.Value{}
	x := reflect.ValueOf(r)
	vt := reflect.TypeFor[calc.Value]()
	for i := range x.NumField() {
		if x.Field(i).Type() == vt {
			out[x.Type().Field(i).Name] = x.Field(i).Interface().(calc.Value)
		}
	}
	return out
}

// nonFinite lists the NaN and infinite numbers of r.
func nonFinite(r calc.Result) []floatPath {
	var bad []floatPath
	for _, f := range floats(r) {
		if math.IsNaN(f.V) || math.IsInf(f.V, 0) {
			bad = append(bad, f)
		}
	}
	return bad
}

// checkFinite fails t when r holds a NaN or an infinity.
func checkFinite(t *testing.T, in calc.Inputs, r calc.Result) {
	t.Helper()
	if bad := nonFinite(r); len(bad) > 0 {
		t.Errorf("Project(%+v) has non-finite numbers: %v", in, bad)
	}
}

// checkValues fails t when an undefined Value has a number or no reason.
func checkValues(t *testing.T, in calc.Inputs, r calc.Result) {
	t.Helper()
	for name, v := range values(r) {
		if !v.OK && (v.V != 0 || v.Why == "") {
			t.Errorf("Project(%+v).%s = %+v: undefined values need V == 0 and a reason", in, name, v)
		}
	}
}
