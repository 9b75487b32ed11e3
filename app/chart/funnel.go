package chart

import (
	"math"
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Funnel is the lead funnel per year, now and projected: accepted leads
// (SALs), new customers and new-customer revenue. None may be negative.
type Funnel struct {
	SALsNow, SALsNew           float64
	CustomersNow, CustomersNew float64
	RevenueNow, RevenueNew     float64
}

// ID is "chart-funnel".
func (Funnel) ID() string { return funnelID }

// Draw draws the chart: per measure, a bar for now and one for the
// projection, each row on its own scale from zero (the three measures differ
// by orders of magnitude), the values and the change written beside the bars.
//
// go-chart's BarChart is not used: it has no grouped bars, fails on a single
// bar or equal values, and starts its axis at the smallest bar, which would
// exaggerate the change.
func (c Funnel) Draw(o Options) (Drawing, error) {
	l := o.look()
	s, err := c.spec(l)
	return drawWithTable(funnelID, c.table(l), s, err)
}

// funnelRow is one measure, now and projected.
type funnelRow struct {
	label    string
	now, new float64
	money    bool // an amount, else a count
}

func (c Funnel) rows(l look) []funnelRow {
	return []funnelRow{
		{l.p.T("Accepted leads (SALs) per year"), c.SALsNow, c.SALsNew, false},
		{l.p.T("New customers per year"), c.CustomersNow, c.CustomersNew, false},
		{l.p.T("New-customer revenue per year"), c.RevenueNow, c.RevenueNew, true},
	}
}

func (row funnelRow) format(l look, v float64) string {
	if row.money {
		return l.money(v)
	}
	return l.count(v)
}

// change is the projected value's change, e.g. "+14.5%", or "" when there is
// nothing to compare with or the change is too large to mean anything.
func (row funnelRow) change(l look) string {
	if row.now <= 0 {
		return ""
	}
	d := (row.new/row.now - 1) * 100
	if math.Abs(d) >= 1e5 {
		return ""
	}
	return l.f.SignedPercent(d, 1)
}

// funnelTitle names the chart and its table.
func funnelTitle(l look) string { return l.p.T("Lead funnel per year, now and projected") }

// Bar geometry, px: gaps between the bars of a row and between rows.
const (
	barGap = 4
	rowGap = 14
)

func (c Funnel) spec(l look) (spec, error) {
	rows := c.rows(l)
	for _, row := range rows {
		if err := checkNonNegative(row.label, row.now, row.new); err != nil {
			return spec{}, err
		}
	}
	lh := l.lh()
	bar := int(math.Round(l.text * 1.7))
	h := 8 + len(rows)*(lh+barGap+2*bar+barGap+rowGap) + lh + 8
	hidden := gochart.Style{Hidden: true}
	ch := gochart.Chart{
		Width:      l.w,
		Height:     h,
		Background: gochart.Style{FillColor: l.pal.bg, Padding: gochart.Box{Top: 8, Left: edge, Right: edge, Bottom: 8}},
		Canvas:     gochart.Style{FillColor: drawing.ColorTransparent},
		// No axes: each row carries its own scale. go-chart still wants
		// ranges.
		XAxis:  gochart.XAxis{Style: hidden, Range: &gochart.ContinuousRange{Min: 0, Max: 1}},
		YAxis:  gochart.YAxis{Style: hidden, Range: &gochart.ContinuousRange{Min: 0, Max: 1}},
		Series: []gochart.Series{drawFunc{name: "funnel", fn: func(p *pen) { funnelBars(p, l, rows, bar) }}},
	}
	return spec{
		id:    funnelID,
		title: funnelTitle(l),
		desc:  funnelDesc(rows, l),
		chart: ch,
	}, nil
}

func funnelBars(p *pen, l look, rows []funnelRow, bar int) {
	pal := l.pal
	lh := l.lh()
	th := textHeight(l.text)
	names := [2]string{l.p.T("now"), l.p.T("projected")}
	labelW := max(measure(l.text, names[0]), measure(l.text, names[1])) + 8

	// The values, with the change beside the projection where there is room
	// for it and for bars of some length.
	const minBar = 40
	values := make([][2]string, len(rows))
	fill := func(withChange bool) int {
		w := 0
		for i, row := range rows {
			values[i] = [2]string{row.format(l, row.now), row.format(l, row.new)}
			if ch := row.change(l); ch != "" && withChange {
				values[i][1] = l.p.F("{value} ({change})", "value", values[i][1], "change", ch)
			}
			w = max(w, measure(l.text, values[i][0]), measure(l.text, values[i][1]))
		}
		return w
	}
	valueW := fill(true)
	if labelW+minBar+6+valueW > p.canvas.Width() {
		valueW = fill(false)
	}
	left := p.canvas.Left + labelW
	// On a wide screen, bars as wide as the chart would put the values far
	// from their labels.
	const maxBar = 560
	maxLen := min(max(p.canvas.Width()-labelW-6-valueW, minBar), maxBar)

	y := p.canvas.Top
	for i, row := range rows {
		p.text(fitText(row.label, l.text, p.canvas.Width()), p.canvas.Left, y+th, l.text, pal.text)
		y += lh + barGap
		scale := math.Max(row.now, row.new)
		for j, v := range [2]float64{row.now, row.new} {
			n := 0
			if scale > 0 {
				n = int(math.Round(v / scale * float64(maxLen)))
			}
			b := gochart.Box{Left: left, Right: left + n, Top: y, Bottom: y + bar}
			// Now: a light bar with a dark outline; projected: solid. The
			// words "now" and "projected" say it without colour.
			color := pal.text
			if n > 0 && j == 0 {
				p.rect(b, pal.nowFill, pal.now, 1)
			} else if n > 0 {
				p.rect(b, pal.accent, pal.accent, 1)
				color = pal.accent
			}
			// A zero value still gets a visible tick where its bar starts.
			p.polyline([]point{{left, y}, {left, y + bar}}, pal.axis, 1, nil)
			base := y + bar/2 + th*3/8
			p.text(names[j], p.canvas.Left, base, l.text, pal.text)
			p.text(values[i][j], left+n+6, base, l.text, color)
			y += bar + barGap
		}
		y += rowGap - barGap
	}
	p.text(fitText(l.p.T("Each row has its own scale; bars start at zero."), l.text, p.canvas.Width()), p.canvas.Left, p.canvas.Bottom-4, l.text, pal.muted)
}

func funnelDesc(rows []funnelRow, l look) string {
	var b strings.Builder
	b.WriteString(l.p.T("Bars comparing now and projected values per year; each measure has its own scale starting at zero."))
	for _, row := range rows {
		args := []string{"measure", row.label, "now", row.format(l, row.now), "projected", row.format(l, row.new), "change", row.change(l)}
		if row.change(l) != "" {
			b.WriteString(l.sep() + l.p.F("{measure}: {now} now, {projected} projected ({change}).", args...))
		} else {
			b.WriteString(l.sep() + l.p.F("{measure}: {now} now, {projected} projected.", args...))
		}
	}
	return b.String()
}

// table lists each measure now, projected and its change ("n/a" when there
// is nothing today to compare with).
func (c Funnel) table(l look) Table {
	t := Table{
		Caption: funnelTitle(l),
		Header:  []string{l.p.T("Measure"), l.p.T("Now"), l.p.T("Projected"), l.p.T("Change")},
	}
	for _, row := range c.rows(l) {
		f := l.numCell
		if row.money {
			f = l.moneyCell
		}
		change := "n/a"
		if row.now > 0 {
			change = cell((row.new/row.now-1)*100, func(v float64) string { return l.f.SignedPercent(v, 1) })
		}
		t.Rows = append(t.Rows, []string{row.label, f(row.now), f(row.new), change})
	}
	return t
}
