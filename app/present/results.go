package present

import (
	"strings"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Results is everything the page shows about one projection.
type Results struct {
	Out map[string]Out // every result by its hook name

	GainNote    string // under the extra revenue: the gross profit it brings
	PaybackNote string // under the payback: the lag it includes, if any

	// BreakEven is the sentence under the cards.
	BreakEven Sentence
	Warnings  []Warning

	Funnel       []Row
	MoneyCaption string
	Money        []Row

	Peek string // the one-line summary pinned to a phone's screen

	Explain Explanations // "How is this calculated?" for each headline figure

	Decision Decision // the recommendation and what it rests on
	Memo     Memo     // the printed report's first page

	// The charts' data.
	LiftChart        chart.Lift
	FunnelChart      chart.Funnel
	PaybackChart     chart.Payback
	SensitivityChart chart.Sensitivity
}

// Sentence is a line of text around one result: Lead, the result, Trail.
type Sentence struct {
	Lead, Trail string
	Out         string // the result's hook name
	Strong      bool   // the result is emphasised
}

// Row is a table row: a label and one or two results.
type Row struct {
	Label    string
	Now, New Out // New empty for one-column tables
}

// Project describes the projection r of the inputs in, shown with d's formats.
func Project(d state.Display, in calc.Inputs, r calc.Result) Results {
	f := format.New(d.Locale, d.Currency)
	out := outputs(f, in, &r)
	res := Results{
		Out:      out,
		GainNote: "gross profit " + f.Money(r.AnnualGain) + " a year",
		Warnings: warnings(f, r.Warnings),
	}
	if r.Payback.OK && r.Payback.V > 0 && in.Lag > 0 {
		res.PaybackNote = "including " + f.Trim(in.Lag, 1) + " months' lag"
	}
	if r.BreakEven.OK {
		res.BreakEven = Sentence{Lead: "Pays for itself if at least ", Out: "breakeven", Strong: true, Trail: " of the study's effect holds for you."}
	} else {
		res.BreakEven = Sentence{Lead: "Break-even confidence: ", Out: "breakeven"}
	}

	plain := func(text string) Out { return Out{Value: "", Text: text} }
	res.Funnel = []Row{
		{"MQLs", plain(f.Trim(r.Now.MQLs, 1)), plain(f.Trim(r.Projected.MQLs, 1))},
		{"SAL rate", plain(f.TrimPercent(r.Now.SALRate*100, 2)), out["sal_rate_new"]},
		{"Accepted leads (SALs)", out["sals_now"], out["sals_new"]},
		{"Win rate", plain(f.TrimPercent(r.Now.WinRate*100, 2)), out["win_rate_new"]},
		{"New customers", out["customers_now"], out["customers_new"]},
		{"New-customer revenue", out["revenue_now"], out["revenue_new"]},
	}

	horizon := "one year"
	if in.Years != 1 {
		horizon = f.Trim(in.Years, 0) + " years"
	}
	res.MoneyCaption = "Cost and benefit over " + horizon
	costLabel := "Cost of the extra training (fees and time)"
	if r.Cost < 0 {
		costLabel = "Cost (negative: a saving on today's training)"
	}
	res.Money = []Row{
		{Label: "Benefit (gross profit, " + f.Trim(r.EffectMonths, 1) + " of " + f.Trim(12*in.Years, 0) + " months)", Now: out["benefit"]},
		{Label: costLabel, Now: out["cost"]},
		{Label: "Net benefit", Now: out["net"]},
		{Label: "Benefit–cost ratio", Now: out["bcr"]},
	}

	var peek []string
	if o := out["lift"]; !o.NA() {
		peek = append(peek, "Lift "+o.Text)
	}
	if o := out["roi"]; !o.NA() {
		peek = append(peek, "ROI "+o.Text)
	}
	if r.Payback.OK {
		peek = append(peek, "payback "+f.Trim(r.Payback.V, 1)+" mo")
	}
	res.Peek = strings.Join(peek, " · ")
	res.Explain = explain(f, in, r, out)
	res.LiftChart, res.FunnelChart, res.PaybackChart = charts(in, r, out["payback"].Why)
	res.SensitivityChart = sensitivityChart(r)
	res.Decision = decide(f, in, &r, out)
	res.Memo = memo(f, in, &r, out, res.Decision, res.Warnings)
	return res
}

// Announcement is the line screen readers hear after an edit: the headline results,
// or which fields to fix and why. It changes only when what it says does, so a
// field's message is announced once however long the visitor goes on typing.
func Announcement(chk state.Check, res Results, valid bool) string {
	if chk.OK() {
		return res.Peek
	}
	var parts []string
	for _, f := range calc.Fields {
		if msg, bad := chk.Errs[f.Name]; bad {
			parts = append(parts, f.Label+": "+msg)
		}
	}
	s := "To fix: " + strings.Join(parts, " ")
	if valid {
		s += " The results shown are for the last valid inputs."
	}
	return s
}
