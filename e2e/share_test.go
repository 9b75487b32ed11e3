//go:build !wasm

package e2e

// Share: "Copy link" puts the scenario's address on the clipboard, or shows it in a
// text field to copy by hand where the clipboard is refused.

import (
	"strings"
	"testing"
)

func TestCopyLink(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.grantClipboard()
	p.open("/?mqls=500&currency=EUR&locale=de-DE&accent=0a7d4f")
	p.typeInto("sal_rate", "25")
	p.waitOut("sal_rate_new", num(expected(inputsFromQuery(t, "mqls=500&sal_rate=25"))["sal_rate_new"].V))
	want := baseURL + "/?mqls=500&sal_rate=25&currency=EUR&locale=de-DE&accent=0a7d4f"
	// The address follows typing once it pauses (syncLater), not on every key.
	p.waitUntil("the address to follow the typing", `location.href === `+js(want), `location.href`)

	// Allowed: the link is on the clipboard.
	p.click("copy-link")
	p.waitUntil("the copy to be confirmed", `(document.getElementById("share-status") || {}).textContent === "Link copied to the clipboard."`,
		`(document.getElementById("share-status") || {}).textContent`)
	if got := p.clipboardText(); got != want {
		t.Errorf("the clipboard holds %q, want %q", got, want)
	}
	if eval[bool](p, `!!document.getElementById("share-url")`) {
		t.Errorf("the link box is shown although the clipboard took the link")
	}

	// Refused (a frame without permission, plain http, an old browser): the link
	// is shown in a field, selected as soon as it gets the focus.
	for _, refuse := range []string{
		`navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"))`,
		`Object.defineProperty(navigator, "clipboard", {value: undefined, configurable: true})`,
	} {
		eval[bool](p, `(`+refuse+`, true)`)
		p.click("copy-link")
		p.waitUntil("the link box", `document.getElementById("share-url")`, `document.getElementById("tools").innerText`)
		status := eval[string](p, `document.getElementById("share-status").textContent`)
		if !strings.Contains(status, "select the link below") {
			t.Errorf("status %q after a refused copy", status)
		}
		type box struct {
			Value, Label  string
			ReadOnly      bool
			Start, End, N int
		}
		p.click("share-url")
		b := eval[box](p, `(() => { const e = document.getElementById("share-url"); return {
  Value: e.value, Label: e.labels.length ? e.labels[0].textContent : "", ReadOnly: e.readOnly,
  Start: e.selectionStart, End: e.selectionEnd, N: e.value.length}; })()`)
		if b.Value != want || !b.ReadOnly || b.Label == "" {
			t.Errorf("link box %+v: want the read-only, labelled link %s", b, want)
		}
		if b.Start != 0 || b.End != b.N {
			t.Errorf("link box selection %d–%d of %d: want it all selected on focus", b.Start, b.End, b.N)
		}
	}

	// The link opens the same scenario.
	shown := p.outs(outNames)
	p.open(strings.TrimPrefix(want, baseURL))
	settle(t, func(e errorReporter) {
		again := p.outs(outNames)
		for _, n := range outNames {
			if again[n] != shown[n] {
				e.Errorf("the shared link shows #out-%s %+v, the page had %+v", n, again[n], shown[n])
			}
		}
	})
	p.assertNoProblems()
}
