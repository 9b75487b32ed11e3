package chart

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// The ids the page hooks contract gives the charts (contract.md). The <title>
// and <desc> inside each get the id plus "-title" and "-desc".
const (
	LiftID    = "chart-lift"
	FunnelID  = "chart-funnel"
	PaybackID = "chart-payback"
)

// dpi is 72 so that go-chart's font sizes, given in points, are CSS pixels.
const dpi = 72

// spec is a chart ready to render: everything but the renderer.
type spec struct {
	id    string // the svg element's id, e.g. "chart-lift"
	title string // accessible name, in <title>
	desc  string // accessible description, in <desc>
	chart gochart.Chart
}

// render is the one way a chart becomes SVG. It checks the chart's data and
// axes, draws with the escaping, face-caching renderer, turns any go-chart
// panic into an error, and on any error returns no output at all (go-chart
// writes partial SVG before some of its errors).
func render(s spec, faces *faceCache) (out string, err error) {
	c, err := prepare(s)
	if err != nil {
		return "", err
	}

	defer func() {
		if p := recover(); p != nil {
			out, err = "", fmt.Errorf("%s: drawing failed: %v", s.id, p)
		}
	}()
	r := newSVGRenderer(c.Width, c.Height, faces)
	// finish copies the document, so its buffer can go back to the pool.
	defer r.release()
	draw(c, &safeRenderer{r})
	out, err = finish(r.document(), s, c.Width, c.Height)
	if err != nil {
		return "", fmt.Errorf("%s: %w", s.id, err)
	}
	return out, nil
}

// prepare checks a spec and returns its chart as draw takes it. The chart has
// no font: draw and the renderer need none (metrics.go), and finish names
// Roboto for the whole SVG.
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
		// draw does not draw go-chart titles; the spec's title names the chart.
		return c, fmt.Errorf("%s: a go-chart title is not drawn", s.id)
	}
	c.DPI = dpi
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
				if err := checkFinite(a.name+" tick", t.Value); err != nil {
					return err
				}
			}
			lo, hi = math.Inf(1), math.Inf(-1)
			for _, t := range a.ticks {
				lo, hi = math.Min(lo, t.Value), math.Max(hi, t.Value)
			}
		}
		lo, hi, err := padRange(lo, hi)
		if err != nil {
			return fmt.Errorf("%s: %w", a.name, err)
		}
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
		return ErrNoData
	}
	for _, s := range ss {
		if s.GetYAxis() != gochart.YAxisPrimary {
			return errors.New("only the primary y-axis is used")
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
				if err = checkFinite(s.GetName(), x, y); err != nil {
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

// finish replaces go-chart's opening <svg> tag with one that carries the id,
// role and aria references and the font family (once for every text, which
// inherits it), puts <title> and <desc> first inside it, and checks the result
// against the element and attribute allowlist.
func finish(raw []byte, s spec, w, h int) (string, error) {
	end := bytes.IndexByte(raw, '>')
	if !bytes.HasPrefix(raw, []byte("<svg ")) || end < 0 || !bytes.HasSuffix(raw, []byte("</svg>")) {
		return "", errors.New("unexpected SVG from go-chart")
	}
	var b strings.Builder
	b.Grow(len(raw) + 256 + len(s.title) + len(s.desc))
	// No width or height: with only a viewBox the SVG takes the width of its
	// container and keeps its aspect ratio.
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" id="`)
	b.WriteString(s.id)
	b.WriteString(`" viewBox="0 0 `)
	b.WriteString(strconv.Itoa(w))
	b.WriteByte(' ')
	b.WriteString(strconv.Itoa(h))
	b.WriteString(`" role="img" aria-labelledby="`)
	b.WriteString(s.id)
	b.WriteString(`-title"`)
	if s.desc != "" {
		b.WriteString(` aria-describedby="`)
		b.WriteString(s.id)
		b.WriteString(`-desc"`)
	}
	// As go-chart wrote it on each text when it had the font.
	b.WriteString(` style="font-family:'` + robotoFamily + `',sans-serif"`)
	b.WriteString(`><title id="`)
	b.WriteString(s.id)
	b.WriteString(`-title">`)
	b.WriteString(escapeText(s.title))
	b.WriteString(`</title>`)
	if s.desc != "" {
		b.WriteString(`<desc id="`)
		b.WriteString(s.id)
		b.WriteString(`-desc">`)
		b.WriteString(escapeText(s.desc))
		b.WriteString(`</desc>`)
	}
	b.Write(raw[end+1:])
	out := b.String()
	if err := checkSVG(out); err != nil {
		return "", fmt.Errorf("unsafe SVG refused: %w", err)
	}
	return out, nil
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
