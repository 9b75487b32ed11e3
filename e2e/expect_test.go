//go:build !wasm

package e2e

// Expected numbers: computed by the calc package for a scenario, and the worked
// example of docs/model.md written out by hand.

import (
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// outNames are the result hooks of the README, #out-NAME.
var outNames = []string{
	"revenue_now", "revenue_new", "customers_now", "customers_new", "sals_now", "sals_new",
	"sal_rate_new", "win_rate_new", "lift", "lift_low", "lift_high", "benefit", "cost", "net",
	"roi", "roi_low", "roi_high", "bcr", "payback", "breakeven",
}

// daysFields are the training-day inputs, which also have a slider #slider-NAME.
var daysFields = []string{"mkt_days", "mkt_target", "sales_days", "sales_target"}

// fieldNames are the input hooks, #in-NAME, in page order.
func fieldNames() []string {
	var names []string
	for _, f := range calc.Fields {
		names = append(names, f.Name)
	}
	return names
}

// expected is what the page must show for in, by hook name: calc's own table of
// results (lift as a fraction, ROI, break-even and rates in percent).
func expected(in calc.Inputs) map[string]calc.Value {
	r := calc.Project(in)
	m := make(map[string]calc.Value, len(outNames))
	for _, name := range outNames {
		o, ok := calc.OutputByName(name)
		if !ok {
			panic("no output " + name)
		}
		m[name] = o.Of(&r)
	}
	return m
}

// expectedWarnings are the warning codes calc gives for in, in calc's order.
func expectedWarnings(in calc.Inputs) []string {
	var codes []string
	for _, w := range calc.Project(in).Warnings {
		codes = append(codes, w.Code)
	}
	return codes
}

// inputsFromQuery applies a query string (as in a share link) to the defaults.
func inputsFromQuery(t *testing.T, query string) calc.Inputs {
	t.Helper()
	in := calc.Defaults()
	q, err := url.ParseQuery(strings.TrimPrefix(query, "?"))
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range q {
		f, ok := calc.FieldByName(k)
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(vs[0], 64)
		if err != nil {
			t.Fatalf("test scenario %q: %s=%q is not a number", query, k, vs[0])
		}
		*f.Of(&in) = v
	}
	if err := in.Validate(); err != nil {
		t.Fatalf("test scenario %q is invalid: %v", query, err)
	}
	return in
}

// relTol is how close a page hook's data-value must be to calc's value.
const relTol = 1e-9

// checkOuts compares what the page shows with want: data-value to relTol, "n/a" for
// an undefined result, and visible text free of NaN, Infinity and undefined.
func checkOuts(t errorReporter, label string, got map[string]outNode, want map[string]calc.Value) {
	t.Helper()
	for _, name := range outNames {
		g, w := got[name], want[name]
		if !g.Found {
			t.Errorf("%s: #out-%s is missing", label, name)
			continue
		}
		if bad := badWord(g.Text); bad != "" {
			t.Errorf("%s: #out-%s shows %q, which contains %q", label, name, g.Text, bad)
		}
		if !w.OK {
			if g.Value != "n/a" {
				t.Errorf("%s: #out-%s data-value=%q, want \"n/a\" (%s)", label, name, g.Value, w.Why)
			}
			if !strings.Contains(g.Text, "n/a") {
				t.Errorf("%s: #out-%s shows %q, want \"n/a\" with the reason (%s)", label, name, g.Text, w.Why)
			}
			continue
		}
		v, err := parseNum(g.Value)
		if err != nil {
			t.Errorf("%s: #out-%s data-value=%q, want %s", label, name, g.Value, num(w.V))
			continue
		}
		if !closeRel(v, w.V, relTol) {
			t.Errorf("%s: #out-%s data-value=%s, want %s", label, name, g.Value, num(w.V))
		}
		if strings.TrimSpace(g.Text) == "" {
			t.Errorf("%s: #out-%s has a data-value but shows no text", label, name)
		}
	}
}

// num formats v as the page hooks' data-value does.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// badWord returns the first of NaN, Infinity, undefined found in s.
func badWord(s string) string {
	for _, w := range []string{"NaN", "Infinity", "undefined"} {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// parseShown reads a number as an input shows it: grouping commas, spaces and
// non-breaking spaces are ignored.
func parseShown(s string) (float64, error) {
	s = strings.NewReplacer(",", "", " ", "", "\u00a0", "", "\u202f", "").Replace(s)
	return strconv.ParseFloat(s, 64)
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

// fieldShows reports whether a field's text shows want: the number, or nothing
// for an optional field left empty (no limit).
func fieldShows(f calc.Field, shown string, want float64) bool {
	if f.Optional && math.IsInf(want, 1) {
		return shown == ""
	}
	v, err := parseShown(shown)
	return err == nil && v == want
}
