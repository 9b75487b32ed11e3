package calc

import "math"

// Inputs are the numbers a user gives the model. Percentages are 0-100, as typed.
type Inputs struct {
	MktTeam     float64 // people in marketing
	MktDays     float64 // current training days per marketer per year
	MktTarget   float64 // planned training days per marketer per year
	SalesTeam   float64 // people in sales
	SalesDays   float64 // current training days per salesperson per year
	SalesTarget float64 // planned training days per salesperson per year
	MQLs        float64 // marketing qualified leads per month
	SALRate     float64 // % of MQLs that sales accepts
	WinRate     float64 // % of accepted leads that become new customers
	Deal        float64 // average first-year revenue per new customer, currency units
	Margin      float64 // gross margin on that revenue, %
	DayCost     float64 // direct cost per person per training day, currency units
	DayRate     float64 // loaded cost of one person-day away from work, currency units
	Lag         float64 // months before trained behaviour shows in closed business
	Years       float64 // horizon in years; training repeats every year
	Confidence  float64 // % of the study's effect credited to this training
	SalesLift   float64 // study effect of sales training, 10 vs 2 days, %
	MktLift     float64 // study effect of marketing training, 10 vs 2 days, %
	// Budget is the most the plan may add to the annual training cost, currency
	// units; NoBudget when there is no limit. Only the recommendation reads it.
	Budget float64
}

// NoBudget is the Budget of a plan with no limit: the budget field left empty.
var NoBudget = math.Inf(1)

// HasBudget reports whether a budget limits the recommendation.
func (in *Inputs) HasBudget() bool { return !math.IsInf(in.Budget, 1) }

// Defaults returns the worked example of the model: the scenario the page opens with.
func Defaults() Inputs {
	var in Inputs
	for _, f := range Fields {
		*f.Of(&in) = f.Default
	}
	return in
}

// Group names the part of the form a field belongs to.
type Group int

// The groups, in the order the page shows them.
const (
	GroupTeams Group = iota
	GroupLeads
	GroupCosts
	GroupAssumptions
)

// Field describes one input: its public name (also its URL parameter), how it is
// called on screen, its unit, default and valid range.
type Field struct {
	Name    string  // URL parameter and page-hook name, e.g. "sal_rate"
	Label   string  // what the page calls it, e.g. "SAL rate"
	Help    string  // one line saying what it means
	Unit    string  // "people", "days", "%", "money", "months", "years", "per month"
	Group   Group   // where the page puts it
	Default float64 // the worked example's value
	Min     float64 // smallest valid value
	Max     float64 // largest valid value
	Whole   bool    // only whole numbers are valid
	// Optional fields may be left empty: the value is then +Inf (no limit), which
	// is valid; Default is that value.
	Optional bool
	Step     float64 // a sensible step for sliders and arrow keys
	// Of points at the field's value inside an Inputs, so that code can walk the
	// fields without a switch on names.
	Of func(*Inputs) *float64
}

// Fields lists every input of the model, in page order.
var Fields = []Field{
	{Name: "mkt_team", Label: "Marketing team", Help: "People in marketing.", Unit: "people", Group: GroupTeams, Default: 5, Max: 100000, Whole: true, Step: 1, Of: func(in *Inputs) *float64 { return &in.MktTeam }},
	{Name: "mkt_days", Label: "Marketing training now", Help: "Training days per marketer per year today.", Unit: "days", Group: GroupTeams, Default: 2, Max: 60, Step: 0.5, Of: func(in *Inputs) *float64 { return &in.MktDays }},
	{Name: "mkt_target", Label: "Marketing training planned", Help: "Training days per marketer per year you plan.", Unit: "days", Group: GroupTeams, Default: 10, Max: 60, Step: 0.5, Of: func(in *Inputs) *float64 { return &in.MktTarget }},
	{Name: "sales_team", Label: "Sales team", Help: "People in sales.", Unit: "people", Group: GroupTeams, Default: 10, Max: 100000, Whole: true, Step: 1, Of: func(in *Inputs) *float64 { return &in.SalesTeam }},
	{Name: "sales_days", Label: "Sales training now", Help: "Training days per salesperson per year today.", Unit: "days", Group: GroupTeams, Default: 2, Max: 60, Step: 0.5, Of: func(in *Inputs) *float64 { return &in.SalesDays }},
	{Name: "sales_target", Label: "Sales training planned", Help: "Training days per salesperson per year you plan.", Unit: "days", Group: GroupTeams, Default: 10, Max: 60, Step: 0.5, Of: func(in *Inputs) *float64 { return &in.SalesTarget }},
	{Name: "mqls", Label: "MQLs per month", Help: "Marketing qualified leads per month.", Unit: "per month", Group: GroupLeads, Default: 200, Max: 10000000, Step: 10, Of: func(in *Inputs) *float64 { return &in.MQLs }},
	{Name: "sal_rate", Label: "SAL rate", Help: "Share of MQLs that sales accepts.", Unit: "%", Group: GroupLeads, Default: 30, Max: 100, Step: 1, Of: func(in *Inputs) *float64 { return &in.SALRate }},
	{Name: "win_rate", Label: "Win rate", Help: "Share of accepted leads that become new customers.", Unit: "%", Group: GroupLeads, Default: 20, Max: 100, Step: 1, Of: func(in *Inputs) *float64 { return &in.WinRate }},
	{Name: "deal", Label: "Revenue per new customer", Help: "Average first-year revenue per new customer.", Unit: "money", Group: GroupLeads, Default: 25000, Max: 1000000000, Step: 1000, Of: func(in *Inputs) *float64 { return &in.Deal }},
	{Name: "margin", Label: "Gross margin", Help: "Gross margin on that revenue.", Unit: "%", Group: GroupLeads, Default: 70, Max: 100, Step: 1, Of: func(in *Inputs) *float64 { return &in.Margin }},
	{Name: "day_cost", Label: "Direct cost per training day", Help: "Fees, materials and travel per person per day.", Unit: "money", Group: GroupCosts, Default: 500, Max: 1000000, Step: 50, Of: func(in *Inputs) *float64 { return &in.DayCost }},
	{Name: "day_rate", Label: "Cost of a day away from work", Help: "Loaded cost of one person-day not spent working.", Unit: "money", Group: GroupCosts, Default: 400, Max: 1000000, Step: 50, Of: func(in *Inputs) *float64 { return &in.DayRate }},
	{Name: "lag", Label: "Lag before results", Help: "Months before trained behaviour shows in closed business.", Unit: "months", Group: GroupAssumptions, Default: 3, Max: 36, Step: 1, Of: func(in *Inputs) *float64 { return &in.Lag }},
	{Name: "years", Label: "Horizon", Help: "Years to count; the training repeats every year.", Unit: "years", Group: GroupAssumptions, Default: 1, Min: 1, Max: 5, Whole: true, Step: 1, Of: func(in *Inputs) *float64 { return &in.Years }},
	{Name: "confidence", Label: "Confidence", Help: "Share of the study's effect you credit to this training.", Unit: "%", Group: GroupAssumptions, Default: 50, Max: 100, Step: 5, Of: func(in *Inputs) *float64 { return &in.Confidence }},
	{Name: "sales_lift", Label: "Study effect, sales", Help: "More new-customer business with 10 vs 2 days of sales training.", Unit: "%", Group: GroupAssumptions, Default: 29, Max: 100, Step: 1, Of: func(in *Inputs) *float64 { return &in.SalesLift }},
	{Name: "mkt_lift", Label: "Study effect, marketing", Help: "More new-customer business with 10 vs 2 days of marketing training.", Unit: "%", Group: GroupAssumptions, Default: 26, Max: 100, Step: 1, Of: func(in *Inputs) *float64 { return &in.MktLift }},
	{Name: "budget", Label: "Budget for more training", Help: "The most the recommended plan may add to the annual training cost; empty for no limit.", Unit: "money", Group: GroupCosts, Default: NoBudget, Max: 1e12, Optional: true, Step: 1000, Of: func(in *Inputs) *float64 { return &in.Budget }},
}

// FieldByName returns the field called name (its URL parameter) and whether it exists.
func FieldByName(name string) (Field, bool) {
	for _, f := range Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}
