package stats

import (
	"math"
	"testing"
)

func TestPercentile(t *testing.T) {
	v := []float64{5, 1, 4, 2, 3}
	for _, c := range []struct{ p, want float64 }{{0, 1}, {50, 3}, {100, 5}, {95, 4.8}, {25, 2}} {
		if got := Percentile(v, c.p); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("p%v = %v, want %v", c.p, got, c.want)
		}
	}
	if v[0] != 5 {
		t.Error("Percentile sorted its argument")
	}
	if !math.IsNaN(Percentile(nil, 50)) {
		t.Error("the percentile of nothing is a number")
	}
	if got := Percentile([]float64{7}, 99); got != 7 {
		t.Errorf("the percentile of one value = %v", got)
	}
}
