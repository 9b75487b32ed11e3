package calc

import (
	"slices"
	"strings"
)

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
	UnitRatio        Unit = "ratio"                    // benefit per unit of cost
	UnitDays         Unit = "days per person per year" // training days of a plan
	UnitCountMonth   Unit = "per month"                // MQLs a month
	UnitMoney        Unit = "money"                    // currency units: revenue per new customer
	UnitMoneyDay     Unit = "money per person per day" // the cost of a training day
)

// Output is one result the page shows, the CSV holds and the embed reports: its
// public name (the page hook out-NAME and the CSV's identifier), what it is
// called (with an {input} placeholder for the input a sensitivity end is about),
// its unit and how to read it from a Result.
type Output struct {
	Name  string
	Label string
	Unit  Unit
	Of    func(*Result) Value
}

// Input is the name of the input a sensitivity end (net_low_<input>,
// net_high_<input>) is about, "" for the other results.
func (o Output) Input() string {
	if name, ok := strings.CutPrefix(o.Name, "net_low_"); ok {
		return name
	}
	name, _ := strings.CutPrefix(o.Name, "net_high_")
	return name
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
	{"payback_low", "Payback, shortest", UnitMonths, func(r *Result) Value { return r.PaybackLow }},
	{"payback_high", "Payback, longest", UnitMonths, func(r *Result) Value { return r.PaybackHigh }},
	{"breakeven", "Break-even confidence", UnitPercent, func(r *Result) Value { return r.BreakEven }},

	{"best_mkt_target", "Recommended marketing training", UnitDays, always(func(r *Result) float64 { return r.Recommendation.Plan.Mkt })},
	{"best_sales_target", "Recommended sales training", UnitDays, always(func(r *Result) float64 { return r.Recommendation.Plan.Sales })},
	{"best_net", "Net benefit of the recommended plan", UnitMoneyHorizon, always(func(r *Result) float64 { return r.Recommendation.Net })},
	{"best_cost", "Cost of the recommended plan", UnitMoneyHorizon, always(func(r *Result) float64 { return r.Recommendation.Cost })},
	{"best_roi", "Return on investment of the recommended plan", UnitPercent, func(r *Result) Value { return r.Recommendation.ROI }},
	{"best_half_mkt_target", "Recommended marketing training at half the confidence", UnitDays, always(func(r *Result) float64 { return r.Recommendation.Half.Mkt })},
	{"best_half_sales_target", "Recommended sales training at half the confidence", UnitDays, always(func(r *Result) float64 { return r.Recommendation.Half.Sales })},
	{"best_more_mkt_target", "Recommended marketing training at 1.5 times the confidence", UnitDays, always(func(r *Result) float64 { return r.Recommendation.More.Mkt })},
	{"best_more_sales_target", "Recommended sales training at 1.5 times the confidence", UnitDays, always(func(r *Result) float64 { return r.Recommendation.More.Sales })},

	{"step_mkt_more_benefit", "Marketing, one day more: change in benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.MktMore.Benefit }},
	{"step_mkt_more_cost", "Marketing, one day more: change in cost", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.MktMore.Cost }},
	{"step_mkt_more_net", "Marketing, one day more: change in net benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.MktMore.Net }},
	{"step_mkt_less_benefit", "Marketing, one day less: change in benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.MktLess.Benefit }},
	{"step_mkt_less_cost", "Marketing, one day less: change in cost", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.MktLess.Cost }},
	{"step_mkt_less_net", "Marketing, one day less: change in net benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.MktLess.Net }},
	{"step_sales_more_benefit", "Sales, one day more: change in benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.SalesMore.Benefit }},
	{"step_sales_more_cost", "Sales, one day more: change in cost", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.SalesMore.Cost }},
	{"step_sales_more_net", "Sales, one day more: change in net benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.SalesMore.Net }},
	{"step_sales_less_benefit", "Sales, one day less: change in benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.SalesLess.Benefit }},
	{"step_sales_less_cost", "Sales, one day less: change in cost", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.SalesLess.Cost }},
	{"step_sales_less_net", "Sales, one day less: change in net benefit", UnitMoneyHorizon, func(r *Result) Value { return r.Steps.SalesLess.Net }},

	{"threshold_mqls", "Least MQLs a month for the plan to pay", UnitCountMonth, func(r *Result) Value { return r.Thresholds.MQLs }},
	{"threshold_deal", "Least revenue per new customer for the plan to pay", UnitMoney, func(r *Result) Value { return r.Thresholds.Deal }},
	{"threshold_margin", "Least gross margin for the plan to pay", UnitPercent, func(r *Result) Value { return r.Thresholds.Margin }},
	{"threshold_day_total", "Most a training day may cost per person for the plan to pay", UnitMoneyDay, func(r *Result) Value { return r.Thresholds.DayTotal }},
	{"threshold_lag", "Longest lag for the plan to pay", UnitMonths, func(r *Result) Value { return r.Thresholds.Lag }},
}

// The sensitivity ranking's ends, per input: net_low_<input> and
// net_high_<input>, in the order of SensitivityInputs. They are in the CSV and the
// events; the page shows them as the bars of its sensitivity chart.
func init() {
	for _, name := range SensitivityInputs {
		Outputs = append(Outputs,
			Output{"net_low_" + name, "Net benefit with {input} at half its value", UnitMoneyHorizon, func(r *Result) Value { return barEnd(r, name, false) }},
			Output{"net_high_" + name, "Net benefit with {input} at 1.5 times its value", UnitMoneyHorizon, func(r *Result) Value { return barEnd(r, name, true) }},
		)
	}
}

// barEnd is one end of the sensitivity bar of an input.
func barEnd(r *Result, name string, high bool) Value {
	for _, b := range r.Sensitivity {
		if slices.Contains(b.Inputs, name) {
			if high {
				return defined(b.NetHigh)
			}
			return defined(b.NetLow)
		}
	}
	return Value{}
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
