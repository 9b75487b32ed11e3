//go:build !wasm

package e2e

// A host page that is cross-origin isolated (Cross-Origin-Embedder-Policy:
// require-corp, Cross-Origin-Opener-Policy: same-origin) embeds the calculator with
// the README's snippet: embed.js comes from the calculator's origin, the iframe too
// (issue 21). Without Cross-Origin-Resource-Policy on what the calculator serves,
// and its own Cross-Origin-Embedder-Policy on the framed page, Chromium blocks both.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"
)

// isolatedHostHTML embeds the calculator twice, as the snippet does and sandboxed
// with allow-scripts (an opaque origin, so every file the page loads is
// cross-origin), and records the heights each frame posts.
const isolatedHostHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An isolated host</title>
<script>
window.heights = {plain: 0, sandboxed: 0};
window.addEventListener("message", (e) => {
  for (const f of document.querySelectorAll("iframe[data-training-roi]")) {
    if (e.source === f.contentWindow && e.data && e.data.type === "training-roi:height") {
      window.heights[f.id] = e.data.height;
    }
  }
});
</script></head><body><h1>What training pays</h1>
<iframe id="plain" src="%[1]s/?embed=1&amp;mqls=500" data-training-roi title="Training ROI calculator" style="width:100%%;height:900px;border:0"></iframe>
<iframe id="sandboxed" sandbox="allow-scripts" src="%[1]s/?embed=1&amp;mqls=600" data-training-roi title="Training ROI calculator, sandboxed" style="width:100%%;height:900px;border:0"></iframe>
<script src="%[1]s/web/embed.js" async></script>
</body></html>`

// TestEmbedInIsolatedHost: in a cross-origin isolated page of another origin,
// embed.js runs and both calculators start and post their heights, which embed.js
// applies to their iframes.
func TestEmbedInIsolatedHost(t *testing.T) {
	t.Parallel()
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
		w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
		fmt.Fprintf(w, isolatedHostHTML, baseURL)
	}))
	defer host.Close()

	p := newPage(t)
	p.do(chromedp.Navigate(host.URL))
	if !eval[bool](p, `self.crossOriginIsolated === true`) {
		t.Fatalf("the host page is not cross-origin isolated: the test proves nothing")
	}
	if err := p.poll(`window.heights.plain > 200 && window.heights.sandboxed > 200`, readyTimeout); err != nil {
		t.Fatalf("the calculators in an isolated page never posted their heights: %v (heights %v)%s", err,
			eval[any](p, `window.heights`), p.problemsSuffix())
	}
	p.waitUntil("embed.js to size both frames", `window.trainingRoiEmbed === true && [...document.querySelectorAll("iframe[data-training-roi]")].every((f) => f.getAttribute("scrolling") === "no")`,
		`[...document.querySelectorAll("iframe[data-training-roi]")].map((f) => f.id + " " + f.style.height).join(", ")`)
	t.Logf("heights posted in an isolated host: %v", eval[any](p, `window.heights`))
}
