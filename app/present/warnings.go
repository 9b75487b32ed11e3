package present

import (
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/calc"
)

// Warning is a caveat as the page lists it (#warnings li[data-code]).
type Warning struct {
	Code string
	Text string
}

func warnings(f format.Format, ws []calc.Warning) []Warning {
	out := make([]Warning, 0, len(ws))
	for _, w := range ws {
		out = append(out, Warning{Code: w.Code, Text: warningText(f, w)})
	}
	return out
}

func warningText(f format.Format, w calc.Warning) string {
	switch w.Code {
	case calc.WarnSALCap:
		return "The projected SAL rate is capped at 100%: sales cannot accept more leads than marketing sends, so part of the study's effect is not credited."
	case calc.WarnWinCap:
		return "The projected win rate is capped at 100%: a lead cannot close more than once, so part of the study's effect is not credited."
	case calc.WarnSALAbove50:
		return "The projected SAL rate of " + f.TrimPercent(w.Value, 1) + " is above " + f.TrimPercent(w.Limit, 0) +
			", the peak of the study's group averages: treat the sales part of the lift with care."
	case calc.WarnCloseAbove35:
		return "With the plan, " + f.TrimPercent(w.Value, 1) + " of MQLs would become customers, above " +
			f.TrimPercent(w.Limit, 0) + ", the peak of the study's group averages: treat the projection with care."
	case calc.WarnBeyondStudy:
		return "The projected lift of " + f.SignedPercent(w.Value*100, 1) + " is more than the largest effect the study reported for one kind of training (" +
			f.SignedPercent(w.Limit*100, 0) + "). The model multiplies the sales and marketing effects, so they compound; the study measured them separately and never observed both together."
	case calc.WarnOwnEffect:
		return "These numbers run on your " + fieldLabels(w.Fields) + ", not the study's (+29% for sales, +26% for marketing): see the assumptions."
	case calc.WarnDaysOutside:
		verb := " lies"
		if len(w.Fields) > 1 {
			verb = " lie"
		}
		s := fieldLabels(w.Fields)
		return upper(s) + verb + " outside 2–10 days a year: the study has no data there; no effect is credited beyond that range."
	case calc.WarnLagHorizon:
		return "The lag of " + f.Trim(w.Value, 1) + " months uses up the whole " + f.Trim(w.Limit, 0) + "-month horizon, so the benefit within it is zero."
	}
	return w.Code
}

// warningTitle names a caveat in a few words, for a table cell beside others.
func warningTitle(code string) string {
	switch code {
	case calc.WarnSALCap:
		return "SAL rate capped at 100%"
	case calc.WarnWinCap:
		return "Win rate capped at 100%"
	case calc.WarnSALAbove50:
		return "SAL rate above the study's peak"
	case calc.WarnCloseAbove35:
		return "More MQLs close than the study's peak"
	case calc.WarnBeyondStudy:
		return "Lift beyond the study's effects"
	case calc.WarnOwnEffect:
		return "Effects other than the study's"
	case calc.WarnDaysOutside:
		return "Training days outside 2–10"
	case calc.WarnLagHorizon:
		return "Lag uses up the horizon"
	}
	return code
}

// upper capitalises the first letter of an ASCII sentence.
func upper(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
