package calc

// noNegZero turns -0 into 0: a product such as 5 × (1 − 2) × 0 is -0 in floating
// point, and would print as "-0" in a data-value, a CSV cell or a label.
func noNegZero(v float64) float64 {
	if v == 0 {
		return 0
	}
	return v
}

// noNegativeZero clears the sign of every zero in r.
func (r *Result) noNegativeZero() {
	for _, p := range []*float64{
		&r.FactorMkt, &r.FactorSales, &r.IndexMktNow, &r.IndexMktPlan, &r.IndexSalesNow, &r.IndexSalesPlan,
		&r.Now.MQLs, &r.Now.SALRate, &r.Now.SALs, &r.Now.WinRate, &r.Now.Customers, &r.Now.Revenue,
		&r.Projected.MQLs, &r.Projected.SALRate, &r.Projected.SALs, &r.Projected.WinRate, &r.Projected.Customers, &r.Projected.Revenue,
		&r.RevenueGain, &r.AnnualGain, &r.EffectMonths, &r.Benefit,
		&r.AnnualCostMkt, &r.AnnualCostSales, &r.AnnualCost, &r.Cost, &r.Net, &r.PaybackYear,
	} {
		*p = noNegZero(*p)
	}
	for i := range r.Timeline {
		r.Timeline[i] = noNegZero(r.Timeline[i])
	}
	for i := range r.Path {
		r.Path[i].Net = noNegZero(r.Path[i].Net)
	}
	for _, cv := range [][]CurvePoint{r.SalesCurve, r.MktCurve} {
		for i := range cv {
			cv[i].Revenue, cv[i].Low, cv[i].High = noNegZero(cv[i].Revenue), noNegZero(cv[i].Low), noNegZero(cv[i].High)
		}
	}
	for i := range r.Warnings {
		r.Warnings[i].Value = noNegZero(r.Warnings[i].Value)
	}
}
