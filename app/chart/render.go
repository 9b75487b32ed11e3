package chart

import (
	"fmt"
	"io"
	"math"
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// The ids of the charts' <svg> elements, which the page's contract names.
const (
	liftID        = "chart-lift"
	funnelID      = "chart-funnel"
	paybackID     = "chart-payback"
	compareID     = "chart-compare"
	sensitivityID = "chart-sensitivity"
)

// spec is a chart ready to render: everything but the renderer.
type spec struct {
	id    string // the svg element's id, e.g. "chart-lift"
	title string // accessible name, in <title>
	desc  string // accessible description, in <desc>
	chart gochart.Chart
}

// render is the one way a chart becomes SVG. It checks the chart's data and
// axes, has go-chart's Chart.Render lay the chart out and draw it with the
// package's renderer (svg.go), turns any go-chart panic into an error, checks
// the document against the allowlist, and on any error returns no output at
// all (go-chart writes partial output before some of its errors).
func render(s spec) (out string, err error) {
	c, err := prepare(s)
	if err != nil {
		return "", err
	}
	r := newSVGRenderer(svgHead{id: s.id, title: s.title, desc: s.desc, w: c.Width, h: c.Height})
	defer r.release()
	var b strings.Builder
	if err := draw(c, r, &b); err != nil {
		return "", fmt.Errorf("%s: %w", s.id, err)
	}
	out = b.String()
	if err := checkSVG(out); err != nil {
		return "", fmt.Errorf("%s: unsafe SVG refused: %w", s.id, err)
	}
	return out, nil
}

// draw runs go-chart's Chart.Render on r, writing the document to w.
func draw(c gochart.Chart, r *svgRenderer, w io.Writer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("drawing failed: %v", p)
		}
	}()
	return c.Render(func(int, int) (gochart.Renderer, error) { return r, nil }, w)
}

// prepare checks a spec and returns its chart as Chart.Render takes it.
func prepare(s spec) (gochart.Chart, error) {
	c := s.chart
	if !validID(s.id) {
		return c, fmt.Errorf("chart: invalid id %q", s.id)
	}
	if strings.TrimSpace(s.title) == "" {
		return c, fmt.Errorf("%s: a chart needs a title", s.id)
	}
	if c.Width <= 0 || c.Height <= 0 {
		return c, fmt.Errorf("%s: no size", s.id)
	}
	if c.Title != "" {
		// The spec's title names the chart, in <title>; a drawn title would
		// take room the layout does not plan for.
		return c, fmt.Errorf("%s: a go-chart title is not drawn", s.id)
	}
	c.DPI = 72 // font sizes, in points, are then CSS pixels
	// The secondary y-axis draws stray "0.00" labels unless hidden, and no
	// chart here uses it.
	c.YAxisSecondary = gochart.HideYAxis()
	if err := checkAxes(&c); err != nil {
		return c, fmt.Errorf("%s: %w", s.id, err)
	}
	if err := checkSeries(c.Series); err != nil {
		return c, fmt.Errorf("%s: %w", s.id, err)
	}
	return c, nil
}

// checkAxes insists on explicit axis ranges (go-chart's automatic ones break on
// all-equal data) and makes each range span its ticks, as go-chart would. An
// axis that is shown needs explicit ticks too: draw does not generate any.
func checkAxes(c *gochart.Chart) error {
	for _, a := range []struct {
		name   string
		rng    *gochart.Range
		ticks  []gochart.Tick
		hidden bool
	}{
		{"x-axis", &c.XAxis.Range, c.XAxis.Ticks, c.XAxis.Style.Hidden},
		{"y-axis", &c.YAxis.Range, c.YAxis.Ticks, c.YAxis.Style.Hidden},
	} {
		if *a.rng == nil {
			return fmt.Errorf("%s: no explicit range", a.name)
		}
		if !a.hidden && len(a.ticks) == 0 {
			return fmt.Errorf("%s: no explicit ticks", a.name)
		}
		lo, hi := (*a.rng).GetMin(), (*a.rng).GetMax()
		if len(a.ticks) > 0 {
			for _, t := range a.ticks {
				if err := checkValues(a.name+" tick", t.Value); err != nil {
					return err
				}
			}
			lo, hi = math.Inf(1), math.Inf(-1)
			for _, t := range a.ticks {
				lo, hi = math.Min(lo, t.Value), math.Max(hi, t.Value)
			}
		}
		if err := checkValues(a.name+" range", lo, hi); err != nil {
			return err
		}
		lo, hi = padRange(lo, hi)
		*a.rng = &gochart.ContinuousRange{Min: lo, Max: hi}
		if len(a.ticks) == 1 {
			return fmt.Errorf("%s: a single tick gives no scale", a.name)
		}
	}
	return nil
}

// checkSeries looks at the values go-chart will read itself: the built-in
// series panic on mismatched lengths and misdraw on NaN or ±Inf.
func checkSeries(ss []gochart.Series) error {
	if len(ss) == 0 {
		return fmt.Errorf("%w: no series", ErrNoData)
	}
	for _, s := range ss {
		if s.GetYAxis() != gochart.YAxisPrimary {
			return fmt.Errorf("%w: only the primary y-axis is used", ErrInvalid)
		}
		var err error
		switch v := s.(type) {
		case gochart.ContinuousSeries:
			err = checkXY(v.Name, v.XValues, v.YValues)
		case *gochart.ContinuousSeries:
			err = checkXY(v.Name, v.XValues, v.YValues)
		case gochart.ValuesProvider:
			for i := range v.Len() {
				x, y := v.GetValues(i)
				if err = checkValues(s.GetName(), x, y); err != nil {
					break
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// checkXY checks the values of one go-chart line series, which panics on
// mismatched lengths.
func checkXY(name string, xs, ys []float64) error {
	switch {
	case len(xs) != len(ys):
		return fmt.Errorf("%s: %w: %d x and %d y values", name, ErrInvalid, len(xs), len(ys))
	case len(xs) < 2:
		return fmt.Errorf("%s: %w", name, ErrNoData)
	}
	if err := checkValues(name, xs...); err != nil {
		return err
	}
	return checkValues(name, ys...)
}

// validID accepts ids that need no escaping: a letter, then letters, digits
// and hyphens.
func validID(id string) bool {
	if id == "" || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
