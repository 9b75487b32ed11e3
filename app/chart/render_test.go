package chart

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	gochart "github.com/wcharczuk/go-chart/v2"
)

func simpleChart(series ...gochart.Series) gochart.Chart {
	return gochart.Chart{
		Width: 400, Height: 250,
		XAxis:  gochart.XAxis{Range: &gochart.ContinuousRange{Min: 0, Max: 2}, Ticks: []gochart.Tick{{Value: 0, Label: "0"}, {Value: 2, Label: "2"}}},
		YAxis:  gochart.YAxis{Range: &gochart.ContinuousRange{Min: 0, Max: 10}, Ticks: []gochart.Tick{{Value: 0, Label: "0"}, {Value: 10, Label: "10"}}},
		Series: series,
	}
}

// noPanic runs f, failing the test if it panics.
func noPanic(t *testing.T, f func()) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("panic: %v", p)
		}
	}()
	f()
}

func TestRenderRecoversFromPanic(t *testing.T) {
	boom := drawFunc{name: "boom", fn: func(*pen) { panic("forced") }}
	var svg string
	var err error
	noPanic(t, func() { svg, err = render(spec{id: "chart-x", title: "t", chart: simpleChart(boom)}) })
	if err == nil || !strings.Contains(err.Error(), "forced") {
		t.Fatalf("err = %v, want the panic as an error", err)
	}
	if svg != "" {
		t.Fatalf("partial output returned: %q", svg)
	}
}

// TestRenderRejects: what go-chart would panic on, misdraw or draw half of is
// refused with an error and no output.
func TestRenderRejects(t *testing.T) {
	line := gochart.ContinuousSeries{XValues: []float64{0, 1, 2}, YValues: []float64{1, 2, 3}}
	noRange := simpleChart(line)
	noRange.YAxis.Range = nil
	noTicks := simpleChart(line)
	noTicks.XAxis.Ticks = nil
	titled := simpleChart(line)
	titled.Title = "drawn by go-chart"
	secondary := simpleChart(gochart.ContinuousSeries{YAxis: gochart.YAxisSecondary, XValues: []float64{0, 1}, YValues: []float64{1, 2}})
	for name, s := range map[string]spec{
		"bad id":          {id: `x" onload="y`, title: "t", chart: simpleChart(line)},
		"no title":        {id: "chart-x", chart: simpleChart(line)},
		"no series":       {id: "chart-x", title: "t", chart: simpleChart()},
		"no range":        {id: "chart-x", title: "t", chart: noRange},
		"no ticks":        {id: "chart-x", title: "t", chart: noTicks},
		"go-chart title":  {id: "chart-x", title: "t", chart: titled},
		"secondary axis":  {id: "chart-x", title: "t", chart: secondary},
		"length mismatch": {id: "chart-x", title: "t", chart: simpleChart(gochart.ContinuousSeries{XValues: []float64{0, 1, 2}, YValues: []float64{1, 2}})},
		"NaN":             {id: "chart-x", title: "t", chart: simpleChart(gochart.ContinuousSeries{XValues: []float64{0, 1}, YValues: []float64{1, math.NaN()}})},
		"Inf":             {id: "chart-x", title: "t", chart: simpleChart(gochart.ContinuousSeries{XValues: []float64{0, math.Inf(1)}, YValues: []float64{1, 2}})},
		"empty series":    {id: "chart-x", title: "t", chart: simpleChart(gochart.ContinuousSeries{})},
		"single point":    {id: "chart-x", title: "t", chart: simpleChart(gochart.ContinuousSeries{XValues: []float64{1}, YValues: []float64{1}})},
	} {
		t.Run(name, func(t *testing.T) {
			var svg string
			var err error
			noPanic(t, func() { svg, err = render(s) })
			if err == nil || svg != "" {
				t.Fatalf("got %q, %v; want an error and no output", svg, err)
			}
		})
	}
}

// TestRenderPadsZeroRange: an axis whose range is empty (all-equal values) is
// widened rather than left to go-chart, which would divide by zero.
func TestRenderPadsZeroRange(t *testing.T) {
	c := simpleChart(gochart.ContinuousSeries{XValues: []float64{0, 1, 2}, YValues: []float64{5, 5, 5}})
	c.YAxis.Range = &gochart.ContinuousRange{Min: 5, Max: 5}
	c.YAxis.Ticks = nil
	c.YAxis.Style.Hidden = true
	svg, err := render(spec{id: "chart-x", title: "t", chart: c})
	if err != nil {
		t.Fatal(err)
	}
	d := parseDoc(t, svg)
	if len(d.paths) == 0 {
		t.Fatal("nothing drawn")
	}
	for _, p := range d.paths {
		if b := p.bounds(); b.y0 < 0 || b.y1 > d.h {
			t.Errorf("path %v leaves the chart", b)
		}
	}
}

// charts are one chart of each kind for the default inputs.
func charts() []Chart {
	in := defaultInputs()
	return []Chart{in.lift(), in.funnel(), in.payback(), compareOf(in, edgeInputs(func(in *inputs) { in.Confidence = 25 })), sensitivityOf(nil)}
}

func TestOutputStructure(t *testing.T) {
	for _, c := range charts() {
		for _, w := range []int{0, 100, 360, 1000, 5000} {
			d := mustDraw(t, c, Options{Width: w})
			svg, id := d.SVG, c.ID()
			parseDoc(t, svg)
			open := svg[:strings.IndexByte(svg, '>')+1]
			want := clampInt(w, minWidth, maxWidth)
			if w == 0 {
				want = defaultWidth
			}
			for _, attr := range []string{
				`id="` + id + `"`, `role="img"`, fmt.Sprintf(`viewBox="0 0 %d `, want),
				`aria-labelledby="` + id + `-title"`, `aria-describedby="` + id + `-desc"`,
			} {
				if !strings.Contains(open, attr) {
					t.Errorf("%s at %d: opening tag %s lacks %s", id, w, open, attr)
				}
			}
			if regexp.MustCompile(` (width|height)=`).MatchString(open) {
				t.Errorf("%s: fixed size on the svg element: %s", id, open)
			}
			// <title> and <desc> are the first children.
			rest := svg[len(open):]
			end := strings.Index(rest, "</title>")
			if !strings.HasPrefix(rest, `<title id="`+id+`-title">`) || end < 0 || !strings.HasPrefix(rest[end:], `</title><desc id="`+id+`-desc">`) {
				t.Errorf("%s: title and desc are not the first children: %.200s", id, rest)
			}
			if err := checkSVG(svg); err != nil {
				t.Error(err)
			}
			if len(d.Table.Rows) == 0 || d.Table.Caption == "" {
				t.Errorf("%s: empty table %+v", id, d.Table)
			}
			for _, row := range d.Table.Rows {
				if len(row) != len(d.Table.Header) {
					t.Fatalf("%s: row %q under header %q", id, row, d.Table.Header)
				}
			}
		}
	}
}

func TestCheckSVG(t *testing.T) {
	ok := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" font-family="Roboto, sans-serif"><path  d="M0 0
L1 1" fill="#000000" fill-opacity="0.5"/><path d="M0 0" fill="none" stroke="#000000" stroke-opacity="0.1" stroke-width="2" stroke-dasharray="7 4"/><text x="1" y="2" fill="#010203" font-size="12">a &lt;b&gt;</text></svg>`
	if err := checkSVG(ok); err != nil {
		t.Fatalf("rejected a plain SVG: %v", err)
	}
	for _, bad := range []string{
		`<svg><script>alert(1)</script></svg>`,
		`<svg><img src=x onerror=alert(1)></svg>`,
		`<svg onload="alert(1)"></svg>`,
		`<svg><a href="javascript:alert(1)"></a></svg>`,
		`<svg><path style="fill:red"/></svg>`,
		`<svg><path class="x"/></svg>`,
		`<svg><path fill="url(https://example.com/x.svg#p)"/></svg>`,
		`<svg><text font-family="x&quot;><script>">a</text></svg>`,
		`<svg><foreignObject></foreignObject></svg>`,
		`<svg><path d="x`,
		`<svg><path d=x/></svg>`,
		`<svg><text x="1" y="2">a</text x></svg>`,
	} {
		if err := checkSVG(bad); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

func TestUnsafeValue(t *testing.T) {
	for s, want := range map[string]bool{
		"fill:URL(#x)": true, "url(": true, "uRl(": true, "ur l(": false, "": false, "u": false, "JavaScript:": true,
		"#1d4ed8": false, "Roboto, Arial, Helvetica, sans-serif": false,
		"M0 0L1 1": false, "a<b": true, "a>": true, "&#117;rl(x)": true, "\\75 rl(x)": true, "javascript": false,
	} {
		if got := unsafeValue(s); got != want {
			t.Errorf("unsafeValue(%q) = %v", s, got)
		}
	}
}

// TestDeterministic: equal charts draw equal drawings, also when drawn at the
// same time.
func TestDeterministic(t *testing.T) {
	for _, c := range charts() {
		o := Options{Width: 500, Locale: "de-DE", Currency: "EUR"}
		want := mustDraw(t, c, o)
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for range 8 {
			wg.Go(func() {
				if got, err := c.Draw(o); err != nil || !reflect.DeepEqual(got, want) {
					errs <- fmt.Errorf("%s: drawing differs (%v)", c.ID(), err)
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	}
}

// TestErrorsKeepTheTable: a chart that cannot be drawn returns an error, no
// SVG, and the table of what it was given.
func TestErrorsKeepTheTable(t *testing.T) {
	p := defaultInputs().payback()
	p.Path = append([]Point(nil), p.Path...)
	p.Path[2].Y = math.NaN()
	d, err := p.Draw(Options{})
	if !errors.Is(err, ErrNotFinite) || d.SVG != "" {
		t.Fatalf("got %v and %d bytes of SVG", err, len(d.SVG))
	}
	if len(d.Table.Rows) != len(p.Path) || d.Table.Rows[2][1] != "n/a" {
		t.Errorf("table %q", d.Table.Rows)
	}
}
