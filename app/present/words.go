package present

import (
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/calc"
)

// reasonText says in words why a result is undefined.
func reasonText(why calc.Reason, in calc.Inputs) string {
	switch why {
	case calc.NoRevenue:
		return "there is no new-customer revenue today to grow from"
	case calc.NoExtraCost:
		return "the plan costs nothing extra, so there is no spend to return"
	case calc.Saving:
		return "the plan costs less than today's training, so there is no spend to return"
	case calc.RatioTooLarge:
		return "the cost is too small next to the benefit for a ratio to mean anything"
	case calc.NoGain:
		return "the plan adds no gross profit, so it never pays back"
	case calc.BeyondHorizon:
		return "does not pay back within the " + strconv.Itoa(int(12*in.Years)) + "-month horizon"
	case calc.NeverBreaksEven:
		return "even the study's full effect does not pay for the training within the horizon"
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
