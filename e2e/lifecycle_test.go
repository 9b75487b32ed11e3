//go:build !wasm

package e2e

import (
	"context"
	"reflect"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// listenerCounts is how many listeners of each kind the pages add to the window
// and the document, as DevTools' getEventListeners sees them.
func (p *Page) listenerCounts() map[string]int {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]int](`(() => {
  const n = {};
  for (const [where, target] of [["window", window], ["document", document]]) {
    for (const [type, list] of Object.entries(getEventListeners(target))) n[where + " " + type] = list.length;
  }
  return n;
})()`, p.inWorld, func(e *runtime.EvaluateParams) { yes := true; e.IncludeCommandLineAPI = &yes }))
	if err != nil {
		p.t.Fatalf("getEventListeners: %v", err)
	}
	return n
}

// Moving between the calculator and the comparison within the app leaves no
// listener behind: the calculator has the listeners a fresh load of it has
// after every move, the comparison none of the calculator's, and no move adds
// any that the one before did not.
func TestPagesReleaseListeners(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	calculator := p.listenerCounts()
	// The counts see the calculator's own: the saved scenarios follow other
	// windows (storage), and the summary follows scrolling.
	if calculator["window storage"] == 0 || calculator["window scroll"] == 0 {
		t.Fatalf("the calculator's listeners are not seen: %v", calculator)
	}
	compare := compareLink(managerPlans[:2], "")
	var comparison map[string]int
	for i := range 3 {
		eval[any](p, `goappNav(`+js(compare)+`)`)
		p.waitCompare()
		got := p.listenerCounts()
		if got["window storage"] != 0 || got["window scroll"] != 0 {
			t.Fatalf("move %d: the comparison has the calculator's listeners: %v", i+1, got)
		}
		if comparison == nil {
			comparison = got
		} else if !reflect.DeepEqual(got, comparison) {
			t.Fatalf("move %d to the comparison: listeners %v; the first time %v", i+1, got, comparison)
		}
		eval[any](p, `goappNav("/")`)
		p.waitUntil("the calculator", `document.getElementById("inputs") && !document.getElementById("compare")`, `document.title`)
		if got := p.listenerCounts(); !reflect.DeepEqual(got, calculator) {
			t.Fatalf("move %d back to the calculator: listeners %v; a fresh load has %v", i+1, got, calculator)
		}
	}
	p.assertNoProblems()
}
