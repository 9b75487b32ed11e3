package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/calc"
)

// sensitivityOf is the ranking calc makes of inputs changed from the defaults.
func sensitivityOf(mod func(*calc.Inputs)) Sensitivity {
	in := calc.Defaults()
	if mod != nil {
		mod(&in)
	}
	r := calc.Project(in)
	c := Sensitivity{Base: r.Net}
	for _, b := range r.Sensitivity {
		c.Bars = append(c.Bars, SensitivityBar{Label: strings.Join(b.Inputs, ", "), Inputs: strings.Join(b.Inputs, ","), Low: b.NetLow, High: b.NetHigh, CrossesZero: b.CrossesZero})
	}
	return c
}

// TestSensitivityLayout: at every width from a phone's up, in both palettes and
// with long numbers, every text is inside the chart, on no line, bar or other
// text; each bar's label and the plan's net are there, and the table's rows
// carry the bars' hooks, in the ranked order.
func TestSensitivityLayout(t *testing.T) {
	for _, c := range []struct {
		name string
		mod  func(*calc.Inputs)
	}{
		{"defaults", nil},
		{"sal cap", func(in *calc.Inputs) { in.SALRate, in.Confidence = 80, 100 }},
		{"crosses zero", func(in *calc.Inputs) { in.MQLs = 40 }},
		{"a loss", func(in *calc.Inputs) { in.MQLs = 10 }},
		{"enterprise", func(in *calc.Inputs) { in.MQLs, in.Deal, in.SalesTeam = 1e6, 1e6, 1e5 }},
		{"cut", func(in *calc.Inputs) { in.MktDays, in.MktTarget = 10, 2 }},
	} {
		s := sensitivityOf(c.mod)
		for _, o := range []Options{{Width: 280}, {Width: 360, Locale: "de-DE", Currency: "EUR"}, {Width: 640, Dark: true}, {Width: 1280, Locale: "fr-FR", Currency: "CHF"}} {
			d, err := s.Draw(o)
			if err != nil {
				t.Fatalf("%s %d: %v", c.name, o.Width, err)
			}
			name := c.name + " " + o.Locale
			doc := checkLayout(t, d.SVG, name)
			l := o.look()
			if want := "your plan: " + l.money(s.Base); !doc.has(want) {
				t.Errorf("%s: %q missing from %q", name, want, doc.textsOf())
			}
			for i, b := range s.Bars {
				if !strings.Contains(strings.Join(doc.textsOf(), " "), b.Label[:min(4, len(b.Label))]) {
					t.Errorf("%s: bar %q has no label in %q", name, b.Label, doc.textsOf())
				}
				hooks := d.Table.RowData[i]
				if hooks["inputs"] != b.Inputs || hooks["net-low"] != format.Raw(b.Low, -1) || hooks["net-high"] != format.Raw(b.High, -1) || hooks["bar"] == "" {
					t.Errorf("%s: row %d hooks %v, want the bar %+v", name, i, hooks, b)
				}
			}
			if len(d.Table.Rows) != len(s.Bars) {
				t.Errorf("%s: %d table rows for %d bars", name, len(d.Table.Rows), len(s.Bars))
			}
		}
	}
}

// TestSensitivityRandom draws the ranking of random valid inputs at every width,
// in both palettes and every locale: a complete, checked SVG each time.
func TestSensitivityRandom(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 30
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range n {
		in := calc.Defaults()
		for _, f := range calc.Fields {
			if f.Optional {
				continue
			}
			v := f.Min + rng.Float64()*(f.Max-f.Min)
			if rng.IntN(2) == 0 {
				v = min(f.Max, f.Default*(0.2+rng.Float64()*2))
			}
			if f.Whole {
				v = math.Round(v)
			}
			*f.Of(&in) = v
		}
		s := sensitivityOf(func(x *calc.Inputs) { *x = in })
		o := Options{Width: widths[i%len(widths)], Dark: i%2 == 0, Locale: format.Locales[rng.IntN(len(format.Locales))], Currency: format.Currencies[rng.IntN(len(format.Currencies))]}
		checkChart(t, s, o, fmt.Sprintf("sensitivity of %+v at %+v", in, o))
		if t.Failed() {
			return
		}
	}
}
