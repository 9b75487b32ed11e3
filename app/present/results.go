package present

import (
	"strings"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Results is everything the page shows about one projection.
type Results struct {
	Out map[string]Out // every result by its hook name

	// Titles are the headline cards' titles, by the card's name.
	Titles Titles

	GainNote    string // under the extra revenue: the gross profit it brings
	PaybackNote string // under the payback: the lag it includes, if any

	// BreakEven is the sentence under the cards.
	BreakEven Line
	Warnings  []Warning

	Funnel       []Row
	MoneyCaption string
	Money        []Row

	// Peek is the headline results in one line, and PeekPlan the recommended
	// plan: the summary kept in view while a field is edited (and pinned to a
	// phone's screen).
	Peek, PeekPlan string

	Explain Explanations // "How is this calculated?" for each headline figure

	Decision Decision // the recommendation and what it rests on
	Memo     Memo     // the printed report's first page

	// The charts' data.
	LiftChart        chart.Lift
	FunnelChart      chart.Funnel
	PaybackChart     chart.Payback
	SensitivityChart chart.Sensitivity
}

// Titles are the headline cards' titles.
type Titles struct {
	Lift, Gain, ROI, Payback string
}

// Row is a table row: a label and one or two results.
type Row struct {
	Label    string
	Now, New Out // New empty for one-column tables
}

// Project describes the projection r of the inputs in, shown with d's formats
// in p's language.
func Project(d state.Display, p i18n.Printer, in calc.Inputs, r calc.Result) Results {
	f := format.New(d.Locale, d.Currency)
	out := outputs(p, f, in, &r)
	res := Results{
		Out: out,
		Titles: Titles{
			Lift: p.T("Lift in new-customer business"), Gain: p.T("Extra new-customer revenue per year"),
			ROI: p.T("Return on investment"), Payback: p.T("Payback"),
		},
		GainNote: p.F("gross profit {amount} a year", "amount", f.Money(r.AnnualGain)),
		Warnings: warnings(p, f, r.Warnings),
	}
	if r.Payback.OK && r.Payback.V > 0 && in.Lag > 0 {
		res.PaybackNote = p.N("including {n} month's lag", "including {n} months' lag", in.Lag, "n", f.Trim(in.Lag, 1))
	}
	if r.BreakEven.OK {
		res.BreakEven = fill(p.T("Pays for itself if at least {breakeven} of the study's effect holds for you."), showStrong("breakeven", out["breakeven"]))
	} else {
		res.BreakEven = fill(p.T("Break-even confidence: {breakeven}"), show("breakeven", out["breakeven"]))
	}

	plain := func(text string) Out { return Out{Value: "", Text: text} }
	res.Funnel = []Row{
		{p.T("MQLs"), plain(f.Trim(r.Now.MQLs, 1)), plain(f.Trim(r.Projected.MQLs, 1))},
		{p.T("SAL rate"), plain(f.TrimPercent(r.Now.SALRate*100, 2)), out["sal_rate_new"]},
		{p.T("Accepted leads (SALs)"), out["sals_now"], out["sals_new"]},
		{p.T("Win rate"), plain(f.TrimPercent(r.Now.WinRate*100, 2)), out["win_rate_new"]},
		{p.T("New customers"), out["customers_now"], out["customers_new"]},
		{p.T("New-customer revenue"), out["revenue_now"], out["revenue_new"]},
	}

	res.MoneyCaption = p.N("Cost and benefit over one year", "Cost and benefit over {n} years", in.Years, "n", f.Trim(in.Years, 0))
	costLabel := p.T("Cost of the extra training (fees and time)")
	if r.Cost < 0 {
		costLabel = p.T("Cost (negative: a saving on today's training)")
	}
	res.Money = []Row{
		{Label: p.F("Benefit (gross profit, {months} of {horizon} months)", "months", f.Trim(r.EffectMonths, 1), "horizon", f.Trim(12*in.Years, 0)), Now: out["benefit"]},
		{Label: costLabel, Now: out["cost"]},
		{Label: p.T("Net benefit"), Now: out["net"]},
		{Label: p.T("Benefit–cost ratio"), Now: out["bcr"]},
	}

	var peek []string
	if o := out["lift"]; !o.NA() {
		peek = append(peek, p.F("Lift {lift}", "lift", o.Text))
	}
	peek = append(peek, p.F("net {net}", "net", out["net"].Text))
	if o := out["roi"]; !o.NA() {
		peek = append(peek, p.F("ROI {roi}", "roi", o.Text))
	}
	if r.Payback.OK {
		peek = append(peek, p.F("payback {n} mo", "n", f.Trim(r.Payback.V, 1)))
	}
	res.Peek = strings.Join(peek, " · ")
	res.PeekPlan = p.F("Recommended: marketing {mkt} days, sales {sales} days", "mkt", out["best_mkt_target"].Text, "sales", out["best_sales_target"].Text)
	if r.Recommendation.KeepsToday(&in) {
		res.PeekPlan = p.T("Recommended: keep today's training")
	}
	res.Explain = explain(p, f, in, r, out)
	res.LiftChart, res.FunnelChart, res.PaybackChart = charts(p, in, r, out["payback"].Why)
	res.SensitivityChart = sensitivityChart(p, r)
	res.Decision = decide(p, f, in, &r, out)
	res.Memo = memo(p, f, in, &r, out, res.Decision, res.Warnings)
	return res
}

// Announcement is the line screen readers hear after an edit: the headline results,
// or which fields to fix and why. It changes only when what it says does, so a
// field's message is announced once however long the visitor goes on typing.
func Announcement(p i18n.Printer, chk state.Check, res Results, valid bool) string {
	if chk.OK() {
		return res.Peek
	}
	var parts []string
	for _, f := range calc.Fields {
		if prob, bad := chk.Errs[f.Name]; bad {
			parts = append(parts, p.F("{field}: {problem}", "field", p.T(f.Label), "problem", prob.In(p)))
		}
	}
	s := p.F("To fix: {problems}", "problems", strings.Join(parts, " "))
	if valid {
		s = p.F("To fix: {problems} The results shown are for the last valid inputs.", "problems", strings.Join(parts, " "))
	}
	return s
}
