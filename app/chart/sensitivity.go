package chart

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/app/format"
	gochart "github.com/wcharczuk/go-chart/v2"
)

// Sensitivity is the ranking of the inputs by how far they move the plan's net
// benefit: a bar per input (or per group of inputs that move it the same), from
// the net with the input at half its value to the net at 1.5 times, largest
// swing first, with the plan's own net and break-even (zero) marked.
type Sensitivity struct {
	Base float64          // the plan's net benefit as entered
	Bars []SensitivityBar // in ranked order
}

// SensitivityBar is one bar of the ranking.
type SensitivityBar struct {
	Label  string // the inputs in words: "MQLs a month, SAL rate"
	Inputs string // their names, joined by ",": the table row's data-inputs
	// Low is the net with the inputs at half their values, High at 1.5 times.
	Low, High float64
	// CrossesZero marks a bar within which the plan stops paying (or starts).
	CrossesZero bool
}

// ID is "chart-sensitivity".
func (Sensitivity) ID() string { return sensitivityID }

// Draw draws the chart and its table, whose rows carry the bars' page hooks.
func (c Sensitivity) Draw(o Options) (Drawing, error) {
	l := o.look()
	s, err := c.spec(l)
	return drawWithTable(sensitivityID, c.table(l), s, err)
}

func (c Sensitivity) spec(l look) (spec, error) {
	if len(c.Bars) == 0 {
		return spec{}, fmt.Errorf("%w: no bars", ErrNoData)
	}
	vals := []float64{c.Base, 0}
	for _, b := range c.Bars {
		vals = append(vals, b.Low, b.High)
	}
	if err := checkValues("sensitivity", vals...); err != nil {
		return spec{}, err
	}
	lh := l.lh()
	inner := l.w - 2*edge
	rows := make([]sensitivityRow, len(c.Bars))
	rowsH := 0
	for i, b := range c.Bars {
		rows[i] = c.row(l, b, inner)
		rowsH += rows[i].lines*lh + barThick(l) + rowGap
	}
	top := 6 + 2*lh + 6 // the legend, and the plan's net above its line
	h := top + rowsH + 3*l.lh() + 6

	lo, hi := extent(vals...)
	lo, hi = padRange(lo, hi)
	pw := inner - 10
	// Room for the markers at the ends.
	room := float64(endMark) / float64(max(pw, 40))
	span := hi - lo
	lo, hi = lo-span*room, hi+span*room
	xt, err := niceTicks(lo, hi, maxTicks(pw, measure(l.tick, l.money(max(-lo, hi)))+20), l.money, moneyRes)
	if err != nil {
		return spec{}, fmt.Errorf("amounts: %w", err)
	}
	ch := frame(l, h, top)
	ch.XAxis = xAxis(l, xt, l.p.T("Net benefit over the horizon"))
	ch.XAxis.GridMajorStyle = gochart.Style{StrokeColor: l.pal.grid, StrokeWidth: 1}
	ch.YAxis = gochart.YAxis{Style: gochart.Style{Hidden: true}, Range: &gochart.ContinuousRange{Min: 0, Max: 1}}
	ch.Series = []gochart.Series{drawFunc{name: "bars", fn: func(p *pen) { c.bars(p, l, rows) }}}
	ch.Elements = []gochart.Renderable{element(func(p *pen) { c.legend(p, l) })}
	return spec{
		id:    sensitivityID,
		title: l.p.T("Which numbers move your plan's net benefit most"),
		desc:  c.desc(l),
		chart: ch,
	}, nil
}

// barThick is the height of a bar, px.
func barThick(l look) int { return int(l.text) + 4 }

// The ends' markers: a hollow circle at half the input's value, a filled
// square at 1.5 times, so the two differ without colour.
const endMark = 10

func (c Sensitivity) legend(p *pen, l look) {
	pal := l.pal
	y := 6 + int(l.text)
	x := edge
	p.marker(circle, x+endMark/2, y-textHeight(l.text)/3, endMark, pal.bg, pal.accent, 2)
	x += endMark + legendGap
	half := l.p.T("input at half its value")
	p.text(half, x, y, l.text, pal.text)
	x += measure(l.text, half) + legendSpace
	more := l.p.T("at 1.5 times")
	if x+endMark+legendGap+measure(l.text, more) > l.w-edge {
		x, y = edge, y+l.lh()
	}
	p.marker(square, x+endMark/2, y-textHeight(l.text)/3, endMark, pal.accent, pal.accent, 1)
	p.text(more, x+endMark+legendGap, y, l.text, pal.text)
}

// sensitivityRow is how a bar's words are laid out: the label's lines, and
// the values at its ends (a marker before each) at the end of the last line or
// on a line of their own.
type sensitivityRow struct {
	label     []string
	low, high string
	valuesW   int
	ownLine   bool
	lines     int
}

// valueGap is the room between a marker and its value, and between the two.
const valueGap = 4

func (c Sensitivity) row(l look, b SensitivityBar, width int) sensitivityRow {
	label := b.Label
	if b.CrossesZero {
		label = l.p.F("{inputs} — crosses break-even", "inputs", b.Label)
	}
	r := sensitivityRow{label: wrapText(label, l.text, width, 2), low: l.money(b.Low), high: l.money(b.High)}
	r.valuesW = 2*(endMark+valueGap) + measure(l.text, r.low) + 3*valueGap + measure(l.text, r.high)
	r.ownLine = measure(l.text, r.label[len(r.label)-1])+3*valueGap+r.valuesW > width
	r.lines = len(r.label)
	if r.ownLine {
		r.lines++
	}
	return r
}

func (c Sensitivity) bars(p *pen, l look, rows []sensitivityRow) {
	pal := l.pal
	lh := l.lh()
	th := textHeight(l.text)
	thick := barThick(l)
	x := func(v float64) int { px, _ := p.at(v, 0); return px }

	// The words span the chart's width; the bars, the plot's. The plan's net
	// (dashed) and break-even, zero (solid), run across each bar; the plan's
	// net is named above the first.
	base, zero := x(c.Base), x(0)
	label := l.p.F("your plan: {net}", "net", l.money(c.Base))
	w := measure(l.text, label)
	p.text(label, clampInt(base-w/2, edge, l.w-edge-w), p.canvas.Top-lh+th-2, l.text, pal.text)

	y := p.canvas.Top
	for i, b := range c.Bars {
		r := rows[i]
		for _, s := range r.label {
			y += lh
			p.text(s, edge, y-3, l.text, pal.text)
		}
		if r.ownLine {
			y += lh
		}
		// The values, right-aligned: a hollow circle before the value at half,
		// a square before the one at 1.5 times, as the bar's ends are marked.
		vx := l.w - edge - r.valuesW
		my := y - 3 - th/3
		p.marker(circle, vx+endMark/2, my, endMark, pal.bg, pal.accent, 2)
		vx += endMark + valueGap
		p.text(r.low, vx, y-3, l.text, pal.text)
		vx += measure(l.text, r.low) + 3*valueGap
		p.marker(square, vx+endMark/2, my, endMark, pal.accent, pal.accent, 1)
		p.text(r.high, vx+endMark+valueGap, y-3, l.text, pal.text)

		x0, x1 := x(min(b.Low, b.High)), x(max(b.Low, b.High))
		box := gochart.Box{Left: x0, Right: max(x1, x0+1), Top: y + 2, Bottom: y + 2 + thick}
		across := func(px int) []point { return []point{{px, box.Top}, {px, box.Bottom}} }
		p.polyline(across(zero), pal.axis, 2, nil)
		p.rect(box, pal.netFill, pal.accent, 1)
		p.polyline(across(base), pal.text, 1, []float64{3, 2})
		mid := box.Top + thick/2
		p.marker(circle, x(b.Low), mid, endMark, pal.bg, pal.accent, 2)
		p.marker(square, x(b.High), mid, endMark, pal.accent, pal.accent, 1)
		y += 2 + thick + rowGap
	}
}

func (c Sensitivity) desc(l look) string {
	var b strings.Builder
	b.WriteString(l.p.F("Your plan's net benefit, {net}, with each input at half and at 1.5 times its value, the others as entered, largest swing first.", "net", l.money(c.Base)))
	for _, bar := range c.Bars {
		args := []string{"inputs", bar.Label, "low", l.money(bar.Low), "high", l.money(bar.High)}
		if bar.CrossesZero {
			b.WriteString(l.sep() + l.p.F("{inputs}: {low} at half, {high} at 1.5 times, crossing break-even.", args...))
		} else {
			b.WriteString(l.sep() + l.p.F("{inputs}: {low} at half, {high} at 1.5 times.", args...))
		}
	}
	return b.String()
}

// table lists each bar, with the page hooks of the bars on its rows.
func (c Sensitivity) table(l look) Table {
	t := Table{
		Caption: l.p.F("Net benefit of your plan ({net}) with each input at half and at 1.5 times its value", "net", l.moneyCell(c.Base)),
		Header:  []string{l.p.T("Input"), l.p.T("Net at half"), l.p.T("Net at 1.5 times"), l.p.T("Swing"), l.p.T("Crosses break-even")},
	}
	for i, b := range c.Bars {
		crosses := l.p.T("no")
		if b.CrossesZero {
			crosses = l.p.T("yes")
		}
		swing := b.High - b.Low
		if swing < 0 {
			swing = -swing
		}
		t.Rows = append(t.Rows, []string{b.Label, l.moneyCell(b.Low), l.moneyCell(b.High), l.moneyCell(swing), crosses})
		t.RowData = append(t.RowData, map[string]string{
			"bar":      strconv.Itoa(i + 1),
			"inputs":   b.Inputs,
			"net-low":  format.Raw(b.Low, -1),
			"net-high": format.Raw(b.High, -1),
		})
	}
	return t
}
