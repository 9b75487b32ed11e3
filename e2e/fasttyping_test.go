//go:build !wasm

package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// settledView is everything a visitor sees of one scenario's results: every
// #out-* (data-value and text), the live summary, the warnings and tables, and each
// chart's whole SVG and data table.
const settledView = `JSON.stringify({
  outs: [...document.querySelectorAll('[id^="out-"]')].map((el) => el.id + "=" + el.getAttribute("data-value") + "|" + el.textContent),
  state: document.getElementById("results").dataset.state,
  text: ["peek", "peek-plan", "warnings", "funnel", "money", "invalid", "stale-label"].map((id) => document.getElementById(id)?.textContent),
  charts: ["lift", "funnel", "payback", "sensitivity"].map((n) => {
    const box = document.getElementById("chart-" + n + "-box");
    return box ? box.innerHTML + "|" + box.parentElement.querySelector("details table").textContent : null;
  }),
})`

// TestFastTypingMatchesAFreshLoad types quickly (a frame or two between keys) into six
// fields in turn and drags a slider, then, once the page has settled, compares
// everything it shows with a fresh load of its own address: one writer of the
// page cannot leave the numbers of two scenarios on screen. E2E_FAST_ROUNDS sets
// how many rounds (default 2).
func TestFastTypingMatchesAFreshLoad(t *testing.T) { typeFastAndCompare(t, 1) }

// TestFastTypingMatchesAFreshLoadOnAPhone does the same on a phone's screen with
// the typing page's main thread 4 times slower: each key's render then takes
// longer than the pause before the next key, so keys arrive while the page is
// busy. The fresh load is on the same screen (the charts are drawn at the width
// they are shown at) at full speed.
func TestFastTypingMatchesAFreshLoadOnAPhone(t *testing.T) { typeFastAndCompare(t, 4, phone) }

// typeFastAndCompare is TestFastTypingMatchesAFreshLoad in browsers set up by
// opts, the typing page's main thread cpu times slower.
func typeFastAndCompare(t *testing.T, cpu float64, opts ...PageOption) {
	rounds := 2
	if n, err := strconv.Atoi(os.Getenv("E2E_FAST_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 12))
	p := newPage(t, append(opts, slowCPU(cpu))...)
	p.open("/?sales_target=12")
	// Each round types one of these texts into each field, a valid scenario (a fresh
	// load of an invalid one has no last valid results to keep); one field turns
	// invalid on the way.
	edits := []struct {
		field string
		texts []string
	}{
		{"sales_target", []string{"10", "8", "12.5", "6"}},
		{"mqls", []string{"750", "1,200", "90", "3000"}},
		{"deal", []string{"31000", "$18,500", "250000", "7500"}},
		{"confidence", []string{"35", "80", "5", "100"}},
		{"lag", []string{"4.5", "0", "11", "2"}},
		{"win_rate", []string{"18", "25", "9.5", "40"}},
	}
	for round := 1; round <= rounds; round++ {
		for i, e := range edits {
			if i == 3 {
				p.dragSlider("sales_days", 40+rng.IntN(120), rng)
			}
			if e.field == "lag" {
				p.typeFast(e.field, "x", rng)
			}
			p.typeFast(e.field, e.texts[rng.IntN(len(e.texts))], rng)
		}
		// Settled: the address holds the fields' scenario and the view stays the
		// same for a while.
		p.waitUntil("the address to follow the fields", `(() => {
			const q = new URLSearchParams(location.search), defaults = `+js(defaultTexts())+`;
			return Object.keys(defaults).every((n) => {
				const typed = Number(document.getElementById("in-" + n).value.replace(/[$,]/g, ""));
				return typed === Number(q.get(n) ?? defaults[n]);
			});
		})()`, `location.search`)
		url := eval[string](p, `location.href`)
		fresh := newPage(t, opts...)
		fresh.openOK(url[len(baseURL):])
		// The fresh load shows its scenario from the server's HTML on: the typed page
		// must come to show the same, and still show it once it has drawn a few
		// more frames (any late write of an older scenario would show by then).
		var live, again string
		same := func() bool {
			live, again = eval[string](p, settledView), eval[string](fresh, settledView)
			return live == again
		}
		if pollUntil(settleTimeout, same) {
			p.afterFrames(3)
			fresh.afterFrames(3)
		}
		if !same() {
			t.Errorf("round %d: after fast typing the page differs from a fresh load of %s:\nlive:  %s\nfresh: %s", round, url, abbrev(live, 3000), abbrev(again, 3000))
		}
		fresh.assertNoProblems()
	}
	p.assertNoProblems()
}

// defaultTexts are the example's inputs by name, as the URL writes them (no
// budget: an empty field).
func defaultTexts() map[string]string {
	m := map[string]string{}
	for _, f := range calc.Fields {
		m[f.Name] = state.Text(f.Default)
	}
	return m
}

// typeFast replaces the text of #in-NAME with text typed key by key, one or two
// frames apart (17-33 ms at 60 frames a second): a fast typist.
func (p *Page) typeFast(name, text string, rng *rand.Rand) {
	p.t.Helper()
	p.reveal("in-" + name)
	p.do(chromedp.Focus(chromedp.ID("in-"+name)),
		chromedp.Evaluate[chromedp.Void](`document.getElementById(`+js("in-"+name)+`).select()`))
	for _, r := range text {
		p.pressKey(string(r))
		p.afterFrames(1 + rng.IntN(2))
	}
}

// pressKey sends one key as a keyboard does: down with its character, then up.
func (p *Page) pressKey(key string) {
	p.t.Helper()
	k, ok := kb.Keys[[]rune(key)[0]]
	if !ok {
		p.t.Fatalf("no key for %q", key)
	}
	down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: k.Key, Code: k.Code,
		Text: k.Text, UnmodifiedText: k.Unmodified, WindowsVirtualKeyCode: k.Windows, NativeVirtualKeyCode: k.Native}
	up := down
	up.Type, up.Text, up.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
	command(p, input.DispatchKeyEvent, down)
	command(p, input.DispatchKeyEvent, up)
}

// dragSlider drags the thumb of #slider-NAME by dx pixels, a few pixels every
// frame or two, as a mouse does: to the right, or to the left when the thumb is in
// the right half (a thumb at the end would not move).
func (p *Page) dragSlider(name string, dx int, rng *rand.Rand) {
	p.t.Helper()
	p.reveal("slider-" + name)
	box := eval[[]float64](p, `(() => { const el = document.getElementById(`+js("slider-"+name)+`);
		el.scrollIntoView({block: "center"}); const r = el.getBoundingClientRect();
		const v = (el.value - el.min) / (el.max - el.min);
		return [r.left + 8 + v * (r.width - 16), r.top + r.height / 2, v]; })()`)
	x, y := box[0], box[1]
	dir := 1.0
	if box[2] > 0.5 {
		dir = -1
	}
	mouse := func(typ input.DispatchMouseEventType, x float64) {
		command(p, input.DispatchMouseEvent, input.DispatchMouseEventParams{
			Type: typ, X: x, Y: y, Button: input.MouseButtonLeft, Buttons: 1, ClickCount: 1})
	}
	before := p.fieldValue(name)
	mouse(input.DispatchMouseEventTypeMousePressed, x)
	for moved := 0; moved < dx; moved += 6 {
		p.afterFrames(1 + rng.IntN(2))
		mouse(input.DispatchMouseEventTypeMouseMoved, x+dir*float64(moved))
	}
	mouse(input.DispatchMouseEventTypeMouseReleased, x+dir*float64(dx))
	p.waitUntil(fmt.Sprintf("#in-%s to follow the slider", name), `document.getElementById(`+js("in-"+name)+`).value !== `+js(before)+``, `document.getElementById(`+js("in-"+name)+`).value`)
}
