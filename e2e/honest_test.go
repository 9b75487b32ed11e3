//go:build !wasm

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/calc"
)

// TestLoadingIsHonest: while the wasm loads, the results say they will follow edits
// only once the calculator is ready, with a progress bar; what is typed meanwhile is
// kept; the notice goes when the app runs. With JavaScript off the page says the
// calculator needs it.
func TestLoadingIsHonest(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	paused := chromedp.Events(p.ctx, fetch.RequestPaused)
	command(p, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.wasm*"}}})
	held := make(chan fetch.RequestID, 1)
	go func() {
		for ev, err := range paused {
			if err == nil {
				held <- ev.RequestID
			}
			return
		}
	}()
	p.do(chromedp.Navigate(baseURL + "/?mqls=200"))
	var id fetch.RequestID
	select {
	case id = <-held:
	case <-time.After(readyTimeout):
		t.Fatal("the page did not request the wasm")
	}
	notice := eval[string](p, `(() => { const n = document.getElementById("loading"); return n && n.getClientRects().length ? n.innerText : ""; })()`)
	if !strings.Contains(notice, "loading") || !strings.Contains(notice, "once it is ready") {
		t.Errorf("while the wasm loads the results say %q, want that they follow edits once the calculator is ready", notice)
	}
	if !eval[bool](p, `(() => { const b = document.getElementById("loading-progress"); return !!b && b.getClientRects().length > 0 && b.max === 100; })()`) {
		t.Error("no visible progress bar while the wasm loads")
	}
	p.typeInto("mqls", "350")
	command(p, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id})
	command(p, fetch.Disable, struct{}{})
	p.waitUntil("the app to run", `document.documentElement.dataset.ready === "true"`, "")
	p.waitUntil("the notice to go", `!document.getElementById("loading")`, `document.getElementById("loading").innerText`)
	if got := p.fieldValue("mqls"); got != "350" {
		t.Errorf("#in-mqls holds %q once the app runs, want the 350 typed while it loaded", got)
	}
	in := calc.Defaults()
	in.MQLs = 350
	p.settleOuts("typed while loading", expected(in))

	// No JavaScript: the page says what it needs.
	q := newPage(t)
	command(q, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	q.do(chromedp.Navigate(baseURL + "/"))
	if text := eval[string](q, `document.body.innerText`); !strings.Contains(text, "needs JavaScript") {
		t.Errorf("with JavaScript off the page does not say it needs it:\n%s", abbrev(text, 600))
	}
}

// TestSliderBeyondItsEnd: the days sliders run 0-20 while the fields take up to 60;
// a value beyond the end keeps its field's text, puts the slider at its end and says
// so next to it.
func TestSliderBeyondItsEnd(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")
	p.typeInto("sales_target", "30")
	p.waitUntil("the note beside the slider", `(document.querySelector("#in-sales_target").closest(".field").querySelector(".beyond") || {}).textContent === "30 days: beyond the slider's end at 20"`,
		`(document.querySelector("#in-sales_target").closest(".field").querySelector(".beyond") || {}).textContent`)
	if v := eval[string](p, `document.getElementById("slider-sales_target").value`); v != "20" {
		t.Errorf("the slider stands at %s, want its end, 20", v)
	}
	if got := p.fieldValue("sales_target"); got != "30" {
		t.Errorf("#in-sales_target holds %q, want 30", got)
	}
	// The note goes at the first key ("1"), before the second has landed: wait for
	// both the note gone and the slider at the value typed.
	p.typeInto("sales_target", "12")
	p.waitUntil("the note to go and the slider to stand at 12", `!document.querySelector("#in-sales_target").closest(".field").querySelector(".beyond") && document.getElementById("slider-sales_target").value === "12"`,
		`document.getElementById("slider-sales_target").value`)
	p.assertNoProblems()
}
