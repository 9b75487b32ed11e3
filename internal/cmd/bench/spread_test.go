//go:build !wasm

package main

import "testing"

func TestSpread(t *testing.T) {
	if got, want := spread([]float64{30, -1, 10, 20}), "20\t10 – 30\t30 - 10 20\t"; got != want {
		t.Errorf("spread = %q, want %q", got, want)
	}
	if got := spread([]float64{-1}); got != "-\t-\t-\t" {
		t.Errorf("spread of nothing = %q", got)
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
