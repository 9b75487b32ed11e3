package chart

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// TestCompareWithoutColour: the scenarios' lines differ by dash pattern, their
// payback marks by shape, and the legend names each with its outcome.
func TestCompareWithoutColour(t *testing.T) {
	c := fourPlans()
	for _, w := range widths {
		o := Options{Width: w}
		l := o.look()
		d := mustDraw(t, c, o)
		doc := checkLayout(t, d.SVG, "four plans")
		xs, ys := axisScales(t, doc, specOf(t, c, l))
		dashes := map[string]bool{}
		for i, tl := range c.Series {
			var dash string
			for _, p := range doc.paths {
				if p.stroke == hexOf(l.pal.series[i]) && p.width == 3 && p.fill == "none" {
					dash = p.dash
				}
			}
			if dashes[dash] {
				t.Errorf("at %d px: scenario %d has the dash pattern %q of another", w, i, dash)
			}
			dashes[dash] = true
			want := c.name(look{}, i) + ": " + tl.outcome(l)
			if !doc.has(want) {
				t.Errorf("at %d px: legend entry %q missing from %q", w, want, doc.textsOf())
			}
			// The payback mark: this scenario's shape, filled in its colour,
			// on the zero line at its month.
			corners := map[bool]int{} // marks found, by whether at the month
			x, y := xs.at(tl.Month), ys.at(0)
			for _, cr := range doc.circles {
				if cr.fill == hexOf(l.pal.series[i]) {
					corners[math.Abs(cr.cx-x) <= 1.5 && math.Abs(cr.cy-y) <= 1.5]++
				}
			}
			for _, p := range doc.paths {
				if b := p.bounds(); p.fill == hexOf(l.pal.series[i]) && len(p.subpaths) == 1 && len(p.subpaths[0]) == []int{0, 4, 3, 4}[i] {
					corners[math.Abs((b.x0+b.x1)/2-x) <= 1.5 && math.Abs((b.y0+b.y1)/2-y) <= 1.5]++
				}
			}
			if tl.PaysBack && corners[true] != 1 || !tl.PaysBack && corners[true]+corners[false] > 1 {
				t.Errorf("at %d px: scenario %d (pays back %v at %v): marks %v", w, i, tl.PaysBack, tl.Month, corners)
			}
		}
	}
}

// TestCompareTable: a column per scenario, a row per month of the longest
// horizon ("–" beyond a shorter one), and a last row of payback months.
func TestCompareTable(t *testing.T) {
	c := fourPlans()
	d := mustDraw(t, c, Options{})
	if got := strings.Join(d.Table.Header, "|"); got != "Month|Plan A|Plan B|Plan C|Plan D" {
		t.Errorf("header %s", got)
	}
	if n := len(d.Table.Rows); n != 36+1+1 {
		t.Fatalf("%d rows, want months 0-36 and the payback row", n)
	}
	if row := d.Table.Rows[20]; row[0] != "20" || row[1] != "–" || row[2] == "–" || row[3] != "–" || row[4] == "–" {
		t.Errorf("month 20: %q", row)
	}
	if row := d.Table.Rows[37]; row[0] != "Pays back in month" || row[1] != "4.8" || row[3] != "none" || row[4] != "none" {
		t.Errorf("payback row: %q", row)
	}
}

// TestCompareLongNames: names too long for a phone's legend are shortened
// there; the outcome stays, and the table keeps the whole name.
func TestCompareLongNames(t *testing.T) {
	c := fourPlans()
	for i := range c.Series {
		c.Series[i].Name = strings.Repeat("Quarterly enablement programme ", 3) + string(rune('A'+i))
	}
	c.Series[3].Name = ""
	d := mustDraw(t, c, Options{Width: 360})
	doc := checkLayout(t, d.SVG, "long names")
	n := 0
	for _, tx := range doc.texts {
		if strings.Contains(tx.s, "…: pays back in month") || strings.Contains(tx.s, "…: no payback") {
			n++
		}
	}
	if n != 3 || !doc.has("Scenario 4: no payback") {
		t.Errorf("legend %q", doc.textsOf())
	}
	if d.Table.Header[1] != c.Series[0].Name || d.Table.Header[4] != "Scenario 4" {
		t.Errorf("header %q", d.Table.Header)
	}
}

func TestCompareRejects(t *testing.T) {
	in := defaultInputs()
	one := compareOf(in)
	five := compareOf(in, in, in, in, in)
	late := compareOf(in, in)
	late.Series[1].Month = 30
	short := compareOf(in, in)
	short.Series[0].Path = short.Series[0].Path[:1]
	for name, c := range map[string]Timelines{"one": one, "five": five, "late month": late, "short path": short} {
		d, err := c.Draw(Options{})
		if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrNoData) || d.SVG != "" {
			t.Errorf("%s: %v, %d bytes of SVG", name, err, len(d.SVG))
		}
	}
}
