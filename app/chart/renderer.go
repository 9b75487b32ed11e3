package chart

import (
	gochart "github.com/wcharczuk/go-chart/v2"
)

// safeRenderer wraps an SVG renderer (svgRenderer, or go-chart's own in
// layout_test.go) and escapes every text written into the SVG, which both
// write as given, and cleans class names, which both write into an attribute.
// Text is measured unescaped (by the wrapped renderer), so escaping never
// changes the layout.
type safeRenderer struct {
	gochart.Renderer
}

// Text escapes body before the SVG renderer writes it.
func (r *safeRenderer) Text(body string, x, y int) {
	r.Renderer.Text(escapeText(body), x, y)
}

// SetClassName keeps class names to characters that cannot leave the attribute.
func (r *safeRenderer) SetClassName(name string) {
	r.Renderer.SetClassName(cleanClass(name))
}
