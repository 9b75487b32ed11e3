package present

import (
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// Citation names the study the model runs on, everywhere it is cited.
const Citation = "2013 Sales and Marketing Alignment Study: 500 companies surveyed in late 2013, reported February 2014; survey sponsored by MathMarketing and Marketo. As summarised by Charles Besondy, “How Much Training Should Marketing and Sales Receive? A Twisted Answer.”"

// Caveat is the study's caveat in one line, for where there is room for no more.
const Caveat = "The study reports associations in a self-reported 2013 survey, not causes: the model credits to training only the share of them your confidence says."

// Source is the study's citation and its caveat, in p's language; the study's
// English title stays as it is.
func Source(p i18n.Printer) string {
	return p.Sentences(p.T(Citation), p.T(Caveat))
}

// Memo is the first page of the printed report: what a finance director reads in
// two minutes. Its figures are plain text: the page hooks stay on the page.
type Memo struct {
	// The recommendation: its plan and figures, the plan typed against it,
	// whether it holds, why; with what would have to be true when it is
	// today's training.
	Plan, Figures, Typed, Holds, Why string
	Notes                            []string
	Study                            MemoList
	Results                          []MemoRow // the plan typed: lift, net, ROI and payback with their ranges
	Believe                          MemoList
	Top                              []string // the three inputs that move the net most
	// Warnings are the caveats of the projection, as the page lists them.
	Warnings []string
}

// MemoList is a lead and its items, as plain text.
type MemoList struct {
	Lead  string
	Items []string
}

// MemoRow is one result of the plan typed: its figure and range.
type MemoRow struct {
	Label, Value, Range string
}

func memo(p i18n.Printer, f format.Format, in calc.Inputs, r *calc.Result, out map[string]Out, d Decision, ws []Warning) Memo {
	a := d.Advice
	m := Memo{
		Plan: a.Headline.Words(), Figures: a.Figures.Words(), Typed: a.Typed.Words(), Holds: a.Holds.Words(), Why: a.Why,
		Notes: a.Notes, Study: memoList(a.Study), Believe: memoList(d.Believe), Top: d.Top,
	}
	rangeOf := func(lo, hi Out) string {
		if lo.NA() || hi.NA() {
			return p.F("range n/a: {why}", "why", lo.Why+hi.Why)
		}
		return p.F("range {lo} to {hi}", "lo", lo.Text, "hi", hi.Text)
	}
	netLo, netHi := r.Net, r.Net
	for _, b := range r.Sensitivity {
		if len(b.Inputs) > 0 && b.Inputs[0] == "confidence" {
			netLo, netHi = min(b.NetLow, b.NetHigh, r.Net), max(b.NetLow, b.NetHigh, r.Net)
		}
	}
	text := func(o Out) string {
		if o.NA() {
			return p.F("{value} ({why})", "value", o.Text, "why", o.Why)
		}
		return o.Text
	}
	m.Results = []MemoRow{
		{p.T("Lift in new-customer business"), text(out["lift"]), rangeOf(out["lift_low"], out["lift_high"])},
		{p.F("Net benefit over {horizon}", "horizon", horizon(p, f, in.Years)), signedMoney(f, r.Net),
			p.F("range {lo} to {hi}", "lo", f.Money(netLo), "hi", f.Money(netHi))},
		{p.T("Return on investment"), text(out["roi"]), rangeOf(out["roi_low"], out["roi_high"])},
		{p.T("Payback"), text(out["payback"]), rangeOf(out["payback_low"], out["payback_high"])},
	}
	for _, w := range ws {
		m.Warnings = append(m.Warnings, w.Text)
	}
	return m
}

func memoList(b Believe) MemoList {
	l := MemoList{Lead: b.Lead, Items: make([]string, len(b.Items))}
	for i, item := range b.Items {
		l.Items[i] = item.Words()
	}
	return l
}
