//go:build !wasm

package e2e

// Helpers of the comparison tests (compare_test.go): comparison links, what a
// column of the table shows, what calc says it must show, and the saved-scenarios
// dialog driven as a user does.

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// plan is one scenario of a comparison link: its query string, as in the
// calculator's address bar, and its name ("" for none).
type plan struct{ query, name string }

// managerPlans are the three plans.
var managerPlans = []plan{
	{"mkt_target=2&sales_target=8", "8 days for sales"},
	{"mkt_target=6&sales_target=6", "6 days for everyone"},
	{"mkt_target=10&sales_target=10", "10 days for everyone"},
}

// compareLink is /compare?s=…&n=…… for plans, then the extra parameters.
func compareLink(plans []plan, extra string) string {
	var parts []string
	for _, p := range plans {
		parts = append(parts, "s="+url.QueryEscape(p.query))
		if p.name != "" {
			parts = append(parts, "n="+url.QueryEscape(p.name))
		}
	}
	if extra != "" {
		parts = append(parts, extra)
	}
	return "/compare?" + strings.Join(parts, "&")
}

// compareResults are the results of a comparison's rows, with the ranges inside
// the lift and ROI cells.
var compareResults = []string{"lift", "lift_low", "lift_high", "revenue_gain", "roi", "roi_low", "roi_high", "payback", "breakeven", "net", "cost", "benefit"}

// compareRules says which way each row's best value lies: +1 higher, -1 lower.
var compareRules = map[string]int{"lift": 1, "revenue_gain": 1, "roi": 1, "payback": -1, "breakeven": -1, "net": 1, "cost": -1, "benefit": 1}

// column is what the comparison page shows in one scenario's column.
type column struct {
	N        string            `json:"n"`
	Name     string            `json:"name"` // the header's own text, without the status
	State    string            `json:"state"`
	Values   map[string]string `json:"values"` // data-out → data-value
	Texts    map[string]string `json:"texts"`  // data-out → the number as shown
	Best     []string          `json:"best"`   // data-out of the cells marked best
	Badges   []string          `json:"badges"` // data-out of the cells with a "best" badge
	Warnings []string          `json:"warnings"`
	Inputs   map[string]string `json:"inputs"` // data-in → the text shown
	Open     string            `json:"open"`
}

// columnsJS reads every column of #compare-table by its hooks.
const columnsJS = `(() => {
  const t = document.getElementById("compare-table");
  if (!t) return null;
  return [...t.querySelectorAll("thead th[data-scenario]")].map((th) => {
    const n = th.getAttribute("data-scenario");
    const c = {n, name: th.firstChild ? th.firstChild.textContent.trim() : "", state: th.getAttribute("data-state") || "",
      values: {}, texts: {}, best: [], badges: [], warnings: [], inputs: {}, open: ""};
    for (const e of t.querySelectorAll('[data-scenario="' + n + '"][data-out], [data-scenario="' + n + '"] [data-out]')) {
      const o = e.getAttribute("data-out");
      c.values[o] = e.getAttribute("data-value");
      const num = e.matches("td") ? e.querySelector(".num") : e;
      c.texts[o] = num ? num.textContent.trim() : "";
      if (e.getAttribute("data-best") === "yes") c.best.push(o);
      if (e.matches("td") && [...e.querySelectorAll(".badge")].some((b) => b.textContent.trim() === "best")) c.badges.push(o);
    }
    for (const li of t.querySelectorAll('td[data-scenario="' + n + '"] li[data-code]')) c.warnings.push(li.getAttribute("data-code"));
    for (const td of t.querySelectorAll('td[data-scenario="' + n + '"][data-in]')) c.inputs[td.getAttribute("data-in")] = td.textContent.trim();
    const a = t.querySelector('td[data-scenario="' + n + '"] a[href]');
    c.open = a ? a.getAttribute("href") : "";
    return c;
  });
})()`

func (p *Page) columns() []column {
	p.t.Helper()
	return eval[[]column](p, columnsJS)
}

// openCompare opens a comparison's path and waits for its table.
func (p *Page) openCompare(path string) {
	p.t.Helper()
	p.open(path)
	p.waitCompare()
}

// waitCompare waits until the comparison page shows its table.
func (p *Page) waitCompare() {
	p.t.Helper()
	p.waitUntil("the comparison table", `document.getElementById("compare-table")`, `(document.querySelector("main") || document.body).innerText.slice(0, 300)`)
}

// calcValue is a result of calc for in, as the hooks write it ("n/a" when undefined).
func calcValue(r *calc.Result, name string) calc.Value {
	o, ok := calc.OutputByName(name)
	if !ok {
		panic("no output " + name)
	}
	return o.Of(r)
}

// checkColumns compares each column with calc's projection of its inputs (nil for
// a scenario without results): every result, the warnings, and the best marks by
// the README's rules (the best value, and every value that reads the same; none
// when all read the same).
func checkColumns(e errorReporter, label string, cols []column, want []*calc.Inputs, names []string) {
	e.Helper()
	if len(cols) != len(want) {
		e.Errorf("%s: %d columns, want %d", label, len(cols), len(want))
		return
	}
	results := make([]*calc.Result, len(want))
	for i, in := range want {
		c := cols[i]
		if c.N != itoa(i+1) || c.Name != names[i] {
			e.Errorf("%s: column %d is data-scenario=%q named %q, want %d %q", label, i+1, c.N, c.Name, i+1, names[i])
		}
		if in == nil {
			if len(c.Values) > 0 || c.State != "invalid" {
				e.Errorf("%s: column %d has no valid inputs, yet results %v (state %q)", label, i+1, c.Values, c.State)
			}
			continue
		}
		r := calc.Project(*in)
		results[i] = &r
		for _, name := range compareResults {
			v := calcValue(&r, name)
			got, ok := c.Values[name]
			switch {
			case !ok:
				e.Errorf("%s: column %d has no [data-out=%s]", label, i+1, name)
			case !v.OK && got != "n/a":
				e.Errorf("%s: column %d %s data-value=%q, calc says n/a (%s)", label, i+1, name, got, v.Why)
			case v.OK:
				if g, err := parseNum(got); err != nil || !closeRel(g, v.V, relTol) {
					e.Errorf("%s: column %d %s data-value=%q, calc says %s", label, i+1, name, got, num(v.V))
				}
			}
			if bad := badWord(c.Texts[name]); bad != "" || c.Texts[name] == "" {
				e.Errorf("%s: column %d %s shows %q", label, i+1, name, c.Texts[name])
			}
		}
		if w := expectedWarnings(*in); !slices.Equal(c.Warnings, w) {
			e.Errorf("%s: column %d warnings %v, calc says %v", label, i+1, c.Warnings, w)
		}
		if !slices.Equal(sortedCopy(c.Best), sortedCopy(c.Badges)) {
			e.Errorf("%s: column %d marks %v best but shows the badge on %v", label, i+1, c.Best, c.Badges)
		}
	}
	for name, dir := range compareRules {
		bi := -1
		for i, r := range results {
			if r == nil {
				continue
			}
			if v := calcValue(r, name); v.OK && (bi < 0 || float64(dir)*(v.V-calcValue(results[bi], name).V) > 0) {
				bi = i
			}
		}
		valid, distinct := 0, false
		for i, r := range results {
			if r != nil {
				valid++
				distinct = distinct || bi < 0 || cols[i].Texts[name] != cols[bi].Texts[name]
			}
		}
		for i, r := range results {
			if r == nil {
				continue
			}
			want := valid >= 2 && bi >= 0 && distinct && cols[i].Texts[name] == cols[bi].Texts[name]
			if got := slices.Contains(cols[i].Best, name); got != want {
				e.Errorf("%s: %s of column %d (%s, calc %s) marked best: %v, want %v", label, name, i+1, cols[i].Texts[name], num(calcValue(r, name).V), got, want)
			}
		}
	}
}

func itoa(i int) string { return num(float64(i)) }

// inputsOf is the calculator's inputs for a scenario query string.
func inputsOf(t *testing.T, query string) *calc.Inputs {
	in := inputsFromQuery(t, query)
	return &in
}

// openDialog clicks the button with this id and waits for the dialog to open.
func (p *Page) openDialog(button, dialog string) {
	p.t.Helper()
	p.click(button)
	p.waitUntil("#"+dialog+" to open", `document.getElementById(`+js(dialog)+`).open`, `document.getElementById(`+js(dialog)+`).open`)
}

// statusIs waits for the saved-scenarios dialog to say want.
func (p *Page) statusIs(want string) {
	p.t.Helper()
	p.waitUntil("the dialog to say "+want, `document.getElementById("saved-status").textContent === `+js(want),
		`document.getElementById("saved-status").textContent`)
}

// saveAs types a name into the open Save dialog and presses Enter.
func (p *Page) saveAs(name string) {
	p.t.Helper()
	p.typeText("save-name", name)
	p.do(chromedp.KeyEvent(kb.Enter))
}

// listed are the names in the Save dialog's list.
func (p *Page) listed() []string {
	p.t.Helper()
	return eval[[]string](p, `[...document.querySelectorAll("#saved-list .saved-name")].map((e) => e.textContent)`)
}

// stored are the names of the scenarios saved on the device, "<unreadable>" when
// the stored data is not ours.
func (p *Page) stored() []string {
	p.t.Helper()
	data := eval[string](p, `localStorage.getItem(`+js(state.ScenariosKey)+`) || ""`)
	list, err := state.DecodeScenarios(data)
	if err != nil {
		return []string{"<unreadable>"}
	}
	var names []string
	for _, s := range list {
		names = append(names, s.Name)
	}
	return names
}

// clickItem clicks the button of a saved scenario whose text starts with action
// (Rename, Duplicate, Delete).
func (p *Page) clickItem(action, name string) {
	p.t.Helper()
	path := `[...document.querySelectorAll("#saved-list button[data-name]")].find((b) => b.getAttribute("data-name") === ` + js(name) +
		` && b.textContent.startsWith(` + js(action) + `))`
	if !eval[bool](p, `!!`+path) {
		p.t.Fatalf("no %s button for %q in %v", action, name, p.listed())
	}
	p.do(chromedp.Click(chromedp.JSPath(path)))
}
