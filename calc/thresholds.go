package calc

// Thresholds are what one must believe for a plan to pay (model version 3): the
// value of each input, the others as entered, at which the net benefit is zero.
// Benefit is proportional to MQLs, revenue per customer and margin, and cost to
// the cost of a training day, so each is the input scaled by cost ÷ benefit.
type Thresholds struct {
	MQLs     Value // the least MQLs a month that pay
	Deal     Value // the least revenue per new customer that pays
	Margin   Value // the least gross margin that pays, percent
	DayTotal Value // the most a training day may cost per person, direct cost and time
	Lag      Value // the longest lag, months, that still pays
}

// MaxDayTotal is the largest cost of a training day the inputs allow: the direct
// cost's and the time's ranges added.
const MaxDayTotal = 2_000_000

// thresholds works out the thresholds for a plan's outcome. They need a cost to
// cover and a benefit that covers some of it.
func (in *Inputs) thresholds(o outcome) Thresholds {
	benefit, cost := o.benefit, o.cost
	var t Thresholds
	var why Reason
	switch {
	case cost < 0:
		why = Saving
	case cost == 0:
		why = NoExtraCost
	case benefit <= 0:
		why = NoBenefit
	}
	if why != "" {
		na := undefined(why)
		return Thresholds{na, na, na, na, na}
	}
	f := cost / benefit
	atLeast := func(name string, v float64) Value {
		fd, _ := FieldByName(name)
		if v > fd.Max {
			return undefined(NeverPays)
		}
		return defined(v)
	}
	t.MQLs = atLeast("mqls", in.MQLs*f)
	t.Deal = atLeast("deal", in.Deal*f)
	t.Margin = atLeast("margin", in.Margin*f)
	if v := (in.DayCost + in.DayRate) / f; v > MaxDayTotal {
		t.DayTotal = undefined(AlwaysPays)
	} else {
		t.DayTotal = defined(v)
	}
	// The benefit is G·(12·years − lag)/12, G the gross profit a year.
	lag := 12*in.Years - 12*cost/o.gain
	lagField, _ := FieldByName("lag")
	switch {
	case lag < lagField.Min:
		t.Lag = undefined(NeverPays)
	case lag > lagField.Max:
		t.Lag = undefined(AlwaysPays)
	default:
		t.Lag = defined(lag)
	}
	return t
}
