package format

import (
	"math"
	"strconv"
	"testing"
)

func TestRaw(t *testing.T) {
	for _, c := range []struct {
		v    float64
		sig  int
		want string
	}{
		{0.29385, -1, "0.29385"},
		{math.Copysign(0, -1), -1, "0"},
		{math.Copysign(0, -1), 12, "0"},
		{34.349999999999994, -1, "34.349999999999994"},
		{34.349999999999994, 12, "34.35"},
		{1e21, 12, "1000000000000000000000"},
		{-4500, 12, "-4500"},
		{4.750164077882303, 12, "4.75016407788"},
		{math.NaN(), -1, "n/a"},
	} {
		if got := Raw(c.v, c.sig); got != c.want {
			t.Errorf("Raw(%v, %d) = %q, want %q", c.v, c.sig, got, c.want)
		}
	}
}

// Any finite number reads back exactly from Raw(v, -1), and to 12 significant digits
// from Raw(v, 12).
func FuzzRaw(f *testing.F) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1.5, 1e300, 5e-324, 414.2374999999996} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		back, err := strconv.ParseFloat(Raw(v, -1), 64)
		if err != nil || back != v {
			t.Fatalf("Raw(%v) = %q reads back as %v, %v", v, Raw(v, -1), back, err)
		}
		s := Raw(v, 12)
		if s == "-0" {
			t.Fatalf("Raw(%v, 12) = -0", v)
		}
		back, _ = strconv.ParseFloat(s, 64)
		if v != 0 && math.Abs(back-v) > 1e-11*math.Abs(v) {
			t.Fatalf("Raw(%v, 12) = %q, off by more than 12 digits", v, s)
		}
	})
}
