package present

import (
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// Warning is a caveat as the page lists it (#warnings li[data-code]).
type Warning struct {
	Code string
	Text string
}

func warnings(p i18n.Printer, f format.Format, ws []calc.Warning) []Warning {
	out := make([]Warning, 0, len(ws))
	for _, w := range ws {
		out = append(out, Warning{Code: w.Code, Text: warningText(p, f, w)})
	}
	return out
}

func warningText(p i18n.Printer, f format.Format, w calc.Warning) string {
	switch w.Code {
	case calc.WarnSALCap:
		return p.T("The projected SAL rate is capped at 100%: sales cannot accept more leads than marketing sends, so part of the study's effect is not credited.")
	case calc.WarnWinCap:
		return p.T("The projected win rate is capped at 100%: a lead cannot close more than once, so part of the study's effect is not credited.")
	case calc.WarnSALAbove50:
		return p.F("The projected SAL rate of {rate} is above {peak}, the peak of the study's group averages: treat the sales part of the lift with care.",
			"rate", f.TrimPercent(w.Value, 1), "peak", f.TrimPercent(w.Limit, 0))
	case calc.WarnCloseAbove35:
		return p.F("With the plan, {share} of MQLs would become customers, above {peak}, the peak of the study's group averages: treat the projection with care.",
			"share", f.TrimPercent(w.Value, 1), "peak", f.TrimPercent(w.Limit, 0))
	case calc.WarnBeyondStudy:
		return p.F("The projected lift of {lift} is more than the largest effect the study reported for one kind of training ({effect}). The model multiplies the sales and marketing effects, so they compound; the study measured them separately and never observed both together.",
			"lift", f.SignedPercent(w.Value*100, 1), "effect", f.SignedPercent(w.Limit*100, 0))
	case calc.WarnOwnEffect:
		return p.F("These numbers run on your {fields}, not the study's (+29% for sales, +26% for marketing): see the assumptions.",
			"fields", fieldLabels(p, w.Fields))
	case calc.WarnDaysOutside:
		return p.N("The {fields} lies outside 2–10 days a year: the study has no data there; no effect is credited beyond that range.",
			"The {fields} lie outside 2–10 days a year: the study has no data there; no effect is credited beyond that range.",
			float64(len(w.Fields)), "fields", fieldLabels(p, w.Fields))
	case calc.WarnLagHorizon:
		return p.F("The lag of {lag} months uses up the whole {horizon}-month horizon, so the benefit within it is zero.",
			"lag", f.Trim(w.Value, 1), "horizon", f.Trim(w.Limit, 0))
	}
	return w.Code
}

// warningTitles name the caveats in a few words, for a table cell beside others.
var warningTitles = map[string]string{
	calc.WarnSALCap:       i18n.Later("SAL rate capped at 100%"),
	calc.WarnWinCap:       i18n.Later("Win rate capped at 100%"),
	calc.WarnSALAbove50:   i18n.Later("SAL rate above the study's peak"),
	calc.WarnCloseAbove35: i18n.Later("More MQLs close than the study's peak"),
	calc.WarnBeyondStudy:  i18n.Later("Lift beyond the study's effects"),
	calc.WarnOwnEffect:    i18n.Later("Effects other than the study's"),
	calc.WarnDaysOutside:  i18n.Later("Training days outside 2–10"),
	calc.WarnLagHorizon:   i18n.Later("Lag uses up the horizon"),
}

func warningTitle(p i18n.Printer, code string) string {
	if t, ok := warningTitles[code]; ok {
		return p.T(t)
	}
	return code
}
