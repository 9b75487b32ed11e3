//go:build !wasm

package e2e

// Links that bring people back to the host page (issue 23): an embed that names
// its host page (data-share, or share= in its address) links there with the
// scenario, and the host page's embed.js passes a shared link's scenario on to the
// calculator.

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// hostSharePage is a host page with the calculator at src and the iframe's
// attributes, recording the calculator's events; with shareSelf, the iframe's
// address names the page itself (share=), as the configurator writes it for a
// page whose address is known only once the test's server runs.
func hostSharePage(src, attrs string, shareSelf bool) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consult Example</title>
<style>body { margin: 0; }</style></head><body>
<script>
  const frame = document.createElement("iframe");
  frame.src = ` + js(src) + ` + (` + js(fmt.Sprint(shareSelf)) + ` === "true" ? "&share=" + encodeURIComponent(location.origin + location.pathname) : "");
  for (const a of ` + js(attrs) + `.split(" ").filter(Boolean)) frame.setAttribute(a, "");
  frame.setAttribute("data-training-roi", "");
  frame.title = "Training ROI calculator";
  frame.style.cssText = "width:100%;height:900px;border:0";
  document.body.append(frame);
  window.__events = [];
  frame.addEventListener("training-roi:result", (e) => window.__events.push(e.detail));
</script>
<script src="` + baseURL + `/web/embed.js"></script>
</body></html>`
}

func TestHostShareLinks(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, path, attrs string
		shareSelf         bool
	}{
		{"data-share", "/", "data-share", false},
		{"share= in the snippet", "/roi", "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			host := startHost(t, map[string]string{c.path: hostSharePage(baseURL+"/?embed=1&events=1", c.attrs, c.shareSelf)})
			page := host + c.path

			// A link to the host page with a scenario: the calculator shows it.
			p := newPage(t)
			p.gotoURL(page + "?topic=pricing&mqls=321&deal=4000&locale=de-DE#calc")
			fw := p.frameOf(baseURL + "/")
			fw.frameWait("the calculator in the frame", `document.documentElement.dataset.ready === "true" && document.getElementById("results").dataset.state === "ok"`, `document.title`)
			if got := eval[[]string](fw, `["mqls", "deal"].map((n) => document.getElementById("in-" + n).value)`); got[0] != "321" || got[1] != "4.000" {
				t.Errorf("the host page's scenario shows mqls %q, deal %q; want 321 and 4.000", got[0], got[1])
			}

			// An edit: the event's url, the printed report's link and Copy link all
			// lead to the host page with the scenario, the page's own parameter kept.
			eval[bool](fw, `(() => { const e = document.getElementById("in-mqls"); e.focus(); e.value = "450"; e.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
			p.waitUntil("the change event", `window.__events.some((d) => d.trigger === "change" && d.inputs.mqls === 450)`, `JSON.stringify(window.__events.map((d) => [d.trigger, d.url]))`)
			link := eval[string](p, `window.__events.findLast((d) => d.trigger === "change").url`)
			u, err := url.Parse(link)
			if err != nil || !strings.HasPrefix(link, page+"?") {
				t.Fatalf("the event's url %q does not lead to the host page %s", link, page)
			}
			q := u.Query()
			if q.Get("mqls") != "450" || q.Get("deal") != "4000" || q.Get("locale") != "de-DE" {
				t.Errorf("the event's url %q: want mqls 450, deal 4000, locale de-DE", link)
			}
			// A page that names itself (data-share) keeps its own parameters and
			// fragment; one named in the snippet is the address the snippet gives.
			if !c.shareSelf && (q.Get("topic") != "pricing" || u.Fragment != "calc") {
				t.Errorf("the event's url %q: want the page's topic=pricing and #calc", link)
			}
			for _, name := range []string{"embed", "events", "share"} {
				if q.Has(name) {
					t.Errorf("the event's url %q carries %s", link, name)
				}
			}
			if got := eval[string](fw, `document.querySelector("#report-header .url").textContent`); got != link {
				t.Errorf("the printed report's link is %q, want %q", got, link)
			}
			eval[bool](fw, `(document.getElementById("copy-link").click(), true)`)
			fw.frameWait("the link to copy", `document.getElementById("share-url")`, `document.getElementById("share-status").textContent`)
			if got := eval[string](fw, `document.getElementById("share-url").value`); got != link {
				t.Errorf("Copy link gives %q, want %q", got, link)
			}

			// The shared link, opened afresh: the same scenario.
			again := newPage(t)
			again.gotoURL(link)
			fw2 := again.frameOf(baseURL + "/")
			fw2.frameWait("the calculator in the frame", `document.documentElement.dataset.ready === "true" && document.getElementById("results").dataset.state === "ok"`, `document.title`)
			if got := eval[[]string](fw2, `["mqls", "deal"].map((n) => document.getElementById("in-" + n).value)`); got[0] != "450" || got[1] != "4.000" {
				t.Errorf("the shared link shows mqls %q, deal %q; want 450 and 4.000", got[0], got[1])
			}
			p.assertNoProblems()
			again.assertNoProblems()
		})
	}
}

// An embed that names a page on another origin than the one it is embedded in
// keeps its links to the calculator: a host page names only itself.
func TestHostShareLinkOfAnotherOrigin(t *testing.T) {
	t.Parallel()
	host := startHost(t, map[string]string{"/": hostSharePage(baseURL+"/?embed=1&events=1&mqls=321&share="+url.QueryEscape("https://other.example/roi"), "", false)})
	p := newPage(t)
	p.gotoURL(host + "/?mqls=999")
	p.waitUntil("the load event", `window.__events.some((d) => d.trigger === "load")`, `JSON.stringify(window.__events)`)
	if link := eval[string](p, `window.__events.find((d) => d.trigger === "load").url`); !strings.HasPrefix(link, baseURL+"/?") || !strings.Contains(link, "mqls=321") {
		t.Errorf("the event's url is %q, want the calculator's own link to mqls=321", link)
	}
	p.assertNoProblems()
}
