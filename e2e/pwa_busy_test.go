//go:build !wasm

package e2e

// A server that answers a page with an error of its own (503 when it cannot render
// in time, a proxy's 502 when the server is gone) while the visitor has the app
// cached: the service worker serves the cached app, never the error (issue 21).

import (
	"strings"
	"testing"
)

// TestPWAServerErrorServesCachedApp: after one visit of "/", navigations to
// addresses never fetched before get the cached app, which shows each address's
// scenario, while the front answers them 503 with the server's busy text, and then
// 502.
func TestPWAServerErrorServesCachedApp(t *testing.T) {
	t.Parallel()
	f := newFront(t)
	f.deploy(pwaWebCopy(t))
	w := readWorker(t, f.url)
	p := newPage(t)
	p.openURL(f.url + "/")
	p.waitState("ok")
	p.waitCached(w)

	visit := func(what, query string) {
		t.Helper()
		before := f.busyAnswers.Load()
		p.openURL(f.url + "/" + query)
		p.waitState("ok")
		p.settleOuts(what+" "+query, expected(inputsFromQuery(t, query)))
		// The signal that the error was there to be shown: the front gave it.
		if f.busyAnswers.Load() == before {
			t.Errorf("%s %s: the front was not asked for the page, so the test proves nothing", what, query)
		}
		status := eval[int](p, `performance.getEntriesByType("navigation")[0].responseStatus`)
		if text := p.innerText(); status != 200 || strings.Contains(text, "busy") || strings.Contains(text, "no deploy") {
			t.Errorf("%s %s: the page came with status %d and reads %q", what, query, status, abbrev(text, 200))
		}
	}

	f.busy.Store(true)
	visit("503", "?mqls=321&win_rate=25")
	visit("503", "?embed=1&mqls=654&currency=EUR")

	f.busy.Store(false)
	if s := f.current.Swap(nil); s != nil {
		s.stop(t)
	}
	visit("502", "?sales_team=15&years=2")

	in := inputsFromQuery(t, "sales_team=15&years=2")
	in.MQLs = 432
	p.typeInto("mqls", "432")
	p.settleOuts("typed while the server is gone", expected(in))
	p.assertNoCrash()
}
