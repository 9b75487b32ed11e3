//go:build !wasm

package main

import (
	"math"
	"testing"
)

func TestPercentile(t *testing.T) {
	v := []float64{5, 1, 4, 2, 3}
	for _, c := range []struct{ p, want float64 }{{0, 1}, {50, 3}, {100, 5}, {95, 4.8}, {25, 2}} {
		if got := percentile(v, c.p); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("p%v = %v, want %v", c.p, got, c.want)
		}
	}
	if v[0] != 5 {
		t.Error("percentile sorted its argument")
	}
	if !math.IsNaN(percentile(nil, 50)) {
		t.Error("the percentile of nothing is a number")
	}
}

func TestStats(t *testing.T) {
	if got, want := stats([]float64{30, -1, 10, 20}), "20\t10 – 30\t30 - 10 20\t"; got != want {
		t.Errorf("stats = %q, want %q", got, want)
	}
	if got := stats([]float64{-1}); got != "-\t-\t-\t" {
		t.Errorf("stats of nothing = %q", got)
	}
}

func TestPrerenderedValue(t *testing.T) {
	for _, page := range []string{
		`<span id="out-revenue_now" class="num" data-value="9000000">`,
		`<span data-value="9000000" class="num" id="out-revenue_now">`,
	} {
		m := revenueNowRE.FindStringSubmatch(page)
		if m == nil || m[1]+m[2] != "9000000" {
			t.Errorf("%s: %q", page, m)
		}
	}
}
