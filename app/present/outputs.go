package present

import (
	"strings"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// Out is one result as the page shows it: the element out-NAME with the raw number
// in data-value and the formatted number as its text, or "n/a" in both and the
// reason beside it.
type Out struct {
	Name  string // the page hook, e.g. "roi"
	Value string // data-value: the raw number, or "n/a"
	Text  string // what the visitor reads
	Why   string // the reason in words when the result is n/a
	Exact string // the exact amount when Text is compact, for a tooltip
}

// NA reports whether the result is undefined.
func (o Out) NA() bool { return o.Value == "n/a" }

// outputs formats every result of calc.Outputs the page shows: all but the
// sensitivity ranking's ends per input, which its chart shows per bar.
func outputs(p i18n.Printer, f format.Format, in calc.Inputs, r *calc.Result) map[string]Out {
	m := make(map[string]Out, len(calc.Outputs))
	for _, o := range calc.Outputs {
		if strings.HasPrefix(o.Name, "net_low_") || strings.HasPrefix(o.Name, "net_high_") {
			continue
		}
		loss := r.Benefit < 0
		if o.Name == "best_roi" {
			loss = r.Recommendation.Net+r.Recommendation.Cost < 0
		}
		m[o.Name] = formatOut(p, f, in, loss, o, o.Of(r))
	}
	return m
}

// formatOut formats one result; loss says the benefit its ratio is of is a loss.
func formatOut(p i18n.Printer, f format.Format, in calc.Inputs, loss bool, o calc.Output, v calc.Value) Out {
	if !v.OK {
		return Out{Name: o.Name, Value: "n/a", Text: p.T("n/a"), Why: whyNA(p, o.Name, v.Why, in, f, loss)}
	}
	out := Out{Name: o.Name, Value: format.Raw(v.V, -1)}
	out.Text, out.Exact = text(p, f, o, v.V)
	return out
}

// text formats one defined result by its unit (and, for a few, by its name).
func text(p i18n.Printer, f format.Format, o calc.Output, v float64) (text, exact string) {
	switch o.Unit {
	case calc.UnitFraction:
		return f.SignedPercent(v*100, 1), ""
	case calc.UnitPercent:
		switch o.Name {
		case "roi", "roi_low", "roi_high", "best_roi":
			return f.Percent(v, 0), ""
		case "breakeven":
			return f.Percent(v, 1), ""
		}
		return f.TrimPercent(v, 2), ""
	case calc.UnitFactor:
		return f.Trim(v, 4), ""
	case calc.UnitCountYear:
		return f.Trim(v, 1), ""
	case calc.UnitCountMonth:
		return f.Trim(v, 1), ""
	case calc.UnitDays:
		return days(f, v), ""
	case calc.UnitMoney, calc.UnitMoneyDay:
		return f.MoneyFit(v)
	case calc.UnitMoneyYear, calc.UnitMoneyHorizon:
		s, exact := f.MoneyFit(v)
		if (o.Name == "revenue_gain" || o.Name == "best_net" || strings.HasPrefix(o.Name, "step_")) && strings.HasPrefix(signedMoney(f, v), "+") {
			s = "+" + s
		}
		return s, exact
	case calc.UnitMonths:
		switch o.Name {
		case "payback", "payback_low", "payback_high":
			return months(p, f, v, 1), ""
		case "threshold_lag":
			return months(p, f, v, 2), ""
		}
		return f.Trim(v, 2), ""
	case calc.UnitRatio:
		return p.F("{ratio} : 1", "ratio", f.Number(v, 2)), ""
	}
	return format.Raw(v, 12), ""
}

// months writes a number of months with at most the given decimals: "4.8 months",
// "1 month".
func months(p i18n.Printer, f format.Format, v float64, decimals int) string {
	n := f.Trim(v, decimals)
	shown := mustParse(format.Raw(v, -1))
	if n == f.Trim(1, 0) {
		shown = 1
	}
	return p.N("{n} month", "{n} months", shown, "n", n)
}
