package calc

import (
	"strconv"
)

func (in *Inputs) warnings(r *Result) []Warning {
	var ws []Warning
	if r.SALCapped {
		ws = append(ws, Warning{WarnSALCap, "The projected SAL rate is capped at 100%: sales cannot accept more leads than marketing sends, so part of the study's effect is not credited."})
	}
	if r.WinCapped {
		ws = append(ws, Warning{WarnWinCap, "The projected win rate is capped at 100%: a lead cannot close more than once, so part of the study's effect is not credited."})
	}
	if r.Projected.SALRate*100 > StudySALPeak {
		ws = append(ws, Warning{WarnSALAboveObs, "The projected SAL rate of " + pct(r.Projected.SALRate*100) + " is above 50%, the highest the study observed: treat the sales part of the lift with care."})
	}
	var outside []string
	for _, d := range []struct {
		name string
		v    float64
	}{
		{"current marketing training", in.MktDays},
		{"planned marketing training", in.MktTarget},
		{"current sales training", in.SalesDays},
		{"planned sales training", in.SalesTarget},
	} {
		if d.v < StudyLowDays || d.v > StudyHighDays {
			outside = append(outside, d.name)
		}
	}
	if len(outside) > 0 {
		verb := " lies"
		if len(outside) > 1 {
			verb = " lie"
		}
		ws = append(ws, Warning{WarnDaysOutside, "The " + list(outside) + verb + " outside 2-10 days a year: the study has no data there; no effect is credited beyond that range."})
	}
	if in.Lag >= 12*in.Years {
		ws = append(ws, Warning{WarnLagHorizon, "The lag of " + strconv.FormatFloat(in.Lag, 'f', -1, 64) + " months uses up the whole horizon, so the benefit within it is zero."})
	}
	return ws
}

func pct(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + "%" }

// list joins names as English prose: "a", "a and b", "a, b and c".
func list(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	s := names[0]
	for _, n := range names[1 : len(names)-1] {
		s += ", " + n
	}
	return s + " and " + names[len(names)-1]
}
