package chart

import (
	"regexp"
	"strings"
	"testing"
)

// compactGoChart rewrites SVG that go-chart's renderer wrote by the rules
// svgRenderer writes paint with (svg_style.go): each shape's and text's style
// attribute becomes presentation attributes, without defaults, and shapes
// that paint nothing go. It works on go-chart's output only: double-quoted
// values, a style with every property in go-chart's order.
func compactGoChart(s string) string {
	s = goChartShape.ReplaceAllStringFunc(s, func(el string) string {
		m := goChartShape.FindStringSubmatch(el)
		props, ok := goChartStyle(m[3], "stroke-width", "stroke", "fill")
		if !ok {
			return el + "<!-- unexpected style -->"
		}
		stroked := props[0] != "0" && !unpaintedCSS(props[1])
		filled := !unpaintedCSS(props[2])
		if !stroked && !filled {
			return ""
		}
		a := `fill="none"`
		if filled {
			a = `fill="` + props[2] + `"`
		}
		if stroked {
			a += ` stroke="` + props[1] + `"`
			if props[0] != "1" {
				a += ` stroke-width="` + props[0] + `"`
			}
		}
		return "<" + m[1] + m[2] + " " + a + "/>"
	})
	return goChartText.ReplaceAllStringFunc(s, func(el string) string {
		m := goChartText.FindStringSubmatch(el)
		parts := strings.Split(m[2], ";")
		if len(parts) < 3 || parts[0] != "stroke-width:0" || parts[1] != "stroke:none" || !strings.HasPrefix(parts[2], "fill:") {
			return el + "<!-- unexpected style -->"
		}
		a := `fill="` + strings.TrimPrefix(parts[2], "fill:") + `"`
		for _, p := range parts[3:] {
			name, v, _ := strings.Cut(p, ":")
			a += " " + name + `="` + v + `"`
		}
		return "<text" + m[1] + " " + a + m[3]
	})
}

var (
	goChartShape = regexp.MustCompile(`<(path|circle)([^>]*?) style="([^"]*)"/>`)
	goChartText  = regexp.MustCompile(`<text([^>]*?) style="([^"]*)"([^>]*>)`)
)

// goChartStyle splits "a:1;b:2" into the values of names, which must be its
// properties in that order.
func goChartStyle(style string, names ...string) ([]string, bool) {
	parts := strings.Split(style, ";")
	if len(parts) != len(names) {
		return nil, false
	}
	vs := make([]string, len(names))
	for i, p := range parts {
		name, v, ok := strings.Cut(p, ":")
		if !ok || name != names[i] {
			return nil, false
		}
		vs[i] = v
	}
	return vs, true
}

// unpaintedCSS: a colour as go-chart writes it that paints nothing.
func unpaintedCSS(c string) bool { return c == "none" || strings.HasSuffix(c, ",0.0)") }

func TestCompactGoChart(t *testing.T) {
	for in, want := range map[string]string{
		`<path  d="M 0 0
L 1 1" style="stroke-width:1;stroke:rgba(0,0,0,1.0);fill:none"/>`: `<path  d="M 0 0
L 1 1" fill="none" stroke="rgba(0,0,0,1.0)"/>`,
		`<path stroke-dasharray="2.0, 3.0" d="M 0 0" style="stroke-width:3;stroke:rgba(1,2,3,0.5);fill:rgba(4,5,6,1.0)"/>`: `<path stroke-dasharray="2.0, 3.0" d="M 0 0" fill="rgba(4,5,6,1.0)" stroke="rgba(1,2,3,0.5)" stroke-width="3"/>`,
		`<path  d="M 0 0" style="stroke-width:0;stroke:rgba(0,0,0,1.0);fill:rgba(1,1,1,0.0)"/>`:                            ``,
		`<circle cx="1" cy="2" r="3" style="stroke-width:2;stroke:rgba(0,0,0,0.0);fill:none"/>`:                            ``,
		`<circle cx="1" cy="2" r="3" style="stroke-width:0;stroke:none;fill:rgba(9,9,9,1.0)"/>`:                            `<circle cx="1" cy="2" r="3" fill="rgba(9,9,9,1.0)"/>`,
		`<text x="1" y="2" style="stroke-width:0;stroke:none;fill:rgba(1,2,3,1.0);font-size:12.0px">a</text>`:              `<text x="1" y="2" fill="rgba(1,2,3,1.0)" font-size="12.0px">a</text>`,
		`<text x="1" y="2" style="stroke-width:0;stroke:none;fill:none" transform="rotate(90.00,1,2)">a</text>`:            `<text x="1" y="2" fill="none" transform="rotate(90.00,1,2)">a</text>`,
		`<path  d="M 0 0" class="a stroke"/>`: `<path  d="M 0 0" class="a stroke"/>`,
	} {
		if got := compactGoChart(in); got != want {
			t.Errorf("compactGoChart(%q)\n = %q\nwant %q", in, got, want)
		}
	}
}
