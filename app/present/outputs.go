package present

import (
	"github.com/trainingroi/calculator/app/format"
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

// outputs formats every result of calc.Outputs for the page.
func outputs(f format.Format, in calc.Inputs, r *calc.Result) map[string]Out {
	m := make(map[string]Out, len(calc.Outputs))
	for _, o := range calc.Outputs {
		v := o.Of(r)
		if !v.OK {
			m[o.Name] = Out{Name: o.Name, Value: "n/a", Text: "n/a", Why: reasonText(v.Why, in)}
			continue
		}
		out := Out{Name: o.Name, Value: format.Raw(v.V, -1)}
		out.Text, out.Exact = text(f, o, v.V)
		m[o.Name] = out
	}
	return m
}

// text formats one defined result by its unit (and, for a few, by its name).
func text(f format.Format, o calc.Output, v float64) (text, exact string) {
	switch o.Unit {
	case calc.UnitFraction:
		return f.SignedPercent(v*100, 1), ""
	case calc.UnitPercent:
		switch o.Name {
		case "roi", "roi_low", "roi_high":
			return f.Percent(v, 0), ""
		case "breakeven":
			return f.Percent(v, 1), ""
		}
		return f.TrimPercent(v, 2), ""
	case calc.UnitFactor:
		return f.Trim(v, 4), ""
	case calc.UnitCountYear:
		return f.Trim(v, 1), ""
	case calc.UnitMoneyYear, calc.UnitMoneyHorizon:
		s, exact := f.MoneyFit(v)
		if o.Name == "revenue_gain" && v > 0 {
			s = "+" + s
		}
		return s, exact
	case calc.UnitMonths:
		if o.Name == "payback" {
			return f.Trim(v, 1) + " months", ""
		}
		return f.Trim(v, 2), ""
	case calc.UnitRatio:
		return f.Number(v, 2) + " : 1", ""
	}
	return format.Raw(v, 12), ""
}
