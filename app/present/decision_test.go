package present

import (
	"net/url"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// project reads a URL query as the page does and presents its projection.
func project(t *testing.T, query string) (calc.Inputs, calc.Result, Results) {
	t.Helper()
	q, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	sc := state.FromQuery(q)
	chk := sc.Form.Read(sc.Display.Locale)
	if !chk.OK() {
		t.Fatalf("?%s: %v", query, chk.Errs)
	}
	r := calc.Project(chk.Inputs)
	return chk.Inputs, r, Project(sc.Display, i18n.Printer{}, chk.Inputs, r)
}

// The recommendation in words, for model.md's worked numbers: the plan and its
// figures, the plan typed against it, whether it holds, why 10 or today.
func TestAdviceWords(t *testing.T) {
	for _, c := range []struct {
		query string
		want  []string // in the advice's text, in any of its lines
		use   bool
	}{
		{"", []string{
			"For your numbers: marketing 10 days, sales 10 days a year.",
			"Over one year it costs $108,000 and nets +$447,377: ROI 414%.",
			"This is the plan you typed.",
			"The advice holds whether the effect is smaller or larger: at half the confidence (25%) the model recommends marketing 10 and sales 10 days, at 1.5 times (75%) marketing 10 and sales 10.",
			"the model cannot tell 8 days from 10",
			"8 days may capture most of that effect for less",
		}, false},
		{"budget=60000", []string{
			"For your numbers: marketing 9 days, sales 5 days a year.",
			"nets +$270,946",
			"You typed marketing 10 days and sales 10 days: net +$447,377. It nets $176,430 more than the recommended plan, but adds $108,000 a year to today's training cost, over your budget.",
			"Within your budget of $60,000 a year: this plan adds $58,500 a year to today's training cost.",
		}, true},
		{"sales_team=40&mkt_team=4&mqls=150&deal=8000&margin=60&day_cost=600&day_rate=450", []string{
			"For your numbers: marketing 10 days, sales 2 days a year.",
			"ROI 50%",
			"The advice changes if the effect is smaller: at half the confidence (25%) the model recommends marketing 2 and sales 2 days",
		}, true},
		{"sal_rate=80&confidence=100", []string{
			"For your numbers: marketing 10 days, sales 9 days a year.",
			"the projected SAL rate reaches its 100% cap, so more sales days would add only cost",
		}, true},
		{"mqls=30&deal=6000", []string{
			"For your numbers: keep today's training, marketing 2 days and sales 2 days a year.",
			"No plan the model credits pays for itself",
			"The study's 10 days (marketing 10, sales 10) would not pay even with the study's full effect.",
			"At least 162.1 MQLs a month (you have 30).",
		}, true},
	} {
		_, _, res := project(t, c.query)
		a := res.Decision.Advice
		var all []string
		for _, l := range []Line{a.Headline, a.Figures, a.Typed, a.Holds} {
			all = append(all, l.String())
		}
		all = append(all, a.Why, a.Study.Lead)
		all = append(all, a.Notes...)
		for _, l := range a.Study.Items {
			all = append(all, l.String())
		}
		text := strings.Join(all, "\n")
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("?%s: advice lacks %q:\n%s", c.query, w, text)
			}
		}
		if a.Use != c.use {
			t.Errorf("?%s: Use this plan offered %v, want %v", c.query, a.Use, c.use)
		}
		if strings.Contains(text, "{") {
			t.Errorf("?%s: a placeholder left unfilled:\n%s", c.query, text)
		}
	}
}

// The hooks the contract names are in the advice's lines, once each.
func TestAdviceHooks(t *testing.T) {
	_, _, res := project(t, "budget=60000")
	a := res.Decision.Advice
	seen := map[string]int{}
	for _, l := range []Line{a.Headline, a.Figures, a.Typed, a.Holds} {
		for _, p := range l {
			if p.Out != nil && p.Out.Name != "" {
				seen[p.Out.Name]++
			}
		}
	}
	for _, name := range []string{"best_mkt_target", "best_sales_target", "best_net", "best_cost", "best_roi",
		"best_half_mkt_target", "best_half_sales_target", "best_more_mkt_target", "best_more_sales_target"} {
		if seen[name] != 1 {
			t.Errorf("#out-%s is in the advice %d times, want once", name, seen[name])
		}
	}
	// The memo says the same in words, with the reason beside an n/a.
	if res.Memo.Plan != a.Headline.String() || !strings.Contains(res.Memo.Figures, "ROI 463%") {
		t.Errorf("the memo says %q and %q", res.Memo.Plan, res.Memo.Figures)
	}
	_, _, keep := project(t, "mqls=30&deal=6000")
	if !strings.Contains(keep.Memo.Figures, "ROI n/a (the plan costs nothing extra, so there is no spend to return)") {
		t.Errorf("the memo's n/a has no reason: %q", keep.Memo.Figures)
	}
}

// One day more or less, in the table and in words, for model.md's numbers.
func TestStepsWords(t *testing.T) {
	_, _, res := project(t, "")
	d := res.Decision
	want := []struct{ label, benefit, cost, net string }{
		{"Marketing, 11 days instead of 10", "$0", "+$4,500", "−$4,500"},
		{"Marketing, 9 days instead of 10", "−$35,166", "−$4,500", "−$30,666"},
		{"Sales, 11 days instead of 10", "$0", "+$9,000", "−$9,000"},
		{"Sales, 9 days instead of 10", "−$38,710", "−$9,000", "−$29,710"},
	}
	if len(d.Steps) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(d.Steps), len(want), d.Steps)
	}
	for i, w := range want {
		r := d.Steps[i]
		if r.Label != w.label || r.Benefit.Text != w.benefit || r.Cost.Text != w.cost || r.Net.Text != w.net {
			t.Errorf("row %d: %s | %s | %s | %s, want %+v", i, r.Label, r.Benefit.Text, r.Cost.Text, r.Net.Text, w)
		}
	}
	notes := strings.Join(d.StepNotes, "\n")
	for _, w := range []string{
		"Sales: one more day per person (11 instead of 10) would cost $9,000, and the model credits nothing to it.",
		"Sales: the last day of the plan (from 9 to 10) adds $29,710 net.",
	} {
		if !strings.Contains(notes, w) {
			t.Errorf("step notes lack %q:\n%s", w, notes)
		}
	}
	// No step for a team of nobody, none below min(today, 2).
	_, _, res = project(t, "mkt_team=0&sales_target=2")
	for _, r := range res.Decision.Steps {
		if strings.HasPrefix(r.Label, "Marketing") || r.Label == "Sales, 1 days instead of 2" {
			t.Errorf("a step %q", r.Label)
		}
	}
}

// What one must believe, and why a threshold is n/a.
func TestBelieveWords(t *testing.T) {
	_, _, res := project(t, "")
	var items []string
	for _, l := range res.Decision.Believe.Items {
		items = append(items, l.String())
	}
	got := strings.Join(items, "\n")
	for _, w := range []string{
		"At least 38.9 MQLs a month (you have 200).",
		"Revenue per new customer of at least $4,862 (you have $25,000).",
		"A gross margin of at least 13.61% (you have 70%).",
		"A training day costing at most $4,628 per person, fees and time together (you have $900).",
		"A lag of at most 10.25 months (you have 3 months).",
		"At least 10.2% of the study's effect holds for you (you credit 50%).",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("believe lacks %q:\n%s", w, got)
		}
	}
	for _, c := range []struct{ query, name, why string }{
		{"margin=10&mqls=20", "threshold_margin", "not even a 100% margin would pay for it"},
		{"years=5&lag=3", "threshold_lag", "it pays at any lag up to 36 months"},
		{"mqls=100000", "threshold_day_total", "it pays at any cost of a day up to $2,000,000"},
		{"mkt_target=1&sales_target=2", "threshold_mqls", "the plan costs less than today's training, so there is no spend to return"},
	} {
		_, _, res := project(t, c.query)
		if o := res.Out[c.name]; !o.NA() || o.Why != c.why {
			t.Errorf("?%s: %s = %+v, want n/a because %q", c.query, c.name, o, c.why)
		}
	}
}

// The v3 fixes of the words: days as typed and "1 person" in the explanations; a
// ratio's n/a reason says loss for a loss.
func TestVersion3Words(t *testing.T) {
	_, _, res := project(t, "mkt_target=2.001&mkt_team=1")
	roi := strings.Join(res.Explain.ROI.Lines, "\n")
	lift := strings.Join(res.Explain.Lift.Lines, "\n")
	for _, w := range []string{"1 person × 0.001 extra days"} {
		if !strings.Contains(roi, w) {
			t.Errorf("the ROI's working lacks %q:\n%s", w, roi)
		}
	}
	if !strings.Contains(lift, "2 → 2.001 days") {
		t.Errorf("the lift's working does not show 2.001 days as typed:\n%s", lift)
	}
	if strings.Contains(roi+lift, "1 people") {
		t.Errorf("\"1 people\" in:\n%s\n%s", roi, lift)
	}
	// A loss a million times the cost: the reason says loss.
	_, r, res := project(t, "mkt_team=1&mkt_days=10&mkt_target=2&sales_team=1&sales_target=10.0000001&sales_lift=0")
	if r.Benefit >= 0 || r.ROI.OK || r.ROI.Why != calc.RatioTooLarge {
		t.Fatalf("the case is not a loss a million times its cost: benefit %g, cost %g, ROI %+v", r.Benefit, r.Cost, r.ROI)
	}
	if why := res.Out["roi"].Why; why != "the cost is too small next to the loss for a ratio to mean anything" {
		t.Errorf("ROI n/a for a loss says %q", why)
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Text, "highest the study observed") || strings.Contains(w.Text, "add up") {
			t.Errorf("warning %s: %q", w.Code, w.Text)
		}
	}
}
