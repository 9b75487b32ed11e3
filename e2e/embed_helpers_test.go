//go:build !wasm

package e2e

// Helpers of the embedding, share, brand and export tests: a host page on another
// origin, scripts run inside an iframe, the clipboard, selects and downloads.

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// startHost serves pages (path → HTML) from a server of its own on 127.0.0.1 with
// another port than the app: another origin, as a consultancy's site is. It stops
// when the test ends.
func startHost(t *testing.T, pages map[string]string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if r.URL.Path == "/favicon.ico" && !ok {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// gotoURL navigates to an absolute URL and waits for its load event only.
func (p *Page) gotoURL(u string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, readyTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
		p.t.Fatalf("opening %s: %v%s", u, err, p.problemsSuffix())
	}
}

// countFrames counts the frames of the page whose URL starts with prefix.
func (p *Page) countFrames(prefix string) int {
	p.t.Helper()
	tree := command(p, page.GetFrameTree, cdp.Empty{})
	var count func([]*page.FrameTree) int
	count = func(trees []*page.FrameTree) int {
		n := 0
		for _, ft := range trees {
			if strings.HasPrefix(ft.Frame.URL, prefix) {
				n++
			}
			n += count(ft.ChildFrames)
		}
		return n
	}
	return count(tree.FrameTree.ChildFrames)
}

// grantClipboard lets pages of the app's origin write and read the clipboard
// without asking, as a browser does after the user allowed it.
func (p *Page) grantClipboard() {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: name},
			Setting:    cdpbrowser.PermissionSettingGranted,
			Origin:     baseURL,
		})
		if err != nil {
			p.t.Fatalf("granting %s: %v", name, err)
		}
	}
}

// clipboardText reads the clipboard as the page sees it (grantClipboard first).
func (p *Page) clipboardText() string {
	p.t.Helper()
	return evalAwait[string](p, `navigator.clipboard.readText()`)
}

// chooseOption picks an option of the <select id=id> as a user does: the value
// changes and the select fires input and change.
func (p *Page) chooseOption(id, value string) {
	p.t.Helper()
	p.mustExist(id)
	ok := eval[bool](p, `((id, v) => {
  const s = document.getElementById(id);
  if (![...s.options].some((o) => o.value === v)) return false;
  s.focus();
  s.value = v;
  s.dispatchEvent(new Event("input", {bubbles: true}));
  s.dispatchEvent(new Event("change", {bubbles: true}));
  return true;
})(`+js(id)+`, `+js(value)+`)`)
	if !ok {
		p.t.Fatalf("#%s has no option %q", id, value)
	}
}

// allowDownloads makes the browser save downloads in dir, under their own names.
func (p *Page) allowDownloads(dir string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior:     cdpbrowser.SetDownloadBehaviorBehaviorAllow,
		DownloadPath: dir,
	})
	if err != nil {
		p.t.Fatalf("allowing downloads: %v", err)
	}
}

// waitDownload waits until dir holds a complete file of this name and returns it.
func waitDownload(t *testing.T, dir, name string) []byte {
	t.Helper()
	path := filepath.Join(dir, name)
	var b []byte
	complete := func() bool {
		var err error
		if b, err = os.ReadFile(path); err != nil || len(b) == 0 {
			return false
		}
		_, err = os.Stat(path + ".crdownload")
		return err != nil
	}
	if !pollUntil(settleTimeout, complete) {
		entries, _ := os.ReadDir(dir)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("no download %s within %v (the folder holds %v)", name, settleTimeout, names)
	}
	return b
}

// spaces makes the no-break spaces of formatted numbers plain, for comparing with
// text that lost them (PDF text) or for messages.
func spaces(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}
