package chart

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// TestLiftMarksAtModelValues: each mark sits at the revenue the model gives for
// that team's days with the other team at its plan.
func TestLiftMarksAtModelValues(t *testing.T) {
	for _, s := range scenarios {
		in := s.inputs()
		r := calc.Project(in)
		lines, err := liftLines(r, DaysOf(in), lightPalette)
		if err != nil {
			t.Fatal(err)
		}
		// What the model says for sales at d days (marketing at its plan) and
		// for marketing at d days (sales at its plan).
		revenueAt := func(sales bool, d float64) float64 {
			x := in
			if sales {
				x.SalesTarget = d
			} else {
				x.MktTarget = d
			}
			return calc.Project(x).Projected.Revenue
		}
		for i, team := range []struct {
			sales     bool
			now, plan float64
		}{{true, in.SalesDays, in.SalesTarget}, {false, in.MktDays, in.MktTarget}} {
			m := lines[i].marks
			if len(m) != 2 || m[0].plan || !m[1].plan {
				t.Fatalf("%s: marks %+v", s.name, m)
			}
			if m[0].days != team.now || m[1].days != team.plan {
				t.Errorf("%s line %d: marks at %v and %v days, want %v and %v", s.name, i, m[0].days, m[1].days, team.now, team.plan)
			}
			for _, mk := range m {
				if want := revenueAt(team.sales, mk.days); !near(mk.revenue, want) {
					t.Errorf("%s line %d: mark at %v days has revenue %v, model says %v", s.name, i, mk.days, mk.revenue, want)
				}
			}
			// The planned mark is the projected revenue itself.
			if !near(m[1].revenue, r.Projected.Revenue) {
				t.Errorf("%s line %d: plan mark %v, projected revenue %v", s.name, i, m[1].revenue, r.Projected.Revenue)
			}
		}
	}
}

var (
	circleRE = regexp.MustCompile(`<circle cx="(\d+)" cy="(\d+)" r="4" fill="[^"]*" stroke="[^"]*" stroke-width="2"/>`)
	pathRE   = regexp.MustCompile(`<path d="([^"]*)" fill="none" stroke="#1d4ed8" stroke-width="3"/>`)
	segRE    = regexp.MustCompile(`[ML](-?\d+) (-?\d+)`)
)

// TestLiftMarkersOnLine checks the drawn SVG: the sales markers (circles) lie
// on the sales line (the solid blue path) at the x of the team's days.
func TestLiftMarkersOnLine(t *testing.T) {
	for _, s := range scenarios {
		in := s.inputs()
		r := calc.Project(in)
		for _, w := range []int{360, 1000} {
			svg, err := Lift(r, DaysOf(in), Options{Width: w})
			if err != nil {
				t.Fatal(err)
			}
			// The sales line is the longest solid blue path (the other is
			// the short sample in its label).
			d := ""
			for _, m := range pathRE.FindAllStringSubmatch(svg, -1) {
				if len(m[1]) > len(d) {
					d = m[1]
				}
			}
			var line [][2]float64
			for _, seg := range segRE.FindAllStringSubmatch(d, -1) {
				x, _ := strconv.ParseFloat(seg[1], 64)
				y, _ := strconv.ParseFloat(seg[2], 64)
				line = append(line, [2]float64{x, y})
			}
			cs := circleRE.FindAllStringSubmatch(svg, -1)
			if len(cs) != 2 {
				t.Fatalf("%s: found %d sales markers, want 2", s.name, len(cs))
			}
			for _, c := range cs {
				x, _ := strconv.ParseFloat(c[1], 64)
				y, _ := strconv.ParseFloat(c[2], 64)
				if d := distToLine(x, y, line); d > 1.5 {
					t.Errorf("%s at %d px: marker (%v,%v) is %.1f px off the sales line", s.name, w, x, y, d)
				}
			}
			// Hollow "now" marker at the current days, filled "plan" marker at
			// the planned days: their x order follows the days.
			x0, _ := strconv.Atoi(cs[0][1])
			x1, _ := strconv.Atoi(cs[1][1])
			if (in.SalesDays < in.SalesTarget) != (x0 < x1) && in.SalesDays != in.SalesTarget {
				t.Errorf("%s: now marker at x=%d, plan marker at x=%d", s.name, x0, x1)
			}
		}
	}
}

func distToLine(x, y float64, pts [][2]float64) float64 {
	best := math.Inf(1)
	for i := 1; i < len(pts); i++ {
		ax, ay, bx, by := pts[i-1][0], pts[i-1][1], pts[i][0], pts[i][1]
		dx, dy := bx-ax, by-ay
		t := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			t = math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/l))
		}
		px, py := ax+t*dx, ay+t*dy
		best = math.Min(best, math.Hypot(x-px, y-py))
	}
	return best
}

func TestLiftLabels(t *testing.T) {
	in := calc.Defaults()
	svg, err := Lift(calc.Project(in), DaysOf(in), Options{Width: 360})
	if err != nil {
		t.Fatal(err)
	}
	texts := parseSVG(t, svg)
	all := strings.Join(texts, "|")
	for _, want := range []string{"Sales training", "Marketing training", "now 2 d", "plan 10 d", "study data: 2–10 days"} {
		if !strings.Contains(all, want) {
			t.Errorf("label %q missing from %v", want, texts)
		}
	}
	if !strings.Contains(svg, `stroke-dasharray="7 4"`) {
		t.Error("marketing line is not dashed")
	}
}
