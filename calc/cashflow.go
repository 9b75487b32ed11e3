package calc

import "math"

// Month is one month of a plan's cash flow over the horizon, in currency units.
type Month struct {
	N          int     // 1 for the first month of the plan, up to 12·years
	Benefit    float64 // the gross profit credited to the month
	Cost       float64 // the training paid in the month: a year's, in its first month
	Net        float64 // Benefit − Cost
	Cumulative float64 // the net of every month so far, this one included
}

// CashFlow is the month-by-month cash flow of in, whose projection is r: what a
// spreadsheet needs to discount it. It is the timeline's line cut into whole
// months: the benefit accrues from the lag at G/12 a month (part of a month when
// the lag ends within it), each year's training is paid in the year's first
// month, and the months add up to r's benefit, cost and net.
func CashFlow(in Inputs, r Result) []Month {
	end := 12 * in.Years
	months := make([]Month, int(end))
	cum := 0.0
	for i := range months {
		start := float64(i)
		m := Month{N: i + 1}
		m.Benefit = noNegZero(r.AnnualGain / 12 * math.Max(0, math.Min(start+1, end)-math.Max(start, in.Lag)))
		if i%12 == 0 {
			m.Cost = r.AnnualCost
		}
		m.Net = noNegZero(m.Benefit - m.Cost)
		cum += m.Net
		m.Cumulative = noNegZero(cum)
		months[i] = m
	}
	return months
}
