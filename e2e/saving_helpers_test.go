//go:build !wasm

package e2e

// Helpers of the saving tests (saving_test.go): a second tab of the same browser,
// pressing Enter in two tabs at one moment, and scenarios as large as they can be.

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// newTab opens another tab in p's browser (same profile, same storage), closed
// when the test ends.
func newTab(t *testing.T, p *Page) *Page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(p.ctx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	tab := &Page{t: t, browser: &browser{ctx: ctx}}
	tab.recordConsole()
	return tab
}

// enterAtOnce presses Enter in every page at the same moment: each press waits
// for the others to be ready to send theirs.
func enterAtOnce(t *testing.T, pages ...*Page) {
	t.Helper()
	var ready, wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, len(pages))
	for i, p := range pages {
		ready.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
			defer cancel()
			ready.Done()
			<-start
			errs[i] = chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter))
		}()
	}
	ready.Wait()
	close(start)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatalf("pressing Enter: %v", err)
		}
	}
}

// maximalQuery is a link whose every input is as long as a field keeps (800
// bytes) of "<", which a URL writes as three bytes each: the largest scenario.
func maximalQuery() string {
	var parts []string
	for _, f := range calc.Fields {
		parts = append(parts, f.Name+"="+strings.Repeat("%3C", 800))
	}
	return strings.Join(parts, "&")
}

// maximalList is n scenarios as large as they can be, as the app writes them.
func maximalList(t *testing.T, n int) string {
	t.Helper()
	f, _ := state.FormFromQuery(mustQuery(t, maximalQuery()), state.DefaultLocale)
	var list []state.SavedScenario
	var err error
	for i := range n {
		if list, err = state.AddScenario(list, strings.Repeat("<", 56)+" "+itoa(100+i), f, state.DefaultLocale); err != nil {
			t.Fatal(err)
		}
	}
	data, err := state.EncodeSavedList(state.SavedList{List: list})
	if err != nil {
		t.Fatal(err)
	}
	return data
}
