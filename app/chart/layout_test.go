package chart

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/golang/freetype/truetype"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/calc"
	gochart "github.com/wcharczuk/go-chart/v2"
)

// goChartRenderer is go-chart's own SVG renderer, with our escaping, measuring
// as it does with its own font: a new truetype face of Roboto for every
// string. It gives the wrapped renderer the font first, since in this package
// nothing sets one.
type goChartRenderer struct {
	*safeRenderer
	font *truetype.Font
}

func (r goChartRenderer) MeasureText(s string) gochart.Box {
	r.Renderer.SetFont(r.font)
	return r.Renderer.MeasureText(s)
}

// goChartFamily is what go-chart writes into the style of each text when the
// chart has the font.
var goChartFamily = ";font-family:'" + robotoFamily + "',sans-serif"

// goChartSVG renders s the way this package did before draw and svgRenderer:
// go-chart's Chart.Render and SVG renderer with Roboto, measuring with
// truetype faces. The per-text font
// family it writes is taken out, as finish now names the family once, and its
// styles are rewritten as svgRenderer writes paint (compactGoChart).
func goChartSVG(t *testing.T, s spec) string {
	t.Helper()
	c, err := prepare(s)
	if err != nil {
		t.Fatal(err)
	}
	c.Font = roboto(t)
	var buf bytes.Buffer
	err = c.Render(func(w, h int) (gochart.Renderer, error) {
		r, err := gochart.SVG(w, h)
		if err != nil {
			return nil, err
		}
		return goChartRenderer{&safeRenderer{r}, c.Font}, nil
	}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	texts := strings.Count(raw, "<text ")
	if texts == 0 || strings.Count(raw, goChartFamily) != texts {
		t.Fatalf("%s: %d texts, %d with the family", s.id, texts, strings.Count(raw, goChartFamily))
	}
	out, err := finish([]byte(compactGoChart(strings.ReplaceAll(raw, goChartFamily, ""))), s, c.Width, c.Height)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLayoutIsChartRender: draw, the width table and svgRenderer give byte for
// byte the SVG that go-chart's Chart.Render and SVG renderer with the font
// gave, but for where the font family is written. It covers every scenario at
// a phone and a desktop width in two locales, and the defaults at more widths
// and formats.
func TestLayoutIsChartRender(t *testing.T) {
	type variant struct {
		name  string
		width int
		o     func(o *Options)
	}
	money := func(loc, cur string) func(o *Options) {
		return func(o *Options) {
			f := format.New(loc, cur)
			o.Money, o.Number = f.MoneyCompact, func(v float64) string { return f.Trim(v, 1) }
		}
	}
	plain := func(*Options) {}
	short := []variant{
		{"en-US", 320, plain}, {"en-US", 1000, plain},
		{"de-DE EUR", 320, money("de-DE", "EUR")}, {"de-DE EUR", 1000, money("de-DE", "EUR")},
	}
	more := []variant{
		{"default width", 0, plain}, {"360", 360, plain}, {"wide", 2400, plain},
		{"dark", 700, func(o *Options) { o.Dark = true }}, {"tall", 500, func(o *Options) { o.Height = 900 }},
		{"fr-FR INR", 360, money("fr-FR", "INR")}, {"ja-JP JPY", 800, money("ja-JP", "JPY")},
		{"en-GB GBP", 1000, money("en-GB", "GBP")}, {"nl-NL EUR", 640, money("nl-NL", "EUR")},
	}
	cases := append(scenarios, scenario{"tiny numbers", func(in *calc.Inputs) {
		in.MQLs, in.Deal, in.MktTeam, in.SalesTeam, in.DayCost, in.DayRate = 10, 50, 1, 1, 1, 1
	}})
	n := 0
	for i, sc := range cases {
		in := sc.inputs()
		if err := in.Validate(); err != nil {
			t.Fatalf("%s: %v", sc.name, err)
		}
		r := calc.Project(in)
		vs := short
		if i == 0 {
			vs = append(vs, more...)
		}
		for _, v := range vs {
			o := Options{Width: v.width}
			v.o(&o)
			specs := map[string]func() (spec, error){
				"lift":    func() (spec, error) { return liftSpec(r, DaysOf(in), o.resolve(liftHeight)) },
				"funnel":  func() (spec, error) { return funnelSpec(r, o.resolve(funnelHeight)) },
				"payback": func() (spec, error) { return paybackSpec(r, o.resolve(paybackHeight)) },
			}
			for chart, build := range specs {
				name := fmt.Sprintf("%s, %s, %s %d px", sc.name, chart, v.name, v.width)
				s, err := build()
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				want := goChartSVG(t, s)
				got, err := render(s, newFaceCache())
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if got != want {
					i := 0
					for i < len(got) && i < len(want) && got[i] == want[i] {
						i++
					}
					t.Errorf("%s: differs from Chart.Render at byte %d:\n got …%s\nwant …%s", name, i,
						got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
				}
				n++
			}
		}
	}
	t.Logf("%d charts compared", n)
}

// TestLayoutIsChartRenderBeyondOurCharts covers what draw supports but the
// three charts do not use: series drawn in the palette's default style, a
// legend element, a rotated y-axis name, a hidden x-axis, and tick labels wide
// enough at the edges that the first measuring pass does not settle the canvas.
func TestLayoutIsChartRenderBeyondOurCharts(t *testing.T) {
	line := func(name string, ys ...float64) gochart.ContinuousSeries {
		return gochart.ContinuousSeries{Name: name, XValues: []float64{0, 1, 2}, YValues: ys}
	}
	base := func() gochart.Chart {
		return gochart.Chart{
			Width: 420, Height: 260,
			// A long label near the start reaches further left once the
			// wide y-axis labels have narrowed the canvas, so the second
			// measuring pass moves the canvas again.
			XAxis:  gochart.XAxis{Name: "x name", Ticks: []gochart.Tick{{Value: 0, Label: "0"}, {Value: 0.2, Label: "a long label near the start"}, {Value: 2, Label: "2"}}, Range: &gochart.ContinuousRange{}},
			YAxis:  gochart.YAxis{Name: "y name", Ticks: []gochart.Tick{{Value: 0, Label: "0"}, {Value: 1, Label: "1 000 000 000 000 000"}, {Value: 2, Label: "2"}}, Range: &gochart.ContinuousRange{}},
			Series: []gochart.Series{line("one", 0, 2, 1), line("two", 1, 0, 2), line("three", 2, 2, 0)},
		}
	}
	legend := base()
	legend.Elements = []gochart.Renderable{gochart.Legend(&legend)}
	hiddenX := base()
	hiddenX.XAxis.Style.Hidden = true
	hiddenX.XAxis.Ticks = nil
	styled := base()
	styled.Background = gochart.Style{Padding: gochart.Box{Top: 40, Left: 2, Right: 2, Bottom: 2}}
	styled.YAxis.Style = gochart.Style{FontSize: 20, TextRotationDegrees: 30}
	styled.Series[2] = gochart.ContinuousSeries{Style: gochart.Style{Hidden: true}, XValues: []float64{0, 2}, YValues: []float64{0, 2}}
	for name, c := range map[string]gochart.Chart{"legend": legend, "hidden x-axis": hiddenX, "styled": styled} {
		s := spec{id: "chart-test", title: name, chart: c}
		want := goChartSVG(t, s)
		got, err := render(s, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != want {
			t.Errorf("%s: differs from Chart.Render:\n got %s\nwant %s", name, got, want)
		}
	}
}
