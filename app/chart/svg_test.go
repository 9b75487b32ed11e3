package chart

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// script is a sequence of renderer calls.
type script func(r gochart.Renderer)

var (
	red        = drawing.Color{R: 255, A: 255}
	blue       = drawing.Color{R: 37, G: 99, B: 235, A: 128}
	faint      = drawing.Color{R: 1, G: 2, B: 3, A: 1}
	seeThrough = drawing.ColorTransparent // white with alpha 0: not the zero colour
)

// sameAsGoChart runs s on svgRenderer and on go-chart's SVG renderer and fails
// unless both write the same bytes, once go-chart's styles are rewritten as
// svgRenderer writes paint (compactGoChart), and report the same DPI. Save is called
// twice, as each call appends another end tag in go-chart's renderer.
func sameAsGoChart(t *testing.T, name string, s script) {
	t.Helper()
	theirs, err := gochart.SVG(320, 200)
	if err != nil {
		t.Fatal(err)
	}
	ours := newSVGRenderer(320, 200, nil)
	s(theirs)
	s(ours)
	for i := range 2 {
		var want, got bytes.Buffer
		if err := theirs.Save(&want); err != nil {
			t.Fatal(err)
		}
		if err := ours.Save(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != compactGoChart(want.String()) {
			t.Fatalf("%s: Save %d differs:\n got %s\nwant %s", name, i+1, got.String(), compactGoChart(want.String()))
		}
	}
	if ours.GetDPI() != theirs.GetDPI() {
		t.Errorf("%s: DPI %v, go-chart's %v", name, ours.GetDPI(), theirs.GetDPI())
	}
}

func rectPath(r gochart.Renderer, x, y, w, h int) {
	r.MoveTo(x, y)
	r.LineTo(x+w, y)
	r.LineTo(x+w, y+h)
	r.LineTo(x, y+h)
	r.Close()
}

// TestSVGRendererIsGoChart covers every method of the renderer but
// MeasureText, which TestSVGRendererMeasures covers.
func TestSVGRendererIsGoChart(t *testing.T) {
	for name, s := range map[string]script{
		"nothing drawn": func(gochart.Renderer) {},
		"polyline": func(r gochart.Renderer) {
			r.SetStrokeColor(red)
			r.SetStrokeWidth(2)
			r.MoveTo(0, 10)
			r.LineTo(5, -3)
			r.LineTo(300, 199)
			r.Stroke()
		},
		"closed rect, each draw call": func(r gochart.Renderer) {
			r.SetFillColor(blue)
			r.SetStrokeColor(red)
			r.SetStrokeWidth(1)
			rectPath(r, 1, 2, 30, 40)
			r.FillStroke()
			rectPath(r, 5, 5, 5, 5)
			r.Fill()
			rectPath(r, 7, 7, 1, 1)
			r.Stroke()
		},
		"empty path": func(r gochart.Renderer) {
			r.Stroke()
			r.FillStroke()
		},
		"quad curve": func(r gochart.Renderer) {
			r.SetStrokeColor(faint)
			r.MoveTo(1, 1)
			r.QuadCurveTo(10, 20, 30, -40)
			r.QuadCurveTo(0, 0, 0, 0)
			r.Stroke()
		},
		"arcs": func(r gochart.Renderer) {
			r.SetFillColor(red)
			r.ArcTo(100, 100, 50, 30.5, 0, math.Pi/3) // on an empty path: a move
			r.ArcTo(100, 100, 20, 20, -1, 4)          // after it: a line; a large arc
			r.Close()
			r.FillStroke()
			r.MoveTo(3, 4)
			r.ArcTo(0, 0, 7.9, 7.9, 5, 2*math.Pi)
			r.ArcTo(0, 0, 1, 2, 7, -0.5)
			r.Fill()
		},
		"dash arrays": func(r gochart.Renderer) {
			r.SetStrokeColor(red)
			r.SetStrokeDashArray([]float64{5, 2.25, 0.05, 1e6})
			r.MoveTo(0, 0)
			r.LineTo(10, 10)
			r.Stroke()
			r.SetStrokeDashArray([]float64{})
			r.MoveTo(0, 0)
			r.LineTo(10, 10)
			r.Stroke()
			r.SetStrokeDashArray([]float64{3})
			r.Circle(3, 1, 1) // circles carry no dash array
			r.SetStrokeDashArray(nil)
			r.MoveTo(0, 0)
			r.Stroke()
		},
		"stroke widths": func(r gochart.Renderer) {
			r.SetStrokeColor(red)
			for _, w := range []float64{0, math.Copysign(0, -1), 0.5, 1.5, -2.5, 1e3} {
				r.SetStrokeWidth(w)
				r.MoveTo(1, 1)
				r.Stroke()
				r.Circle(w, 2, 2)
			}
		},
		"colours": func(r gochart.Renderer) {
			for _, c := range []drawing.Color{{}, red, blue, faint, seeThrough, drawing.ColorBlack, {G: 9, A: 38}, {B: 200, A: 191}} {
				r.SetStrokeColor(c)
				r.SetFillColor(c)
				r.Circle(4.7, 10, 20)
				r.SetFontColor(c)
				r.Text("t", 1, 2)
			}
		},
		"circle in the middle of a path": func(r gochart.Renderer) {
			r.SetFillColor(blue)
			r.MoveTo(1, 2)
			r.Circle(0.9, 5, 5)
			r.LineTo(3, 4)
			r.Stroke()
		},
		"text sizes and dpi": func(r gochart.Renderer) {
			r.SetFontColor(blue)
			r.Text("no size", 0, 0)
			for _, size := range []float64{8, 10.5, 12, 13.33} {
				r.SetFontSize(size)
				r.Text("sized", 10, 20)
			}
			for _, dpi := range []float64{72, 96, 150.5} {
				r.SetDPI(dpi)
				r.Text("at a dpi", -5, 300)
			}
		},
		"rotated text": func(r gochart.Renderer) {
			r.SetFontSize(10)
			for _, a := range []float64{math.Pi / 2, -math.Pi / 4, 3 * math.Pi, 1e-3, 0} {
				r.SetTextRotation(a)
				r.Text("turned", 40, 50)
			}
			r.ClearTextRotation()
			r.Text("straight", 40, 50)
		},
		"class names": func(r gochart.Renderer) {
			r.SetClassName("axis x")
			r.Text("class, no size", 1, 1)
			r.SetFontSize(9)
			r.SetStrokeColor(red)
			r.Text("class, size", 1, 1)
			rectPath(r, 0, 0, 2, 2)
			r.Stroke()
			r.SetFillColor(blue)
			r.Circle(2, 3, 3)
			r.SetStrokeColor(drawing.Color{})
			r.FillStroke()
			r.SetClassName("")
			r.Circle(2, 3, 3)
		},
		"reset style": func(r gochart.Renderer) {
			r.SetClassName("c")
			r.SetStrokeColor(red)
			r.SetFillColor(blue)
			r.SetFontColor(faint)
			r.SetFontSize(20)
			r.SetStrokeWidth(3)
			r.SetStrokeDashArray([]float64{1, 2})
			r.SetDPI(100)
			r.SetTextRotation(1)
			r.ResetStyle() // keeps the DPI and the rotation
			r.MoveTo(1, 1)
			r.LineTo(2, 2)
			r.Stroke()
			r.Text("after reset", 3, 4)
		},
		"font": func(r gochart.Renderer) {
			r.SetFont(roboto(t))
			r.Text("font, no size", 1, 1)
			r.SetFontSize(12)
			r.Text("font and size", 1, 1)
			r.ResetStyle() // keeps the font
			r.Text("after reset", 1, 1)
			r.SetClassName("k")
			r.Text("class and font", 1, 1)
			r.SetFont(nil)
			r.Text("class, no font", 1, 1)
			r.SetClassName("")
			r.Text("no font", 1, 1)
		},
		"one style, many elements, then a change": func(r gochart.Renderer) {
			r.SetStrokeColor(red)
			r.SetFontColor(blue)
			r.SetFontSize(11)
			for i := range 3 {
				r.Text("tick", i*10, 5)
				r.MoveTo(i*10, 0)
				r.LineTo(i*10, 5)
				r.Stroke()
			}
			r.SetStrokeColor(faint) // changes the shape attribute only
			r.MoveTo(0, 0)
			r.Stroke()
			r.Text("tick", 0, 0)
			r.SetDPI(144) // changes the text attribute only
			r.Text("tick", 0, 0)
			r.Circle(1, 0, 0)
		},
	} {
		sameAsGoChart(t, name, s)
	}
}

// TestSVGRendererRandomCalls runs random call sequences on both renderers:
// combinations of styles and shapes the table above does not list.
func TestSVGRendererRandomCalls(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	colors := []drawing.Color{{}, red, blue, faint, seeThrough}
	floats := []float64{0, 0.5, 1, 2.75, 10, 12, -3, 72}
	classes := []string{"", "", "", "a", "b c"}
	pick := func(n int) int { return rng.IntN(n) }
	coord := func() int { return rng.IntN(400) - 50 }
	for seq := range 300 {
		var calls []func(gochart.Renderer)
		for range 1 + pick(40) {
			var c func(gochart.Renderer)
			x, y, a, b := coord(), coord(), coord(), coord()
			f, g := floats[pick(len(floats))], rng.Float64()*7-3
			col, class := colors[pick(len(colors))], classes[pick(len(classes))]
			switch pick(20) {
			case 0:
				c = func(r gochart.Renderer) { r.ResetStyle() }
			case 1:
				c = func(r gochart.Renderer) { r.SetDPI(f + 50) }
			case 2:
				c = func(r gochart.Renderer) { r.SetClassName(class) }
			case 3:
				c = func(r gochart.Renderer) { r.SetStrokeColor(col) }
			case 4:
				c = func(r gochart.Renderer) { r.SetFillColor(col) }
			case 5:
				c = func(r gochart.Renderer) { r.SetStrokeWidth(f) }
			case 6:
				dash := []float64{f, g}[:pick(3)]
				c = func(r gochart.Renderer) { r.SetStrokeDashArray(dash) }
			case 7:
				c = func(r gochart.Renderer) { r.MoveTo(x, y) }
			case 8:
				c = func(r gochart.Renderer) { r.LineTo(x, y) }
			case 9:
				c = func(r gochart.Renderer) { r.QuadCurveTo(x, y, a, b) }
			case 10:
				c = func(r gochart.Renderer) { r.ArcTo(x, y, f, f+1, g, g*2) }
			case 11:
				c = func(r gochart.Renderer) { r.Close() }
			case 12:
				c = func(r gochart.Renderer) { r.Stroke() }
			case 13:
				c = func(r gochart.Renderer) { r.Fill() }
			case 14:
				c = func(r gochart.Renderer) { r.FillStroke() }
			case 15:
				c = func(r gochart.Renderer) { r.Circle(f+g, x, y) }
			case 16:
				c = func(r gochart.Renderer) { r.SetFontColor(col) }
			case 17:
				c = func(r gochart.Renderer) { r.SetFontSize(f) }
			case 18:
				c = func(r gochart.Renderer) { r.Text("text", x, y) }
			default:
				if pick(2) == 0 {
					c = func(r gochart.Renderer) { r.SetTextRotation(g) }
				} else {
					c = func(r gochart.Renderer) { r.ClearTextRotation() }
				}
			}
			calls = append(calls, c)
		}
		sameAsGoChart(t, fmt.Sprintf("random sequence %d", seq), func(r gochart.Renderer) {
			for _, c := range calls {
				c(r)
			}
		})
	}
}

// TestSVGRendererMeasures: svgRenderer measures as go-chart's renderer does
// with Roboto, at the size, DPI and rotation set, and through ResetStyle.
func TestSVGRendererMeasures(t *testing.T) {
	font := roboto(t)
	theirs, err := gochart.SVG(10, 10)
	if err != nil {
		t.Fatal(err)
	}
	theirs.SetFont(font)
	for _, faces := range []*faceCache{nil, newFaceCache()} {
		ours := newSVGRenderer(10, 10, faces)
		for _, dpi := range []float64{72, 92, 150} {
			for _, size := range []float64{0, 8, 10.5, 12} {
				for _, rot := range []float64{math.NaN(), 0, math.Pi / 2, -0.7} {
					for _, r := range []gochart.Renderer{theirs, ours} {
						r.ResetStyle()
						r.SetDPI(dpi)
						r.SetFontSize(size)
						if math.IsNaN(rot) {
							r.ClearTextRotation()
						} else {
							r.SetTextRotation(rot)
						}
					}
					for _, s := range []string{"", "0", "$1.2M", "Payback – 14 months"} {
						if got, want := ours.MeasureText(s), theirs.MeasureText(s); got != want {
							t.Errorf("%q at %v pt, %v dpi, rotation %v: %v, go-chart %v", s, size, dpi, rot, got, want)
						}
					}
				}
			}
		}
	}
}

// TestSafeRendererEscapes: what safeRenderer passes to the SVG renderer is
// escaped text and a clean class name.
func TestSafeRendererEscapes(t *testing.T) {
	r := &safeRenderer{newSVGRenderer(100, 100, nil)}
	r.SetClassName(`x" onload="alert(1)`)
	r.Text(xss, 1, 2)
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{`class="x onloadalert1"`, ">" + escapeText(xss) + "</text>"} {
		if !strings.Contains(svg, want) {
			t.Errorf("no %s in\n%s", want, svg)
		}
	}
	if strings.Contains(svg, "<img") || strings.Contains(svg, "onload=") {
		t.Errorf("unescaped:\n%s", svg)
	}
}
