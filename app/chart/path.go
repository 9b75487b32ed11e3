package chart

import (
	"fmt"
	"math"
	"sort"
)

// Point is a point of a line in data units.
type Point struct{ X, Y float64 }

// checkPath checks a line given as points: at least two, finite, x never
// decreasing (a jump is two points with the same x), spanning some x.
func checkPath(name string, pts []Point) error {
	if len(pts) < 2 {
		return fmt.Errorf("%s: %w: %d points, need 2", name, ErrNoData, len(pts))
	}
	for i, p := range pts {
		if err := checkValues(name, p.X, p.Y); err != nil {
			return err
		}
		if i > 0 && p.X < pts[i-1].X {
			return fmt.Errorf("%s: %w: x goes back from %v to %v", name, ErrInvalid, pts[i-1].X, p.X)
		}
	}
	if pts[len(pts)-1].X == pts[0].X {
		return fmt.Errorf("%s: %w: all points at x = %v", name, ErrNoData, pts[0].X)
	}
	return nil
}

// maxMonths bounds the x of timelines: a hundred years of months keeps their
// tables, a row per month, to a size a page can show.
const maxMonths = 1200

// checkTimeline checks a line whose x is months from the start.
func checkTimeline(name string, pts []Point) error {
	if err := checkPath(name, pts); err != nil {
		return err
	}
	if pts[0].X < 0 || pts[len(pts)-1].X > maxMonths {
		return fmt.Errorf("%s: %w: months run from %v to %v, not within 0-%d", name, ErrInvalid, pts[0].X, pts[len(pts)-1].X, maxMonths)
	}
	return nil
}

// pathAt is the line's value at x: where the line jumps, the value after the
// jump (the last point at x); between points, on the straight line joining
// them; beyond the ends, the end value.
func pathAt(pts []Point, x float64) float64 {
	i := sort.Search(len(pts), func(j int) bool { return pts[j].X > x }) - 1
	switch {
	case i < 0:
		return pts[0].Y
	case pts[i].X == x || i == len(pts)-1:
		return pts[i].Y
	}
	a, b := pts[i], pts[i+1]
	return a.Y + (b.Y-a.Y)*(x-a.X)/(b.X-a.X)
}

// wholeMonths are the whole numbers within the line's x extent: the months at
// whose end the tables give the line's value.
func wholeMonths(pts []Point) []float64 {
	lo, hi := math.Ceil(pts[0].X), math.Floor(pts[len(pts)-1].X)
	var ms []float64
	for m := lo; m <= hi; m++ {
		ms = append(ms, m)
	}
	return ms
}

// pathXY splits a line into go-chart's x and y values.
func pathXY(pts []Point) (xs, ys []float64) {
	xs, ys = make([]float64, len(pts)), make([]float64, len(pts))
	for i, p := range pts {
		xs[i], ys[i] = p.X, p.Y
	}
	return xs, ys
}
