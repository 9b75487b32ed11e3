package calc

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The decision support tries hundreds of plans through evaluate, which must give
// each the very net Project gives it: the recommended plan's figures come from
// Project, and a tie broken on a cent must be broken the same way.
func TestEvaluateIsProjectsNet(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	n := 20000
	if testing.Short() {
		n = 200
	}
	for range n {
		in := Defaults()
		for _, f := range Fields {
			if f.Optional {
				continue
			}
			v := f.Min + rng.Float64()*(f.Max-f.Min)
			if rng.IntN(3) > 0 {
				v = min(f.Max, f.Default*rng.Float64()*3)
			}
			if f.Whole {
				v = math.Round(v)
			}
			*f.Of(&in) = v
		}
		p := Plan{float64(rng.IntN(21)), float64(rng.IntN(21))}
		if rng.IntN(4) == 0 {
			p = in.Today()
		}
		moved := in.With(p)
		r := Project(moved)
		o := in.evaluate(in.Confidence/100, p)
		if o.net != r.Net && !(o.net == 0 && r.Net == 0) || o.benefit != r.Benefit || o.cost != r.Cost || o.annualCost != r.AnnualCost || o.gain != r.AnnualGain {
			t.Fatalf("%+v at %+v: evaluate %+v, Project net %v benefit %v cost %v", in, p, o, r.Net, r.Benefit, r.Cost)
		}
	}
}
