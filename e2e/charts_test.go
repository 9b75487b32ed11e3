//go:build !wasm

package e2e

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// pageFacts reads what a document shows of the projection: every out-NAME
// result, the peek line, and for each chart its <title>, <desc> and data table.
// It runs on the live page and on the prerendered HTML for the same scenario
// (parsed with DOMParser), so the two can be compared.
const pageFacts = `(html) => {
  const d = html ? new DOMParser().parseFromString(html, "text/html") : document;
  // Text nodes one by one: the server's HTML has line breaks between tags where
  // the live page has none.
  const text = (el) => {
    if (!el) {
      return null;
    }
    const parts = [];
    const walk = d.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const t = n.nodeValue.replace(/\s+/g, " ").trim();
      if (t) {
        parts.push(t);
      }
    }
    return parts.join(" ");
  };
  const f = {outs: {}, peek: text(d.getElementById("peek")), charts: {}, warnings: text(d.getElementById("warnings")),
    funnel: text(d.getElementById("funnel")), money: text(d.getElementById("money"))};
  for (const el of d.querySelectorAll('[id^="out-"]')) {
    f.outs[el.id] = el.getAttribute("data-value") + " | " + text(el);
  }
  for (const n of ["lift", "funnel", "payback", "sensitivity"]) {
    const box = d.getElementById("chart-" + n + "-box");
    const table = box && box.parentElement.querySelector("details table");
    f.charts[n] = {
      svg: !!(box && box.querySelector("svg#chart-" + n)),
      title: text(d.getElementById("chart-" + n + "-title")),
      desc: text(d.getElementById("chart-" + n + "-desc")),
      table: text(table),
    };
  }
  return JSON.stringify(f);
}`

type chartFacts struct {
	SVG   bool   `json:"svg"`
	Title string `json:"title"`
	Desc  string `json:"desc"`
	Table string `json:"table"`
}

type facts struct {
	Outs     map[string]string     `json:"outs"`
	Peek     string                `json:"peek"`
	Charts   map[string]chartFacts `json:"charts"`
	Warnings string                `json:"warnings"`
	Funnel   string                `json:"funnel"`
	Money    string                `json:"money"`
}

func (p *Page) facts(html string) (facts, string) {
	p.t.Helper()
	arg := "null"
	if html != "" {
		arg = js(html)
	}
	raw := eval[string](p, "("+pageFacts+")("+arg+")")
	var f facts
	if err := json.Unmarshal([]byte(raw), &f); err != nil {
		p.t.Fatalf("page facts: %v", err)
	}
	return f, raw
}

// scenarioQuery is the query string for the inputs the page's fields hold now.
func (p *Page) scenarioQuery(display url.Values) string {
	q := url.Values{}
	for _, f := range calc.Fields {
		q.Set(f.Name, p.fieldValue(f.Name))
	}
	for k, v := range display {
		q[k] = v
	}
	return q.Encode()
}

// TestChartsFollowInputs types into fields as a user does and checks that, once
// the page settles, every chart, its data table and every result equal what the
// server renders for the same scenario (or, while a field is invalid, what the page
// showed for the last valid inputs), and that the charts say the numbers calc
// gives.
func TestChartsFollowInputs(t *testing.T) {
	p := newPage(t)
	p.open("/")
	before, _ := p.facts("")
	for _, n := range []string{"lift", "funnel", "payback"} {
		if c := before.Charts[n]; !c.SVG || c.Desc == "" || c.Table == "" {
			t.Fatalf("default page, chart %s: %+v", n, c)
		}
	}

	steps := []struct {
		field, text string
		display     url.Values
		changes     []string // the charts this edit must change
	}{
		{"mqls", "750", nil, []string{"lift", "funnel", "payback"}},
		{"sales_target", "6", nil, []string{"lift", "funnel", "payback"}},
		{"deal", "40000", nil, []string{"lift", "funnel", "payback"}},
		{"years", "3", nil, []string{"payback"}},
		{"confidence", "35", nil, []string{"lift", "funnel", "payback"}},
		// A warning appears and goes (the page changes shape), a field turns
		// invalid and valid again: go-app's render takes over and hands back.
		{"sal_rate", "90", nil, []string{"lift", "funnel", "payback"}},
		{"sal_rate", "30", nil, []string{"lift", "funnel", "payback"}},
		{"mqls", "abc", nil, nil},
		{"mqls", "500", nil, nil},
		{"mqls", "600", nil, []string{"lift", "funnel", "payback"}},
	}
	prev := before
	for _, s := range steps {
		p.typeInto(s.field, s.text)
		want := p.scenarioQuery(s.display)
		q, err := url.ParseQuery(want)
		if err != nil {
			t.Fatal(err)
		}
		sc := state.FromQuery(q)
		check := sc.Form.Read(sc.Display.Locale)
		if !check.OK() {
			// The last valid results and charts stay, and the state says invalid.
			p.waitState("invalid")
			got, _ := p.facts("")
			if !strings.Contains(got.Peek, "fixing") {
				t.Errorf("after %s=%s (invalid) the summary line says %q, want that fields need fixing", s.field, s.text, got.Peek)
			}
			got.Peek = prev.Peek
			if d := diffFacts(got, prev); d != "" {
				t.Errorf("after %s=%s (invalid) the page does not keep the last valid results:%s", s.field, s.text, d)
			}
			continue
		}
		server := getHTML(t, "/?"+want)
		wantF, _ := p.facts(server)
		// The live page settles on what the server renders.
		var got facts
		if !pollUntil(settleTimeout, func() bool { got, _ = p.facts(""); return diffFacts(got, wantF) == "" }) {
			t.Errorf("after %s=%s the page does not match the server's rendering of ?%s:%s", s.field, s.text, want, diffFacts(got, wantF))
		}
		for _, n := range s.changes {
			if got.Charts[n].Desc+got.Charts[n].Table == prev.Charts[n].Desc+prev.Charts[n].Table {
				t.Errorf("after %s=%s the %s chart did not change: %q", s.field, s.text, n, got.Charts[n].Desc)
			}
		}
		prev = got

		// And the charts carry calc's numbers.
		for _, n := range []string{"lift", "funnel", "payback"} {
			if !got.Charts[n].SVG {
				t.Errorf("after %s=%s chart %s has no <svg>", s.field, s.text, n)
			}
		}
		r := calc.Project(check.Inputs)
		fm := format.New(state.DefaultLocale, state.DefaultCurrency)
		for _, w := range []struct{ chart, text string }{
			{"funnel", fm.MoneyCompact(r.Now.Revenue) + " now, " + fm.MoneyCompact(r.Projected.Revenue) + " projected"},
			{"payback", "ends at " + fm.MoneyCompact(r.Timeline[len(r.Timeline)-1])},
			{"funnel", fm.Money(r.Projected.Revenue)},
			{"payback", fm.Money(r.Timeline[len(r.Timeline)-1])},
		} {
			c := got.Charts[w.chart]
			if !strings.Contains(c.Desc+" "+c.Table, w.text) {
				t.Errorf("after %s=%s the %s chart and its table do not say %q (calc): desc %q, table %q", s.field, s.text, w.chart, w.text, c.Desc, c.Table)
			}
		}
	}
	p.assertNoProblems()
}

// diffFacts lists where two pages' facts differ.
func diffFacts(got, want facts) string {
	var b strings.Builder
	line := func(what, g, w string) {
		if g != w {
			b.WriteString("\n  " + what + ": page " + abbrev(g, 300) + "\n  " + strings.Repeat(" ", len(what)) + "  server " + abbrev(w, 300))
		}
	}
	for k, w := range want.Outs {
		if !sameOut(got.Outs[k], w) {
			line(k, got.Outs[k], w)
		}
	}
	for k, g := range got.Outs {
		if _, ok := want.Outs[k]; !ok {
			line(k, g, "(none)")
		}
	}
	line("peek", got.Peek, want.Peek)
	line("warnings", got.Warnings, want.Warnings)
	line("funnel table", got.Funnel, want.Funnel)
	line("money table", got.Money, want.Money)
	for k, w := range want.Charts {
		g := got.Charts[k]
		line(k+" svg", fmt.Sprint(g.SVG), fmt.Sprint(w.SVG))
		line(k+" title", g.Title, w.Title)
		line(k+" desc", g.Desc, w.Desc)
		line(k+" table", g.Table, w.Table)
	}
	return b.String()
}

// sameOut compares two "data-value | text" results: the texts exactly, the
// numbers to 1e-12 relative, since the wasm's math functions may differ from
// the server's in the last bits.
func sameOut(a, b string) bool {
	if a == b {
		return true
	}
	av, at, ok1 := strings.Cut(a, " | ")
	bv, bt, ok2 := strings.Cut(b, " | ")
	if !ok1 || !ok2 || at != bt {
		return false
	}
	x, err1 := strconv.ParseFloat(av, 64)
	y, err2 := strconv.ParseFloat(bv, 64)
	return err1 == nil && err2 == nil && math.Abs(x-y) <= 1e-12*math.Max(math.Abs(x), math.Abs(y))
}
