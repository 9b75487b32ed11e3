package chart

import (
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// svgRenderer is the package's gochart.Renderer: go-chart lays a chart out and
// draws it through these calls, and the renderer writes them as SVG elements.
// It differs from go-chart's own SVG renderer where that one does not suit a
// page that shows user-influenced text:
//
//   - every text is escaped (escape.go), and only measured unescaped;
//   - text is measured with a table of Roboto's advance widths (metrics.go)
//     instead of building a font face for every string;
//   - paint is written as presentation attributes, colours as #rrggbb with an
//     opacity where needed, and shapes that paint nothing are left out;
//   - Stroke, Fill and FillStroke paint what their names say.
//
// Save writes the whole document: the <svg> element with its id, role and
// accessible name (render.go), then the elements drawn.
type svgRenderer struct {
	head svgHead
	out  []byte // the elements drawn so far
	path []byte // the current path's data

	dpi      float64
	st       paint
	rotated  bool
	rotation float64 // radians, when rotated
}

// paint is the drawing state the Set* calls change and ResetStyle clears.
type paint struct {
	stroke, fill, font drawing.Color
	width              float64
	dash               []float64
	fontSize           float64 // points; pixels at 72 DPI
}

// svgHead is what the <svg> element and its first children say.
type svgHead struct {
	id, title, desc string
	w, h            int
}

// svgRenderers keeps finished renderers, so that a render reuses the buffers
// of an earlier one instead of growing new ones.
var svgRenderers = sync.Pool{New: func() any { return new(svgRenderer) }}

// maxPooledBytes keeps an unusually large document's buffer out of the pool.
const maxPooledBytes = 1 << 20

func newSVGRenderer(head svgHead) *svgRenderer {
	r := svgRenderers.Get().(*svgRenderer)
	*r = svgRenderer{head: head, out: r.out[:0], path: r.path[:0], dpi: gochart.DefaultDPI}
	return r
}

// release returns r to the pool; r must not be used afterwards.
func (r *svgRenderer) release() {
	if cap(r.out) <= maxPooledBytes && cap(r.path) <= maxPooledBytes {
		svgRenderers.Put(r)
	}
}

func (r *svgRenderer) ResetStyle() {
	r.st = paint{}
	r.rotated = false
}

func (r *svgRenderer) GetDPI() float64    { return r.dpi }
func (r *svgRenderer) SetDPI(dpi float64) { r.dpi = dpi }

// SetClassName does nothing: every element carries its own paint, so the
// output needs no stylesheet.
func (r *svgRenderer) SetClassName(string) {}

// SetFont does nothing: text is measured with the width table, and the page's
// browser draws it with the font family named on the <svg> element.
func (r *svgRenderer) SetFont(*truetype.Font) {}

func (r *svgRenderer) SetStrokeColor(c drawing.Color)    { r.st.stroke = c }
func (r *svgRenderer) SetFillColor(c drawing.Color)      { r.st.fill = c }
func (r *svgRenderer) SetStrokeWidth(width float64)      { r.st.width = width }
func (r *svgRenderer) SetStrokeDashArray(dash []float64) { r.st.dash = dash }
func (r *svgRenderer) SetFontColor(c drawing.Color)      { r.st.font = c }
func (r *svgRenderer) SetFontSize(size float64)          { r.st.fontSize = size }
func (r *svgRenderer) SetTextRotation(radians float64)   { r.rotated, r.rotation = true, radians }
func (r *svgRenderer) ClearTextRotation()                { r.rotated = false }

// fontPx is the current font size in CSS pixels.
func (r *svgRenderer) fontPx() float64 { return drawing.PointsToPixels(r.dpi, r.st.fontSize) }

// Text writes body with its baseline starting at (x, y), escaped. A text in an
// invisible colour is left out.
func (r *svgRenderer) Text(body string, x, y int) {
	if r.st.font.A == 0 || body == "" {
		return
	}
	b := append(r.out, `<text x="`...)
	b = appendInt(b, x)
	b = append(b, `" y="`...)
	b = appendInt(b, y)
	b = append(b, '"')
	b = appendColor(b, "fill", r.st.font)
	b = append(b, ` font-size="`...)
	b = appendNum(b, r.fontPx())
	b = append(b, '"')
	if r.rotated {
		b = append(b, ` transform="rotate(`...)
		b = appendNum(b, gochart.RadiansToDegrees(r.rotation))
		b = append(b, ' ')
		b = appendInt(b, x)
		b = append(b, ' ')
		b = appendInt(b, y)
		b = append(b, `)"`...)
	}
	b = append(b, '>')
	b = append(b, escapeText(body)...)
	r.out = append(b, "</text>"...)
}

// MeasureText is the box body takes at the current font size: its width from
// the width table, with room for a wider fallback font (measure), and the
// font size as its height, turned by the text rotation.
func (r *svgRenderer) MeasureText(body string) gochart.Box {
	px := r.fontPx()
	box := gochart.Box{Right: measure(px, body), Bottom: int(math.Round(px))}
	if r.rotated {
		box = box.Corners().Rotate(gochart.RadiansToDegrees(r.rotation)).Box()
	}
	return box
}

// Save writes the document: the <svg> element, its <title> and <desc>, and
// the elements drawn.
func (r *svgRenderer) Save(w io.Writer) error {
	h := &r.head
	title, desc := escapeText(h.title), escapeText(h.desc)
	if sb, ok := w.(*strings.Builder); ok {
		sb.Grow(len(r.out) + len(title) + len(desc) + 400)
	}
	b := make([]byte, 0, 400)
	// No width or height: with only a viewBox the SVG takes the width of its
	// container and keeps its aspect ratio.
	b = append(b, `<svg xmlns="http://www.w3.org/2000/svg" id="`...)
	b = append(b, h.id...)
	b = append(b, `" viewBox="0 0 `...)
	b = appendInt(b, h.w)
	b = append(b, ' ')
	b = appendInt(b, h.h)
	b = append(b, `" role="img" aria-labelledby="`...)
	b = append(b, h.id...)
	b = append(b, `-title"`...)
	if desc != "" {
		b = append(b, ` aria-describedby="`...)
		b = append(b, h.id...)
		b = append(b, `-desc"`...)
	}
	b = append(b, ` font-family="`...)
	b = append(b, fontFamily...)
	b = append(b, `"><title id="`...)
	b = append(b, h.id...)
	b = append(b, `-title">`...)
	for _, part := range [][]byte{b, []byte(title)} {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	b = append(b[:0], `</title>`...)
	if desc != "" {
		b = append(b, `<desc id="`...)
		b = append(b, h.id...)
		b = append(b, `-desc">`...)
		b = append(b, desc...)
		b = append(b, `</desc>`...)
	}
	for _, part := range [][]byte{b, r.out, []byte("</svg>")} {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return nil
}

// fontFamily asks for the font the widths come from, then for fonts of nearly
// the same widths (Arial and Helvetica are within a few percent of Roboto
// Medium), so that the browser's text takes the room it was given.
const fontFamily = "Roboto, Arial, Helvetica, sans-serif"

func appendInt(b []byte, v int) []byte { return strconv.AppendInt(b, int64(v), 10) }

// appendNum writes v with at most two decimals, and never as "-0".
func appendNum(b []byte, v float64) []byte {
	v = math.Round(v*100) / 100
	if v == 0 {
		v = 0
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}
