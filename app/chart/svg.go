package chart

import (
	"io"
	"sync"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// svgRenderer is a gochart.Renderer that writes the SVG go-chart's own SVG
// renderer (gochart.SVG) writes, but appends to one reused buffer with strconv
// instead of formatting every element with fmt, and writes each element's
// paint as presentation attributes rather than a full style, without shapes
// that paint nothing (svg_style.go). go-chart's renderer was most of the time a
// chart took in the browser. svg_test.go drives both with the same calls and
// compares their output, byte for byte once go-chart's styles are rewritten by
// those rules; layout_test.go compares whole charts.
//
// It measures text with the Roboto width table (metrics.go) at the current
// size and DPI, whatever font is set: the charts set none.
//
// The drawing rules are go-chart's, including where they are odd, because the
// picture must not change: Stroke and Fill write the fill and the stroke like
// FillStroke does, and ResetStyle keeps the font and the text rotation.
type svgRenderer struct {
	out   []byte // the document so far
	path  []byte // the current path's "d", segments separated by newlines
	faces *faceCache

	style    svgStyle
	dpi      float64
	rotated  bool
	rotation float64 // radians, when rotated

	// The style attribute last written for a shape and for a text, kept
	// while the style it came from is unchanged (svg_style.go).
	shape shapeAttr
	text  textAttr
}

// svgStyle is what go-chart's renderer keeps of its Style.
type svgStyle struct {
	class              string
	stroke, fill, font drawing.Color // font is the text colour
	strokeWidth        float64
	dash               []float64
	fontSize           float64
	face               *truetype.Font
}

// svgRenderers keeps finished renderers, so that each render reuses the
// buffers of an earlier one instead of allocating and growing new ones.
var svgRenderers = sync.Pool{New: func() any { return new(svgRenderer) }}

// maxPooledBytes keeps an unusually large document's buffer out of the pool.
const maxPooledBytes = 1 << 20

// newSVGRenderer starts a w × h document, with go-chart's opening tag (which
// finish replaces) and go-chart's default DPI. faces may be nil: measure
// without the cache. release gives the renderer back when its document has
// been used.
func newSVGRenderer(w, h int, faces *faceCache) *svgRenderer {
	r := svgRenderers.Get().(*svgRenderer)
	*r = svgRenderer{
		out:   r.out[:0],
		path:  r.path[:0],
		faces: faces,
		dpi:   gochart.DefaultDPI,
		shape: shapeAttr{b: r.shape.b[:0]},
		text:  textAttr{b: r.text.b[:0]},
	}
	r.out = append(r.out, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 `...)
	r.out = appendInt(r.out, w)
	r.out = append(r.out, ' ')
	r.out = appendInt(r.out, h)
	r.out = append(r.out, `">`...)
	return r
}

// release returns r to the pool. Neither r nor a document it returned may be
// used afterwards.
func (r *svgRenderer) release() {
	if cap(r.out) <= maxPooledBytes && cap(r.path) <= maxPooledBytes {
		svgRenderers.Put(r)
	}
}

// document ends the document and returns it, as go-chart's renderer's Save
// writes it: each call appends another </svg>. The bytes are r's buffer.
func (r *svgRenderer) document() []byte {
	r.out = append(r.out, "</svg>"...)
	return r.out
}

// Save writes the document (see document).
func (r *svgRenderer) Save(w io.Writer) error {
	_, err := w.Write(r.document())
	return err
}

// ResetStyle clears the style but for the font; size, colours, class and dash
// array go, the DPI and the text rotation stay.
func (r *svgRenderer) ResetStyle() { r.style = svgStyle{face: r.style.face} }

func (r *svgRenderer) GetDPI() float64    { return r.dpi }
func (r *svgRenderer) SetDPI(dpi float64) { r.dpi = dpi }

// SetClassName sets a class; while one is set, elements carry class names
// instead of a style attribute.
func (r *svgRenderer) SetClassName(name string)          { r.style.class = name }
func (r *svgRenderer) SetStrokeColor(c drawing.Color)    { r.style.stroke = c }
func (r *svgRenderer) SetFillColor(c drawing.Color)      { r.style.fill = c }
func (r *svgRenderer) SetStrokeWidth(width float64)      { r.style.strokeWidth = width }
func (r *svgRenderer) SetStrokeDashArray(dash []float64) { r.style.dash = dash }
func (r *svgRenderer) SetFont(f *truetype.Font)          { r.style.face = f }
func (r *svgRenderer) SetFontColor(c drawing.Color)      { r.style.font = c }
func (r *svgRenderer) SetFontSize(size float64)          { r.style.fontSize = size }
func (r *svgRenderer) SetTextRotation(radians float64)   { r.rotated, r.rotation = true, radians }
func (r *svgRenderer) ClearTextRotation()                { r.rotated = false }

// Text writes body as it is: the caller escapes it (safeRenderer).
func (r *svgRenderer) Text(body string, x, y int) {
	b := append(r.out, `<text x="`...)
	b = appendInt(b, x)
	b = append(b, `" y="`...)
	b = appendInt(b, y)
	b = append(b, `" `...)
	b = append(b, r.textStyle()...)
	if r.rotated {
		b = append(b, ` transform="rotate(`...)
		b = appendFixed(b, gochart.RadiansToDegrees(r.rotation), 2)
		b = append(b, ',')
		b = appendInt(b, x)
		b = append(b, ',')
		b = appendInt(b, y)
		b = append(b, `)"`...)
	}
	b = append(b, '>')
	b = append(b, body...)
	r.out = append(b, "</text>"...)
}

// MeasureText measures body as Roboto at the current size and DPI, and as
// go-chart does, turns the box by the text rotation.
func (r *svgRenderer) MeasureText(body string) gochart.Box {
	var box gochart.Box
	k := faceKey{size: r.style.fontSize, dpi: r.dpi}
	if r.faces != nil {
		box.Right = r.faces.width(k, body)
	} else {
		box.Right = uncachedWidth(k, body)
	}
	box.Bottom = int(drawing.PointsToPixels(r.dpi, r.style.fontSize))
	if r.rotated {
		box = box.Corners().Rotate(gochart.RadiansToDegrees(r.rotation)).Box()
	}
	return box
}
