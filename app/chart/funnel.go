package chart

import (
	"fmt"
	"math"

	"github.com/trainingroi/calculator/calc"
	gochart "github.com/wcharczuk/go-chart/v2"
)

// Funnel draws accepted leads, new customers and revenue per year, now and
// projected. The SVG element has id FunnelID.
//
// The three measures differ by orders of magnitude (720 leads, 144 customers,
// $3.6M), so one shared axis would flatten two of them to nothing. Each measure
// gets its own row of two horizontal bars instead, scaled to that row's larger
// value and starting at zero, so within a row the bar lengths compare honestly;
// the exact numbers and the change are written next to the bars, and a note
// says the rows have separate scales. Horizontal bars keep the labels
// horizontal and readable on a 360 px phone.
//
// go-chart's BarChart is not used: it has no grouped bars, fails on a single
// bar or equal values, and starts its axis at the smallest bar, which would
// exaggerate the change.
func Funnel(r calc.Result, o Options) (string, error) {
	return funnel(r, o, sharedFaces)
}

func funnel(r calc.Result, o Options, faces *faceCache) (string, error) {
	s, err := funnelSpec(r, o.resolve(funnelHeight))
	if err != nil {
		return "", err
	}
	return render(s)
}

// funnelHeight fits three rows of two bars and a note at the text size the
// width gets.
func funnelHeight(w int) int {
	text, _, _ := textSizes(w)
	lh := lineHeight(text)
	bar := int(math.Round(text * 1.7))
	return 3*(lh+4+2*bar+4+14) + lh + 16
}

// funnelRow is one measure, now and projected.
type funnelRow struct {
	label    string
	now, new float64
	money    bool // format as money, else as a count
}

func funnelRows(r calc.Result) []funnelRow {
	return []funnelRow{
		{"Accepted leads (SALs) per year", r.Now.SALs, r.Projected.SALs, false},
		{"New customers per year", r.Now.Customers, r.Projected.Customers, false},
		{"New-customer revenue per year", r.Now.Revenue, r.Projected.Revenue, true},
	}
}

func funnelSpec(r calc.Result, o resolved) (spec, error) {
	rows := funnelRows(r)
	for _, row := range rows {
		if err := checkFinite(row.label, row.now, row.new); err != nil {
			return spec{}, fmt.Errorf("%s: %w", FunnelID, err)
		}
		if row.now < 0 || row.new < 0 {
			return spec{}, fmt.Errorf("%s: %s: %w", FunnelID, row.label, ErrNegative)
		}
	}
	hidden := gochart.Style{Hidden: true}
	c := gochart.Chart{
		Width:      o.w,
		Height:     o.h,
		Background: gochart.Style{FillColor: o.pal.bg, Padding: gochart.Box{Top: 8, Left: 8, Right: 8, Bottom: 8}},
		Canvas:     gochart.Style{FillColor: o.pal.bg},
		// No axes: each row carries its own scale. go-chart still wants ranges.
		XAxis:  gochart.XAxis{Style: hidden, Range: &gochart.ContinuousRange{Min: 0, Max: 1}},
		YAxis:  gochart.YAxis{Style: hidden, Range: &gochart.ContinuousRange{Min: 0, Max: 1}},
		Series: []gochart.Series{drawFunc{name: "funnel", fn: func(p *pen) { funnelBars(p, o, rows) }}},
	}
	return spec{
		id:    FunnelID,
		title: "Lead funnel per year, now and projected",
		desc:  funnelDesc(rows, o),
		chart: c,
	}, nil
}

func (row funnelRow) format(o resolved, v float64) string {
	if row.money {
		return o.money(v)
	}
	return o.num(v)
}

// change is the projected value's change as a label such as "+14.5%", or ""
// when there is nothing to compare with.
func (row funnelRow) change(o resolved) string {
	if row.now <= 0 {
		return ""
	}
	d := (row.new/row.now - 1) * 100
	sign := "+"
	if d < 0 {
		sign, d = "-", -d
	}
	return sign + o.num(d) + "%"
}

func funnelBars(p *pen, o resolved, rows []funnelRow) {
	pal := o.pal
	lh := o.lineHeight()
	note := "Each row has its own scale; bars start at zero."
	_, nh := p.measure(note, o.text)

	// Row geometry: share the height left after the note between the rows.
	rowH := (p.canvas.Height() - lh - 4) / len(rows)
	bar := clampInt((rowH-lh-4-4-14)/2, 6, 48)
	gap := 4

	names := []string{"now", "projected"}
	labelW := 0
	for _, n := range names {
		w, _ := p.measure(n, o.text)
		labelW = max(labelW, w)
	}
	labelW += 8
	valueW := 0
	values := make([][2]string, len(rows))
	for i, row := range rows {
		values[i][0] = row.format(o, row.now)
		values[i][1] = row.format(o, row.new)
		if ch := row.change(o); ch != "" {
			values[i][1] += " (" + ch + ")"
		}
		for _, v := range values[i] {
			w, _ := p.measure(v, o.text)
			valueW = max(valueW, w)
		}
	}
	left := p.canvas.Left + labelW
	maxLen := max(p.canvas.Width()-labelW-valueW-8, 20)

	y := p.canvas.Top
	for i, row := range rows {
		p.text(row.label, p.canvas.Left, y+lh-4, o.text, pal.text)
		y += lh + 4
		scale := math.Max(row.now, row.new)
		for j, v := range []float64{row.now, row.new} {
			n := 0
			if scale > 0 {
				n = int(math.Round(v / scale * float64(maxLen)))
			}
			b := gochart.Box{Left: left, Right: left + n, Top: y, Bottom: y + bar}
			if j == 0 {
				// Now: a light bar with a dark outline; projected: solid.
				// The words "now" and "projected" say it without colour.
				if n > 0 {
					p.rect(b, pal.nowFill, pal.now, 1)
				}
			} else if n > 0 {
				p.rect(b, pal.accent, pal.accent, 1)
			}
			// A zero value still gets a visible tick at the start of the bar.
			p.polyline([]point{{left, y}, {left, y + bar}}, pal.axis, 1, nil)
			base := y + bar/2 + nh*3/8
			p.text(names[j], p.canvas.Left, base, o.text, pal.text)
			c := pal.text
			if j == 1 {
				c = pal.accent
			}
			p.text(values[i][j], left+n+6, base, o.text, c)
			y += bar + gap
		}
		y += 14 - gap
	}
	p.text(note, p.canvas.Left, p.canvas.Bottom-4, o.text, pal.muted)
}

func funnelDesc(rows []funnelRow, o resolved) string {
	s := "Bars comparing now and projected values per year; each measure has its own scale starting at zero."
	for _, row := range rows {
		s += " " + row.label + ": " + row.format(o, row.now) + " now, " + row.format(o, row.new) + " projected"
		if ch := row.change(o); ch != "" {
			s += " (" + ch + ")"
		}
		s += "."
	}
	return s
}
