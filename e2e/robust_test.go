//go:build !wasm

package e2e

// Bad saved data and no storage at all: whatever this device holds under the
// storage key, and whether or not the page may use storage, the app starts with the
// example or the link's values, says so where it matters, never crashes, and keeps
// what is typed.

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// savedVariant is one thing this device may hold under state.StorageKey.
type savedVariant struct {
	name string
	data string // a JavaScript expression for the stored string
	// What the page must do with it: "example" (unusable: the example and the
	// notice), "quiet" (the example, nothing to say), or "as-typed" (mqls holds
	// the saved text, marked invalid by its field).
	want string
}

var savedVariants = []savedVariant{
	{"empty", `""`, "quiet"},
	{"not-json", `"{not json"`, "example"},
	{"truncated", `'{"v":1,"inputs":{"mqls":"77'`, "example"},
	{"binary", `"\u0000\u0001\uFFFD\uD800garbage\u0000"`, "example"},
	{"json-null", `"null"`, "example"},
	{"json-number", `"1e400"`, "example"},
	{"json-array", `'[{"v":1,"inputs":{"mqls":"777"}}]'`, "example"},
	{"json-string", `'"777"'`, "example"},
	{"wrong-types", `'{"v":"1","inputs":{"mqls":777,"win_rate":true}}'`, "example"},
	{"inputs-not-object", `'{"v":1,"inputs":"mqls=777"}'`, "example"},
	{"number-not-text", `'{"v":1,"inputs":{"mqls":777}}'`, "example"},
	{"array-values", `'{"v":2,"locale":"en-US","inputs":{"mqls":[1,"x"],"sal_rate":[1,"x"]}}'`, "example"},
	{"every-value-flipped", `'{"v":"not a number","locale":{"text":"en-US"},"inputs":{"mqls":{"text":"777"}}}'`, "example"},
	{"huge-json-number", `'{"v":1,"inputs":{"mqls":1e400}}'`, "example"},
	{"deep-nesting", `'{"v":1,"inputs":' + "[".repeat(20000) + "]".repeat(20000) + "}"`, "example"},
	{"overlong", `'{"v":1,"inputs":{"mqls":"' + "7".repeat(200000) + '"}}'`, "example"},
	// Formats an older or newer version of the page may have written.
	{"old-no-version", `'{"mqls":"777","sal_rate":"40"}'`, "example"},
	{"old-version-0", `'{"v":0,"inputs":{"mqls":"777"}}'`, "example"},
	{"future-version", `'{"v":3,"locale":"en-US","inputs":{"mqls":"777"}}'`, "example"},
	{"v2-without-locale", `'{"v":2,"inputs":{"mqls":"777"}}'`, "example"},
	{"old-query-string", `"mqls=777&sal_rate=40"`, "example"},
	// Our format with text no field accepts: shown as typed, the field says why.
	{"huge-number-text", `'{"v":1,"inputs":{"mqls":"1e400"}}'`, "as-typed"},
	{"nan-text", `'{"v":1,"inputs":{"mqls":"NaN"}}'`, "as-typed"},
	{"markup-text", `'{"v":1,"inputs":{"mqls":"<img src=x onerror=alert(1)>"}}'`, "as-typed"},
	{"null-value", `'{"v":1,"inputs":{"mqls":null}}'`, "as-typed"},
	{"unknown-fields", `'{"v":1,"inputs":{"nope":"1","__proto__":"x","constructor":"y"},"extra":[1,2]}'`, "quiet"},
}

// savedText is what mqls must show for an "as-typed" variant.
var savedText = map[string]string{
	"huge-number-text": "1e400",
	"nan-text":         "NaN",
	"markup-text":      "<img src=x onerror=alert(1)>",
	"null-value":       "",
}

// withLink are the variants also opened with a link.
var withLink = map[string]bool{"not-json": true, "old-no-version": true, "huge-number-text": true, "overlong": true}

// noticeJS is the text of the notice about the saved inputs, "" when there is none.
const noticeJS = `(document.getElementById("notice") || {innerText: ""}).innerText`

// TestSavedDataVariants: every kind of bad saved data, opened at the bare address
// (where saved data counts) and, for some, with a link (where the link wins). Then
// typing saves good data over the bad, and empty text comes back empty.
func TestSavedDataVariants(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")
	defaults := expected(calc.Defaults())
	linkIn := inputsFromQuery(t, "mqls=500&win_rate=25")
	link := expected(linkIn)
	for _, v := range savedVariants {
		t.Run(v.name, func(t *testing.T) {
			p := p.as(t)
			before := len(p.crashes())
			eval[chromedp.Void](p, `localStorage.setItem(`+js(state.StorageKey)+`, `+v.data+`)`)
			p.open("/")
			switch v.want {
			case "example", "quiet":
				p.waitState("ok")
				if got := p.fieldValue("mqls"); got != "200" {
					t.Errorf("#in-mqls shows %q, want the example's 200", got)
				}
				p.settleOuts(v.name, defaults)
				notice := eval[string](p, noticeJS)
				if v.want == "example" && !strings.Contains(notice, "saved") {
					t.Errorf("unusable saved data, and the page does not say so: notice %q", notice)
				}
				if v.want == "quiet" && notice != "" {
					t.Errorf("nothing wrong with the saved data, yet the notice says %q", notice)
				}
			case "as-typed":
				p.waitState("invalid")
				f := p.field("mqls")
				if f.Value != savedText[v.name] || f.Invalid != "true" || !f.ErrShown || f.ErrText == "" {
					t.Errorf("#in-mqls: %+v, want %q shown as typed, invalid, with its error", f, savedText[v.name])
				}
				if n := eval[int](p, `document.querySelectorAll("img[src=x]").length`); n > 0 {
					t.Errorf("the saved text became markup: %d img", n)
				}
			}

			// A link's values win over whatever is saved, with nothing to say
			// (checked for one variant of each kind, to keep the test short).
			if withLink[v.name] {
				p.openOK("/?mqls=500&win_rate=25")
				p.settleOuts(v.name+", with a link", link)
				if notice := eval[string](p, noticeJS); notice != "" {
					t.Errorf("with a link the page says %q about saved data it did not use", notice)
				}
			}
			p.flush()
			if cr := p.crashes(); len(cr) > before {
				t.Errorf("the page crashed:\n  %s", strings.Join(cr[before:], "\n  "))
			}
		})
	}

	// Typing on top of bad data: the results follow, and good data replaces it.
	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.StorageKey)+`, "{not json")`)
	p.openOK("/")
	p.typeInto("mqls", "300")
	in := calc.Defaults()
	in.MQLs = 300
	p.settleOuts("typed over bad data", expected(in))
	p.waitUntil("good data saved over the bad", `(() => { try { return JSON.parse(localStorage.getItem(`+js(state.StorageKey)+`)).inputs.mqls === "300"; } catch (e) { return false; } })()`,
		`localStorage.getItem(`+js(state.StorageKey)+`)`)
	p.open("/")
	if got := p.fieldValue("mqls"); got != "300" {
		t.Errorf("after typing 300 over bad data and reloading, #in-mqls shows %q", got)
	}
	if notice := eval[string](p, noticeJS); notice != "" {
		t.Errorf("the notice stays after good data was saved: %q", notice)
	}

	t.Run("empty-text", func(t *testing.T) { checkEmptyTextRestored(t, p.as(t)) })
	p.assertNoCrash()
}

// storageBlockers are scripts run before the page's own, each taking storage away
// the way some browser, setting or host does.
var storageBlockers = []struct{ name, js string }{
	// Site data blocked, or an opaque origin: reading window.localStorage throws.
	{"getter-throws", `Object.defineProperty(window, "localStorage", {configurable: true, get() { throw new DOMException("The user denied storage.", "SecurityError"); }});`},
	// Some browsers with storage turned off have no storage object at all.
	{"null", `Object.defineProperty(window, "localStorage", {configurable: true, get() { return null; }});`},
	// A full quota (or Safari's old private mode): reading works, writing throws.
	{"quota", `Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`},
}

// TestStorageUnavailable: with no usable storage the app starts (data-ready), shows
// the link's values or the example, computes, and follows what is typed, with the
// address bar as the way to keep a scenario.
func TestStorageUnavailable(t *testing.T) {
	t.Parallel()
	browser := newPage(t)
	for _, b := range storageBlockers {
		t.Run(b.name, func(t *testing.T) {
			p := browser.as(t)
			script := command(p, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: b.js}).Identifier
			defer command(p, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: script})
			before := len(p.crashes())
			p.openOK("/?mqls=500")
			in := calc.Defaults()
			in.MQLs = 500
			p.settleOuts("mqls=500 from the link", expected(in))

			p.typeInto("sal_rate", "40")
			in.SALRate = 40
			p.settleOuts("typed sal_rate=40", expected(in))
			p.waitUntil("the address to follow the typing", `new URLSearchParams(location.search).get("sal_rate") === "40"`, `location.search`)
			if got := p.fieldValue("sal_rate"); got != "40" {
				t.Errorf("#in-sal_rate holds %q after typing 40", got)
			}
			p.typeInto("mqls", "abc")
			p.waitState("invalid")
			p.typeInto("mqls", "600")
			in.MQLs = 600
			p.settleOuts("typed mqls=600", expected(in))

			// A new visit to the bare address: nothing could be saved, so the
			// example, and nothing to apologise for.
			p.openOK("/")
			p.settleOuts("a new visit", expected(calc.Defaults()))
			if notice := eval[string](p, noticeJS); notice != "" {
				t.Errorf("notice %q", notice)
			}
			p.flush()
			if cr := p.crashes(); len(cr) > before {
				t.Errorf("the page crashed:\n  %s", strings.Join(cr[before:], "\n  "))
			}
		})
	}
}

// TestSandboxedIframe: a host page on another origin embeds the calculator in an
// iframe sandboxed with allow-scripts only, so the page has an opaque origin: no
// storage, no service worker, no clipboard. It still starts, shows the link's
// values, computes, follows typing, and offers its share link with the real
// address. Then a server started with -frame-ancestors 'self' refuses such a host.
func TestSandboxedIframe(t *testing.T) {
	t.Parallel()
	src := baseURL + "/?embed=1&mqls=500"
	host := startHost(t, map[string]string{"/": `<!doctype html><html lang="en"><title>A consultancy's page</title>
<h1>Our calculator</h1>
<iframe sandbox="allow-scripts" src="` + src + `" title="Training ROI calculator" style="width:100%;height:900px;border:0"></iframe>`})
	p := newPage(t)
	p.gotoURL(host)
	f := p.frameOf(baseURL + "/")
	// Load the frame again now that its console is recorded from the start (the
	// mark tells the old document from the new).
	eval[chromedp.Void](f, `window.__e2eOld = true; location.reload()`)
	if err := f.poll(`!window.__e2eOld && document.documentElement.getAttribute("data-ready") === "true"`, readyTimeout); err != nil {
		t.Fatalf("the sandboxed app never became ready: %v (loader: %q)%s", err,
			eval[string](f, `(document.getElementById("app-wasm-loader") || {innerText: "gone"}).innerText`), f.problemsSuffix())
	}
	if origin := eval[string](f, `String(self.origin)`); origin != "null" {
		t.Errorf("the frame's origin is %q: the iframe is not sandboxed as meant", origin)
	}
	f.waitState("ok")
	in := calc.Defaults()
	in.MQLs = 500
	f.settleOuts("sandboxed, mqls=500 from the link", expected(in))

	f.typeInto("win_rate", "25")
	in.WinRate = 25
	f.settleOuts("sandboxed, typed win_rate=25", expected(in))
	f.typeInto("win_rate", "250")
	f.waitState("invalid")
	f.typeInto("win_rate", "30")
	in.WinRate = 30
	f.settleOuts("sandboxed, typed win_rate=30", expected(in))

	// Copy link: the sandbox refuses the clipboard, so the link is shown to copy by
	// hand, and it is the real address, not "null/…".
	f.click("copy-link")
	f.waitUntil("the share link or a copy status", `document.getElementById("share-url") || document.getElementById("share-status")`, `document.getElementById("tools").innerText`)
	if eval[bool](f, `!!document.getElementById("share-url")`) {
		t.Logf("the sandbox refused the clipboard; the link shown is %q", eval[string](f, `document.getElementById("share-url").value`))
		link := eval[string](f, `document.getElementById("share-url").value`)
		u, err := url.Parse(link)
		if err != nil || !strings.HasPrefix(link, baseURL+"/") || u.Query().Get("win_rate") != "30" || u.Query().Get("mqls") != "500" {
			t.Errorf("the share link is %q, want %s/?mqls=500&win_rate=30", link, baseURL)
		}
	}
	f.flush()
	if cr := f.crashes(); len(cr) > 0 {
		t.Errorf("the sandboxed app crashed:\n  %s", strings.Join(cr, "\n  "))
	}

	t.Run("frame-ancestors", func(t *testing.T) { checkFrameAncestorsFlag(t, p.as(t)) })
}

// checkFrameAncestorsFlag: the page above framed the default server (frame-ancestors
// *); a server started with -frame-ancestors 'self' refuses that same host page.
func checkFrameAncestorsFlag(t *testing.T, p *Page) {
	srv, err := startServer(pwaBin(), filepath.Join(rootDir, "web"), "-frame-ancestors", "'self'")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Stop(10 * time.Second)
	restricted := srv.URL

	host := startHost(t, map[string]string{"/": `<!doctype html><html lang="en"><title>Another site</title><iframe id="f" src="` + restricted + `/?embed=1" title="Training ROI calculator"></iframe>`})
	p.gotoURL(host)
	var refused string
	pollUntil(settleTimeout, func() bool {
		for _, pr := range p.problems() {
			if strings.Contains(pr, "frame-ancestors") && strings.Contains(pr, restricted) {
				refused = pr
			}
		}
		return refused != ""
	})
	if refused == "" {
		t.Errorf("a server started with -frame-ancestors 'self' was framed by another origin (no refusal in the console: %v)", p.problems())
	} else {
		t.Logf("refused as it should: %s", abbrev(refused, 200))
	}
	ts, err := chromedp.Targets(p.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range ts {
		if ti.Type == "iframe" && strings.HasPrefix(ti.URL, restricted) {
			if f := p.frameOf(restricted); eval[bool](f, `!!document.getElementById("results")`) {
				t.Errorf("the calculator of the restricted server runs inside another origin's page")
			}
		}
	}
}

// checkEmptyTextRestored: a field left empty, in a link (?mqls=) or saved that way,
// comes back empty on screen, marked invalid, rather than showing the example's
// number next to the message "Enter a number".
func checkEmptyTextRestored(t *testing.T, p *Page) {
	p.open("/?mqls=&win_rate=25")
	p.waitState("invalid")
	if f := p.field("mqls"); f.Value != "" || f.Invalid != "true" || !f.ErrShown {
		t.Errorf("/?mqls=: #in-mqls %+v, want empty and invalid", f)
	}
	if got := p.fieldValue("win_rate"); got != "25" {
		t.Errorf("/?mqls=&win_rate=25: #in-win_rate shows %q", got)
	}
	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.StorageKey)+`, '{"v":1,"inputs":{"deal":"","mqls":"300"}}')`)
	p.open("/")
	p.waitState("invalid")
	if f := p.field("deal"); f.Value != "" || f.Invalid != "true" || !f.ErrShown {
		t.Errorf("saved deal=\"\": #in-deal %+v, want empty and invalid", f)
	}
	if got := p.fieldValue("mqls"); got != "300" {
		t.Errorf("saved mqls=300: #in-mqls shows %q", got)
	}
	p.typeInto("deal", "30000")
	in := calc.Defaults()
	in.MQLs, in.Deal = 300, 30000
	p.settleOuts("deal typed after an empty restore", expected(in))
}
