//go:build !wasm

package e2e

// The harness: it starts the built server and one headless Chromium per test, and
// gives the tests small helpers that act as a user does (open a page, type into a
// field, click) and read the page hooks of the README.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/calc"
	"github.com/trainingroi/calculator/internal/testkit/chromium"
	"github.com/trainingroi/calculator/internal/testkit/serverproc"
)

const (
	// readyTimeout bounds the wait for html[data-ready="true"]: the wasm is about 2 MB
	// of brotli and the test machine has 2 cores, and two browsers may load at once.
	readyTimeout = 30 * time.Second
	// settleTimeout bounds the wait for the page to react to one user action.
	settleTimeout = 5 * time.Second
	// actionTimeout bounds a single browser command.
	actionTimeout = 20 * time.Second
)

// The state that TestMain sets up for every test.
var (
	rootDir    string // the repository root, parent of e2e/
	baseURL    string // http://127.0.0.1:PORT, no trailing slash
	chromePath string // the Chromium binary
	server     *serverProc
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	flag.Parse()
	if testing.Short() {
		fmt.Println("e2e: browser tests skipped in -short mode")
		return 0
	}
	var err error
	if rootDir, err = repoRoot(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	bin := pwaBin()
	wasm := filepath.Join(rootDir, "web", "app.wasm")
	for _, f := range []string{bin, wasm} {
		if _, err := os.Stat(f); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s is missing: run make build (in %s) before the browser tests\n", f, rootDir)
			return 1
		}
	}
	warnIfStale(wasm)
	if chromePath, err = chromium.Find(""); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	server, err = startServer(bin, filepath.Join(rootDir, "web"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: starting the server:", err)
		return 1
	}
	baseURL = server.URL
	code := m.Run()
	if err := server.Stop(10 * time.Second); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: warning: stopping the server:", err)
	}
	if code != 0 {
		fmt.Fprintf(os.Stderr, "e2e: server output (last 4 kB):\n%s\n", server.Log(4096))
	}
	return code
}

// repoRoot is the parent of the directory the test runs in (go test runs a test
// binary in its package directory).
func repoRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root := filepath.Dir(wd)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return "", fmt.Errorf("no go.mod in %s, the parent of the test directory %s", root, wd)
	}
	return root, nil
}

// warnIfStale says so when a Go source of the app is newer than the built wasm: the
// tests would then check old code.
func warnIfStale(wasm string) {
	st, err := os.Stat(wasm)
	if err != nil {
		return
	}
	var newer []string
	for _, dir := range []string{".", "app", "calc"} { // serve.go starts the server, not in the wasm
		_ = filepath.WalkDir(filepath.Join(rootDir, dir), func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && dir == "." && path != rootDir {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") &&
				!(dir == "." && d.Name() == "serve.go") {
				if info, err := d.Info(); err == nil && info.ModTime().After(st.ModTime()) {
					rel, _ := filepath.Rel(rootDir, path)
					newer = append(newer, rel)
				}
			}
			return nil
		})
	}
	if len(newer) > 0 {
		fmt.Fprintf(os.Stderr, "e2e: warning: web/app.wasm is older than %s: run make build to test the current code\n", strings.Join(newer, ", "))
	}
}

// serverProc is the server the tests run (internal/testkit/serverproc).
type serverProc = serverproc.Proc

// startServer runs bin on a free port with webDir and args, from the repository
// root, and returns once it answers.
func startServer(bin, webDir string, args ...string) (*serverProc, error) {
	return serverproc.Start(bin, webDir, rootDir, args...)
}

// ---------------------------------------------------------------------------------
// Browser pages

// Page is one tab of a Chromium of its own, with a fresh profile, that records what
// went wrong in it: console errors, uncaught exceptions, CSP violations and dialogs.
type Page struct {
	t testing.TB
	*browser
	// world is the script context of a frame that runs in the tab's own process
	// (see frameOf); 0 is the tab's page.
	world runtime.ExecutionContextID
}

// browser is the state a Page shares with its copies for subtests (see as).
type browser struct {
	ctx context.Context // the tab

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
	dialogs []string
	marks   int           // flush marks asked for
	flushed int           // the last flush mark seen in the console
	arrived chan struct{} // closed, and replaced, when a flush mark arrives
}

// as returns the same page for a subtest: failures go to t.
func (p *Page) as(t testing.TB) *Page { return &Page{t: t, browser: p.browser, world: p.world} }

type pageConfig struct {
	width, height int
	mobile        bool
	languages     string  // Accept-Language and navigator.languages, when set
	cpu           float64 // the page's main thread this many times slower, when above 1
}

// PageOption changes how newPage sets up the browser.
type PageOption func(*pageConfig)

// phone emulates a 360x740 phone screen (mobile viewport, meta viewport honoured).
func phone(c *pageConfig) { c.width, c.height, c.mobile = 360, 740, true }

// slowCPU makes the page's main thread rate times slower (DevTools CPU
// throttling), as on a mid-range phone.
func slowCPU(rate float64) PageOption { return func(c *pageConfig) { c.cpu = rate } }

// recorderJS runs in every document before the page's scripts: it records Content
// Security Policy violations, which the page cannot hide from us.
const recorderJS = `window.__e2eViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__e2eViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`

// newPage starts a headless Chromium (internal/testkit/chromium) with a fresh
// profile and a 1280x900 window (or the phone viewport), and closes it when the
// test ends.
func newPage(t *testing.T, opts ...PageOption) *Page {
	t.Helper()
	cfg := pageConfig{width: 1280, height: 900}
	for _, o := range opts {
		o(&cfg)
	}
	b, err := chromium.Start(chromePath, 1280, 900)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Log(err)
		}
	})
	ctx := b.Ctx
	p := &Page{t: t, browser: &browser{ctx: ctx}}
	t.Cleanup(func() {
		if t.Failed() {
			p.screenshot("failed-" + fileName(t.Name()) + ".png")
		}
	})
	p.recordConsole()
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.dialogs = append(p.dialogs, string(ev.Type)+": "+ev.Message)
			p.mu.Unlock()
			// A dialog blocks the page: dismiss it so that the test goes on and fails
			// on the record instead of timing out.
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recorderJS})
			return err
		}),
	}
	if cfg.mobile {
		steps = append(steps, chromedp.EmulateViewport(int64(cfg.width), int64(cfg.height), chromedp.EmulateMobile, chromedp.EmulateTouch))
	}
	if cfg.cpu > 1 {
		steps = append(steps, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cfg.cpu})
			return err
		}))
	}
	if cfg.languages != "" {
		steps = append(steps, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			v, err := chromedp.Call(ctx, cdpbrowser.GetVersion, cdp.Empty{})
			if err != nil {
				return err
			}
			_, err = chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: v.UserAgent, AcceptLanguage: cfg.languages})
			return err
		}))
	}
	p.do(steps...)
	return p
}

// recordConsole keeps what the tab writes to its console, from now on.
func (p *Page) recordConsole() {
	p.arrived = make(chan struct{})
	messages := chromedp.Console(p.ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			p.mu.Lock()
			if n, ok := strings.CutPrefix(m.Text, flushMark); ok && m.Type == chromedp.ConsoleDebug {
				p.flushed, _ = strconv.Atoi(n)
				close(p.arrived)
				p.arrived = make(chan struct{})
			} else {
				p.console = append(p.console, m)
			}
			p.mu.Unlock()
		}
	}()
}

const flushMark = "e2e:flush:"

// flush returns once every message the page wrote to its console so far has been
// recorded, and the tasks it had queued (such as CSP violation events) have run:
// the page writes a mark after them, and the browser sends a tab's messages in
// order.
func (p *Page) flush() {
	p.t.Helper()
	p.mu.Lock()
	p.marks++
	n := p.marks
	p.mu.Unlock()
	evalAwait[chromedp.Void](p, `new Promise((done) => setTimeout(() => { console.debug(`+js(fmt.Sprint(flushMark, n))+`); done(); }))`)
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	for {
		p.mu.Lock()
		seen, arrived := p.flushed >= n, p.arrived
		p.mu.Unlock()
		if seen {
			return
		}
		select {
		case <-arrived:
		case <-ctx.Done():
			p.t.Errorf("flushing the console: the mark %d never arrived", n)
			return
		}
	}
}

// afterFrames returns once the page has drawn n more frames, and run the tasks
// queued meanwhile: a round trip through its event loop and rendering, after which
// what it was doing when asked has shown on screen.
func (p *Page) afterFrames(n int) {
	p.t.Helper()
	evalAwait[chromedp.Void](p, `new Promise((done) => { let k = `+strconv.Itoa(n)+`; const f = () => (--k > 0 ? requestAnimationFrame(f) : setTimeout(done)); requestAnimationFrame(f); })`)
}

// laidOut returns once the page's fonts have loaded and it has drawn two more
// frames: what it shows then is laid out with them (charts redrawn for its width).
func (p *Page) laidOut() {
	p.t.Helper()
	evalAwait[chromedp.Void](p, `document.fonts.ready.then(() => true)`)
	p.afterFrames(2)
}

// inWorld runs an evaluation in the page's script context.
func (p *Page) inWorld(e *runtime.EvaluateParams) {
	if p.world != 0 {
		e.ContextID = p.world
	}
}

// do runs actions with a timeout and fails the test on error.
func (p *Page) do(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if p.world != 0 {
		p.t.Fatalf("mouse and keyboard actions find their elements in the tab's page, not in a frame of its process: use eval")
	}
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("browser: %v%s", err, p.problemsSuffix())
	}
}

// command runs one DevTools command in the tab and returns its result.
func command[P, R any](p *Page, cmd cdp.Command[P, R], params P) R {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	r, err := chromedp.Call(ctx, cmd, params)
	if err != nil {
		p.t.Fatalf("browser: %v%s", err, p.problemsSuffix())
	}
	return r
}

// eval evaluates a JavaScript expression in the page and decodes its value into T.
func eval[T any](p *Page, js string) T {
	p.t.Helper()
	v, err := evalErr[T](p, js)
	if err != nil {
		p.t.Fatalf("evaluating %s: %v%s", abbrev(js, 200), err, p.problemsSuffix())
	}
	return v
}

// evalAwait is eval for an expression whose value is a promise.
func evalAwait[T any](p *Page, js string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise, p.inWorld))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v%s", abbrev(js, 200), err, p.problemsSuffix())
	}
	return v
}

func evalErr[T any](p *Page, js string) (T, error) {
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](js, p.inWorld))
}

// js quotes a Go value as a JavaScript literal.
func js(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// open navigates to baseURL+path and waits until the app runs: html[data-ready="true"].
func (p *Page) open(path string) {
	p.t.Helper()
	p.openURL(baseURL + path)
}

// openOK opens path and waits for valid results: #results[data-state="ok"].
func (p *Page) openOK(path string) {
	p.t.Helper()
	p.openURL(baseURL + path)
	p.waitState("ok")
}

// openURL navigates to the absolute URL u and waits until the app runs.
func (p *Page) openURL(u string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, readyTimeout)
	defer cancel()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
		p.t.Fatalf("opening %s: %v%s", u, err, p.problemsSuffix())
	}
	if err := chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS(`html[data-ready="true"]`))); err != nil {
		p.t.Fatalf("opening %s: html[data-ready=\"true\"] not reached within %v: %v%s", u, readyTimeout, err, p.problemsSuffix())
	}
	p.t.Logf("opened %s: ready after %v", u, time.Since(start).Round(10*time.Millisecond))
}

// waitUntil polls a JavaScript expression until it is true. On timeout it fails
// and shows what the expression describe evaluates to at that moment.
func (p *Page) waitUntil(what, cond, describe string) {
	p.t.Helper()
	p.wait(p.t.Fatalf, what, cond, describe, settleTimeout)
}

// waitFor is waitUntil with its own timeout.
func (p *Page) waitFor(what, cond, describe string, timeout time.Duration) {
	p.t.Helper()
	p.wait(p.t.Fatalf, what, cond, describe, timeout)
}

// eventually is waitUntil that lets the test go on after a failure.
func (p *Page) eventually(what, cond, describe string) {
	p.t.Helper()
	p.wait(p.t.Errorf, what, cond, describe, settleTimeout)
}

func (p *Page) wait(fail func(string, ...any), what, cond, describe string, timeout time.Duration) {
	p.t.Helper()
	if err := p.poll(cond, timeout); err != nil {
		got := "?"
		if describe != "" {
			if v, err := evalErr[any](p, describe); err == nil {
				got = fmt.Sprint(v)
			} else {
				got = err.Error()
			}
		}
		fail("waiting for %s: %v (now: %s)%s", what, err, got, p.problemsSuffix())
	}
}

// waitJS resolves to true as soon as the condition (the function's argument)
// holds, checked at once, on every change of the document and every frame the page
// draws (and every 50 ms for a tab in the background, which draws none), and to
// false after ms milliseconds. A condition that throws is false.
const waitJS = `(cond, ms) => new Promise((resolve) => {
  const holds = () => { try { return !!cond(); } catch (e) { return false; } };
  if (holds()) return resolve(true);
  let over = false;
  const end = (ok) => { if (!over) { over = true; observer.disconnect(); clearTimeout(timer); clearInterval(hidden); resolve(ok); } };
  const check = () => { if (!over && holds()) end(true); };
  const observer = new MutationObserver(check);
  observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  const frame = () => { check(); if (!over) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  const hidden = setInterval(check, 50);
  const timer = setTimeout(() => end(holds()), ms);
})`

// poll waits in the page until cond (a JavaScript expression) is true or timeout
// passes. A navigation ends the wait in the old document: it goes on in the new one.
func (p *Page) poll(cond string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last error
	ok := pollUntil(timeout, func() bool {
		left := time.Until(deadline)
		ctx, cancel := context.WithTimeout(p.ctx, left+time.Second)
		defer cancel()
		expr := "(" + waitJS + ")(() => (" + cond + "), " + strconv.FormatInt(max(left.Milliseconds(), 0), 10) + ")"
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr, chromedp.EvalAwaitPromise, p.inWorld))
		if err != nil {
			last = err
		}
		return err == nil && ok
	})
	switch {
	case ok:
		return nil
	case last != nil:
		return fmt.Errorf("timed out after %v (last error: %v)", timeout, last)
	default:
		return fmt.Errorf("timed out after %v", timeout)
	}
}

// pollUntil calls try until it returns true or timeout passes, and reports whether
// it did. It is for what nothing announces to the test: a file on disk, a frame
// of another process, a page's answer after a navigation.
func pollUntil(timeout time.Duration, try func() bool) bool {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(timeout)
	for !try() {
		select {
		case <-deadline:
			return try()
		case <-tick.C:
		}
	}
	return true
}

// typeInto replaces the text of #in-NAME as a user does: focus the field, select its
// text and type the new text with real key events (Backspace for an empty text).
// It does not leave the field: the page must react to typing alone.
func (p *Page) typeInto(name, text string) {
	p.t.Helper()
	p.mustExist("in-" + name)
	p.reveal("in-" + name)
	p.typeText("in-"+name, text)
	if got := p.fieldValue(name); got != text {
		p.t.Fatalf("typed %q into #in-%s, the field holds %q", text, name, got)
	}
}

// typeText replaces the text of the input with this id as a user does: focus it,
// select its text and type the new text with real key events (Backspace for an
// empty text).
func (p *Page) typeText(id, text string) {
	p.t.Helper()
	p.mustExist(id)
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Focus(chromedp.ID(id)),
		chromedp.Evaluate[chromedp.Void](`document.getElementById(` + js(id) + `).select()`),
	}
	if text == "" {
		steps = append(steps, chromedp.KeyEvent(kb.Backspace))
	} else {
		steps = append(steps, chromedp.SendKeys(chromedp.ID(id), text))
	}
	p.do(steps...)
}

// mustExist fails the test at once when there is no element with this id (a query
// action would wait for it until its timeout).
func (p *Page) mustExist(id string) {
	p.t.Helper()
	if !eval[bool](p, `!!document.getElementById(`+js(id)+`)`) {
		p.t.Fatalf("#%s is missing%s", id, p.problemsSuffix())
	}
}

// reveal opens, as a user would by clicking its summary, a closed <details> that
// holds the element with this id.
func (p *Page) reveal(id string) {
	p.t.Helper()
	closed := `document.getElementById(` + js(id) + `).closest("details:not([open])")`
	for i := 0; i < 3 && eval[bool](p, `!!`+closed); i++ {
		p.do(chromedp.Click(chromedp.JSPath(closed + `.querySelector("summary")`)))
	}
}

// click clicks the element with this id, as a user does with the mouse.
func (p *Page) click(id string) {
	p.t.Helper()
	p.mustExist(id)
	p.reveal(id)
	p.do(chromedp.Click(chromedp.ID(id)))
}

// fieldValue is the current text of #in-NAME.
func (p *Page) fieldValue(name string) string {
	p.t.Helper()
	return eval[string](p, `(document.getElementById(`+js("in-"+name)+`) || {value: "<no #in-`+name+`>"}).value`)
}

// innerText is the text of the whole page as the user sees it.
func (p *Page) innerText() string {
	p.t.Helper()
	return eval[string](p, `document.body.innerText`)
}

// state is the data-state of #results, or "<missing>".
func (p *Page) state() string {
	p.t.Helper()
	return eval[string](p, `(() => { const r = document.getElementById("results"); return r ? String(r.getAttribute("data-state")) : "<missing>"; })()`)
}

// waitState waits until #results has data-state=want.
func (p *Page) waitState(want string) {
	p.t.Helper()
	p.waitUntil(`#results[data-state="`+want+`"]`,
		`document.querySelector('#results[data-state=`+js(want)+`]')`,
		`(document.getElementById("results") || {getAttribute: () => "<no #results>"}).getAttribute("data-state")`)
}

// waitOut waits until #out-NAME has data-value want (exact text).
func (p *Page) waitOut(name, want string) {
	p.t.Helper()
	p.waitUntil("#out-"+name+` data-value="`+want+`"`,
		`(document.getElementById(`+js("out-"+name)+`) || {getAttribute: () => null}).getAttribute("data-value") === `+js(want),
		`(document.getElementById(`+js("out-"+name)+`) || {getAttribute: () => "<no #out-`+name+`>"}).getAttribute("data-value")`)
}

// outNode is what a result element shows.
type outNode struct {
	Found bool   `json:"found"`
	Value string `json:"value"` // data-value
	Text  string `json:"text"`  // innerText
}

// outs reads #out-NAME for every name, in one round trip.
func (p *Page) outs(names []string) map[string]outNode {
	p.t.Helper()
	return eval[map[string]outNode](p, `(() => {
  const r = {};
  for (const n of `+js(names)+`) {
    const e = document.getElementById("out-" + n);
    r[n] = e ? {found: true, value: String(e.getAttribute("data-value")), text: e.textContent} : {found: false, value: "", text: ""};
  }
  return r;
})()`)
}

// field is what an input shows about itself.
type field struct {
	Found       bool   `json:"found"`
	Value       string `json:"value"`
	Type        string `json:"type"`
	InputMode   string `json:"inputmode"`
	Invalid     string `json:"invalid"`     // aria-invalid, "" when absent
	DescribedBy string `json:"describedby"` // aria-describedby
	ErrFound    bool   `json:"errFound"`    // #err-NAME exists
	ErrText     string `json:"errText"`     // its innerText
	ErrShown    bool   `json:"errShown"`    // it is rendered (has a box)
}

func (p *Page) field(name string) field {
	p.t.Helper()
	return eval[field](p, `((n) => {
  const e = document.getElementById("in-" + n);
  if (!e) return {found: false};
  const err = document.getElementById("err-" + n);
  return {
    found: true, value: e.value, type: e.getAttribute("type") || "", inputmode: e.getAttribute("inputmode") || "",
    invalid: e.getAttribute("aria-invalid") || "", describedby: e.getAttribute("aria-describedby") || "",
    errFound: !!err, errText: err ? err.innerText : "", errShown: !!err && err.getClientRects().length > 0,
  };
})(`+js(name)+`)`)
}

// warningCodes lists the data-code of every #warnings li, in page order.
func (p *Page) warningCodes() []string {
	p.t.Helper()
	return eval[[]string](p, `[...document.querySelectorAll("#warnings li")].map((li) => li.getAttribute("data-code") || "")`)
}

// artifactsDir is where screenshots go: $TEST_ARTIFACTS, else e2e/screenshots
// (git-ignored). They outlive the test, for a person or CI to look at.
func artifactsDir() string {
	if d := os.Getenv("TEST_ARTIFACTS"); d != "" {
		return d
	}
	return filepath.Join(rootDir, "e2e", "screenshots")
}

// screenshot saves a PNG of the whole page as name in artifactsDir.
func (p *Page) screenshot(name string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err == nil {
		err = os.MkdirAll(artifactsDir(), 0o755)
	}
	path := filepath.Join(artifactsDir(), name)
	if err == nil {
		err = os.WriteFile(path, buf, 0o644)
	}
	if err != nil {
		p.t.Errorf("screenshot: %v", err)
		return
	}
	p.t.Logf("screenshot: %s", path)
}

// fileName makes a test's name a file name.
func fileName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == ' ' || r == os.PathSeparator || r == ':' {
			return '-'
		}
		return r
	}, s)
}

// ---------------------------------------------------------------------------------
// Assertions that wait for the page to settle

// errorReporter is the part of testing.TB that checks use, so that settle can run
// them quietly until they pass.
type errorReporter interface {
	Helper()
	Errorf(format string, args ...any)
}

type recorder struct{ errs []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// settle runs check until it reports nothing or settleTimeout passes, and then
// reports the errors of its last run to t. A page still busy with the last keys of a
// typed text (each one an input event) gets the time to finish.
func settle(t testing.TB, check func(e errorReporter)) {
	t.Helper()
	var r recorder
	pollUntil(settleTimeout, func() bool {
		r = recorder{}
		check(&r)
		return len(r.errs) == 0
	})
	for _, e := range r.errs {
		t.Error(e)
	}
}

// settleOuts checks every #out-NAME against want, once the page has settled.
func (p *Page) settleOuts(label string, want map[string]calc.Value) {
	p.t.Helper()
	settle(p.t, func(e errorReporter) { checkOuts(e, label, p.outs(outNames), want) })
}

// settleWarnings checks the set of #warnings li data-code against want.
func (p *Page) settleWarnings(want []string) {
	p.t.Helper()
	settle(p.t, func(e errorReporter) {
		if got, w := sortedCopy(p.warningCodes()), sortedCopy(want); !slices.Equal(got, w) {
			e.Errorf("warning codes %v, want %v", got, w)
		}
	})
}

// ---------------------------------------------------------------------------------
// What went wrong

// problems lists console errors, uncaught exceptions, Go panics, CSP violations and
// dialogs seen so far.
func (p *Page) problems() []string {
	out := p.recorded(true)
	if v, err := evalErr[[]string](&Page{t: p.t, browser: p.browser}, `window.__e2eViolations || []`); err == nil {
		for _, s := range v {
			out = append(out, "CSP violation: "+s)
		}
	}
	return out
}

// crashes lists only uncaught exceptions, Go panics and dialogs: what a page must
// never do even when it (rightly) logs an error about bad saved data.
func (p *Page) crashes() []string { return p.recorded(false) }

// recorded lists the uncaught exceptions, Go panics and dialogs recorded so far,
// and the console errors too when withErrors is set.
func (p *Page) recorded(withErrors bool) []string {
	var out []string
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.console {
		switch {
		case m.Type == chromedp.ConsoleException:
			out = append(out, "uncaught exception: "+m.Text)
		case withErrors && (m.Type == chromedp.ConsoleError || m.Type == "assert"):
			out = append(out, "console error: "+m.Text+where(m))
		case isCrash(m.Text):
			out = append(out, "crash: "+m.Text)
		}
	}
	for _, d := range p.dialogs {
		out = append(out, "dialog: "+d)
	}
	return out
}

// isCrash recognises what the Go runtime prints when the wasm program dies.
func isCrash(text string) bool {
	return strings.HasPrefix(text, "panic:") || strings.Contains(text, "\npanic:") ||
		strings.Contains(text, "fatal error:") || strings.HasPrefix(text, "exit code:") ||
		strings.Contains(text, "Go program has already exited")
}

func where(m chromedp.ConsoleMessage) string {
	if m.URL == "" {
		return ""
	}
	return fmt.Sprintf(" (%s:%d)", m.URL, m.Line+1)
}

// problemsSuffix is appended to fatal messages, so that a failure shows what the page
// complained about.
func (p *Page) problemsSuffix() string {
	p.mu.Lock()
	var lines []string
	for _, m := range p.console {
		if m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleError || isCrash(m.Text) {
			lines = append(lines, string(m.Type)+": "+abbrev(m.Text, 300))
		}
	}
	lines = append(lines, p.dialogs...)
	p.mu.Unlock()
	if len(lines) == 0 {
		return ""
	}
	return "\npage problems so far:\n  " + strings.Join(lines, "\n  ")
}

// assertNoProblems fails the test when anything in problems() happened.
func (p *Page) assertNoProblems() {
	p.t.Helper()
	p.flush()
	if pr := p.problems(); len(pr) > 0 {
		p.t.Errorf("the page reported %d problem(s):\n  %s", len(pr), strings.Join(pr, "\n  "))
	}
}

// assertNoCrash fails the test when the page threw, panicked or opened a dialog.
func (p *Page) assertNoCrash() {
	p.t.Helper()
	p.flush()
	if pr := p.crashes(); len(pr) > 0 {
		p.t.Errorf("the page crashed:\n  %s", strings.Join(pr, "\n  "))
	}
}

func abbrev(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// ---------------------------------------------------------------------------------
// Numbers

// closeRel reports whether got is within rel (relative) of want; an exact 0 needs
// |got| <= rel.
func closeRel(got, want, rel float64) bool {
	if want == 0 {
		return got >= -rel && got <= rel
	}
	d := (got - want) / want
	return d >= -rel && d <= rel
}

func parseNum(s string) (float64, error) {
	return strconv.ParseFloat(strings.TrimSpace(s), 64)
}
