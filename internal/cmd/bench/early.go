//go:build !wasm

package main

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// earlyResult is what happened to text typed into the prerendered page before the
// wasm ran.
type earlyResult struct {
	Typed      string // what was typed into #in-mqls, replacing its text
	Field      string // #in-mqls once the app ran
	Value      string // #out-revenue_now's data-value then
	Want       string // what the server prerenders for that input
	Focused    bool   // #in-mqls still had the focus
	After      string // #in-mqls after one more key typed once the app ran
	AfterValue string
	WantAfter  string
}

// earlyTyping opens the page with the wasm held back (the browser's request for it
// is paused), types into #in-mqls, lets the wasm load, and checks that the text,
// the results and the focus survived the app taking over the page; then types
// one more key.
func earlyTyping(o options, d device, chrome, base string) (earlyResult, error) {
	r := earlyResult{Typed: "350"}
	b, err := newBrowser(d, chrome)
	if err != nil {
		return r, err
	}
	defer b.Close()
	ctx := b.Ctx

	paused := chromedp.Events(ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.wasm*"}}}); err != nil {
		return r, err
	}
	held := make(chan fetch.RequestID, 1)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			held <- ev.RequestID
			return
		}
	}()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?mqls=200")); err != nil {
		return r, err
	}
	var id fetch.RequestID
	select {
	case id = <-held:
	case <-time.After(30 * time.Second):
		return r, fmt.Errorf("the page did not request the wasm")
	}
	// The wasm is held: type as a visitor would, into the prerendered field.
	if err := evalDo(ctx, `(() => { const e = document.getElementById("in-mqls"); e.focus(); e.select(); })()`); err != nil {
		return r, err
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(r.Typed)); err != nil {
		return r, err
	}
	if ran, err := evalWait[bool](ctx, `window.__bench.wasmDone >= 0`, 5*time.Second); err != nil || ran {
		return r, fmt.Errorf("the wasm ran before the typing ended (%v)", err)
	}
	if _, err := chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
		return r, err
	}
	if _, err := chromedp.Call(ctx, fetch.Disable, struct{}{}); err != nil {
		return r, err
	}
	if err := poll(ctx, `window.__bench.ready >= 0`, 60*time.Second); err != nil {
		return r, fmt.Errorf("waiting for the app: %w", err)
	}
	// The app renders the early text on its first update after it started.
	time.Sleep(200 * time.Millisecond)
	type state struct {
		Field   string `json:"field"`
		Value   string `json:"value"`
		Focused bool   `json:"focused"`
	}
	const read = `(() => ({
  field: document.getElementById("in-mqls").value,
  value: String(document.getElementById("out-revenue_now").getAttribute("data-value")),
  focused: document.activeElement === document.getElementById("in-mqls"),
}))()`
	s, err := evalWait[state](ctx, read, 5*time.Second)
	if err != nil {
		return r, err
	}
	r.Field, r.Value, r.Focused = s.Field, s.Value, s.Focused
	if r.Want, err = prerenderedValue(base + "/?mqls=" + r.Typed); err != nil {
		return r, err
	}
	// One more key, typed where the caret is (after the focus, if it was kept).
	if err := chromedp.Do(ctx, chromedp.KeyEvent("0")); err != nil {
		return r, err
	}
	time.Sleep(500 * time.Millisecond)
	if s, err = evalWait[state](ctx, read, 5*time.Second); err != nil {
		return r, err
	}
	r.After, r.AfterValue = s.Field, s.Value
	if r.WantAfter, err = prerenderedValue(base + "/?mqls=" + r.After); err != nil {
		return r, err
	}
	return r, nil
}

var revenueNowRE = regexp.MustCompile(`id="out-revenue_now"[^>]*data-value="([^"]*)"|data-value="([^"]*)"[^>]*id="out-revenue_now"`)

// prerenderedValue is #out-revenue_now's data-value in the server's page for u.
func prerenderedValue(u string) (string, error) {
	resp, err := http.Get(u)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	m := revenueNowRE.FindSubmatch(b)
	if m == nil {
		return "", fmt.Errorf("%s: no #out-revenue_now in the page", u)
	}
	return string(m[1]) + string(m[2]), nil
}

func printEarly(r earlyResult) {
	fmt.Printf("\n== typing before the wasm runs (its request held until \"%s\" was typed into #in-mqls)\n", r.Typed)
	yes := func(ok bool) string {
		if ok {
			return "yes"
		}
		return "NO"
	}
	fmt.Printf("text kept: %s (the field holds %q); results for it: %s; focus kept: %s\n",
		yes(r.Field == r.Typed), r.Field, yes(r.Value == r.Want), yes(r.Focused))
	fmt.Printf("one more key once the app ran: the field holds %q, results follow: %s\n", r.After, yes(r.AfterValue == r.WantAfter && r.After != r.Field))
}
