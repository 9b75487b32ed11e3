package calc

// beyondStudyTol is how far above the larger study effect a lift must be to be
// beyond it.
const beyondStudyTol = 1e-9

func (in *Inputs) warnings(r *Result) []Warning {
	var ws []Warning
	if r.SALCapped {
		ws = append(ws, Warning{Code: WarnSALCap})
	}
	if r.WinCapped {
		ws = append(ws, Warning{Code: WarnWinCap})
	}
	if sal := r.Projected.SALRate * 100; sal > StudySALPeak {
		ws = append(ws, Warning{Code: WarnSALAbove50, Value: sal, Limit: StudySALPeak})
	}
	if closes := r.Projected.SALRate * r.Projected.WinRate * 100; closes > StudyClosePeak {
		ws = append(ws, Warning{Code: WarnCloseAbove35, Value: closes, Limit: StudyClosePeak})
	}
	// The tolerance keeps the study's own case (one team from 2 to 10 days, all
	// of the effect), which computes +29.000000000000026%, from firing.
	if most := max(in.SalesLift, in.MktLift) / 100; r.Lift.OK && r.Lift.V > most+beyondStudyTol {
		ws = append(ws, Warning{Code: WarnBeyondStudy, Value: r.Lift.V, Limit: most})
	}
	var own []string
	if in.SalesLift != StudySalesLift {
		own = append(own, "sales_lift")
	}
	if in.MktLift != StudyMktLift {
		own = append(own, "mkt_lift")
	}
	if own != nil {
		ws = append(ws, Warning{Code: WarnOwnEffect, Fields: own})
	}
	var outside []string
	for _, d := range []struct {
		name string
		v    float64
	}{
		{"mkt_days", in.MktDays}, {"mkt_target", in.MktTarget},
		{"sales_days", in.SalesDays}, {"sales_target", in.SalesTarget},
	} {
		if d.v < StudyLowDays || d.v > StudyHighDays {
			outside = append(outside, d.name)
		}
	}
	if outside != nil {
		ws = append(ws, Warning{Code: WarnDaysOutside, Fields: outside})
	}
	if horizon := 12 * in.Years; in.Lag >= horizon {
		ws = append(ws, Warning{Code: WarnLagHorizon, Value: in.Lag, Limit: horizon})
	}
	return ws
}
