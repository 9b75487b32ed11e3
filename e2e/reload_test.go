//go:build !wasm

package e2e

// A reload right after a key (issue 21): the address follows typing after a
// pause, so the reload begins with the address a key or more behind; the page
// shows what was on screen when it was left, never an older or a partial number.

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestReloadKeepsTheLastKey: on /?mqls=500, a number typed and the page reloaded
// at once, by the browser (as F5) and by the page's location.reload(), comes
// back with its results and in the address; a visit of the address afterwards
// shows the address's own scenario.
func TestReloadKeepsTheLastKey(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/?mqls=500")
	in := inputsFromQuery(t, "mqls=500")
	for i, c := range []struct {
		typed, shown string // shown: grouped as the page writes numbers
		js           bool
	}{
		{"10001", "10,001", false}, {"777", "777", true}, {"4242", "4,242", false}, {"31", "31", true}, {"9000", "9,000", false},
	} {
		// The document left is marked: the reloaded one is not.
		p.do(chromedp.Evaluate[chromedp.Void](`window.__e2eLeft = true`))
		p.typeInto("mqls", c.typed)
		if c.js {
			p.do(chromedp.Evaluate[chromedp.Void](`location.reload()`))
		} else {
			p.do(chromedp.Reload())
		}
		p.waitFor("the reloaded page to run", `!window.__e2eLeft && performance.getEntriesByType("navigation")[0].type === "reload" && document.documentElement.getAttribute("data-ready") === "true"`,
			`location.href`, readyTimeout)
		if got := p.fieldValue("mqls"); got != c.shown {
			t.Errorf("reload %d: typed %s and reloaded at once, the field shows %s", i+1, c.typed, got)
		}
		v, err := strconv.Atoi(c.typed)
		if err != nil {
			t.Fatal(err)
		}
		in.MQLs = float64(v)
		p.settleOuts("reloaded after typing "+c.typed, expected(in))
		p.waitUntil("the address to name "+c.typed, `new URLSearchParams(location.search).get("mqls") === `+js(c.typed), `location.search`)
	}
	// A visit (not a reload) of an address shows that address.
	p.open("/?mqls=500")
	if got := p.fieldValue("mqls"); got != "500" {
		t.Errorf("a visit of /?mqls=500 after the reloads shows %s", got)
	}
	p.assertNoProblems()
}
