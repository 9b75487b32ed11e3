package calc

// breakEvenSteps is how many steps the break-even search walks over 0-100% (steps
// of 0.01 percentage points), and breakEvenTol how close it then narrows the
// crossing, as a fraction (1e-10 points; the model asks for 1e-6).
const (
	breakEvenSteps = 10000
	breakEvenTol   = 1e-12
)

// breakEven finds the smallest confidence in 0-100% at which the net benefit is not
// negative. The net need not grow with the confidence (with one team's training
// cut and the other's raised it can rise and then fall), so the search walks the
// whole range in steps of 0.01 points and then bisects inside the first step that
// breaks even.
func (in *Inputs) breakEven(e effects, revenue, cost float64) Value {
	switch {
	case cost < 0:
		return undefined(Saving)
	case cost == 0:
		return undefined(NoExtraCost)
	}
	// The net benefit at confidence c: Project's formulas, with what does not depend
	// on c worked out once, since the search evaluates it up to 10,000 times.
	sal, win, margin, months := in.SALRate/100, in.WinRate/100, in.Margin/100, in.effectMonths()/12
	net := func(c float64) float64 {
		revenueNew := in.MQLs * 12 * min(1, sal*(1+c*e.sales)) * min(1, win*(1+c*e.mkt)) * in.Deal
		return (revenueNew-revenue)*margin*months - cost
	}
	// At no confidence nothing is gained, so the net is -cost < 0 there.
	prev := 0.0
	for i := 1; i <= breakEvenSteps; i++ {
		c := float64(i) / breakEvenSteps
		if net(c) < 0 {
			prev = c
			continue
		}
		lo, hi := prev, c
		for hi-lo > breakEvenTol {
			mid := (lo + hi) / 2
			if net(mid) >= 0 {
				hi = mid
			} else {
				lo = mid
			}
		}
		return defined(hi * 100)
	}
	return undefined(NeverBreaksEven)
}
