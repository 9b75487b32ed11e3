package chart

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/trainingroi/calculator/calc"
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

func TestRenderRecoversFromPanic(t *testing.T) {
	boom := drawFunc{name: "boom", fn: func(*pen) { panic("forced") }}
	var svg string
	var err error
	mustNotPanic(t, func() {
		svg, err = render(spec{id: "chart-x", title: "t", chart: simpleChart(boom)})
	})
	if err == nil || !strings.Contains(err.Error(), "forced") {
		t.Fatalf("err = %v, want the panic as an error", err)
	}
	if svg != "" {
		t.Fatalf("partial output returned: %q", svg)
	}
}

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
			mustNotPanic(t, func() { svg, err = render(s) })
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
	parseSVG(t, svg)
}

func TestOutputStructure(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	ids := map[string]string{"lift": LiftID, "funnel": FunnelID, "payback": PaybackID}
	for _, b := range builders {
		for _, w := range []int{360, 1000} {
			svg, err := b.build(in, r, Options{Width: w})
			if err != nil {
				t.Fatal(err)
			}
			parseSVG(t, svg)
			id := ids[b.name]
			open := svg[:strings.IndexByte(svg, '>')+1]
			for _, want := range []string{
				`id="` + id + `"`, `role="img"`, fmt.Sprintf(`viewBox="0 0 %d `, w),
				`aria-labelledby="` + id + `-title"`, `aria-describedby="` + id + `-desc"`,
			} {
				if !strings.Contains(open, want) {
					t.Errorf("%s: opening tag %s lacks %s", b.name, open, want)
				}
			}
			if regexp.MustCompile(` (width|height)=`).MatchString(open) {
				t.Errorf("%s: fixed size on the svg element: %s", b.name, open)
			}
			// <title> and <desc> are the first children.
			rest := svg[len(open):]
			end := strings.Index(rest, "</title>")
			if !strings.HasPrefix(rest, `<title id="`+id+`-title">`) || end < 0 || !strings.HasPrefix(rest[end:], `</title><desc id="`+id+`-desc">`) {
				t.Errorf("%s: title and desc are not the first children: %.200s", b.name, rest)
			}
			if strings.Contains(svg, "0.00<") {
				t.Errorf("%s: stray 0.00 label from the secondary axis", b.name)
			}
			if err := checkSVG(svg); err != nil {
				t.Error(err)
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

// TestScenariosAndWidths renders every chart for each scenario at phone and
// desktop widths (and the limits), in both palettes.
func TestScenariosAndWidths(t *testing.T) {
	for _, s := range scenarios {
		in := s.inputs()
		if err := in.Validate(); err != nil {
			t.Fatalf("%s: invalid scenario: %v", s.name, err)
		}
		r := calc.Project(in)
		for _, b := range builders {
			for _, w := range []int{0, 100, 320, 360, 1000, 5000} {
				for _, dark := range []bool{false, true} {
					svg, err := b.build(in, r, Options{Width: w, Dark: dark})
					if err != nil {
						t.Fatalf("%s %s %d: %v", s.name, b.name, w, err)
					}
					parseSVG(t, svg)
					want := clampInt(w, minWidth, maxWidth)
					if w == 0 {
						want = defaultWidth
					}
					if !strings.Contains(svg, fmt.Sprintf(`viewBox="0 0 %d `, want)) {
						t.Errorf("%s %s %d: viewBox is not %d wide", s.name, b.name, w, want)
					}
				}
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, s := range scenarios {
		in := s.inputs()
		r := calc.Project(in)
		for _, b := range builders {
			o := Options{Width: 700}
			a, err := b.build(in, r, o)
			if err != nil {
				t.Fatal(err)
			}
			for range 3 {
				if c, _ := b.build(in, calc.Project(in), o); c != a {
					t.Fatalf("%s %s: output differs between renders", s.name, b.name)
				}
			}
		}
	}
}

// TestConcurrentRenders shares the face cache between goroutines (run with
// -race to check the locking).
func TestConcurrentRenders(t *testing.T) {
	in := calc.Defaults()
	r := calc.Project(in)
	want, _ := Lift(r, DaysOf(in), Options{Width: 500})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := 360 + 100*(i%4)
			if _, err := Funnel(r, Options{Width: w}); err != nil {
				errs <- err
			}
			if got, err := Lift(r, DaysOf(in), Options{Width: 500}); err != nil || got != want {
				errs <- fmt.Errorf("concurrent lift differs: %v", err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestFaceCacheBounded(t *testing.T) {
	c := &faceCache{faces: map[float64]*face{}}
	for i := range maxFaces * 2 {
		c.width(float64(8+i), "x")
	}
	if n := len(c.faces); n > maxFaces {
		t.Errorf("%d faces cached, limit %d", n, maxFaces)
	}
	for i := range maxWidths * 2 {
		c.width(12, fmt.Sprint(i))
	}
	if n := len(c.get(12).widths); n > maxWidths {
		t.Errorf("%d widths cached, limit %d", n, maxWidths)
	}
}

func TestUnsafeValue(t *testing.T) {
	for s, want := range map[string]bool{
		"fill:URL(#x)": true, "url(": true, "uRl(": true, "ur l(": false, "": false, "u": false, "JavaScript:": true,
		"fill:red": false, "rgba(29,78,216,1.0)": false, "'Roboto Medium',sans-serif": false,
		"M 0 0\nL 1 1": false, "a<b": true, "a>": true, "&#117;rl(x)": true, "\\75 rl(x)": true, "javascript": false,
	} {
		if got := unsafeValue(s); got != want {
			t.Errorf("unsafeValue(%q) = %v", s, got)
		}
	}
}
