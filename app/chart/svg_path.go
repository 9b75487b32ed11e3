package chart

import (
	"math"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// Paths and circles of svgRenderer, in go-chart's SVG: path segments such as
// "M 1 2" and "Q1,2 3,4", one per line, and each shape's paint written on it
// (svg_style.go).

// segment starts a path segment: after a newline unless it is the first.
func (r *svgRenderer) segment() {
	if len(r.path) > 0 {
		r.path = append(r.path, '\n')
	}
}

func (r *svgRenderer) MoveTo(x, y int) { r.point("M ", x, y) }
func (r *svgRenderer) LineTo(x, y int) { r.point("L ", x, y) }

func (r *svgRenderer) point(cmd string, x, y int) {
	r.segment()
	r.path = append(r.path, cmd...)
	r.path = appendInt(r.path, x)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, y)
}

func (r *svgRenderer) QuadCurveTo(cx, cy, x, y int) {
	r.segment()
	r.path = append(r.path, 'Q')
	r.path = appendInt(r.path, cx)
	r.path = append(r.path, ',')
	r.path = appendInt(r.path, cy)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, x)
	r.path = append(r.path, ',')
	r.path = appendInt(r.path, y)
}

// ArcTo draws an arc as go-chart does, angles measured from twelve o'clock:
// a line (or a move, on an empty path) to its start, then an SVG arc whose
// end point is computed, like the start, in whole pixels.
func (r *svgRenderer) ArcTo(cx, cy int, rx, ry, startAngle, delta float64) {
	startAngle = gochart.RadianAdd(startAngle, math.Pi/2)
	endAngle := gochart.RadianAdd(startAngle, delta)

	startX := cx + int(rx*math.Sin(startAngle))
	startY := cy - int(ry*math.Cos(startAngle))
	if len(r.path) > 0 {
		r.LineTo(startX, startY)
	} else {
		r.MoveTo(startX, startY)
	}

	endX := cx + int(rx*math.Sin(endAngle))
	endY := cy - int(ry*math.Cos(endAngle))
	large := 0
	if delta > math.Pi {
		large = 1
	}
	r.segment()
	r.path = append(r.path, "A "...)
	r.path = appendInt(r.path, int(rx))
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, int(ry))
	r.path = append(r.path, ' ')
	r.path = appendFixed(r.path, gochart.RadiansToDegrees(delta), 2)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, large)
	r.path = append(r.path, " 1 "...)
	r.path = appendInt(r.path, endX)
	r.path = append(r.path, ' ')
	r.path = appendInt(r.path, endY)
}

func (r *svgRenderer) Close() {
	r.segment()
	r.path = append(r.path, 'Z')
}

// Stroke, Fill and FillStroke all write the path with its fill and stroke:
// go-chart's SVG renderer ignores which one was asked for.
func (r *svgRenderer) Stroke()     { r.drawPath() }
func (r *svgRenderer) Fill()       { r.drawPath() }
func (r *svgRenderer) FillStroke() { r.drawPath() }

// drawPath writes the current path, unless it paints nothing, and starts a
// new one. The space before d is there with or without a dash array, as in
// go-chart.
func (r *svgRenderer) drawPath() {
	style, visible := r.shapeStyle()
	if !visible {
		r.path = r.path[:0]
		return
	}
	b := append(r.out, "<path "...)
	if dash := r.style.dash; len(dash) > 0 {
		b = append(b, `stroke-dasharray="`...)
		for i, v := range dash {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendFixed(b, v, 1)
		}
		b = append(b, '"')
	}
	b = append(b, ` d="`...)
	b = append(b, r.path...)
	b = append(b, `" `...)
	b = append(b, style...)
	r.out = append(b, "/>"...)
	r.path = r.path[:0]
}

// Circle draws a circle of radius (in whole pixels) around (x, y), unless it
// paints nothing. The path being built is left alone.
func (r *svgRenderer) Circle(radius float64, x, y int) {
	style, visible := r.shapeStyle()
	if !visible {
		return
	}
	b := append(r.out, `<circle cx="`...)
	b = appendInt(b, x)
	b = append(b, `" cy="`...)
	b = appendInt(b, y)
	b = append(b, `" r="`...)
	b = appendInt(b, int(radius))
	b = append(b, `" `...)
	b = append(b, style...)
	r.out = append(b, "/>"...)
}
