package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/calc"
)

// shown is one result of the page-hook contract as the page shows it: the
// element out-NAME with the raw number in data-value and the formatted number as
// its text, or "n/a" in both and the reason beside it.
type shown struct {
	value string // data-value
	text  string
	why   string // set when the result is n/a
}

func (s shown) na() bool { return s.why != "" }

// outputs formats every out-NAME result for the current projection. The render
// and the quick paint (quick.go) both read what it returns, so the numbers they
// write cannot disagree.
func (c *Calculator) outputs() map[string]shown {
	r := &c.result
	f := c.fmt
	pct1 := func(v float64) string { return f.SignedPercent(v*100, 1) }
	pct0 := func(v float64) string { return f.Percent(v, 0) }
	count := func(v float64) string { return f.Trim(v, 1) }
	rate := func(v float64) string { return f.TrimPercent(v, 2) }
	money := func(v float64) string { return f.Money(v) }

	m := make(map[string]shown, 24)
	num := func(name string, v float64, text func(float64) string) {
		m[name] = shown{value: raw(v), text: text(v)}
	}
	val := func(name string, v calc.Value, text func(float64) string) {
		if !v.OK {
			m[name] = shown{value: "n/a", text: "n/a", why: v.Why}
			return
		}
		num(name, v.V, text)
	}

	val("lift", r.Lift, pct1)
	val("lift_low", r.LiftLow, pct1)
	val("lift_high", r.LiftHigh, pct1)
	num("revenue_gain", r.RevenueGain, func(v float64) string { return signedMoney(f.Money(v), v) })
	val("roi", r.ROI, pct0)
	val("roi_low", r.ROILow, pct0)
	val("roi_high", r.ROIHigh, pct0)
	val("payback", r.Payback, func(v float64) string { return f.Trim(v, 1) + " months" })
	val("breakeven", r.BreakEven, func(v float64) string { return f.Percent(v, 1) })

	num("sal_rate_new", r.Projected.SALRate*100, rate)
	num("sals_now", r.Now.SALs, count)
	num("sals_new", r.Projected.SALs, count)
	num("win_rate_new", r.Projected.WinRate*100, rate)
	num("customers_now", r.Now.Customers, count)
	num("customers_new", r.Projected.Customers, count)
	num("revenue_now", r.Now.Revenue, money)
	num("revenue_new", r.Projected.Revenue, money)

	num("benefit", r.Benefit, money)
	num("cost", r.Cost, money)
	num("net", r.Net, money)
	val("bcr", r.BCR, func(v float64) string { return f.Number(v, 2) + " : 1" })
	return m
}

// out is the element for the result name: the number, or n/a and why.
func (c *Calculator) out(name string) app.UI {
	s := c.shown[name]
	el := app.Span().ID("out-"+name).Class("num").DataSet("value", s.value).Text(s.text)
	if !s.na() {
		return el
	}
	return app.Span().Class("na").Body(el, app.Span().Class("why").Text(" ("+s.why+")"))
}

func raw(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
