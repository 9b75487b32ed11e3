package chart

import (
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
	gochart "github.com/wcharczuk/go-chart/v2"
)

const xss = `"><img src=x onerror=alert(1)>`

var payloads = []string{
	xss,
	`<script>alert(1)</script>`,
	`</text><svg onload=alert(1)>`,
	`' onmouseover='alert(1)`,
	`&amp; &lt; ]]> <![CDATA[x]]>`,
	"bad bytes \xff\xfe and controls \x00\x01\x1b",
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":             "plain",
		"a & b":             "a &amp; b",
		xss:                 "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",
		"it's":              "it&#39;s",
		"nul\x00 and \x1b":  "nul and ",
		"bad \xff byte":     "bad  byte",
		"keep \uFFFD real":  "keep \uFFFD real",
		"tab\tnewline\n":    "tab\tnewline\n",
		"surrogate? \uFFFF": "surrogate? ",
		"2–10 days":         "2–10 days",
	} {
		if got := escapeText(in); got != want {
			t.Errorf("escapeText(%q) = %q, want %q", in, got, want)
		}
	}
}

// checkEscaped asserts that svg is well-formed, holds no markup from the
// payload, and shows the payload as text (its XML-valid characters, since
// the others are dropped).
func checkEscaped(t *testing.T, svg, payload string) {
	t.Helper()
	texts := parseSVG(t, svg)
	if strings.Contains(svg, "<img") || strings.Contains(svg, "<script") {
		t.Fatalf("payload became markup:\n%s", svg)
	}
	want := xmlChars(payload)
	for _, s := range texts {
		if strings.Contains(s, strings.TrimSpace(want)) {
			return
		}
	}
	t.Fatalf("payload %q not found as text in the SVG", payload)
}

// TestWrapperEscapesEveryTextPath puts the payloads in every place text can
// reach go-chart's renderer: title, description, series names (via a legend),
// axis names, tick labels, and text drawn by a custom series. (go-chart's own
// title and generated tick labels are refused by prepare.)
func TestWrapperEscapesEveryTextPath(t *testing.T) {
	for _, p := range payloads {
		c := gochart.Chart{
			Width: 500, Height: 300,
			XAxis: gochart.XAxis{Name: p, Ticks: []gochart.Tick{{Value: 0, Label: p}, {Value: 2, Label: p}}, Range: &gochart.ContinuousRange{Min: 0, Max: 2}},
			YAxis: gochart.YAxis{Name: p, Ticks: []gochart.Tick{{Value: 0, Label: p}, {Value: 10, Label: p}}, Range: &gochart.ContinuousRange{Min: 0, Max: 10}},
			Series: []gochart.Series{
				gochart.ContinuousSeries{Name: p, XValues: []float64{0, 1, 2}, YValues: []float64{1, 5, 3}},
				drawFunc{name: p, fn: func(pn *pen) { pn.text(p, 20, 20, 12, lightPalette.text) }},
			},
		}
		c.Elements = []gochart.Renderable{gochart.Legend(&c)}
		svg, err := render(spec{id: "chart-test", title: p, desc: p, chart: c})
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		for _, part := range []string{"<title", "<desc"} {
			if !strings.Contains(svg, part) {
				t.Fatalf("missing %s", part)
			}
		}
		checkEscaped(t, svg, p)
		if n := strings.Count(svg, escapeText(p)); n < 11 {
			t.Errorf("%q: escaped payload appears %d times, want 11 (title, desc, 4 ticks, 2 axis names, 2 in the legend, text)", p, n)
		}
	}
}

// TestBuildersEscapeFormatterOutput makes the caller's formatters return the
// payloads: tick labels, marker and value labels and the descriptions all use
// them.
func TestBuildersEscapeFormatterOutput(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	for _, p := range payloads {
		f := func(float64) string { return p }
		for _, b := range builders {
			for _, w := range []int{360, 1000} {
				svg, err := b.build(in, r, Options{Width: w, Money: f, Number: f})
				if err != nil {
					t.Fatalf("%s %q: %v", b.name, p, err)
				}
				checkEscaped(t, svg, p)
				title, desc := between(svg, "<title", "</title>"), between(svg, "<desc", "</desc>")
				if desc == "" || title == "" || strings.Contains(desc, "<img") {
					t.Fatalf("%s: bad title/desc %q %q", b.name, title, desc)
				}
				if !strings.Contains(desc, escapeText(xmlChars(p))) {
					t.Errorf("%s: description does not carry the escaped formatter output", b.name)
				}
			}
		}
	}
}

func between(s, a, b string) string {
	i := strings.Index(s, a)
	j := strings.Index(s, b)
	if i < 0 || j < i {
		return ""
	}
	return s[i:j]
}
