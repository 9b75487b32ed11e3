// Command icongen draws the app icons into web/icons: a rising bar chart with an
// upward arrow on the theme colour. It writes the SVG and every PNG from the same
// shapes, so they stay alike; the PNGs are committed, and `make icons` redraws them.
//
//	go run ./internal/cmd/icongen [-out web/icons]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/vector"
)

// The design is drawn on a 512 × 512 canvas.
const canvas = 512

var (
	theme = color.RGBA{0x1f, 0x3a, 0x5f, 0xff} // themeColor in main.go
	bar   = color.RGBA{0xe8, 0xf0, 0xf8, 0xff}
	arrow = color.RGBA{0xf2, 0xb1, 0x34, 0xff}
)

// point is a position on the canvas.
type point struct{ x, y float64 }

// shape is a closed polygon with a fill.
type shape struct {
	fill color.RGBA
	pts  []point
}

// marks are the bars and the arrow, in drawing order.
func marks() []shape {
	var s []shape
	// Three bars growing to the right, on a common baseline.
	for i, top := range []float64{320, 256, 192} {
		x := 112 + float64(i)*104
		s = append(s, shape{bar, []point{{x, top}, {x + 72, top}, {x + 72, 416}, {x, 416}}})
	}
	s = append(s, shape{arrow, arrowPolygon(point{96, 272}, point{424, 88}, 36, 112, 84)})
	return s
}

// arrowPolygon is an arrow from tail to tip: a shaft of the given width and a
// triangular head of the given width and length.
func arrowPolygon(tail, tip point, shaft, headWidth, headLength float64) []point {
	dx, dy := tip.x-tail.x, tip.y-tail.y
	l := math.Hypot(dx, dy)
	dx, dy = dx/l, dy/l
	nx, ny := -dy, dx // unit normal
	base := point{tip.x - dx*headLength, tip.y - dy*headLength}
	off := func(p point, d float64) point { return point{p.x + nx*d, p.y + ny*d} }
	return []point{
		off(tail, shaft/2), off(base, shaft/2), off(base, headWidth/2), tip,
		off(base, -headWidth/2), off(base, -shaft/2), off(tail, -shaft/2),
	}
}

// style is how one file frames the marks.
type style struct {
	radius float64 // corner radius of the background, on the canvas; 0 is square
	scale  float64 // of the marks around the centre: maskable icons keep them in the safe zone
}

var (
	rounded  = style{radius: 96, scale: 1}
	maskable = style{radius: 0, scale: 0.8} // safe zone: a circle of 40% of the size
	apple    = style{radius: 0, scale: 0.9} // iOS rounds the corners itself
)

func main() {
	out := flag.String("out", filepath.Join("web", "icons"), "output `directory`")
	flag.Parse()
	files := []struct {
		name string
		data func() ([]byte, error)
	}{
		{"icon.svg", func() ([]byte, error) { return svg(rounded), nil }},
		{"icon-192.png", func() ([]byte, error) { return pngIcon(rounded, 192) }},
		{"icon-512.png", func() ([]byte, error) { return pngIcon(rounded, 512) }},
		{"icon-maskable-512.png", func() ([]byte, error) { return pngIcon(maskable, 512) }},
		{"apple-touch-icon.png", func() ([]byte, error) { return pngIcon(apple, 180) }},
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	for _, f := range files {
		data, err := f.data()
		if err != nil {
			fail(err)
		}
		name := filepath.Join(*out, f.name)
		if err := os.WriteFile(name, data, 0o644); err != nil {
			fail(err)
		}
		fmt.Printf("%s: %d bytes\n", name, len(data))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "icongen:", err)
	os.Exit(1)
}

// placed returns the marks scaled around the centre of the canvas.
func placed(st style) []shape {
	var out []shape
	for _, m := range marks() {
		pts := make([]point, len(m.pts))
		for i, p := range m.pts {
			pts[i] = point{canvas/2 + (p.x-canvas/2)*st.scale, canvas/2 + (p.y-canvas/2)*st.scale}
		}
		out = append(out, shape{m.fill, pts})
	}
	return out
}

func svg(st style) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">`+"\n", canvas, canvas)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" rx="%s" fill="%s"/>`+"\n", canvas, canvas, num(st.radius), hexColor(theme))
	for _, m := range placed(st) {
		var d strings.Builder
		for i, p := range m.pts {
			if i == 0 {
				d.WriteString("M")
			} else {
				d.WriteString(" L")
			}
			d.WriteString(num(p.x) + " " + num(p.y))
		}
		fmt.Fprintf(&b, `<path d="%sZ" fill="%s"/>`+"\n", d.String(), hexColor(m.fill))
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

func num(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", v), "0"), ".")
}

func hexColor(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func pngIcon(st style, size int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	k := float32(size) / canvas
	fill := func(c color.RGBA, trace func(z *vector.Rasterizer)) {
		z := vector.NewRasterizer(size, size)
		z.DrawOp = draw.Over
		trace(z)
		z.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	fill(theme, func(z *vector.Rasterizer) { roundedRect(z, k*canvas, k*float32(st.radius)) })
	for _, m := range placed(st) {
		fill(m.fill, func(z *vector.Rasterizer) {
			for i, p := range m.pts {
				if i == 0 {
					z.MoveTo(k*float32(p.x), k*float32(p.y))
				} else {
					z.LineTo(k*float32(p.x), k*float32(p.y))
				}
			}
			z.ClosePath()
		})
	}
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// roundedRect traces a square of side s at the origin with corners of radius r, the
// arcs approximated by cubic Béziers as SVG renderers do.
func roundedRect(z *vector.Rasterizer, s, r float32) {
	if r == 0 {
		z.MoveTo(0, 0)
		z.LineTo(s, 0)
		z.LineTo(s, s)
		z.LineTo(0, s)
		z.ClosePath()
		return
	}
	c := r * 0.5522848 // control-point distance for a quarter circle
	z.MoveTo(r, 0)
	z.LineTo(s-r, 0)
	z.CubeTo(s-r+c, 0, s, r-c, s, r)
	z.LineTo(s, s-r)
	z.CubeTo(s, s-r+c, s-r+c, s, s-r, s)
	z.LineTo(r, s)
	z.CubeTo(r-c, s, 0, s-r+c, 0, s-r)
	z.LineTo(0, r)
	z.CubeTo(0, r-c, r-c, 0, r, 0)
	z.ClosePath()
}
