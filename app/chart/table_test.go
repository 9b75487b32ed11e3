package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// scale maps data values to pixels along one axis of a drawn chart, read off
// the SVG: where its tick labels are drawn and what they say.
type scale struct{ a, b float64 } // pixel = a + b*value

func (s scale) at(v float64) float64 { return s.a + s.b*v }

// axisScales reads the x and y scales of an axes chart from the positions of
// its tick labels: go-chart centres an x label under its tick and sets a y
// label's middle on its tick.
func axisScales(t *testing.T, d doc, ch gochart.Chart) (x, y scale) {
	t.Helper()
	find := func(label string, size float64) svgText {
		for _, tx := range d.texts {
			if tx.s == label && tx.size == size {
				return tx
			}
		}
		t.Fatalf("tick label %q not drawn", label)
		return svgText{}
	}
	fit := func(ticks []gochart.Tick, px func(svgText) float64) scale {
		a, b := ticks[0], ticks[len(ticks)-1]
		pa, pb := px(find(a.Label, ch.XAxis.Style.FontSize)), px(find(b.Label, ch.XAxis.Style.FontSize))
		k := (pb - pa) / (b.Value - a.Value)
		return scale{pa - k*a.Value, k}
	}
	x = fit(ch.XAxis.Ticks, func(tx svgText) float64 { return tx.x + float64(measure(tx.size, tx.s)>>1) })
	y = fit(ch.YAxis.Ticks, func(tx svgText) float64 { return tx.y - float64(int(math.Round(tx.size))>>1) })
	return x, y
}

// lineOf is the longest line drawn 3 px wide in colour c (a legend's sample
// is shorter).
func lineOf(t *testing.T, d doc, c drawing.Color) [][2]float64 {
	t.Helper()
	want := hexOf(c)
	var best [][2]float64
	for _, p := range d.paths {
		if p.stroke != want || p.width != 3 || p.fill != "none" {
			continue
		}
		if b := p.bounds(); len(best) == 0 || b.x1-b.x0 > bounds(best).x1-bounds(best).x0 {
			best = p.subpaths[0]
		}
	}
	if best == nil {
		t.Fatalf("no line in %s", want)
	}
	return best
}

func bounds(pts [][2]float64) rect { return svgPath{subpaths: [][][2]float64{pts}}.bounds() }

// distance is how far (x, y) is from the polyline.
func distance(x, y float64, pts [][2]float64) float64 {
	best := math.Inf(1)
	for i := 1; i < len(pts); i++ {
		ax, ay, bx, by := pts[i-1][0], pts[i-1][1], pts[i][0], pts[i][1]
		dx, dy := bx-ax, by-ay
		u := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			u = math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/l))
		}
		best = math.Min(best, math.Hypot(x-ax-u*dx, y-ay-u*dy))
	}
	return best
}

// onLine checks that the table's value at x is on the drawn line: within the
// rounding of the pixels, and of the amount to whole currency units.
func onLine(t *testing.T, name string, xs, ys scale, line [][2]float64, x float64, cell string) {
	t.Helper()
	v := parseUS(t, cell)
	px, py := xs.at(x), ys.at(v)
	if d := distance(px, py, line); d > 1.5+0.5*math.Abs(ys.b) {
		t.Errorf("%s: the table's %s at %v is %.1f px off the line", name, cell, x, d)
	}
}

// tableCases are inputs the table tests draw.
func tableCases() []inputs {
	ins := []inputs{defaultInputs()}
	for _, ec := range edgeCases {
		ins = append(ins, edgeInputs(ec.set))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 30 {
		ins = append(ins, randomInputs(rng))
	}
	return ins
}

// TestTablesHoldWhatTheChartsDraw reads each table's numbers back onto the
// chart drawn beside it: every month's value lies on the payback line, every
// scenario's on its line, every day's revenue on its team's line.
func TestTablesHoldWhatTheChartsDraw(t *testing.T) {
	for i, in := range tableCases() {
		for _, w := range []int{360, 900} {
			o := Options{Width: w}
			l := o.look()
			name := fmt.Sprintf("case %d at %d px", i, w)

			p := in.payback()
			d := mustDraw(t, p, o)
			doc := parseDoc(t, d.SVG)
			xs, ys := axisScales(t, doc, specOf(t, p, l))
			line := lineOf(t, doc, l.pal.accent)
			for _, row := range d.Table.Rows {
				onLine(t, "payback "+name, xs, ys, line, parseUS(t, row[0]), row[1])
			}

			c := compareOf(in, defaultInputs())
			d = mustDraw(t, c, o)
			doc = parseDoc(t, d.SVG)
			xs, ys = axisScales(t, doc, specOf(t, c, l))
			for j := range c.Series {
				line := lineOf(t, doc, l.pal.series[j])
				for _, row := range d.Table.Rows[:len(d.Table.Rows)-1] {
					if row[1+j] != "–" {
						onLine(t, "compare "+name, xs, ys, line, parseUS(t, row[0]), row[1+j])
					}
				}
			}

			lift := in.lift()
			d = mustDraw(t, lift, o)
			doc = parseDoc(t, d.SVG)
			ch := specOf(t, lift, l)
			xs, ys = axisScales(t, doc, ch)
			lines := [2][][2]float64{lineOf(t, doc, l.pal.sales), lineOf(t, doc, l.pal.mkt)}
			for _, row := range d.Table.Rows {
				if day := parseUS(t, row[0]); day <= ch.XAxis.Range.GetMax() {
					onLine(t, "sales "+name, xs, ys, lines[0], day, row[1])
					onLine(t, "marketing "+name, xs, ys, lines[1], day, row[4])
				}
			}
		}
	}
}

// TestFunnelTableAndBars: the funnel's labels are the table's numbers, and
// each row's bars are as long as its numbers, relative to each other.
func TestFunnelTableAndBars(t *testing.T) {
	for i, in := range tableCases() {
		f := in.funnel()
		o := Options{Width: 360}
		l := o.look()
		d := mustDraw(t, f, o)
		doc := parseDoc(t, d.SVG)
		var bars []float64
		for _, p := range doc.paths {
			if p.fill == hexOf(l.pal.nowFill) || p.fill == hexOf(l.pal.accent) {
				b := p.bounds()
				bars = append(bars, b.x1-b.x0)
			}
		}
		k := 0
		for j, row := range d.Table.Rows {
			now, proj := parseUS(t, row[1]), parseUS(t, row[2])
			fr := f.rows(look{})[j]
			for _, v := range []float64{fr.now, fr.new} {
				if !doc.hasPrefix(fr.format(l, v)) {
					t.Errorf("case %d: %s %v: label %q not drawn", i, fr.label, v, fr.format(l, v))
				}
			}
			// A zero value draws no bar.
			var lens [2]float64
			for m, v := range []float64{now, proj} {
				if v > 0 && fr.format(l, v) != l.count(0) && fr.format(l, v) != l.money(0) {
					lens[m], k = bars[k], k+1
				}
			}
			if lens[0] > 0 && lens[1] > 0 && math.Abs(lens[0]/lens[1]-fr.now/fr.new) > 2/math.Max(lens[0], lens[1]) {
				t.Errorf("case %d: %s: bars %v for %v and %v", i, fr.label, lens, fr.now, fr.new)
			}
		}
	}
}

// hasPrefix reports whether some text of d starts with s.
func (d doc) hasPrefix(s string) bool {
	for _, t := range d.texts {
		if len(t.s) >= len(s) && t.s[:len(s)] == s {
			return true
		}
	}
	return false
}
