package chart

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestFunnelRejects(t *testing.T) {
	for name, c := range map[string]Funnel{
		"negative":  {SALsNow: -1, SALsNew: 2},
		"NaN":       {CustomersNew: math.NaN()},
		"Inf":       {RevenueNow: math.Inf(1)},
		"too large": {RevenueNew: 2e18},
	} {
		d, err := c.Draw(Options{})
		if err == nil || d.SVG != "" || !(errors.Is(err, ErrInvalid) || errors.Is(err, ErrNotFinite)) {
			t.Errorf("%s: %v, %d bytes of SVG", name, err, len(d.SVG))
		}
	}
}

// TestFunnelChange: the change is written beside the projection, and in the
// table; with nothing today there is no change to show.
func TestFunnelChange(t *testing.T) {
	c := Funnel{SALsNow: 720, SALsNew: 824.4, CustomersNow: 0, CustomersNew: 10, RevenueNow: 0, RevenueNew: 0}
	d := mustDraw(t, c, Options{Width: 360})
	doc := checkLayout(t, d.SVG, "funnel")
	if !doc.has("824.4 (+14.5%)") || !doc.has("10") || strings.Contains(strings.Join(doc.textsOf(), " "), "Inf") {
		t.Errorf("labels %q", doc.textsOf())
	}
	want := [][]string{
		{"Accepted leads (SALs) per year", "720", "824.4", "+14.5%"},
		{"New customers per year", "0", "10", "n/a"},
		{"New-customer revenue per year", "$0", "$0", "n/a"},
	}
	for i, row := range d.Table.Rows {
		if strings.Join(row, "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d: %q, want %q", i, row, want[i])
		}
	}
}
