package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/calc"
)

// The recommendation, what to believe, one day more or less and the memo mount and
// follow new props as the page's render gives them, full and compact, from one
// kind of advice to another (a plan, today's training).
func TestDecisionComponents(t *testing.T) {
	plan := project(t, func(in *calc.Inputs) { in.Budget = 60000 })
	keep := project(t, func(in *calc.Inputs) { in.MQLs, in.Deal = 30, 6000 })
	nobody := project(t, func(in *calc.Inputs) { in.MktTeam, in.SalesTeam = 0, 0 })
	for _, compact := range []bool{false, true} {
		html, next := mount(t, &Advice{A: plan.Decision.Advice, Compact: compact})
		for _, want := range []string{`id="use-best"`, `id="out-best_mkt_target"`, `data-value="9"`, `id="out-best_more_sales_target"`, "Within your budget"} {
			if !strings.Contains(html, want) {
				t.Errorf("compact %v: the advice lacks %s:\n%s", compact, want, html)
			}
		}
		html = next(&Advice{A: keep.Decision.Advice, Compact: compact, Stale: true})
		if !strings.Contains(html, "keep today") || !strings.Contains(html, `id="advice-study"`) || !strings.Contains(html, "disabled") {
			t.Errorf("compact %v: the advice to keep today's training, stale:\n%s", compact, html)
		}
		html = next(&Advice{A: plan.Decision.Advice, Compact: compact})
		if strings.Contains(html, `id="advice-study"`) || strings.Contains(html, "disabled") {
			t.Errorf("compact %v: back to a plan, the advice keeps the old parts:\n%s", compact, html)
		}
	}
	for _, c := range []struct {
		name  string
		c     app.Composer
		next  app.Composer
		wants []string
	}{
		{"believe", &Believe{B: plan.Decision.Believe}, &Believe{B: keep.Decision.Believe}, []string{`id="out-threshold_mqls"`, "At least"}},
		{"steps", &Steps{Rows: plan.Decision.Steps, Notes: plan.Decision.StepNotes}, &Steps{Rows: nobody.Decision.Steps}, []string{`id="out-step_sales_less_net"`, "Sales, 9 days instead of 10"}},
		{"memo", &Memo{M: plan.Memo}, &Memo{M: keep.Memo}, []string{"The plan you typed", "What moves the result most", "Source:"}},
	} {
		html, next := mount(t, c.c)
		for _, w := range c.wants {
			if !strings.Contains(html, w) {
				t.Errorf("%s lacks %s:\n%s", c.name, w, html)
			}
		}
		next(c.next)
	}
	// The memo repeats no page hook.
	if html, _ := mount(t, &Memo{M: plan.Memo}); strings.Contains(html, `id="out-`) {
		t.Errorf("the memo repeats a page hook:\n%s", html)
	}
}
