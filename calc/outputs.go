package calc

// Unit is what an output's number measures.
type Unit string

// The units of the outputs.
const (
	UnitFraction     Unit = "fraction"               // 0.29385 is +29.385%
	UnitPercent      Unit = "%"                      // 414.24 is 414.24%
	UnitFactor       Unit = "factor"                 // 1.13 is 13% more
	UnitCountYear    Unit = "per year"               // leads or customers per year
	UnitMoneyYear    Unit = "money per year"         // currency units per year
	UnitMoneyHorizon Unit = "money over the horizon" // currency units over the horizon
	UnitMonths       Unit = "months"
	UnitRatio        Unit = "ratio" // benefit per unit of cost
)

// Output is one result the page shows, the CSV holds and the embed reports: its
// public name (the page hook out-NAME and the CSV column), what it is called, its
// unit and how to read it from a Result.
type Output struct {
	Name  string
	Label string
	Unit  Unit
	Of    func(*Result) Value
}

func always(f func(*Result) float64) func(*Result) Value {
	return func(r *Result) Value { return Value{V: f(r), OK: true} }
}

// Outputs lists every result, in the order of the CSV file.
var Outputs = []Output{
	{"factor_mkt", "Marketing team factor", UnitFactor, always(func(r *Result) float64 { return r.FactorMkt })},
	{"factor_sales", "Sales team factor", UnitFactor, always(func(r *Result) float64 { return r.FactorSales })},
	{"sals_now", "Accepted leads (SALs) now", UnitCountYear, always(func(r *Result) float64 { return r.Now.SALs })},
	{"sals_new", "Accepted leads (SALs) projected", UnitCountYear, always(func(r *Result) float64 { return r.Projected.SALs })},
	{"sal_rate_new", "SAL rate projected", UnitPercent, always(func(r *Result) float64 { return r.Projected.SALRate * 100 })},
	{"win_rate_new", "Win rate projected", UnitPercent, always(func(r *Result) float64 { return r.Projected.WinRate * 100 })},
	{"customers_now", "New customers now", UnitCountYear, always(func(r *Result) float64 { return r.Now.Customers })},
	{"customers_new", "New customers projected", UnitCountYear, always(func(r *Result) float64 { return r.Projected.Customers })},
	{"revenue_now", "New-customer revenue now", UnitMoneyYear, always(func(r *Result) float64 { return r.Now.Revenue })},
	{"revenue_new", "New-customer revenue projected", UnitMoneyYear, always(func(r *Result) float64 { return r.Projected.Revenue })},
	{"revenue_gain", "Extra new-customer revenue", UnitMoneyYear, always(func(r *Result) float64 { return r.RevenueGain })},
	{"lift", "Lift in new-customer business", UnitFraction, func(r *Result) Value { return r.Lift }},
	{"lift_low", "Lift, low", UnitFraction, func(r *Result) Value { return r.LiftLow }},
	{"lift_high", "Lift, high", UnitFraction, func(r *Result) Value { return r.LiftHigh }},
	{"annual_gain", "Gross profit gained per year", UnitMoneyYear, always(func(r *Result) float64 { return r.AnnualGain })},
	{"effect_months", "Months of benefit within the horizon", UnitMonths, always(func(r *Result) float64 { return r.EffectMonths })},
	{"benefit", "Benefit (gross profit) over the horizon", UnitMoneyHorizon, always(func(r *Result) float64 { return r.Benefit })},
	{"annual_cost_mkt", "Marketing training cost per year", UnitMoneyYear, always(func(r *Result) float64 { return r.AnnualCostMkt })},
	{"annual_cost_sales", "Sales training cost per year", UnitMoneyYear, always(func(r *Result) float64 { return r.AnnualCostSales })},
	{"cost", "Cost over the horizon", UnitMoneyHorizon, always(func(r *Result) float64 { return r.Cost })},
	{"net", "Net benefit over the horizon", UnitMoneyHorizon, always(func(r *Result) float64 { return r.Net })},
	{"roi", "Return on investment", UnitPercent, func(r *Result) Value { return r.ROI }},
	{"roi_low", "ROI, low", UnitPercent, func(r *Result) Value { return r.ROILow }},
	{"roi_high", "ROI, high", UnitPercent, func(r *Result) Value { return r.ROIHigh }},
	{"bcr", "Benefit-cost ratio", UnitRatio, func(r *Result) Value { return r.BCR }},
	{"payback", "Payback", UnitMonths, func(r *Result) Value { return r.Payback }},
	{"breakeven", "Break-even confidence", UnitPercent, func(r *Result) Value { return r.BreakEven }},
}

// OutputByName returns the output called name and whether it exists.
func OutputByName(name string) (Output, bool) {
	for _, o := range Outputs {
		if o.Name == name {
			return o, true
		}
	}
	return Output{}, false
}
