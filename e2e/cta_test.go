//go:build !wasm

package e2e

// The call to action in a frame (issue 23): a click opens the consultancy's link
// whatever the host's sandbox (by the frame itself where it may open a window, by
// embed.js where it may not), the cta event says whether it opened, and embed.js
// opens no other link than the one its iframe's address names.

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/app/present"
)

// ctaLink is the call to action of these tests. Nothing answers there: the test
// looks for the window that opens for it.
const ctaLink = "https://consult.example/book?from=roi"

func TestCallToActionInFrames(t *testing.T) {
	t.Parallel()
	src := baseURL + "/?embed=1&events=1&cta_url=" + url.QueryEscape(ctaLink) + "&cta_text=Book+a+workshop"
	for _, c := range []struct {
		name, sandbox string
		byHost        bool // embed.js opens the link, not the frame
	}{
		{"sandboxed", `sandbox="allow-scripts"`, true},
		{"sandboxed with popups", `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"`, false},
		{"popups but not escaping", `sandbox="allow-scripts allow-popups"`, true},
		{"the snippet's", `sandbox="` + present.EmbedSandbox + `"`, false},
		{"plain", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			host := startHost(t, map[string]string{"/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consult Example</title>
<style>body { margin: 0; }</style></head><body>
<iframe ` + c.sandbox + ` src="` + strings.ReplaceAll(src, "&", "&amp;") + `" data-training-roi title="Training ROI calculator" style="width:100%;height:900px;border:0"></iframe>
<script src="` + baseURL + `/web/embed.js"></script>
<script>window.__events = []; document.querySelector("iframe").addEventListener("training-roi:result", (e) => window.__events.push(e.detail));</script>
</body></html>`})
			p := newPage(t)
			p.gotoURL(host + "/")
			fw := p.frameOf(baseURL + "/")
			// Chromium runs the frame in a process of its own when it is sandboxed
			// without allow-same-origin: its console is recorded there too.
			own := strings.Contains(c.sandbox, "allow-scripts") && !strings.Contains(c.sandbox, "allow-same-origin")
			fw.frameWait("the calculator in the frame", `document.documentElement.dataset.ready === "true" && document.getElementById("cta")`, `document.title`)
			// The event of the visit's load first: a cta event is the click's.
			p.waitUntil("the load event", `window.__events.some((d) => d.trigger === "load")`, `JSON.stringify(window.__events)`)

			// A click as the visitor's: the mouse, at the link, on the host page.
			at := eval[map[string]float64](p, `(() => { const r = document.querySelector("iframe").getBoundingClientRect(); return {x: r.left, y: r.top}; })()`)
			in := eval[map[string]float64](fw, `(() => { const r = document.getElementById("cta").getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`)
			p.do(chromedp.MouseClickXY(at["x"]+in["x"], at["y"]+in["y"]))

			opened := waitForWindow(t, p, "consult.example")
			t.Logf("%s: a window opened at %s (opener %s)", c.name, opened.URL, opened.OpenerID)
			p.waitUntil("the cta event", `window.__events.some((d) => d.trigger === "cta")`, `JSON.stringify(window.__events)`)
			ev := eval[map[string]any](p, `window.__events.find((d) => d.trigger === "cta")`)
			if ev["opened"] != true {
				t.Errorf("the cta event says opened %v, want true: %v", ev["opened"], ev)
			}
			if results, _ := ev["results"].(map[string]any); results["roi"] == nil {
				t.Errorf("the cta event has no results: %v", ev)
			}
			// Nothing was blocked: the frame opened the link itself, or left it to
			// embed.js without trying.
			p.assertNoProblems()
			if own {
				fw.assertNoProblems()
			}

			if !c.byHost {
				return
			}
			// embed.js opens only the link the iframe's own address names, and says
			// so: a frame asking for another gets "not opened".
			eval[bool](fw, `(window.__answers = [], addEventListener("message", (e) => { if (e.data && e.data.type === "training-roi:opened") window.__answers.push(e.data.opened); }),
  parent.postMessage({type: "training-roi:open", url: "https://evil.example/"}, "*"), true)`)
			fw.frameWait("embed.js's answer", `window.__answers.length > 0`, `JSON.stringify(window.__answers)`)
			if got := eval[[]bool](fw, `window.__answers`); len(got) != 1 || got[0] {
				t.Errorf("asked to open another link, embed.js answered %v, want [false]", got)
			}
			if n := countWindows(t, p, "evil.example"); n != 0 {
				t.Errorf("%d windows opened at evil.example", n)
			}
		})
	}
}

// waitForWindow waits for a page target whose URL has part in it (a window the
// page opened) and returns it. A window's target has its URL once its navigation
// commits, which for a host that does not resolve can take a loaded machine
// longer than a settle.
func waitForWindow(t *testing.T, p *Page, part string) *target.Info {
	t.Helper()
	var found *target.Info
	var infos []*target.Info
	var err error
	ok := pollUntil(readyTimeout, func() bool {
		ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
		defer cancel()
		if infos, err = chromedp.Targets(ctx); err != nil {
			return false
		}
		for _, in := range infos {
			if in.Type == "page" && strings.Contains(in.URL, part) {
				found = in
				return true
			}
		}
		return false
	})
	if !ok {
		var urls []string
		for _, in := range infos {
			urls = append(urls, string(in.Type)+" "+in.URL)
		}
		t.Fatalf("no window opened at %s within %v (targets: %v, err %v)%s", part, readyTimeout, urls, err, p.problemsSuffix())
	}
	return found
}

// countWindows counts the page targets whose URL has part in it.
func countWindows(t *testing.T, p *Page, part string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	infos, err := chromedp.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range infos {
		if in.Type == "page" && strings.Contains(in.URL, part) {
			n++
		}
	}
	return n
}
