//go:build !wasm

package e2e

// The decision support of model version 3 on the built app: the recommendation
// beside the headline results, "Use this plan" and Back, the budget field, the
// sensitivity chart and what one must believe, each against calc.

import (
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// decideNames are the result hooks of the decision support (the README's).
var decideNames = []string{
	"best_mkt_target", "best_sales_target", "best_net", "best_cost", "best_roi",
	"best_half_mkt_target", "best_half_sales_target", "best_more_mkt_target", "best_more_sales_target",
	"step_mkt_more_benefit", "step_mkt_more_cost", "step_mkt_more_net", "step_mkt_less_benefit", "step_mkt_less_cost",
	"step_mkt_less_net", "step_sales_more_benefit", "step_sales_more_cost", "step_sales_more_net",
	"step_sales_less_benefit", "step_sales_less_cost", "step_sales_less_net",
	"threshold_mqls", "threshold_deal", "threshold_margin", "threshold_day_total", "threshold_lag",
}

// expectedDecision is calc's value of every decision hook for in.
func expectedDecision(in calc.Inputs) map[string]calc.Value {
	r := calc.Project(in)
	m := map[string]calc.Value{}
	for _, name := range decideNames {
		o, _ := calc.OutputByName(name)
		m[name] = o.Of(&r)
	}
	return m
}

// checkDecision compares the page's decision hooks with calc: each defined value
// to 1e-9, "n/a" where calc has none, and no step hook where calc has no step.
func checkDecision(e errorReporter, p *Page, label string, in calc.Inputs) {
	want := expectedDecision(in)
	got := p.outs(decideNames)
	for name, w := range want {
		g := got[name]
		switch {
		case strings.HasPrefix(name, "step_") && !w.OK:
			if g.Found {
				e.Errorf("%s: #out-%s is on the page (%q), want none: calc has no such step (%s)", label, name, g.Value, w.Why)
			}
		case !g.Found:
			e.Errorf("%s: no #out-%s", label, name)
		case !w.OK:
			if g.Value != "n/a" {
				e.Errorf("%s: #out-%s data-value %q, want n/a (%s)", label, name, g.Value, w.Why)
			}
		default:
			v, err := parseNum(g.Value)
			if err != nil || !closeRel(v, w.V, 1e-9) {
				e.Errorf("%s: #out-%s data-value %q, want %v", label, name, g.Value, w.V)
			}
		}
	}
	// The sensitivity chart's bars, in calc's order, with their ends.
	type bar struct {
		Inputs, Low, High string
	}
	bars := eval[[]bar](p, `[...document.querySelectorAll("[data-bar]")].map((e) => ({inputs: e.dataset.inputs, low: e.dataset.netLow, high: e.dataset.netHigh}))`)
	r := calc.Project(in)
	if len(bars) != len(r.Sensitivity) {
		e.Errorf("%s: %d [data-bar] elements, calc ranks %d bars", label, len(bars), len(r.Sensitivity))
		return
	}
	for i, b := range r.Sensitivity {
		lo, errLo := parseNum(bars[i].Low)
		hi, errHi := parseNum(bars[i].High)
		if bars[i].Inputs != strings.Join(b.Inputs, ",") || errLo != nil || errHi != nil || !closeRel(lo, b.NetLow, 1e-9) || !closeRel(hi, b.NetHigh, 1e-9) {
			e.Errorf("%s: bar %d is %+v, calc: %v %v … %v", label, i+1, bars[i], b.Inputs, b.NetLow, b.NetHigh)
		}
	}
}

// TestRecommendation: the card names model.md's plans, its hooks hold calc's
// numbers, and it follows an edit; "Use this plan" is offered only when the plan
// typed is not the recommended one.
func TestRecommendation(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, c := range []struct {
		query, plan string
		use         bool
	}{
		{"", "For your numbers: marketing 10 days, sales 10 days a year.", false},
		{"?budget=60000", "For your numbers: marketing 9 days, sales 5 days a year.", true},
		{"?sal_rate=80&confidence=100", "For your numbers: marketing 10 days, sales 9 days a year.", true},
		{"?mqls=30&deal=6000", "For your numbers: keep today's training, marketing 2 days and sales 2 days a year.", true},
		{"?mkt_team=0&sales_target=2", "For your numbers: marketing 2 days, sales 10 days a year.", true},
	} {
		p.openOK("/" + c.query)
		in := inputsFromQuery(t, c.query)
		settle(t, func(e errorReporter) {
			checkDecision(e, p, c.query, in)
			if got := eval[string](p, `document.getElementById("advice-plan").textContent`); got != c.plan {
				e.Errorf("%s: the recommendation reads %q, want %q", c.query, got, c.plan)
			}
			if got := eval[bool](p, `!!document.getElementById("use-best")`); got != c.use {
				e.Errorf("%s: #use-best offered %v, want %v", c.query, got, c.use)
			}
		})
	}
	// It follows typing: 30 MQLs a month and a $6,000 deal keep today's training.
	p.openOK("/")
	p.typeInto("mqls", "30")
	p.typeInto("deal", "6000")
	p.waitOut("best_mkt_target", "2")
	in := inputsFromQuery(t, "mqls=30&deal=6000")
	settle(t, func(e errorReporter) { checkDecision(e, p, "typed mqls=30 deal=6000", in) })
	p.assertNoProblems()
}

// TestUseBestAndBack: "Use this plan" puts the plan's days into the targets as one
// history entry, which Back takes away and Forward brings back; typing replaces
// the entry instead. Both of the app's ways to add the entry are used: after a
// fresh load, and after typing away from the address go-app last navigated to.
func TestUseBestAndBack(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	targets := func() string {
		return eval[string](p, `document.getElementById("in-mkt_target").value + "/" + document.getElementById("in-sales_target").value`)
	}
	waitTargets := func(want, search string) {
		p.t.Helper()
		p.waitUntil("targets "+want+" at "+search,
			`document.getElementById("in-mkt_target").value + "/" + document.getElementById("in-sales_target").value === `+js(want)+
				` && location.search === `+js(search)+` && document.getElementById("results").dataset.state === "ok"`,
			`document.getElementById("in-mkt_target").value + "/" + document.getElementById("in-sales_target").value + " " + location.search`)
	}

	// A fresh load: the address is the one go-app navigated to.
	p.openOK("/?budget=60000")
	before := eval[int](p, `history.length`)
	p.click("use-best")
	waitTargets("9/5", "?mkt_target=9&sales_target=5&budget=60000")
	if n := eval[int](p, `history.length`); n != before+1 {
		t.Errorf("history holds %d entries after Use this plan, want %d: one more", n, before+1)
	}
	settle(t, func(e errorReporter) {
		checkDecision(e, p, "used", inputsFromQuery(t, "mkt_target=9&sales_target=5&budget=60000"))
		if eval[bool](p, `!!document.getElementById("use-best")`) {
			e.Errorf("#use-best still offered once the plan is the recommended one")
		}
	})
	p.waitOut("cost", "58500")
	eval[bool](p, `(history.back(), true)`) // within the document: no load to wait for
	waitTargets("10/10", "?budget=60000")
	p.waitOut("cost", "108000")
	eval[bool](p, `(history.forward(), true)`)
	waitTargets("9/5", "?mkt_target=9&sales_target=5&budget=60000")

	// Typing replaces the entry; Use this plan then adds one, to an address go-app
	// last navigated to (the Forward above), which it would ignore.
	p.openOK("/?mkt_target=9&sales_target=5&budget=60000")
	p.typeInto("mkt_target", "8")
	p.waitOut("best_mkt_target", "9")
	p.waitUntil("the address to follow typing", `location.search === "?mkt_target=8&sales_target=5&budget=60000"`, `location.search`)
	before = eval[int](p, `history.length`)
	p.click("use-best")
	waitTargets("9/5", "?mkt_target=9&sales_target=5&budget=60000")
	if n := eval[int](p, `history.length`); n != before+1 {
		t.Errorf("history holds %d entries after Use this plan, want %d", n, before+1)
	}
	eval[bool](p, `(history.back(), true)`) // within the document: no load to wait for
	waitTargets("8/5", "?mkt_target=8&sales_target=5&budget=60000")
	if got := targets(); got != "8/5" {
		t.Errorf("after Back the targets are %s, want 8/5", got)
	}
	p.assertNoProblems()
}

// TestBudgetField: the budget is in the Costs group, empty means no limit, a bad
// value says what is wrong in words and keeps the last results, and a budget
// changes the recommendation.
func TestBudgetField(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")
	if got := eval[string](p, `document.getElementById("in-budget").closest("fieldset").querySelector("legend").textContent`); got != "Costs" {
		t.Errorf("the budget field is in %q, want Costs", got)
	}
	if got := eval[string](p, `document.getElementById("in-budget").placeholder`); got != "no limit" {
		t.Errorf("the empty budget field says %q, want no limit", got)
	}
	for _, text := range []string{"abc", "-5", "2e12"} {
		p.typeInto("budget", "")
		p.waitOut("best_mkt_target", "10")
		p.typeInto("budget", text)
		p.waitState("invalid")
		// The last valid results stay: those of the longest valid prefix typed
		// on the way ("20" on the way to "2e12"), else of no budget.
		in := calc.Defaults()
		for i := len(text); i > 0; i-- {
			if v, err := state.ParseNumber(text[:i], state.NumbersOf(state.DefaultLocale)); err == nil && v >= 0 && v <= 1e12 {
				in.Budget = v
				break
			}
		}
		settle(t, func(e errorReporter) {
			checkInvalid(e, p, "budget", text, expected(in))
			checkDecision(e, p, "budget "+text, in)
			if f := p.field("budget"); !strings.HasSuffix(f.ErrText, "Or leave it empty for no limit.") {
				e.Errorf("budget %q: the error says %q, not that an empty budget is no limit", text, f.ErrText)
			}
			if eval[bool](p, `!!document.getElementById("use-best") && !document.getElementById("use-best").disabled`) {
				e.Errorf("budget %q: Use this plan can be used while a field is invalid", text)
			}
		})
	}
	p.typeInto("budget", "60000")
	p.waitState("ok")
	p.waitOut("best_sales_target", "5")
	settle(t, func(e errorReporter) { checkDecision(e, p, "budget 60000", inputsFromQuery(t, "budget=60000")) })
	p.waitUntil("the address to name the budget", `location.search === "?budget=60000"`, `location.search`)
	p.typeInto("budget", "")
	p.waitOut("best_sales_target", "10")
	p.waitUntil("the address to drop the budget", `!location.search.includes("budget")`, `location.search`)
	p.assertNoProblems()
}

// checkSensitivityOnAPhone, on TestPhone's phone: at 360 px the sensitivity chart
// is drawn at the phone's width, inside the page, its bars in calc's order.
func checkSensitivityOnAPhone(t *testing.T, p *Page) {
	p.openOK("/?mqls=40")
	// Drawn at the phone's width (the app measures its column), not shrunk from a
	// desktop's, so its text keeps its size.
	p.waitUntil("the chart drawn for the phone",
		`(() => { const s = document.querySelector("#chart-sensitivity-box svg"); return s && s.viewBox.baseVal.width <= 360 && s.getBoundingClientRect().width / s.viewBox.baseVal.width > 0.95; })()`,
		`(() => { const s = document.querySelector("#chart-sensitivity-box svg"); return s ? s.viewBox.baseVal.width + " drawn, " + s.getBoundingClientRect().width + " shown" : "no svg"; })()`)
	if w := eval[float64](p, `document.querySelector("#chart-sensitivity-box svg").getBoundingClientRect().right`); w > 360 {
		t.Errorf("the chart ends at %.0f px on a 360 px screen", w)
	}
	p.noSideways("the sensitivity chart at 360 px")
	if !eval[bool](p, `[...document.querySelectorAll("#chart-sensitivity text")].some((t) => t.textContent.includes("crosses break-even"))`) {
		t.Error("at 40 MQLs a month a bar crosses break-even, and the chart does not say so")
	}
	settle(t, func(e errorReporter) { checkDecision(e, p, "mqls=40 on a phone", inputsFromQuery(t, "mqls=40")) })
}
