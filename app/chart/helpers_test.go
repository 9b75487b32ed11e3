package chart

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// doc is a chart's SVG as the browser would read it: parsed with
// encoding/xml (so it is well-formed), with the text and the shapes and their
// geometry.
type doc struct {
	w, h        float64
	id          string
	title, desc string
	texts       []svgText
	paths       []svgPath
	circles     []svgCircle
}

type svgText struct {
	x, y, size float64
	fill, s    string
}

type svgPath struct {
	subpaths           [][][2]float64
	fill, stroke, dash string
	width              float64
	translucent        bool // fill or stroke has an opacity below 1
}

type svgCircle struct {
	cx, cy, r    float64
	fill, stroke string
}

// parseDoc reads svg, failing the test if it is not well-formed or holds
// anything but the drawing elements.
func parseDoc(t testing.TB, svg string) doc {
	t.Helper()
	var d doc
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = true
	var stack []string
	var text *svgText
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%.300s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			a := map[string]string{}
			for _, at := range tok.Attr {
				n := strings.ToLower(at.Name.Local)
				if strings.HasPrefix(n, "on") || strings.Contains(n, "href") || n == "style" {
					t.Fatalf("attribute %s=%q on <%s>", at.Name.Local, at.Value, tok.Name.Local)
				}
				a[at.Name.Local] = at.Value
			}
			stack = append(stack, tok.Name.Local)
			switch tok.Name.Local {
			case "svg":
				if len(stack) != 1 {
					t.Fatal("nested <svg>")
				}
				d.id = a["id"]
				vb := strings.Fields(a["viewBox"])
				if len(vb) != 4 || a["width"] != "" || a["height"] != "" {
					t.Fatalf("svg element: viewBox %q, width %q, height %q", a["viewBox"], a["width"], a["height"])
				}
				d.w, d.h = num(t, vb[2]), num(t, vb[3])
			case "title", "desc":
			case "text":
				text = &svgText{x: num(t, a["x"]), y: num(t, a["y"]), size: num(t, a["font-size"]), fill: a["fill"]}
			case "path":
				d.paths = append(d.paths, svgPath{
					subpaths: pathPoints(t, a["d"]), fill: a["fill"], stroke: a["stroke"], dash: a["stroke-dasharray"],
					width: strokeWidth(t, a), translucent: a["fill-opacity"] != "" || a["stroke-opacity"] != "",
				})
			case "circle":
				d.circles = append(d.circles, svgCircle{cx: num(t, a["cx"]), cy: num(t, a["cy"]), r: num(t, a["r"]), fill: a["fill"], stroke: a["stroke"]})
			default:
				t.Fatalf("unexpected element <%s>", tok.Name.Local)
			}
		case xml.EndElement:
			if stack[len(stack)-1] == "text" && text != nil {
				d.texts = append(d.texts, *text)
				text = nil
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				t.Fatal("text outside the svg element")
			}
			switch stack[len(stack)-1] {
			case "title":
				d.title += string(tok)
			case "desc":
				d.desc += string(tok)
			case "text":
				text.s += string(tok)
			}
		case xml.ProcInst, xml.Directive, xml.Comment:
			t.Fatalf("unexpected %T in SVG", tok)
		}
	}
	if len(stack) != 0 {
		t.Fatal("unbalanced elements")
	}
	return d
}

func num(t testing.TB, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		t.Fatalf("not a number: %q", s)
	}
	return v
}

func strokeWidth(t testing.TB, a map[string]string) float64 {
	if a["stroke"] == "" || a["stroke"] == "none" {
		return 0
	}
	if w, ok := a["stroke-width"]; ok {
		return num(t, w)
	}
	return 1
}

var pathCmd = regexp.MustCompile(`([MLQAZ])([^MLQAZ]*)`)

// pathPoints reads path data as the renderer writes it into subpaths of
// points (the ends of each segment).
func pathPoints(t testing.TB, d string) [][][2]float64 {
	var subs [][][2]float64
	for _, m := range pathCmd.FindAllStringSubmatch(d, -1) {
		f := strings.Fields(m[2])
		var vs []float64
		for _, s := range f {
			vs = append(vs, num(t, s))
		}
		want := map[string]int{"M": 2, "L": 2, "Q": 4, "A": 7, "Z": 0}[m[1]]
		if len(vs) != want {
			t.Fatalf("path %q: %s takes %d numbers, has %d", d, m[1], want, len(vs))
		}
		if m[1] == "M" || len(subs) == 0 {
			subs = append(subs, nil)
		}
		if want > 0 {
			subs[len(subs)-1] = append(subs[len(subs)-1], [2]float64{vs[want-2], vs[want-1]})
		}
	}
	return subs
}

// rect is an axis-aligned box in SVG coordinates.
type rect struct{ x0, y0, x1, y1 float64 }

func (a rect) overlaps(b rect) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// box is where a text's glyphs are, as the layout counts them: its width in
// Roboto (the width table, without the room measure adds), from a little
// under the cap height above the baseline to the descenders below.
func (s svgText) box() rect {
	w := float64(textWidth(s.size, s.s))
	return rect{s.x, s.y - 0.72*s.size, s.x + w, s.y + 0.2*s.size}
}

// bounds is the box around a path's points.
func (p svgPath) bounds() rect {
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, sp := range p.subpaths {
		for _, q := range sp {
			r = rect{math.Min(r.x0, q[0]), math.Min(r.y0, q[1]), math.Max(r.x1, q[0]), math.Max(r.y1, q[1])}
		}
	}
	return r
}

// segmentHits reports whether the segment a-b, drawn w px wide, touches r.
func segmentHits(a, b [2]float64, w float64, r rect) bool {
	h := w / 2
	r = rect{r.x0 - h, r.y0 - h, r.x1 + h, r.y1 + h}
	// Liang-Barsky clipping of the segment against r.
	t0, t1 := 0.0, 1.0
	dx, dy := b[0]-a[0], b[1]-a[1]
	for _, c := range [4][2]float64{{-dx, a[0] - r.x0}, {dx, r.x1 - a[0]}, {-dy, a[1] - r.y0}, {dy, r.y1 - a[1]}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		u := q / p
		if p < 0 {
			t0 = math.Max(t0, u)
		} else {
			t1 = math.Min(t1, u)
		}
	}
	return t0 <= t1
}

// lineHits reports whether a stroked path runs through r.
func (p svgPath) lineHits(r rect) bool {
	for _, sp := range p.subpaths {
		for i := 1; i < len(sp); i++ {
			if segmentHits(sp[i-1], sp[i], p.width, r) {
				return true
			}
		}
	}
	return false
}

// negZero finds a zero written with a minus sign: "-0", "−0.0", "−$0".
var negZero = regexp.MustCompile(`[-−]\D?0(?:[.,]0*)?(?:[^\d.,]|$)`)

// badText reports text that must never reach the page.
func badText(s string) string {
	for _, bad := range []string{"NaN", "Inf", "n/a%", "$n/a"} {
		if strings.Contains(s, bad) {
			return bad
		}
	}
	if m := negZero.FindString(s); m != "" {
		return m
	}
	return ""
}

// checkLayout checks what every chart promises about its picture: the title,
// every text inside the viewBox and at least 12 px, no text on another text,
// on a line (a stroke of 2 px or more), on a marker or on an opaque bar, and
// no text that reads NaN, Inf or a negative zero.
func checkLayout(t testing.TB, svg, name string) doc {
	t.Helper()
	d := parseDoc(t, svg)
	if d.title == "" || d.desc == "" {
		t.Errorf("%s: title %q, desc %q", name, d.title, d.desc)
	}
	for _, s := range []string{d.title, d.desc} {
		if bad := badText(s); bad != "" {
			t.Errorf("%s: %q in %q", name, bad, s)
		}
	}
	view := rect{0, 0, d.w, d.h}
	for i, tx := range d.texts {
		b := tx.box()
		if bad := badText(tx.s); bad != "" {
			t.Errorf("%s: text %q holds %q", name, tx.s, bad)
		}
		if tx.size < 12 {
			t.Errorf("%s: text %q at %v px", name, tx.s, tx.size)
		}
		if b.x0 < 0 || b.y0 < 0 || b.x1 > view.x1 || b.y1 > view.y1 {
			t.Errorf("%s: text %q at %v leaves the %vx%v viewBox", name, tx.s, b, d.w, d.h)
		}
		for _, o := range d.texts[i+1:] {
			if b.overlaps(o.box()) {
				t.Errorf("%s: texts %q and %q overlap", name, tx.s, o.s)
			}
		}
		for _, p := range d.paths {
			switch {
			case p.fill == "none" && p.width >= 2 && p.lineHits(b):
				t.Errorf("%s: text %q lies on a line (%s, %v px)", name, tx.s, p.stroke, p.width)
			case p.fill != "none" && !p.translucent && p.bounds() != view && p.bounds().overlaps(b):
				t.Errorf("%s: text %q lies on a shape filled %s", name, tx.s, p.fill)
			}
		}
		for _, c := range d.circles {
			if (rect{c.cx - c.r, c.cy - c.r, c.cx + c.r, c.cy + c.r}).overlaps(b) {
				t.Errorf("%s: text %q lies on a marker", name, tx.s)
			}
		}
	}
	return d
}

// mustDraw draws c, failing the test if it cannot.
func mustDraw(t testing.TB, c Chart, o Options) Drawing {
	t.Helper()
	d, err := c.Draw(o)
	if err != nil {
		t.Fatalf("%s with %+v: %v", c.ID(), o, err)
	}
	return d
}

// hexOf is a colour as the renderer writes it.
func hexOf(c drawing.Color) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// textsOf lists the texts of d.
func (d doc) textsOf() []string {
	var out []string
	for _, t := range d.texts {
		out = append(out, t.s)
	}
	return out
}

// has reports whether some text of d is s.
func (d doc) has(s string) bool { return slices.Contains(d.textsOf(), s) }

// parseUS reads a number as the en-US format writes it: "$1.2M", "−3.5%",
// "12,000", "$850k".
func parseUS(t testing.TB, s string) float64 {
	t.Helper()
	s = strings.NewReplacer("$", "", ",", "", "%", "", "+", "", "−", "-").Replace(s)
	mul := 1.0
	if n := len(s); n > 0 {
		if m, ok := map[byte]float64{'k': 1e3, 'M': 1e6, 'B': 1e9, 'T': 1e12}[s[n-1]]; ok {
			s, mul = s[:n-1], m
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not an en-US number: %q", s)
	}
	return v * mul
}
