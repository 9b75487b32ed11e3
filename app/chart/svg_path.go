package chart

import (
	"math"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Paths, circles and paint of svgRenderer. Path data is compact ("M1 2L3 4Z");
// coordinates are whole pixels, as go-chart computes them.

func (r *svgRenderer) MoveTo(x, y int) { r.point('M', x, y) }
func (r *svgRenderer) LineTo(x, y int) { r.point('L', x, y) }

func (r *svgRenderer) point(cmd byte, x, y int) {
	r.path = append(r.path, cmd)
	r.path = appendInt(r.path, x)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, y)
}

func (r *svgRenderer) QuadCurveTo(cx, cy, x, y int) {
	r.path = append(r.path, 'Q')
	r.path = appendInt(r.path, cx)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, cy)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, x)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, y)
}

// ArcTo adds an elliptical arc around (cx, cy) from startAngle through delta
// (radians, clockwise on screen from three o'clock, as go-chart's pie and
// donut charts use it), joined to the path by a line from where it is, or
// starting it. A full turn is drawn as two halves: an SVG arc whose ends
// coincide draws nothing.
func (r *svgRenderer) ArcTo(cx, cy int, rx, ry, startAngle, delta float64) {
	at := func(a float64) (float64, float64) {
		return float64(cx) + rx*math.Cos(a), float64(cy) + ry*math.Sin(a)
	}
	x0, y0 := at(startAngle)
	if len(r.path) == 0 {
		r.path = append(r.path, 'M')
	} else {
		r.path = append(r.path, 'L')
	}
	r.path = appendNum(r.path, x0)
	r.path = append(r.path, ' ')
	r.path = appendNum(r.path, y0)
	delta = math.Max(-2*math.Pi, math.Min(2*math.Pi, delta))
	parts := 1
	if math.Abs(delta) > math.Pi {
		parts = 2
	}
	for i := 1; i <= parts; i++ {
		x, y := at(startAngle + delta*float64(i)/float64(parts))
		sweep := byte('1')
		if delta < 0 {
			sweep = '0'
		}
		r.path = append(r.path, 'A')
		r.path = appendNum(r.path, rx)
		r.path = append(r.path, ' ')
		r.path = appendNum(r.path, ry)
		r.path = append(r.path, " 0 0 "...)
		r.path = append(r.path, sweep, ' ')
		r.path = appendNum(r.path, x)
		r.path = append(r.path, ' ')
		r.path = appendNum(r.path, y)
	}
}

func (r *svgRenderer) Close() { r.path = append(r.path, 'Z') }

func (r *svgRenderer) Stroke()     { r.drawPath(true, false) }
func (r *svgRenderer) Fill()       { r.drawPath(false, true) }
func (r *svgRenderer) FillStroke() { r.drawPath(true, true) }

// drawPath writes the current path with the paint asked for, unless it paints
// nothing, and starts a new path.
func (r *svgRenderer) drawPath(stroke, fill bool) {
	if len(r.path) > 0 && (stroke && r.stroked() || fill && r.filled()) {
		b := append(r.out, `<path d="`...)
		b = append(b, r.path...)
		b = append(b, '"')
		b = r.appendPaint(b, stroke, fill)
		r.out = append(b, "/>"...)
	}
	r.path = r.path[:0]
}

// Circle draws a circle with the current fill and stroke, unless it paints
// nothing. The path being built is left alone.
func (r *svgRenderer) Circle(radius float64, x, y int) {
	if radius <= 0 || !r.stroked() && !r.filled() {
		return
	}
	b := append(r.out, `<circle cx="`...)
	b = appendInt(b, x)
	b = append(b, `" cy="`...)
	b = appendInt(b, y)
	b = append(b, `" r="`...)
	b = appendNum(b, radius)
	b = append(b, '"')
	b = r.appendPaint(b, true, true)
	r.out = append(b, "/>"...)
}

func (r *svgRenderer) stroked() bool { return r.st.width > 0 && r.st.stroke.A > 0 }
func (r *svgRenderer) filled() bool  { return r.st.fill.A > 0 }

// appendPaint writes a shape's fill and stroke attributes. SVG fills a shape
// black unless told otherwise, so an unfilled shape says fill="none"; a stroke
// is off by default and written only when it shows.
func (r *svgRenderer) appendPaint(b []byte, stroke, fill bool) []byte {
	if fill && r.filled() {
		b = appendColor(b, "fill", r.st.fill)
	} else {
		b = append(b, ` fill="none"`...)
	}
	if !stroke || !r.stroked() {
		return b
	}
	b = appendColor(b, "stroke", r.st.stroke)
	if r.st.width != 1 {
		b = append(b, ` stroke-width="`...)
		b = appendNum(b, r.st.width)
		b = append(b, '"')
	}
	if len(r.st.dash) > 0 {
		b = append(b, ` stroke-dasharray="`...)
		for i, v := range r.st.dash {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendNum(b, v)
		}
		b = append(b, '"')
	}
	return b
}

// appendColor writes the attribute name="#rrggbb", and name-opacity when the
// colour is translucent.
func appendColor(b []byte, name string, c drawing.Color) []byte {
	const hex = "0123456789abcdef"
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, `="#`...)
	for _, v := range [3]uint8{c.R, c.G, c.B} {
		b = append(b, hex[v>>4], hex[v&15])
	}
	b = append(b, '"')
	if c.A < 255 {
		b = append(b, ' ')
		b = append(b, name...)
		b = append(b, `-opacity="`...)
		b = appendNum(b, float64(c.A)/255)
		b = append(b, '"')
	}
	return b
}
