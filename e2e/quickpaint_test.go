//go:build !wasm

package e2e

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// readSnapshotJS reads what document d shows of the projection: every result
// (data-value and text), the peek line and each chart's whole <svg>. The live
// page and the server's HTML are read by the same function.
const readSnapshotJS = `(d) => {
  const s = {outs: {}, svgs: {}, peek: d.getElementById("peek").textContent};
  for (const el of d.querySelectorAll('[id^="out-"]')) {
    s.outs[el.id] = el.getAttribute("data-value") + " | " + el.textContent;
  }
  for (const n of ["lift", "funnel", "payback"]) {
    const svg = d.getElementById("chart-" + n);
    s.svgs[n] = svg ? svg.outerHTML : "";
  }
  return s;
}`

// snapshotJS records what the page shows at the moment a key's results land:
// the first MutationObserver callback after a keydown runs in the key's own
// task, right after the quick paint (app/ui/quick.go) wrote into the page and
// before go-app's render of the rest, 60 ms later, writes everything again. It
// also counts the quick paint's calls into web/paint.js that succeeded.
const snapshotJS = `(() => {
  window.__snaps = [];
  window.__painted = 0;
  const paint = window.trainingRoiPaint;
  window.trainingRoiPaint = (ops) => {
    const ok = paint(ops);
    if (ok && ops !== "") {
      window.__painted++;
    }
    return ok;
  };
  const snap = () => (` + readSnapshotJS + `)(document);
  window.__snapNow = () => JSON.stringify(snap());
  // The first change after each keydown: the key's own task.
  let armed = false;
  document.addEventListener("keydown", () => { armed = true; }, true);
  new MutationObserver(() => {
    if (armed) {
      armed = false;
      window.__snaps.push(snap());
    }
  }).observe(document.body, {subtree: true, attributes: true, characterData: true, childList: true});
  return true;
})()`

// serverSnapshotJS is what the server's HTML for the same scenario shows, read
// the same way.
const serverSnapshotJS = `(html) => JSON.stringify((` + readSnapshotJS + `)(new DOMParser().parseFromString(html, "text/html")))`

type snapshot struct {
	Outs map[string]string `json:"outs"`
	SVGs map[string]string `json:"svgs"`
	Peek string            `json:"peek"`
}

// TestQuickPaintShowsWhatTheServerRenders: after each key, in the key's own
// task, every result and the peek line equal the server's rendering of the
// scenario the fields then hold, and each chart's whole <svg> (every element,
// attribute and text) equals the one go-app's render then puts on the page from
// the chart's markup. (The server draws the charts at a default width, the page
// at the width it shows them, so the charts are compared with the page's own
// render; TestChartsFollowInputs compares that with the server's.) The page
// settling is not enough on its own: go-app's render 60 ms after a key draws the
// charts again and would hide a wrong quick paint. This fails, for example, if
// web/paint.js skips an attribute.
func TestQuickPaintShowsWhatTheServerRenders(t *testing.T) {
	p := newPage(t)
	p.open("/")
	eval[bool](p, snapshotJS)
	// One key at a time at the end of a field, each through the quick paint
	// (the page keeps its shape) unless noted.
	for _, s := range []struct{ field, key string }{
		{"mqls", "0"}, {"mqls", kb.Backspace}, {"mqls", "7"}, {"mqls", kb.Backspace},
		{"sales_target", kb.Backspace}, {"sales_target", "6"}, {"deal", "5"},
		{"lag", "0"}, {"lag", kb.Backspace}, {"confidence", kb.Backspace},
		{"win_rate", kb.Backspace}, {"sales_team", "0"},
	} {
		name := s.field + " " + strconv.Quote(s.key)
		id := js("in-" + s.field)
		p.reveal("in-" + s.field)
		eval[bool](p, `(() => { const e = document.getElementById(`+id+`); e.focus(); e.setSelectionRange(e.value.length, e.value.length); window.__snaps = []; return true; })()`)
		p.do(chromedp.KeyEvent(s.key))
		p.waitUntil("the results of "+name, `window.__snaps.length > 0`, `window.__snaps.length`)
		var got snapshot
		if err := json.Unmarshal([]byte(eval[string](p, `JSON.stringify(window.__snaps[0])`)), &got); err != nil {
			t.Fatal(err)
		}
		want := p.scenarioQuery(nil)
		var w snapshot
		if err := json.Unmarshal([]byte(eval[string](p, "("+serverSnapshotJS+")("+js(getHTML(t, "/?"+want))+")")), &w); err != nil {
			t.Fatal(err)
		}
		for k, v := range w.Outs {
			if !sameOut(got.Outs[k], v) {
				t.Errorf("after %s (%s), %s: page %q, server %q", name, want, k, got.Outs[k], v)
			}
		}
		if got.Peek != w.Peek {
			t.Errorf("after %s, peek: page %q, server %q", name, got.Peek, w.Peek)
		}
		time.Sleep(400 * time.Millisecond) // go-app's render of the whole page
		var settled snapshot
		if err := json.Unmarshal([]byte(eval[string](p, `window.__snapNow()`)), &settled); err != nil {
			t.Fatal(err)
		}
		for k, v := range settled.SVGs {
			if g := got.SVGs[k]; g != v || v == "" {
				i := 0
				for i < len(g) && i < len(v) && g[i] == v[i] {
					i++
				}
				t.Errorf("after %s, chart %s as the key drew it differs from go-app's render at byte %d:\n key …%s\n render …%s", name, k, i,
					g[max(0, i-100):min(len(g), i+100)], v[max(0, i-100):min(len(v), i+100)])
			}
		}
	}
	if n := eval[int](p, `window.__painted`); n < 8 {
		t.Errorf("%d of 12 keys went through the quick paint, want most", n)
	}
}
