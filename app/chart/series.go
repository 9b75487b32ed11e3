package chart

import (
	"math"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// drawFunc is a go-chart series that draws with a function. The custom parts of
// the charts (range bands, the study window, markers, labels, funnel bars) need
// the canvas box and both axis ranges, which go-chart hands only to series.
type drawFunc struct {
	name string
	fn   func(p *pen)
}

func (d drawFunc) GetName() string             { return d.name }
func (d drawFunc) GetYAxis() gochart.YAxisType { return gochart.YAxisPrimary }
func (d drawFunc) GetStyle() gochart.Style     { return gochart.Style{} }
func (d drawFunc) Validate() error             { return nil }
func (d drawFunc) Render(r gochart.Renderer, canvas gochart.Box, xr, yr gochart.Range, _ gochart.Style) {
	d.fn(&pen{r: r, canvas: canvas, xr: xr, yr: yr})
}

// pen draws on the canvas of one render, in data or pixel coordinates.
type pen struct {
	r      gochart.Renderer
	canvas gochart.Box
	xr, yr gochart.Range
}

// at converts a data point to pixels.
func (p *pen) at(x, y float64) (int, int) {
	return p.canvas.Left + p.xr.Translate(x), p.canvas.Bottom - p.yr.Translate(y)
}

// style sets every drawing option: go-chart's SVG renderer writes the whole
// current style on each shape, so a fill left over from the last shape would
// fill a line drawn next.
func (p *pen) style(stroke, fill drawing.Color, width float64, dash []float64) {
	p.r.SetClassName("")
	p.r.SetStrokeColor(stroke)
	p.r.SetFillColor(fill)
	p.r.SetStrokeWidth(width)
	p.r.SetStrokeDashArray(dash)
	p.r.SetFontColor(drawing.Color{})
}

// polyline strokes a line through pixel points.
func (p *pen) polyline(pts []point, c drawing.Color, width float64, dash []float64) {
	if len(pts) < 2 {
		return
	}
	p.style(c, drawing.Color{}, width, dash)
	p.r.MoveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		p.r.LineTo(q.x, q.y)
	}
	p.r.Stroke()
	p.r.ResetStyle()
}

// rect fills (and optionally strokes) a pixel rectangle.
func (p *pen) rect(b gochart.Box, fill, stroke drawing.Color, width float64) {
	p.style(stroke, fill, width, nil)
	p.r.MoveTo(b.Left, b.Top)
	p.r.LineTo(b.Right, b.Top)
	p.r.LineTo(b.Right, b.Bottom)
	p.r.LineTo(b.Left, b.Bottom)
	p.r.Close()
	p.r.FillStroke()
	p.r.ResetStyle()
}

// circle draws a round marker centred on (x, y).
func (p *pen) circle(x, y int, radius float64, fill, stroke drawing.Color, width float64) {
	p.style(stroke, fill, width, nil)
	p.r.Circle(radius, x, y)
	p.r.ResetStyle()
}

// square draws a square marker centred on (x, y).
func (p *pen) square(x, y, half int, fill, stroke drawing.Color, width float64) {
	p.rect(gochart.Box{Left: x - half, Top: y - half, Right: x + half, Bottom: y + half}, fill, stroke, width)
}

// text writes s with its baseline at y, starting at x. It returns the width.
func (p *pen) text(s string, x, y int, size float64, c drawing.Color) int {
	p.setFont(size, c)
	w := p.r.MeasureText(s).Width()
	p.r.Text(s, x, y)
	p.r.ResetStyle()
	return w
}

// measure returns the width and height of s in pixels.
func (p *pen) measure(s string, size float64) (w, h int) {
	p.setFont(size, drawing.Color{})
	b := p.r.MeasureText(s)
	p.r.ResetStyle()
	return b.Width(), b.Height()
}

func (p *pen) setFont(size float64, c drawing.Color) {
	p.r.SetClassName("")
	p.r.SetFontSize(size)
	p.r.SetFontColor(c)
	p.r.ClearTextRotation()
}

// band is the low-high range of a line, for go-chart's Draw.BoundedSeries.
type band struct{ xs, lo, hi []float64 }

func (b band) Len() int { return len(b.xs) }
func (b band) GetBoundedValues(i int) (x, y1, y2 float64) {
	return b.xs[i], b.hi[i], b.lo[i]
}

// band shades the area between b.lo and b.hi with go-chart's BoundedSeries.
func (p *pen) band(b band, fill drawing.Color) {
	if b.Len() < 2 {
		return
	}
	gochart.Draw.BoundedSeries(p.r, p.canvas, p.xr, p.yr, gochart.Style{FillColor: fill}, b)
	p.r.ResetStyle()
}

// point is a pixel position.
type point struct{ x, y int }

// interp returns the y of the piecewise linear line (xs, ys) at x, holding the
// end values beyond either end. xs must be ascending.
func interp(xs, ys []float64, x float64) float64 {
	n := len(xs)
	switch {
	case n == 0:
		return math.NaN()
	case x <= xs[0]:
		return ys[0]
	case x >= xs[n-1]:
		return ys[n-1]
	}
	for i := 1; i < n; i++ {
		if x <= xs[i] {
			x0, x1 := xs[i-1], xs[i]
			if x1 == x0 {
				return ys[i]
			}
			t := (x - x0) / (x1 - x0)
			return ys[i-1] + t*(ys[i]-ys[i-1])
		}
	}
	return ys[n-1]
}
