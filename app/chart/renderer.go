package chart

import (
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// safeRenderer wraps go-chart's SVG renderer. It escapes every text written into
// the SVG (go-chart writes it with %s) while measuring the raw string, so layout
// is unchanged, and it measures text itself, as Roboto (metrics.go), whatever
// font is set: the charts set none, so that go-chart never needs its own.
//
// Measuring needs the current size, DPI and rotation, which the wrapped
// renderer keeps private, so the wrapper tracks them as they are set, following
// the wrapped renderer's rules (ResetStyle clears the size and leaves the
// rotation alone).
type safeRenderer struct {
	gochart.Renderer

	faces *faceCache // nil: measure without the cache

	size     float64
	dpi      float64
	rotated  bool
	rotation float64 // radians, when rotated
}

// provider returns a go-chart RendererProvider that makes safe SVG renderers
// measuring with faces (nil: no cache).
func provider(faces *faceCache) gochart.RendererProvider {
	return func(w, h int) (gochart.Renderer, error) {
		inner, err := gochart.SVG(w, h)
		if err != nil {
			return nil, err
		}
		return &safeRenderer{Renderer: inner, faces: faces, dpi: gochart.DefaultDPI}, nil
	}
}

// Text escapes body before the SVG renderer writes it.
func (r *safeRenderer) Text(body string, x, y int) {
	r.Renderer.Text(escapeText(body), x, y)
}

// SetClassName keeps class names to characters that cannot leave the attribute.
func (r *safeRenderer) SetClassName(name string) {
	r.Renderer.SetClassName(cleanClass(name))
}

// MeasureText measures the raw (unescaped) text: escaping must not change the
// layout.
func (r *safeRenderer) MeasureText(body string) gochart.Box {
	var box gochart.Box
	k := faceKey{size: r.size, dpi: r.dpi}
	if r.faces != nil {
		box.Right = r.faces.width(k, body)
	} else {
		box.Right = uncachedWidth(k, body)
	}
	box.Bottom = int(drawing.PointsToPixels(r.dpi, r.size))
	if r.rotated {
		box = box.Corners().Rotate(gochart.RadiansToDegrees(r.rotation)).Box()
	}
	return box
}

// The setters below record what MeasureText needs, then pass the call on.

func (r *safeRenderer) ResetStyle() {
	r.size = 0
	r.Renderer.ResetStyle()
}

func (r *safeRenderer) SetDPI(dpi float64) {
	r.dpi = dpi
	r.Renderer.SetDPI(dpi)
}

func (r *safeRenderer) SetFontSize(size float64) {
	r.size = size
	r.Renderer.SetFontSize(size)
}

func (r *safeRenderer) SetTextRotation(radians float64) {
	r.rotated, r.rotation = true, radians
	r.Renderer.SetTextRotation(radians)
}

func (r *safeRenderer) ClearTextRotation() {
	r.rotated = false
	r.Renderer.ClearTextRotation()
}
