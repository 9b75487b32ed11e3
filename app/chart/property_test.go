package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainingroi/calculator/app/format"
	gochart "github.com/wcharczuk/go-chart/v2"
)

// The widths the page shows charts at: a phone, the print width, a tablet and
// a desktop.
var widths = []int{360, 640, 900, 1280}

// specOf is the go-chart chart a Chart hands to Chart.Render.
func specOf(t testing.TB, c Chart, l look) gochart.Chart {
	t.Helper()
	var s spec
	var err error
	switch c := c.(type) {
	case Lift:
		s, err = c.spec(l)
	case Funnel:
		s, err = c.spec(l)
	case Payback:
		s, err = c.spec(l)
	case Timelines:
		s, err = c.spec(l)
	case Sensitivity:
		s, err = c.spec(l)
	default:
		t.Fatalf("unknown chart %T", c)
	}
	if err != nil {
		t.Fatal(err)
	}
	return s.chart
}

// checkChart draws c and checks everything every chart promises, for any
// data it accepts: the layout (checkLayout), tick labels that are distinct
// and, in en-US, exactly their values, and a table without bad text.
func checkChart(t *testing.T, c Chart, o Options, name string) doc {
	t.Helper()
	d, err := c.Draw(o)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	doc := checkLayout(t, d.SVG, name)
	if doc.id != c.ID() {
		t.Errorf("%s: id %q", name, doc.id)
	}
	ch := specOf(t, c, o.look())
	for _, ticks := range [][]gochart.Tick{ch.XAxis.Ticks, ch.YAxis.Ticks} {
		seen := map[string]bool{}
		for _, tk := range ticks {
			if seen[tk.Label] {
				t.Errorf("%s: tick label %q twice in %v", name, tk.Label, ticks)
			}
			seen[tk.Label] = true
			if o.Locale == "" {
				if v := parseUS(t, tk.Label); math.Abs(v-tk.Value) > 1e-9*math.Max(1, math.Abs(v)) {
					t.Errorf("%s: tick at %v reads %q", name, tk.Value, tk.Label)
				}
			}
			if !doc.has(tk.Label) {
				t.Errorf("%s: tick label %q not drawn", name, tk.Label)
			}
		}
	}
	for _, row := range append([][]string{d.Table.Header, {d.Table.Caption}}, d.Table.Rows...) {
		for _, s := range row {
			if bad := badText(s); bad != "" {
				t.Errorf("%s: table cell %q holds %q", name, s, bad)
			}
		}
	}
	return doc
}

// TestRandomInputs draws every chart for random inputs within the
// calculator's ranges, at every width, in both palettes and several locales.
func TestRandomInputs(t *testing.T) {
	n := 150
	if testing.Short() {
		n = 12
	}
	rng := rand.New(rand.NewPCG(1, 2))
	locales := append([]string{""}, format.Locales...)
	for i := range n {
		in, other := randomInputs(rng), randomInputs(rng)
		o := Options{Width: widths[i%len(widths)], Dark: i%3 == 0, Locale: locales[rng.IntN(len(locales))], Currency: format.Currencies[rng.IntN(len(format.Currencies))]}
		if o.Locale == "" {
			o.Currency = ""
		}
		name := fmt.Sprintf("input %d %+v %+v", i, in, o)
		for _, c := range []Chart{in.lift(), in.funnel(), in.payback(), compareOf(in, other)} {
			checkChart(t, c, o, c.ID()+" "+name)
		}
		if t.Failed() {
			return
		}
	}
}

// TestEdgeCases draws every chart at the inputs' corners, at every width and
// in both palettes.
func TestEdgeCases(t *testing.T) {
	def := defaultInputs()
	for _, ec := range edgeCases {
		in := edgeInputs(ec.set)
		for _, w := range widths {
			for _, dark := range []bool{false, true} {
				o := Options{Width: w, Dark: dark}
				name := fmt.Sprintf("%s at %d px", ec.name, w)
				for _, c := range []Chart{in.lift(), in.funnel(), compareOf(in, def, in)} {
					checkChart(t, c, o, c.ID()+" "+name)
				}
				p := in.payback()
				doc := checkChart(t, p, o, "payback "+name)
				if p.PaysBack && !doc.has("pays back: month "+o.look().num(p.Month)) {
					t.Errorf("%s: no payback label in %q", name, doc.textsOf())
				}
			}
		}
	}
}
