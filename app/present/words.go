package present

import (
	"strconv"

	"github.com/trainingroi/calculator/app/format"
	"strings"

	"github.com/trainingroi/calculator/calc"
)

// whyNA says in words why the result called name is undefined; loss says the
// benefit a ratio would be of is a loss.
func whyNA(name string, why calc.Reason, in calc.Inputs, f format.Format, loss bool) string {
	switch why {
	case calc.NoRevenue:
		return "there is no new-customer revenue today to grow from"
	case calc.NoExtraCost:
		return "the plan costs nothing extra, so there is no spend to return"
	case calc.Saving:
		return "the plan costs less than today's training, so there is no spend to return"
	case calc.RatioTooLarge:
		if loss {
			return "the cost is too small next to the loss for a ratio to mean anything"
		}
		return "the cost is too small next to the benefit for a ratio to mean anything"
	case calc.NoGain:
		return "the plan adds no gross profit, so it never pays back"
	case calc.BeyondHorizon:
		return "does not pay back within the " + strconv.Itoa(int(12*in.Years)) + "-month horizon"
	case calc.NeverBreaksEven:
		return "even the study's full effect does not pay for the training within the horizon"
	case calc.NoBenefit:
		return "the plan gains nothing within the horizon"
	case calc.NoTeam:
		return "the team has nobody in it"
	case calc.BelowLowest:
		return "below the fewest days the model recommends"
	case calc.NeverPays, calc.AlwaysPays:
		return thresholdWhy(name, why, f)
	}
	return string(why)
}

// thresholdWhy says why a threshold lies outside its input's range.
func thresholdWhy(name string, why calc.Reason, f format.Format) string {
	limit := func(field string) float64 { fd, _ := calc.FieldByName(field); return fd.Max }
	switch name {
	case "threshold_mqls":
		return "not even " + f.Trim(limit("mqls"), 0) + " MQLs a month would pay for it"
	case "threshold_deal":
		return "not even " + f.Money(limit("deal")) + " per new customer would pay for it"
	case "threshold_margin":
		return "not even a 100% margin would pay for it"
	case "threshold_day_total":
		return "it pays at any cost of a day up to " + f.Money(calc.MaxDayTotal)
	case "threshold_lag":
		if why == calc.AlwaysPays {
			return "it pays at any lag up to " + f.Trim(limit("lag"), 0) + " months"
		}
		return "no lag is short enough"
	}
	return string(why)
}

// fieldLabels names the fields of a warning in prose: "current marketing training
// and planned sales training".
func fieldLabels(names []string) string {
	words := map[string]string{
		"mkt_days": "current marketing training", "mkt_target": "planned marketing training",
		"sales_days": "current sales training", "sales_target": "planned sales training",
		"sales_lift": "sales effect", "mkt_lift": "marketing effect",
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = words[n]
	}
	return list(parts)
}

// list joins names as English prose: "a", "a and b", "a, b and c".
func list(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
