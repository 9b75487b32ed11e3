package chart

import (
	"math"
	"strconv"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// The style attributes svgRenderer writes on each element, as go-chart writes
// them: a class list when a class is set, else a style attribute with every
// property. Shapes write their stroke and fill; texts write their colour as
// the fill, with no stroke, and their size and font.
//
// Each attribute is built once and reused until the style it depends on
// changes: go-chart draws tick labels, grid lines and series with one style
// for many elements. The keys hold floats as bits, so that 0 and -0 (which
// format differently) never share an attribute.

type shapeKey struct {
	class        string
	stroke, fill drawing.Color
	width        uint64
}

type shapeAttr struct {
	ok  bool
	key shapeKey
	b   []byte
}

type textKey struct {
	class     string
	color     drawing.Color
	size, dpi uint64
	face      *truetype.Font
}

type textAttr struct {
	ok  bool
	key textKey
	b   []byte
}

// shapeStyle is the attribute for a path or a circle.
func (r *svgRenderer) shapeStyle() []byte {
	s := &r.style
	k := shapeKey{s.class, s.stroke, s.fill, math.Float64bits(s.strokeWidth)}
	if r.shape.ok && r.shape.key == k {
		return r.shape.b
	}
	b := r.shape.b[:0]
	if s.class != "" {
		b = append(b, `class="`...)
		b = append(b, s.class...)
		if !s.stroke.IsZero() {
			b = append(b, " stroke"...)
		}
		if !s.fill.IsZero() {
			b = append(b, " fill"...)
		}
	} else {
		b = append(b, `style="stroke-width:`...)
		if s.strokeWidth != 0 {
			b = appendInt(b, int(s.strokeWidth))
		} else {
			b = append(b, '0')
		}
		b = appendPaint(append(b, ";stroke:"...), s.stroke)
		b = appendPaint(append(b, ";fill:"...), s.fill)
	}
	b = append(b, '"')
	r.shape = shapeAttr{ok: true, key: k, b: b}
	return b
}

// textStyle is the attribute for a text. The font size is written in pixels,
// so it depends on the DPI too.
func (r *svgRenderer) textStyle() []byte {
	s := &r.style
	k := textKey{s.class, s.font, math.Float64bits(s.fontSize), math.Float64bits(r.dpi), s.face}
	if r.text.ok && r.text.key == k {
		return r.text.b
	}
	b := r.text.b[:0]
	if s.class != "" {
		b = append(b, `class="`...)
		b = append(b, s.class...)
		if s.fontSize != 0 || s.face != nil {
			b = append(b, " text"...)
		}
	} else {
		b = append(b, `style="stroke-width:0;stroke:none;fill:`...)
		b = appendPaint(b, s.font)
		if s.fontSize != 0 {
			b = append(b, ";font-size:"...)
			b = appendFixed(b, drawing.PointsToPixels(r.dpi, s.fontSize), 1)
			b = append(b, "px"...)
		}
		if s.face != nil {
			b = append(b, ";font-family:"...)
			if name := s.face.Name(truetype.NameIDFontFamily); name != "" {
				b = append(b, '\'')
				b = append(b, name...)
				b = append(b, "',"...)
			}
			b = append(b, "sans-serif"...)
		}
	}
	b = append(b, '"')
	r.text = textAttr{ok: true, key: k, b: b}
	return b
}

// appendPaint writes a colour as drawing.Color.String does, or "none" for the
// zero colour (unset).
func appendPaint(b []byte, c drawing.Color) []byte {
	if c.IsZero() {
		return append(b, "none"...)
	}
	b = append(b, "rgba("...)
	b = strconv.AppendUint(b, uint64(c.R), 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, uint64(c.G), 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, uint64(c.B), 10)
	b = append(b, ',')
	b = appendFixed(b, float64(c.A)/float64(255), 1)
	return append(b, ')')
}

func appendInt(b []byte, v int) []byte { return strconv.AppendInt(b, int64(v), 10) }

// appendFixed is fmt's %.{prec}f: strconv's 'f' format gives the same digits,
// NaN and ±Inf included.
func appendFixed(b []byte, v float64, prec int) []byte {
	return strconv.AppendFloat(b, v, 'f', prec, 64)
}
