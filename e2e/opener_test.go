//go:build !wasm

package e2e

// Cross-Origin-Opener-Policy: same-origin, as the server sends it. Opened in a
// window of its own by a page of another origin, the calculator is cut off from
// that page: the opener's handle reads as closed and the calculator sees no
// opener. In a frame the header does nothing: the embed tests (embed_test.go,
// robust_test.go, deploy_test.go) run against the same server.

import (
	"strconv"
	"testing"
)

func TestOpenedWindowIsCutOffFromItsOpener(t *testing.T) {
	t.Parallel()
	opener := startHost(t, map[string]string{"/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opener</title></head><body>
<button id="open" type="button">Open the calculator</button>
<script>
window.opened = null;
document.getElementById("open").addEventListener("click", () => {
  window.opened = window.open(` + strconv.Quote(baseURL+"/?mqls=500") + `, "_blank");
});
</script></body></html>`})

	p := newPage(t)
	p.gotoURL(opener)
	p.click("open")
	p.waitUntil("a window to be opened", `window.opened !== null`, `String(window.opened)`)
	// Once the calculator's page is in its window, the handle no longer reaches it.
	if err := p.poll(`window.opened.closed === true`, readyTimeout); err != nil {
		t.Errorf("the opener still holds the calculator's window %v after it opened: %v", readyTimeout, err)
	}
}
