package calc

// Step is what one training day more or less per person, for one team, changes
// at the typed plan: benefit, cost and net over the horizon. Each is undefined
// (NoTeam, BelowLowest) where the model shows no such step.
type Step struct {
	Benefit, Cost, Net Value
}

// Steps are the steps of both teams, one day more and one day less.
type Steps struct {
	MktMore, MktLess, SalesMore, SalesLess Step
}

// steps works out one day more and less per team against the typed plan's
// outcome o. A day less is not shown below min(today, 2), where the
// recommendation never goes either.
func (in *Inputs) steps(c float64, o outcome) Steps {
	t := in.Typed()
	move := func(team, today, planned, by float64, plan Plan) Step {
		var why Reason
		switch {
		case team == 0:
			why = NoTeam
		case planned+by < min(today, StudyLowDays):
			why = BelowLowest
		}
		if why != "" {
			na := undefined(why)
			return Step{na, na, na}
		}
		m := in.evaluate(c, plan)
		return Step{defined(m.benefit - o.benefit), defined(m.cost - o.cost), defined(m.net - o.net)}
	}
	return Steps{
		MktMore:   move(in.MktTeam, in.MktDays, t.Mkt, 1, Plan{t.Mkt + 1, t.Sales}),
		MktLess:   move(in.MktTeam, in.MktDays, t.Mkt, -1, Plan{t.Mkt - 1, t.Sales}),
		SalesMore: move(in.SalesTeam, in.SalesDays, t.Sales, 1, Plan{t.Mkt, t.Sales + 1}),
		SalesLess: move(in.SalesTeam, in.SalesDays, t.Sales, -1, Plan{t.Mkt, t.Sales - 1}),
	}
}
