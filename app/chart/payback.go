package chart

import (
	"fmt"

	"github.com/trainingroi/calculator/calc"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Payback draws the cumulative net benefit at the end of each month
// (r.Timeline, month 0 to 12 × years), the zero line, and the payback month
// (r.Payback) when there is one within the horizon; otherwise a note says that
// the plan does not pay back within it. The SVG element has id PaybackID.
func Payback(r calc.Result, o Options) (string, error) {
	return payback(r, o, sharedFaces)
}

func payback(r calc.Result, o Options, faces *faceCache) (string, error) {
	s, err := paybackSpec(r, o.resolve(paybackHeight))
	if err != nil {
		return "", err
	}
	return render(s)
}

func paybackHeight(w int) int { return clampInt(w/2, 280, 400) }

func paybackSpec(r calc.Result, o resolved) (spec, error) {
	ys := r.Timeline
	xs := make([]float64, len(ys))
	for i := range xs {
		xs[i] = float64(i)
	}
	if err := checkXY("timeline", xs, ys); err != nil {
		return spec{}, fmt.Errorf("%s: %w", PaybackID, err)
	}
	if r.Payback.OK {
		if err := checkFinite("payback", r.Payback.V); err != nil {
			return spec{}, fmt.Errorf("%s: %w", PaybackID, err)
		}
		if r.Payback.V < 0 {
			return spec{}, fmt.Errorf("%s: payback month: %w", PaybackID, ErrNegative)
		}
	}
	months := xs[len(xs)-1]

	top := o.lineHeight() + 10
	pw, ph := plotSize(o, top)
	fit := maxTicks(pw, 40)
	step := 12.0
	for _, s := range []float64{1, 2, 3, 6, 12} {
		if months/s <= float64(fit) {
			step = s
			break
		}
	}
	if months/step > 10 {
		step = niceStep(months / 10)
	}
	xt := stepTicks(months, step, o.num)
	// The range always includes zero, with some room on both sides, so the
	// zero line never lies on the edge of the plot.
	lo, hi := extent(ys...)
	lo, hi = min(lo, 0), max(hi, 0)
	span := hi - lo
	if hi <= 0 {
		hi = span * 0.05
	} else {
		hi += span * 0.04
	}
	if lo >= 0 {
		lo = -span * 0.05
	} else {
		lo -= span * 0.04
	}
	yt, err := niceTicks(lo, hi, maxTicks(ph, int(2.5*o.tick)), o.money)
	if err != nil {
		return spec{}, fmt.Errorf("%s: %w", PaybackID, err)
	}

	c := axesChart(o, xt, yt, "Months from the start", top)
	c.Series = []gochart.Series{
		// Filled from the line to zero: go-chart's line series fills down to
		// the value 0, which is exactly the area of net cost or net gain.
		gochart.ContinuousSeries{
			Name:    "Cumulative net benefit",
			XValues: xs,
			YValues: ys,
			Style:   gochart.Style{StrokeColor: o.pal.accent, StrokeWidth: 3, FillColor: o.pal.netFill},
		},
		drawFunc{name: "labels", fn: func(p *pen) { paybackLabels(p, o, r, xs, ys) }},
	}
	return spec{
		id:    PaybackID,
		title: "Cumulative net benefit by month",
		desc:  paybackDesc(r, ys, o),
		chart: c,
	}, nil
}

// paybackNote is the sentence shown when no payback month can be marked, or
// "" when one can. It gives the model's reason when there is one; short is the
// version for a narrow chart.
func paybackNote(r calc.Result, months float64, o resolved) (full, short string) {
	switch {
	case !r.Payback.OK && r.Payback.Why != "":
		return "No payback month: " + r.Payback.Why, "No payback month"
	case !r.Payback.OK:
		return "Does not pay back within the horizon", "Does not pay back within the horizon"
	case r.Payback.V > months:
		s := "Does not pay back within the horizon"
		return s + " (month " + o.num(r.Payback.V) + ")", s
	}
	return "", ""
}

func paybackLabels(p *pen, o resolved, r calc.Result, xs, ys []float64) {
	pal := o.pal
	months := xs[len(xs)-1]
	pl := &placer{bounds: gochart.Box{Left: p.canvas.Left + 2, Right: p.canvas.Right - 2, Top: p.canvas.Top + 2, Bottom: p.canvas.Bottom - 2}}
	var line []point
	for i := range xs {
		x, y := p.at(xs[i], ys[i])
		line = append(line, point{x, y})
	}
	_, zy := p.at(0, 0)
	zero := []point{{p.canvas.Left, zy}, {p.canvas.Right, zy}}
	pl.lines = [][]point{line, zero}

	// The zero line, darker than the grid: above it the plan has paid for
	// itself.
	p.polyline(zero, pal.axis, 2, nil)

	if note, short := paybackNote(r, months, o); note != "" {
		if w, _ := p.measure(note, o.text); p.canvas.Left+w > o.w-4 {
			note = short
		}
		p.text(note, p.canvas.Left, p.canvas.Top-8, o.text, pal.text)
	} else {
		x, y := p.at(r.Payback.V, 0)
		p.polyline([]point{{x, y}, {x, p.canvas.Bottom}}, pal.text, 1, []float64{3, 3})
		p.circle(x, y, 6, pal.accent, pal.bg, 2)
		pl.taken = append(pl.taken, gochart.Box{Left: x - 8, Right: x + 8, Top: y - 8, Bottom: y + 8})
		label := "pays back: month " + o.num(r.Payback.V)
		w, h := p.measure(label, o.text)
		cands := []gochart.Box{
			textBox(x+10, y-10, w, h), textBox(x-10-w, y-10, w, h),
			textBox(x+10, y+10+h*4/5, w, h), textBox(x-10-w, y+10+h*4/5, w, h),
		}
		drawLabel(p, pl, cands, label, h, o.text, pal.text)
	}

	// The end value, next to the last point, above or below the line.
	ex := line[len(line)-1].x
	label := o.money(ys[len(ys)-1]) + " after " + o.num(months) + " months"
	w, h := p.measure(label, o.text)
	var cands []gochart.Box
	for _, shift := range []int{6, 40} {
		right := ex - shift
		top, bottom := spanY(line, right-w, right)
		cands = append(cands, textBox(right-w, top-8-h/4, w, h), textBox(right-w, bottom+8+h*4/5, w, h))
	}
	drawLabel(p, pl, cands, label, h, o.text, pal.accent)

	// "break-even" on the zero line, wherever the line leaves room.
	w, h = p.measure("break-even", o.text)
	l, rgt := p.canvas.Left+6, p.canvas.Right-6-w
	mid := (p.canvas.Left + p.canvas.Right - w) / 2
	drawLabel(p, pl, []gochart.Box{
		textBox(l, zy-6, w, h), textBox(l, zy+6+h*4/5, w, h),
		textBox(mid, zy-6, w, h), textBox(mid, zy+6+h*4/5, w, h),
		textBox(rgt, zy+6+h*4/5, w, h), textBox(rgt, zy-6, w, h),
	}, "break-even", h, o.text, pal.muted)
}

// drawLabel places a label with the placer and draws it.
func drawLabel(p *pen, pl *placer, cands []gochart.Box, text string, h int, size float64, c drawing.Color) {
	b := cands[pl.place(cands)]
	x, y := baselineOf(b, h)
	p.text(text, x, y, size, c)
}

func paybackDesc(r calc.Result, ys []float64, o resolved) string {
	months := float64(len(ys) - 1)
	s := "Cumulative net benefit (gross profit gained minus the cost of the extra training, paid at the start of each year) " +
		"at the end of each month from 0 to " + o.num(months) + ". It starts at " + o.money(ys[0]) +
		" and ends at " + o.money(ys[len(ys)-1]) + ". "
	if note, _ := paybackNote(r, months, o); note != "" {
		return s + note + "."
	}
	return s + "It pays back in month " + o.num(r.Payback.V) + "."
}
