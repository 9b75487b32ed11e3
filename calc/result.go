package calc

// Value is a result that may be undefined for some inputs. When OK is false, V is 0
// and Why says in words why there is no number (the page shows "n/a" and Why).
type Value struct {
	V   float64
	OK  bool
	Why string
}

func defined(v float64) Value    { return Value{V: v, OK: true} }
func undefined(why string) Value { return Value{Why: why} }

// Funnel is one year of the lead funnel.
type Funnel struct {
	MQLs      float64 // marketing qualified leads per year
	SALRate   float64 // share of MQLs accepted by sales, 0-1
	SALs      float64 // sales accepted leads per year
	WinRate   float64 // share of SALs won, 0-1
	Customers float64 // new customers per year
	Revenue   float64 // first-year revenue from them, currency units per year
}

// CurvePoint is one point of a sensitivity curve: the projected new-customer revenue
// per year if one team trained Days days, the other team at its target.
type CurvePoint struct {
	Days    float64
	Revenue float64 // at the chosen confidence
	Low     float64 // at half the confidence
	High    float64 // at 1.5 times the confidence, at most 100%
}

// Warning is a caveat shown next to the results, never instead of them.
type Warning struct {
	Code string // stable identifier, e.g. "sal_cap"
	Text string // what the page says
}

// Warning codes.
const (
	WarnSALCap      = "sal_cap"      // the projected SAL rate hit 100%
	WarnWinCap      = "win_cap"      // the projected win rate hit 100%
	WarnSALAboveObs = "sal_above_50" // projected SAL rate above the study's 50% peak
	WarnDaysOutside = "days_outside" // a current or planned value outside 2-10 days
	WarnLagHorizon  = "lag_horizon"  // the lag uses up the whole horizon
)

// Result is everything the model says about one set of inputs.
type Result struct {
	FactorMkt   float64 // F_m: credited change in marketing's output (1 = none)
	FactorSales float64 // F_s: credited change in sales' output

	Now       Funnel // per year, today
	Projected Funnel // per year, with the planned training
	SALCapped bool   // the projected SAL rate was capped at 100%
	WinCapped bool   // the projected win rate was capped at 100%

	Lift     Value // revenue'/revenue - 1, a fraction; undefined when revenue is 0
	LiftLow  Value // Lift at half the confidence
	LiftHigh Value // Lift at 1.5 times the confidence, at most 100%

	RevenueGain float64 // Projected.Revenue - Now.Revenue: extra revenue per year
	AnnualGain  float64 // G: gross profit gained per year once the effect shows
	Benefit     float64 // gross profit gained over the horizon
	AnnualCost  float64 // cost of the extra training per year (negative: a saving)
	Cost        float64 // AnnualCost over the horizon
	Net         float64 // Benefit - Cost

	ROI       Value // net/cost, percent; undefined when cost <= 0
	ROILow    Value // ROI at half the confidence
	ROIHigh   Value // ROI at 1.5 times the confidence, at most 100%
	BCR       Value // benefit/cost; undefined when cost <= 0
	Payback   Value // months until the gain has paid one year's training
	BreakEven Value // smallest confidence, percent, at which net >= 0

	// Timeline is the cumulative net benefit at the end of month m, m = 0..12*years.
	Timeline []float64
	// SalesCurve and MktCurve are the projected revenue for 0..20 training days of
	// one team, the other at its target.
	SalesCurve []CurvePoint
	MktCurve   []CurvePoint

	Warnings []Warning
}
