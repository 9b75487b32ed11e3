package chart

import (
	"math"
	"strconv"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// The style attributes svgRenderer writes on each element. go-chart writes a
// class list when a class is set, and that stays. Otherwise it writes a style
// attribute with every property on every element; svgRenderer writes the same
// paint as presentation attributes, leaves out what is the default anyway, and
// leaves out shapes that paint nothing. Chromium took 3.6 ms to put the three
// charts' style attributes on the page and 2.3 ms for these (docs/performance.md),
// which the browser does on every keystroke.
//
// The rules, which compactGoChart (svg_compact_test.go) applies to go-chart's
// own output to compare the two:
//   - a shape's stroke shows if its width, as go-chart writes it (a whole
//     number), is not 0 and its colour is neither unset nor written with alpha
//     0.0; its fill shows if the colour is neither unset nor alpha 0.0;
//   - a shape with neither is not written;
//   - a shape writes fill (SVG's default is black, so "none" is written too),
//     then stroke and stroke-width if the stroke shows, the width only if it
//     is not 1 (the default);
//   - a text writes its colour as fill, then font-size in pixels and
//     font-family if set; never a stroke, which texts do not have by default.
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
	ok, visible bool
	key         shapeKey
	b           []byte
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

// shapeStyle is the attributes for a path or a circle, and whether it paints
// anything.
func (r *svgRenderer) shapeStyle() ([]byte, bool) {
	s := &r.style
	k := shapeKey{s.class, s.stroke, s.fill, math.Float64bits(s.strokeWidth)}
	if r.shape.ok && r.shape.key == k {
		return r.shape.b, r.shape.visible
	}
	b := r.shape.b[:0]
	visible := true
	if s.class != "" {
		b = append(b, `class="`...)
		b = append(b, s.class...)
		if !s.stroke.IsZero() {
			b = append(b, " stroke"...)
		}
		if !s.fill.IsZero() {
			b = append(b, " fill"...)
		}
		b = append(b, '"')
	} else {
		width := int(s.strokeWidth) // as go-chart writes it
		stroked := width != 0 && !unpainted(s.stroke)
		filled := !unpainted(s.fill)
		visible = stroked || filled
		b = append(b, `fill="`...)
		if filled {
			b = appendPaint(b, s.fill)
		} else {
			b = append(b, "none"...)
		}
		b = append(b, '"')
		if stroked {
			b = appendPaint(append(b, ` stroke="`...), s.stroke)
			b = append(b, '"')
			if width != 1 {
				b = appendInt(append(b, ` stroke-width="`...), width)
				b = append(b, '"')
			}
		}
	}
	r.shape = shapeAttr{ok: true, visible: visible, key: k, b: b}
	return b, visible
}

// unpainted: the zero colour (unset), or one whose alpha go-chart writes as
// 0.0 (below 0.05), which the browser paints as nothing.
func unpainted(c drawing.Color) bool { return c.IsZero() || float64(c.A)/255 < 0.05 }

// textStyle is the attributes for a text. The font size is written in pixels,
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
		b = append(b, '"')
	} else {
		b = appendPaint(append(b, `fill="`...), s.font)
		b = append(b, '"')
		if s.fontSize != 0 {
			b = append(b, ` font-size="`...)
			b = appendFixed(b, drawing.PointsToPixels(r.dpi, s.fontSize), 1)
			b = append(b, `px"`...)
		}
		if s.face != nil {
			b = append(b, ` font-family="`...)
			if name := s.face.Name(truetype.NameIDFontFamily); name != "" {
				b = append(b, '\'')
				b = append(b, name...)
				b = append(b, "',"...)
			}
			b = append(b, `sans-serif"`...)
		}
	}
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
