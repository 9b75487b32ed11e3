package present

import (
	"strings"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// charts gives each chart the data it draws, taken from the projection.
func charts(p i18n.Printer, in calc.Inputs, r calc.Result, paybackNote string) (chart.Lift, chart.Funnel, chart.Payback) {
	team := func(pts []calc.CurvePoint, now, plan float64) chart.Team {
		t := chart.Team{Now: now, Plan: plan, Points: make([]chart.CurvePoint, len(pts))}
		for i, p := range pts {
			t.Points[i] = chart.CurvePoint{Days: p.Days, Revenue: p.Revenue, Low: p.Low, High: p.High}
		}
		return t
	}
	lift := chart.Lift{
		Sales:     team(r.SalesCurve, in.SalesDays, in.SalesTarget),
		Marketing: team(r.MktCurve, in.MktDays, in.MktTarget),
	}
	funnel := chart.Funnel{
		SALsNow: r.Now.SALs, SALsNew: r.Projected.SALs,
		CustomersNow: r.Now.Customers, CustomersNew: r.Projected.Customers,
		RevenueNow: r.Now.Revenue, RevenueNew: r.Projected.Revenue,
	}
	payback := chart.Payback{
		Path:     make([]chart.Point, len(r.Path)),
		PaysBack: r.Payback.OK,
		Month:    r.Payback.V,
	}
	for i, p := range r.Path {
		payback.Path[i] = chart.Point{X: p.T, Y: p.Net}
	}
	if !r.Payback.OK {
		payback.Note = p.F("No payback month: {why}", "why", paybackNote)
	}
	return lift, funnel, payback
}

// sensitivityChart is the sensitivity ranking as its chart draws it.
func sensitivityChart(p i18n.Printer, r calc.Result) chart.Sensitivity {
	c := chart.Sensitivity{Base: r.Net, Bars: make([]chart.SensitivityBar, len(r.Sensitivity))}
	for i, b := range r.Sensitivity {
		c.Bars[i] = chart.SensitivityBar{
			Label:       upperFirst(inputNames(p, b.Inputs)),
			Inputs:      strings.Join(b.Inputs, ","),
			Low:         b.NetLow,
			High:        b.NetHigh,
			CrossesZero: b.CrossesZero,
		}
	}
	return c
}
