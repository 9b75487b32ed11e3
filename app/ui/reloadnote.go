package ui

import (
	"encoding/json"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A reload loads the address as it was when the reload began. The address follows
// typing after pauseDelay, so a reload right after a key loaded the scenario a key
// or more behind (500 after typing 10001 over it, or 100); replacing the address
// as the page goes is too late for that reload, which has already started. So the
// page leaves a note in this tab's session storage as it goes: the address of
// what is on screen. The reloaded page takes it instead of its own address, and
// only then: the note is for a reload of this page, made as it went, and is
// forgotten when read.

// reloadKey is where the note is kept, in sessionStorage (one tab's, kept over
// reloads).
const reloadKey = "training-roi/reload"

// reloadNote is the address of what was on screen when the page was left, and
// when (ms since 1970, as Date.now()).
type reloadNote struct {
	URL string  `json:"url"`
	At  float64 `json:"at"`
}

// leaveReloadNote notes the address of what is on screen. Failures are ignored:
// without session storage a reload shows the address as it was.
func leaveReloadNote(address string) {
	defer func() { _ = recover() }()
	w := app.Window()
	ss := w.Get("sessionStorage")
	if !ss.Truthy() {
		return
	}
	b, _ := json.Marshal(reloadNote{URL: address, At: w.Get("Date").Call("now").Float()})
	ss.Call("setItem", reloadKey, string(b))
}

// takeReloadNote is the address noted when this page was left, when this
// document is that page reloaded: a reload (not a visit or a move in the
// history), to the same page (origin and path), begun before the note was
// written (a note from an earlier moment may be behind). The note is forgotten
// either way.
func takeReloadNote(current *url.URL) (noted *url.URL, ok bool) {
	defer func() {
		if recover() != nil {
			noted, ok = nil, false
		}
	}()
	w := app.Window()
	ss := w.Get("sessionStorage")
	if !ss.Truthy() {
		return nil, false
	}
	v := ss.Call("getItem", reloadKey)
	ss.Call("removeItem", reloadKey)
	if v.Type() != app.TypeString {
		return nil, false
	}
	var n reloadNote
	if json.Unmarshal([]byte(v.String()), &n) != nil {
		return nil, false
	}
	perf := w.Get("performance")
	nav := perf.Call("getEntriesByType", "navigation")
	if nav.Length() == 0 || nav.Index(0).Get("type").String() != "reload" {
		return nil, false
	}
	// The reload began before the page it reloads was left (1 s of slack).
	if n.At < perf.Get("timeOrigin").Float()-1000 {
		return nil, false
	}
	u, err := url.Parse(n.URL)
	if err != nil || u.Scheme != current.Scheme || u.Host != current.Host || u.Path != current.Path {
		return nil, false
	}
	return u, true
}

// replaceAddress puts u in the address bar, as go-app's ReplaceURL does, before
// go-app reads the address.
func replaceAddress(u *url.URL) {
	defer func() { _ = recover() }()
	app.Window().Get("history").Call("replaceState", nil, "", u.String())
}
