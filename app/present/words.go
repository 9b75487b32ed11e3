package present

import (
	"strconv"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// whyNA says in words why the result called name is undefined; loss says the
// benefit a ratio would be of is a loss.
func whyNA(p i18n.Printer, name string, why calc.Reason, in calc.Inputs, f format.Format, loss bool) string {
	switch why {
	case calc.NoRevenue:
		return p.T("there is no new-customer revenue today to grow from")
	case calc.NoExtraCost:
		return p.T("the plan costs nothing extra, so there is no spend to return")
	case calc.Saving:
		return p.T("the plan costs less than today's training, so there is no spend to return")
	case calc.RatioTooLarge:
		if loss {
			return p.T("the cost is too small next to the loss for a ratio to mean anything")
		}
		return p.T("the cost is too small next to the benefit for a ratio to mean anything")
	case calc.NoGain:
		return p.T("the plan adds no gross profit, so it never pays back")
	case calc.BeyondHorizon:
		return p.F("does not pay back within the {months}-month horizon", "months", strconv.Itoa(int(12*in.Years)))
	case calc.NeverBreaksEven:
		return p.T("even the study's full effect does not pay for the training within the horizon")
	case calc.NoBenefit:
		return p.T("the plan gains nothing within the horizon")
	case calc.NoTeam:
		return p.T("the team has nobody in it")
	case calc.BelowLowest:
		return p.T("below the fewest days the model recommends")
	case calc.NeverPays, calc.AlwaysPays:
		return thresholdWhy(p, name, why, f)
	}
	return string(why)
}

// thresholdWhy says why a threshold lies outside its input's range.
func thresholdWhy(p i18n.Printer, name string, why calc.Reason, f format.Format) string {
	limit := func(field string) float64 { fd, _ := calc.FieldByName(field); return fd.Max }
	switch name {
	case "threshold_mqls":
		return p.F("not even {max} MQLs a month would pay for it", "max", f.Trim(limit("mqls"), 0))
	case "threshold_deal":
		return p.F("not even {max} per new customer would pay for it", "max", f.Money(limit("deal")))
	case "threshold_margin":
		return p.T("not even a 100% margin would pay for it")
	case "threshold_day_total":
		return p.F("it pays at any cost of a day up to {max}", "max", f.Money(calc.MaxDayTotal))
	case "threshold_lag":
		if why == calc.AlwaysPays {
			return p.F("it pays at any lag up to {max} months", "max", f.Trim(limit("lag"), 0))
		}
		return p.T("no lag is short enough")
	}
	return string(why)
}

// fieldWords name the fields a warning is about, as a sentence names them.
var fieldWords = map[string]string{
	"mkt_days": i18n.Later("current marketing training"), "mkt_target": i18n.Later("planned marketing training"),
	"sales_days": i18n.Later("current sales training"), "sales_target": i18n.Later("planned sales training"),
	"sales_lift": i18n.Later("sales effect"), "mkt_lift": i18n.Later("marketing effect"),
}

// fieldLabels names the fields of a warning in prose: "current marketing training
// and planned sales training".
func fieldLabels(p i18n.Printer, names []string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = p.T(fieldWords[n])
	}
	return p.List(parts)
}
