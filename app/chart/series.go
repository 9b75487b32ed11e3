package chart

import (
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// drawFunc is a go-chart series that draws with a function: the custom parts
// of the charts (range bands, markers, labels, funnel bars) need the canvas
// box and both axis ranges, which go-chart hands to series.
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

// element is a go-chart Chart.Elements entry that draws with a pen, for parts
// outside the plot (legends, notes) that need the canvas box only.
func element(fn func(p *pen)) gochart.Renderable {
	return func(r gochart.Renderer, canvas gochart.Box, _ gochart.Style) {
		fn(&pen{r: r, canvas: canvas})
	}
}

// pen draws on one render, in data or pixel coordinates.
type pen struct {
	r      gochart.Renderer
	canvas gochart.Box
	xr, yr gochart.Range // nil for elements
}

// at converts a data point to pixels.
func (p *pen) at(x, y float64) (int, int) {
	return p.canvas.Left + p.xr.Translate(x), p.canvas.Bottom - p.yr.Translate(y)
}

// paint sets the whole drawing state for the next shape.
func (p *pen) paint(stroke, fill drawing.Color, width float64, dash []float64) {
	p.r.ResetStyle()
	p.r.SetStrokeColor(stroke)
	p.r.SetFillColor(fill)
	p.r.SetStrokeWidth(width)
	p.r.SetStrokeDashArray(dash)
}

// polyline strokes a line through pixel points.
func (p *pen) polyline(pts []point, c drawing.Color, width float64, dash []float64) {
	if len(pts) < 2 {
		return
	}
	p.paint(c, drawing.Color{}, width, dash)
	p.r.MoveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		p.r.LineTo(q.x, q.y)
	}
	p.r.Stroke()
}

// polygon fills and strokes a closed shape through pixel points.
func (p *pen) polygon(pts []point, fill, stroke drawing.Color, width float64) {
	p.paint(stroke, fill, width, nil)
	p.r.MoveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		p.r.LineTo(q.x, q.y)
	}
	p.r.Close()
	p.r.FillStroke()
}

// rect fills (and strokes, if the stroke shows) a pixel rectangle.
func (p *pen) rect(b gochart.Box, fill, stroke drawing.Color, width float64) {
	p.polygon([]point{{b.Left, b.Top}, {b.Right, b.Top}, {b.Right, b.Bottom}, {b.Left, b.Bottom}}, fill, stroke, width)
}

// marker draws a marker shape of about size px across, centred on (x, y).
func (p *pen) marker(s shape, x, y, size int, fill, stroke drawing.Color, width float64) {
	h := size / 2
	switch s {
	case square:
		p.rect(gochart.Box{Left: x - h, Top: y - h, Right: x + h, Bottom: y + h}, fill, stroke, width)
	case triangle:
		p.polygon([]point{{x, y - h - 1}, {x + h + 1, y + h}, {x - h - 1, y + h}}, fill, stroke, width)
	case diamond:
		p.polygon([]point{{x, y - h - 1}, {x + h + 1, y}, {x, y + h + 1}, {x - h - 1, y}}, fill, stroke, width)
	default:
		p.paint(stroke, fill, width, nil)
		p.r.Circle(float64(h), x, y)
	}
}

// shape is a marker's shape: series differ by shape as well as colour.
type shape uint8

const (
	circle shape = iota
	square
	triangle
	diamond
)

// text writes s with its baseline at y, starting at x.
func (p *pen) text(s string, x, y int, size float64, c drawing.Color) {
	p.r.ResetStyle()
	p.r.SetFontSize(size)
	p.r.SetFontColor(c)
	p.r.Text(s, x, y)
}

// band shades the area between two lines, with go-chart's BoundedSeries.
func (p *pen) band(b band, fill drawing.Color) {
	if b.Len() < 2 {
		return
	}
	gochart.Draw.BoundedSeries(p.r, p.canvas, p.xr, p.yr, gochart.Style{FillColor: fill}, b)
}

// band is the low-high range of a line, as go-chart's BoundedValuesProvider.
type band struct{ xs, lo, hi []float64 }

func (b band) Len() int { return len(b.xs) }
func (b band) GetBoundedValues(i int) (x, y1, y2 float64) {
	return b.xs[i], b.hi[i], b.lo[i]
}

// point is a pixel position.
type point struct{ x, y int }
