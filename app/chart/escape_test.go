package chart

import (
	"strings"
	"testing"

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

// checkEscaped asserts that svg is well-formed and holds no markup from the
// payload.
func checkEscaped(t *testing.T, svg, payload string) doc {
	t.Helper()
	d := parseDoc(t, svg)
	if strings.Contains(svg, "<img") || strings.Contains(svg, "<script") || strings.Count(svg, "<svg") != 1 {
		t.Fatalf("payload %q became markup:\n%s", payload, svg)
	}
	return d
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
		d := checkEscaped(t, svg, p)
		want := xmlChars(p)
		n := 0
		for _, s := range append(d.textsOf(), d.title, d.desc) {
			if s == want {
				n++
			}
		}
		if n < 11 {
			t.Errorf("%q: shown as text %d times, want 11 (title, desc, 4 ticks, 2 axis names, 2 in the legend, text)", p, n)
		}
		if n := strings.Count(svg, escapeText(p)); n < 11 {
			t.Errorf("%q: escaped payload appears %d times, want 11 (title, desc, 4 ticks, 2 axis names, 2 in the legend, text)", p, n)
		}
	}
}

// TestHostileStrings puts the payloads in every string a caller gives a
// chart (a payback note, scenario names, the locale and currency): each is
// shown as text, never as markup.
func TestHostileStrings(t *testing.T) {
	in := defaultInputs()
	for _, p := range payloads {
		shown := strings.Join(strings.Fields(xmlChars(p)), " ")
		note := in.payback()
		note.PaysBack, note.Note = false, p
		cmp := compareOf(in, in)
		cmp.Series[0].Name = p
		for _, c := range []Chart{note, cmp} {
			for _, o := range []Options{{Width: 640}, {Width: 360, Locale: p, Currency: p}} {
				d, err := c.Draw(o)
				if err != nil {
					t.Fatalf("%s %q: %v", c.ID(), p, err)
				}
				doc := checkEscaped(t, d.SVG, p)
				if got := strings.Join(strings.Fields(strings.Join(doc.textsOf(), " ")), " "); !strings.Contains(got, shown) && o.Width == 640 {
					t.Errorf("%s: %q not shown as text in %q", c.ID(), shown, got)
				}
				if !strings.Contains(strings.Join(strings.Fields(doc.desc), " "), shown) {
					t.Errorf("%s: %q not in the description %q", c.ID(), shown, doc.desc)
				}
			}
		}
		if d, _ := cmp.Draw(Options{}); d.Table.Header[1] != p {
			t.Errorf("table header %q, want the name as given", d.Table.Header[1])
		}
	}
}
