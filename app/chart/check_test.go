package chart

import (
	"errors"
	"math"
	"testing"
)

func TestCompactMoney(t *testing.T) {
	for v, want := range map[float64]string{
		0: "$0", 950: "$950", 1234: "$1.23K", -108000: "-$108K", 4657860: "$4.66M",
		999600: "$1M", 3.6e6: "$3.6M", 2.5e9: "$2.5B", 1.2e13: "$12T", 1.1e16: "$11,000T", 0.5: "$0.5",
		-0.0001: "$0", math.NaN(): "n/a", math.Inf(1): "n/a",
	} {
		if got := CompactMoney(v); got != want {
			t.Errorf("CompactMoney(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestPlainNumber(t *testing.T) {
	for v, want := range map[float64]string{
		824.4: "824", 4.75: "4.75", 14.5: "14.5", 12000: "12,000", 2: "2", 0: "0",
		-1234567.8: "-1,234,568", 0.126: "0.13", -0.001: "0", 186.3144: "186",
	} {
		if got := PlainNumber(v); got != want {
			t.Errorf("PlainNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestNiceTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		n      int
	}{
		{3.85e6, 5.24e6, 6}, {-108000, 447376.5, 5}, {0, 0, 4}, {5, 5, 4}, {-3, -3, 4},
		{0.1, 0.7, 3}, {0, 20, 10}, {0, 20, 4}, {1, 1 + 1e-12, 5},
	} {
		ticks, err := niceTicks(c.lo, c.hi, c.n, PlainNumber)
		if err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if len(ticks) < 2 {
			t.Fatalf("%v: %d ticks", c, len(ticks))
		}
		first, last := ticks[0].Value, ticks[len(ticks)-1].Value
		if first > c.lo || last < c.hi || !(last > first) {
			t.Errorf("%v: ticks %v..%v do not cover the data", c, first, last)
		}
		if len(ticks)-1 > c.n {
			t.Errorf("%v: %d intervals, at most %d wanted", c, len(ticks)-1, c.n)
		}
		for i := 1; i < len(ticks); i++ {
			if ticks[i].Label == ticks[i-1].Label {
				t.Errorf("%v: repeated label %q", c, ticks[i].Label)
			}
		}
	}
	// A formatter too coarse for the step makes the step grow.
	ticks, _ := niceTicks(4.0e6, 4.1e6, 10, func(v float64) string { return CompactMoney(math.Round(v/1e5) * 1e5) })
	if !distinctLabels(ticks) {
		t.Errorf("labels repeat: %v", ticks)
	}
	for _, bad := range [][2]float64{{math.NaN(), 1}, {0, math.Inf(1)}, {-1e308, 1e308}} {
		if _, err := niceTicks(bad[0], bad[1], 5, PlainNumber); !errors.Is(err, ErrNotFinite) {
			t.Errorf("%v: err %v", bad, err)
		}
	}
}

func TestStepTicks(t *testing.T) {
	ticks := stepTicks(12, 3, PlainNumber)
	if len(ticks) != 5 || ticks[4].Value != 12 {
		t.Errorf("stepTicks(12, 3) = %v", ticks)
	}
	// 13 with step 3: 0..12 then 13 replaces 12, which would crowd it.
	ticks = stepTicks(13, 3, PlainNumber)
	if last := ticks[len(ticks)-1]; last.Value != 13 || ticks[len(ticks)-2].Value != 9 {
		t.Errorf("stepTicks(13, 3) = %v", ticks)
	}
}

func TestCheckXY(t *testing.T) {
	for _, c := range []struct {
		xs, ys []float64
		want   error
	}{
		{nil, nil, ErrNoData},
		{[]float64{1}, []float64{1}, ErrTooFew},
		{[]float64{1, 2}, []float64{1}, ErrLength},
		{[]float64{1, 2}, []float64{1, math.NaN()}, ErrNotFinite},
		{[]float64{1, math.Inf(-1)}, []float64{1, 2}, ErrNotFinite},
		{[]float64{1, 2}, []float64{1, 2}, nil},
	} {
		if err := checkXY("s", c.xs, c.ys); !errors.Is(err, c.want) {
			t.Errorf("checkXY(%v, %v) = %v, want %v", c.xs, c.ys, err, c.want)
		}
	}
}

func TestInterp(t *testing.T) {
	xs, ys := []float64{0, 2, 10}, []float64{1, 1, 5}
	for x, want := range map[float64]float64{-1: 1, 0: 1, 2: 1, 6: 3, 10: 5, 30: 5} {
		if got := interp(xs, ys, x); got != want {
			t.Errorf("interp(%v) = %v, want %v", x, got, want)
		}
	}
}
