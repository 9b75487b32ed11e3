package chart

import (
	"testing"
)

// TestPhoneWidth: at 360 px, in a locale with long numbers too, every label
// of the default inputs is there and inside the chart; the payback label is
// whole.
func TestPhoneWidth(t *testing.T) {
	in := defaultInputs()
	for _, o := range []Options{{Width: 360}, {Width: 360, Locale: "de-DE", Currency: "EUR"}, {Width: 360, Locale: "fr-FR", Currency: "CHF", Dark: true}} {
		l := o.look()
		for _, c := range []struct {
			chart Chart
			want  []string
		}{
			{in.lift(), []string{"Sales training", "Marketing training", "now 2 d", "plan 10 d", "study data: 2–10 days"}},
			{in.payback(), []string{"pays back: month " + l.num(4.750164), l.money(447376.5) + " after 12 months", "break-even"}},
			{in.funnel(), []string{"now", "projected", "720", l.money(4657860) + " (" + l.f.SignedPercent(29.385, 1) + ")"}},
			{compareOf(in, edgeInputs(func(in *inputs) { in.Lag = 12 })), []string{"Plan A: pays back in month " + l.num(4.750164), "Plan B: no payback"}},
		} {
			doc := checkLayout(t, mustDraw(t, c.chart, o).SVG, c.chart.ID()+" "+o.Locale)
			if doc.w != 360 {
				t.Errorf("%s: %v px wide", c.chart.ID(), doc.w)
			}
			for _, s := range c.want {
				if !doc.has(s) {
					t.Errorf("%s %s: %q missing from %q", c.chart.ID(), o.Locale, s, doc.textsOf())
				}
			}
		}
	}
}

// TestPrintSize: the page prints charts at about 650 CSS px, so a chart drawn
// at 640 px keeps its size on paper, and its smallest text, at 96 CSS px to
// the inch, must come out at 8 pt or more.
func TestPrintSize(t *testing.T) {
	const printed = 650.0
	in := defaultInputs()
	for _, c := range []Chart{in.lift(), in.funnel(), in.payback(), compareOf(in, in), sensitivityOf(nil)} {
		doc := parseDoc(t, mustDraw(t, c, Options{Width: 640}).SVG)
		for _, tx := range doc.texts {
			if pt := tx.size * printed / doc.w * 72 / 96; pt < 8 {
				t.Errorf("%s: %q prints at %.1f pt", c.ID(), tx.s, pt)
			}
		}
	}
}
