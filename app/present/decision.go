package present

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// Decision is the decision support as the page shows it (model version 3): the
// recommendation, one day more or less, what one must believe and the
// sensitivity ranking.
type Decision struct {
	Advice    Advice
	Steps     []StepRow // one training day more or less, per team with people
	StepNotes []string  // what the table says, a sentence each
	Believe   Believe   // what one must believe for the typed plan to pay
	// Top is the three inputs that move the net the most, in words.
	Top []string
}

// Advice is the recommendation: the plan, its figures, how it compares with the
// plan typed, whether it holds at other confidences and why it is 10 days or
// today's.
type Advice struct {
	Keep     bool // keep today's training
	Headline Line
	Figures  Line
	Typed    Line // the plan typed, against the recommended one
	Holds    Line // the advice at half and 1.5 times the confidence
	Why      string
	Notes    []string
	// Study is, when today's training is recommended, what would have to be
	// true for the study's 10 days to pay.
	Study Believe
	// Use offers "Use this plan": the plan typed is not the recommended one.
	Use      bool
	UseLabel string // the button's accessible name: which plan it puts in
}

// Believe is what one must believe for a plan to pay, each value with the other
// inputs as entered.
type Believe struct {
	Lead  string
	Items []Line
}

// StepRow is one training day more or less for one team: what it changes over
// the horizon.
type StepRow struct {
	Label              string
	Benefit, Cost, Net Out
}

// decide describes the decision support of the projection r of in.
func decide(p i18n.Printer, f format.Format, in calc.Inputs, r *calc.Result, out map[string]Out) Decision {
	var d Decision
	d.Advice = advise(p, f, in, r, out)
	d.Steps, d.StepNotes = steps(p, f, in, out)
	d.Believe = believe(p, f, in, out, out["breakeven"], p.T("Your plan pays for itself if, with your other numbers as entered:"))
	for i, b := range r.Sensitivity {
		if i == 3 {
			break
		}
		lo, hi := f.Money(b.NetLow), f.Money(b.NetHigh)
		d.Top = append(d.Top, fill(p.T("{inputs}: net {low} with half the value, {high} with 1.5 times."),
			say("inputs", upperFirst(inputNames(p, b.Inputs))), say("low", lo), say("high", hi)).String())
	}
	return d
}

func advise(p i18n.Printer, f format.Format, in calc.Inputs, r *calc.Result, out map[string]Out) Advice {
	rec := r.Recommendation
	a := Advice{Keep: rec.KeepsToday(&in)}
	plan := []arg{show("mkt", out["best_mkt_target"]), show("sales", out["best_sales_target"])}
	figures := []arg{show("cost", out["best_cost"]), showStrong("net", out["best_net"]), show("roi", out["best_roi"]), say("horizon", horizon(p, f, in.Years))}
	if a.Keep {
		a.Headline = fill(p.T("For your numbers: keep today's training, marketing {mkt} days and sales {sales} days a year."), plan...)
		a.Figures = fill(p.T("No plan the model credits pays for itself: today's training costs nothing extra ({cost}) and nets {net}; ROI {roi}."), figures...)
		a.Study = studyBelieve(p, f, in, rec)
	} else {
		a.Headline = fill(p.T("For your numbers: marketing {mkt} days, sales {sales} days a year."), plan...)
		a.Figures = fill(p.T("Over {horizon} it costs {cost} and nets {net}: ROI {roi}."), figures...)
	}
	typed := in.Typed()
	if typed == rec.Plan {
		a.Typed = fill(p.T("This is the plan you typed."))
	} else {
		a.Use = true
		a.UseLabel = fill(p.T("Use this plan: marketing {mkt} days, sales {sales} days a year"), plan...).String()
		a.Typed = typedAgainst(p, f, in, r)
	}
	a.Holds = holds(p, f, in, out)
	a.Why = p.T("Why 10 days or today's: the study gives two points, 2 and 10 training days a year, and the model draws a straight line between them, flat outside. So the best amount for each team is today's days or the study's 10; the model cannot tell 8 days from 10.")
	if rec.Plan.Sales > in.SalesDays {
		a.Notes = append(a.Notes, p.T("The study's SAL rate already peaked at 8 or more days of sales training, so 8 days may capture most of that effect for less: the model's straight line to 10 days cannot show it."))
	}
	if rec.SALCapped {
		a.Notes = append(a.Notes, p.T("At this plan the projected SAL rate reaches its 100% cap, so more sales days would add only cost."))
	}
	if rec.WinCapped {
		a.Notes = append(a.Notes, p.T("At this plan the projected win rate reaches its 100% cap, so more marketing days would add only cost."))
	}
	if in.HasBudget() {
		a.Notes = append(a.Notes, fill(p.T("Within your budget of {budget} a year: this plan adds {cost} a year to today's training cost."),
			say("budget", f.Money(in.Budget)), say("cost", f.Money(rec.AnnualCost))).String())
	}
	return a
}

// typedAgainst compares the plan typed with the recommended one.
func typedAgainst(p i18n.Printer, f format.Format, in calc.Inputs, r *calc.Result) Line {
	rec := r.Recommendation
	args := []arg{
		say("mkt", days(f, in.MktTarget)), say("sales", days(f, in.SalesTarget)),
		figure("net", signedMoney(f, r.Net)),
	}
	diff := rec.Net - r.Net
	moreCost := rec.AnnualCost - r.AnnualCost
	switch {
	case math.Round(diff) < 0 && in.HasBudget() && r.AnnualCost > in.Budget:
		return fill(p.T("You typed marketing {mkt} days and sales {sales} days: net {net}. It nets {diff} more than the recommended plan, but adds {cost} a year to today's training cost, over your budget."),
			append(args, figure("diff", f.Money(-diff)), figure("cost", f.Money(r.AnnualCost)))...)
	case math.Round(diff) < 0:
		return fill(p.T("You typed marketing {mkt} days and sales {sales} days: net {net}, {diff} more than the recommended plan, which tries whole days only."),
			append(args, figure("diff", f.Money(-diff)))...)
	case math.Round(moreCost) > 0:
		return fill(p.T("You typed marketing {mkt} days and sales {sales} days: net {net}. The recommended plan nets {diff} more, for {cost} more a year."),
			append(args, figure("diff", f.Money(diff)), figure("cost", f.Money(moreCost)))...)
	case math.Round(moreCost) < 0:
		return fill(p.T("You typed marketing {mkt} days and sales {sales} days: net {net}. The recommended plan nets {diff} more, and costs {cost} less a year."),
			append(args, figure("diff", f.Money(diff)), figure("cost", f.Money(-moreCost)))...)
	}
	return fill(p.T("You typed marketing {mkt} days and sales {sales} days: net {net}. The recommended plan nets {diff} more, at the same cost."),
		append(args, figure("diff", f.Money(diff)))...)
}

// holds says whether the advice is the same at half and 1.5 times the
// confidence, and what it is there.
func holds(p i18n.Printer, f format.Format, in calc.Inputs, out map[string]Out) Line {
	rec := func(prefix string) string {
		return out[prefix+"mkt_target"].Value + "/" + out[prefix+"sales_target"].Value
	}
	best, half, more := rec("best_"), rec("best_half_"), rec("best_more_")
	args := []arg{
		say("half", f.TrimPercent(in.Confidence/2, 2)), say("more", f.TrimPercent(math.Min(100, 1.5*in.Confidence), 2)),
		show("hm", out["best_half_mkt_target"]), show("hs", out["best_half_sales_target"]),
		show("mm", out["best_more_mkt_target"]), show("ms", out["best_more_sales_target"]),
	}
	switch {
	case half == best && more == best:
		return fill(p.T("The advice holds whether the effect is smaller or larger: at half the confidence ({half}) the model recommends marketing {hm} and sales {hs} days, at 1.5 times ({more}) marketing {mm} and sales {ms}."), args...)
	case half != best && more == best:
		return fill(p.T("The advice changes if the effect is smaller: at half the confidence ({half}) the model recommends marketing {hm} and sales {hs} days; at 1.5 times ({more}) marketing {mm} and sales {ms}."), args...)
	case half == best:
		return fill(p.T("The advice changes if the effect is larger: at 1.5 times the confidence ({more}) the model recommends marketing {mm} and sales {ms} days; at half ({half}) marketing {hm} and sales {hs}."), args...)
	}
	return fill(p.T("The advice depends on the confidence: at half of it ({half}) the model recommends marketing {hm} and sales {hs} days, at 1.5 times ({more}) marketing {mm} and sales {ms}."), args...)
}

// studyBelieve is what would have to be true for the study's 10 days to pay,
// when today's training is recommended.
func studyBelieve(p i18n.Printer, f format.Format, in calc.Inputs, rec calc.Recommendation) Believe {
	plan := rec.StudyPlan
	if plan == in.Today() {
		return Believe{Lead: p.T("Both teams already train 10 days or more, or have nobody in them: the study has nothing more to credit.")}
	}
	lead := fill(p.T("For the study's 10 days (marketing {mkt}, sales {sales}) to pay, one of these would have to be true, the others as entered:"),
		say("mkt", days(f, plan.Mkt)), say("sales", days(f, plan.Sales))).String()
	th := rec.Study
	plain := map[string]Out{}
	for name, v := range map[string]calc.Value{
		"threshold_mqls": th.MQLs, "threshold_deal": th.Deal, "threshold_margin": th.Margin,
		"threshold_day_total": th.DayTotal, "threshold_lag": th.Lag,
	} {
		o, _ := calc.OutputByName(name)
		plain[name] = plainOut(p, f, in, o, v)
	}
	be, _ := calc.OutputByName("breakeven")
	b := believe(p, f, in, plain, plainOut(p, f, in, be, rec.StudyBreakEven), lead)
	if !rec.StudyBreakEven.OK && rec.StudyBreakEven.Why == calc.NeverBreaksEven {
		b.Lead = fill(p.T("The study's 10 days (marketing {mkt}, sales {sales}) would not pay even with the study's full effect. With the other numbers as entered, it would take:"),
			say("mkt", days(f, plan.Mkt)), say("sales", days(f, plan.Sales))).String()
	}
	return b
}

// plainOut is a result formatted as the page shows it, without a page hook.
func plainOut(p i18n.Printer, f format.Format, in calc.Inputs, o calc.Output, v calc.Value) Out {
	x := formatOut(p, f, in, false, o, v)
	x.Name = ""
	return x
}

// believe lists the thresholds in out (and the break-even confidence, shown
// without its page hook, which the break-even sentence has) for the plan.
func believe(p i18n.Printer, f format.Format, in calc.Inputs, out map[string]Out, breakEven Out, lead string) Believe {
	be := breakEven
	be.Name = ""
	type item struct {
		name       string
		set, unset string
		have       string
	}
	items := []item{
		{"threshold_mqls", i18n.Later("At least {t} MQLs a month (you have {have})."), i18n.Later("MQLs a month: {t}."), f.Trim(in.MQLs, 2)},
		{"threshold_deal", i18n.Later("Revenue per new customer of at least {t} (you have {have})."), i18n.Later("Revenue per new customer: {t}."), f.Money(in.Deal)},
		{"threshold_margin", i18n.Later("A gross margin of at least {t} (you have {have})."), i18n.Later("Gross margin: {t}."), f.TrimPercent(in.Margin, 2)},
		{"threshold_day_total", i18n.Later("A training day costing at most {t} per person, fees and time together (you have {have})."), i18n.Later("Cost of a training day: {t}."), f.Money(in.DayCost + in.DayRate)},
		{"threshold_lag", i18n.Later("A lag of at most {t} (you have {have} months)."), i18n.Later("Lag: {t}."), f.Trim(in.Lag, 2)},
	}
	b := Believe{Lead: lead}
	for _, it := range items {
		o := out[it.name]
		s := it.set
		if o.NA() {
			s = it.unset
		}
		b.Items = append(b.Items, fill(p.T(s), show("t", o), say("have", it.have)))
	}
	if be.NA() {
		b.Items = append(b.Items, fill(p.T("Share of the study's effect: {t}."), show("t", be)))
	} else {
		b.Items = append(b.Items, fill(p.T("At least {t} of the study's effect holds for you (you credit {have})."), show("t", be), say("have", f.TrimPercent(in.Confidence, 2))))
	}
	return b
}

// steps is the table of one day more or less per team, and a sentence each on
// what it says.
func steps(p i18n.Printer, f format.Format, in calc.Inputs, out map[string]Out) ([]StepRow, []string) {
	var rows []StepRow
	var notes []string
	for _, team := range []struct {
		key, name string
		planned   float64
	}{{"mkt", i18n.Later("Marketing"), in.MktTarget}, {"sales", i18n.Later("Sales"), in.SalesTarget}} {
		for _, dir := range []struct {
			key string
			by  float64
		}{{"more", 1}, {"less", -1}} {
			pre := "step_" + team.key + "_" + dir.key + "_"
			net := out[pre+"net"]
			if net.NA() {
				continue
			}
			rows = append(rows, StepRow{
				Label:   fill(p.T("{team}, {to} days instead of {from}"), say("team", p.T(team.name)), say("to", days(f, team.planned+dir.by)), say("from", days(f, team.planned))).String(),
				Benefit: out[pre+"benefit"], Cost: out[pre+"cost"], Net: net,
			})
			notes = append(notes, stepNote(p, f, p.T(team.name), team.planned, dir.by, mustParse(out[pre+"benefit"].Value), mustParse(out[pre+"cost"].Value), mustParse(net.Value)))
		}
	}
	return rows, notes
}

func stepNote(p i18n.Printer, f format.Format, team string, planned, by, benefit, cost, net float64) string {
	args := []arg{say("team", team), say("to", days(f, planned+by)), say("from", days(f, planned)),
		say("fewer", days(f, planned+by)), say("plan", days(f, planned)),
		say("benefit", f.Money(math.Abs(benefit))), say("cost", f.Money(math.Abs(cost))), say("net", f.Money(math.Abs(net)))}
	if by > 0 {
		switch {
		case math.Round(benefit) == 0:
			return fill(p.T("{team}: one more day per person ({to} instead of {from}) would cost {cost}, and the model credits nothing to it."), args...).String()
		case math.Round(net) >= 0:
			return fill(p.T("{team}: one more day per person ({to} instead of {from}) would add {benefit} of benefit for {cost}: {net} net."), args...).String()
		}
		return fill(p.T("{team}: one more day per person ({to} instead of {from}) would add {benefit} of benefit but cost {cost}: {net} less net."), args...).String()
	}
	// A day less: what the last day of the plan adds.
	switch {
	case math.Round(net) < 0:
		return fill(p.T("{team}: the last day of the plan (from {fewer} to {plan}) adds {net} net."), args...).String()
	case math.Round(net) > 0:
		return fill(p.T("{team}: the last day of the plan (from {fewer} to {plan}) costs {net} more than the model credits to it."), args...).String()
	}
	return fill(p.T("{team}: the last day of the plan (from {fewer} to {plan}) changes the net by nothing."), args...).String()
}

// days writes a number of training days as typed (2.001, not 2).
func days(f format.Format, v float64) string { return f.Trim(v, 6) }

// signedMoney writes an amount with its sign, "+$4,500" or "−$4,500", and "$0"
// for what rounds to nothing.
func signedMoney(f format.Format, v float64) string {
	s := f.Money(v)
	if math.Round(v) > 0 {
		return "+" + s
	}
	return s
}

// horizon is "one year" or "3 years".
func horizon(p i18n.Printer, f format.Format, years float64) string {
	return p.N("one year", "{n} years", years, "n", f.Trim(years, 0))
}

// shortNames are the inputs of the sensitivity ranking as a sentence names them.
var shortNames = map[string]string{
	"confidence": i18n.Later("confidence"), "mqls": i18n.Later("MQLs a month"), "sal_rate": i18n.Later("SAL rate"),
	"win_rate": i18n.Later("win rate"), "deal": i18n.Later("revenue per customer"), "margin": i18n.Later("gross margin"),
	"day_cost": i18n.Later("direct cost of a day"), "day_rate": i18n.Later("cost of time away"), "lag": i18n.Later("lag"),
}

// inputNames names inputs that share a sensitivity bar: "MQLs a month, SAL rate,
// win rate, revenue per customer".
func inputNames(p i18n.Printer, names []string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = p.T(shortNames[n])
	}
	return p.Join(parts)
}

// upperFirst capitalises the first letter of a phrase that starts a line.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
