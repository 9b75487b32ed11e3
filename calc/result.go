package calc

// Value is a result that may be undefined for some inputs. When OK is false, V is 0
// and Why says why there is no number (the page shows "n/a" and the reason).
type Value struct {
	V   float64
	OK  bool
	Why Reason
}

// Reason says why a result is undefined.
type Reason string

// The reasons. The page puts them into words.
const (
	NoRevenue       Reason = "no_revenue"        // lift: no new-customer revenue today to grow from
	NoExtraCost     Reason = "no_extra_cost"     // ROI, BCR, break-even: the plan costs nothing extra
	Saving          Reason = "saving"            // ROI, BCR, break-even: the plan costs less than today
	RatioTooLarge   Reason = "ratio_too_large"   // ROI, BCR: benefit and cost differ by more than MaxRatio
	NoGain          Reason = "no_gain"           // payback: the plan adds no gross profit
	BeyondHorizon   Reason = "beyond_horizon"    // payback: the timeline ends below zero
	NeverBreaksEven Reason = "never_breaks_even" // break-even: no confidence in 0-100% breaks even
	NoBenefit       Reason = "no_benefit"        // thresholds: the plan gains nothing within the horizon
	NeverPays       Reason = "never_pays"        // a threshold: no value within the input's range pays
	AlwaysPays      Reason = "always_pays"       // a threshold: every value within the input's range pays
	NoTeam          Reason = "no_team"           // a step: the team has nobody in it
	BelowLowest     Reason = "below_lowest"      // a step: below the least days the model allows, min(today, 2)
)

func defined(v float64) Value    { return Value{V: noNegZero(v), OK: true} }
func undefined(why Reason) Value { return Value{Why: why} }

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
	Low     float64 // the smaller of the revenues at half and 1.5 times the confidence
	High    float64 // the larger of the two
}

// Point is a vertex of the payback timeline: the cumulative net benefit Net, in
// currency units, at month T.
type Point struct {
	T, Net float64
}

// Warning is a caveat shown next to the results, never instead of them.
type Warning struct {
	Code string // stable identifier, e.g. "sal_cap"
	// Value is the number the warning is about and Limit the one it is measured
	// against, where there are such (see the codes); 0 otherwise.
	Value, Limit float64
	// Fields names the inputs the warning is about, for days_outside and own_effect.
	Fields []string
}

// Warning codes.
const (
	WarnSALCap       = "sal_cap"        // the projected SAL rate hit 100%
	WarnWinCap       = "win_cap"        // the projected win rate hit 100%
	WarnSALAbove50   = "sal_above_50"   // Value: projected SAL rate %, Limit: 50
	WarnCloseAbove35 = "close_above_35" // Value: projected % of MQLs that close, Limit: 35
	WarnBeyondStudy  = "beyond_study"   // Value: lift, Limit: the larger study effect (fractions)
	WarnOwnEffect    = "own_effect"     // Fields: the study effects changed from the study's
	WarnDaysOutside  = "days_outside"   // Fields: the training days outside 2-10
	WarnLagHorizon   = "lag_horizon"    // Value: lag, Limit: horizon (months)
)

// Result is everything the model says about one set of inputs.
type Result struct {
	FactorMkt   float64 // F_m: credited change in marketing's output (1 = none)
	FactorSales float64 // F_s: credited change in sales' output
	// The benchmark index of each team now and with the plan (Index): what the
	// factors are made of.
	IndexMktNow, IndexMktPlan     float64
	IndexSalesNow, IndexSalesPlan float64

	Now       Funnel // per year, today
	Projected Funnel // per year, with the planned training
	SALCapped bool   // the projected SAL rate was capped at 100%
	WinCapped bool   // the projected win rate was capped at 100%

	Lift     Value // revenue'/revenue - 1, a fraction
	LiftLow  Value // smallest lift at half, full and 1.5 times the confidence
	LiftHigh Value // largest of the three

	RevenueGain  float64 // Projected.Revenue - Now.Revenue: extra revenue per year
	AnnualGain   float64 // G: gross profit gained per year once the effect shows
	EffectMonths float64 // months of the horizon in which the effect shows
	Benefit      float64 // gross profit gained over the horizon

	AnnualCostMkt   float64 // marketing's extra training per year (negative: a saving)
	AnnualCostSales float64 // sales' extra training per year
	AnnualCost      float64 // both teams' per year
	Cost            float64 // AnnualCost over the horizon
	Net             float64 // Benefit - Cost

	ROI     Value // net/cost, percent
	ROILow  Value // smallest ROI at half, full and 1.5 times the confidence
	ROIHigh Value // largest of the three
	BCR     Value // benefit/cost
	Payback Value // month from which the cumulative net benefit stays at or above zero
	// PaybackLow and PaybackHigh are the shortest and longest payback at half,
	// full and 1.5 times the confidence, undefined when any of the three is.
	PaybackLow, PaybackHigh Value
	// PaybackYear is the training year (1-based) in which the timeline last
	// crosses zero, when Payback is positive.
	PaybackYear float64
	BreakEven   Value // smallest confidence, percent, at which net >= 0

	// Timeline is the cumulative net benefit at the end of month m, m = 0..12*years.
	Timeline []float64
	// Path is the exact cumulative net benefit line: its vertices in time order,
	// with two points at the same T where a year's training is paid.
	Path []Point
	// SalesCurve and MktCurve are the projected revenue for 0..CurveMaxDays
	// training days of one team, the other at its target.
	SalesCurve []CurvePoint
	MktCurve   []CurvePoint

	Warnings []Warning

	// Decision support (model version 3).
	Recommendation Recommendation
	Steps          Steps      // one training day more or less per team, at the typed plan
	Sensitivity    []Bar      // the inputs ranked by how far they move the net
	Thresholds     Thresholds // what one must believe for the typed plan to pay
}
