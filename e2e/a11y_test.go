//go:build !wasm

package e2e

// Accessibility: axe-core audits of the page in every state a visitor meets (default,
// an invalid field, warnings, embed mode, the Embed dialog, the dark theme), then
// what axe cannot check: the keyboard alone reaches and operates every control with
// a visible focus, results are announced politely (TestKeyboard), the page reflows
// at 200% zoom and at 320 px (TestReflow), and it honours prefers-color-scheme and
// prefers-reduced-motion (TestAxeDark).
//
// axe-core is the npm package pinned in package.json (make test runs npm ci); its
// axe.min.js is evaluated in the page through DevTools, which the page's CSP does not
// govern, and axe.run runs with its default rules: WCAG 2.x A and AA and best
// practices. No rule is disabled.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

var axeScript struct {
	once   sync.Once
	src    string
	pinned string // the version package.json pins
	err    error
}

// axeSource is node_modules/axe-core/axe.min.js at the repository root.
func axeSource(t testing.TB) string {
	t.Helper()
	axeScript.once.Do(func() {
		path := filepath.Join(rootDir, "node_modules", "axe-core", "axe.min.js")
		b, err := os.ReadFile(path)
		if err != nil {
			axeScript.err = fmt.Errorf("axe-core is not installed (%v): run `npm ci` in %s, or make test, which does it", err, rootDir)
			return
		}
		axeScript.src = string(b)
		var pkg struct {
			DevDependencies map[string]string `json:"devDependencies"`
		}
		b, err = os.ReadFile(filepath.Join(rootDir, "package.json"))
		if err == nil {
			err = json.Unmarshal(b, &pkg)
		}
		if axeScript.pinned = pkg.DevDependencies["axe-core"]; err != nil || axeScript.pinned == "" {
			axeScript.err = fmt.Errorf("package.json pins no axe-core version (%v)", err)
		}
	})
	if axeScript.err != nil {
		t.Fatal(axeScript.err)
	}
	return axeScript.src
}

type axeNode struct {
	Target  []string `json:"target"`
	HTML    string   `json:"html"`
	Summary string   `json:"summary"`
}

type axeViolation struct {
	ID     string    `json:"id"`
	Impact string    `json:"impact"`
	Help   string    `json:"help"`
	Nodes  []axeNode `json:"nodes"`
}

type axeResult struct {
	Version    string         `json:"version"`
	Violations []axeViolation `json:"violations"`
	Passes     []string       `json:"passes"`
	Incomplete []string       `json:"incomplete"`
}

// axeRunJS runs every default rule on the whole document and keeps what a report
// needs. A selector list such as ["#a", "iframe", "#b"] is flattened to one string.
const axeRunJS = `axe.run(document, {resultTypes: ["violations"]}).then((r) => ({
  version: axe.version,
  violations: r.violations.map((v) => ({id: v.id, impact: v.impact || "", help: v.help,
    nodes: v.nodes.map((n) => ({target: n.target.map((s) => Array.isArray(s) ? s.join(" >> ") : String(s)),
      html: n.html.slice(0, 240), summary: (n.failureSummary || "").replace(/\s+/g, " ").trim()}))})),
  passes: r.passes.map((v) => v.id),
  incomplete: r.incomplete.map((v) => v.id + " (" + v.nodes.map((n) => n.target.join(" ") + ": " +
    (n.any.concat(n.all, n.none).map((c) => c.message).join("; "))).join(" | ") + ")"),
}))`

// axeAudit runs axe on the page as it is now and fails the test with one line per
// violating element: rule id, impact, target and axe's summary of what to fix.
func (p *Page) axeAudit(label string) axeResult {
	p.t.Helper()
	src := axeSource(p.t)
	ctx, cancel := context.WithTimeout(p.ctx, 60*time.Second)
	defer cancel()
	if !eval[bool](p, `typeof axe === "object" && typeof axe.run === "function"`) {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](src+"\n;undefined")); err != nil {
			p.t.Fatalf("%s: injecting axe-core: %v", label, err)
		}
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[axeResult](axeRunJS, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("%s: axe.run: %v%s", label, err, p.problemsSuffix())
	}
	if res.Version != axeScript.pinned {
		p.t.Fatalf("node_modules has axe-core %s, package.json pins %s: run npm ci", res.Version, axeScript.pinned)
	}
	n := 0
	var lines []string
	for _, v := range res.Violations {
		for _, node := range v.Nodes {
			n++
			lines = append(lines, fmt.Sprintf("%s [%s] %s: %s\n      %s\n      %s", v.ID, v.Impact, strings.Join(node.Target, ", "), v.Help, node.Summary, node.HTML))
		}
	}
	p.t.Logf("axe-core %s, %s: %d rules passed, %d violations, incomplete (needs review): %v",
		res.Version, label, len(res.Passes), n, res.Incomplete)
	if n > 0 {
		p.t.Errorf("axe-core, %s: %d violation(s):\n  %s", label, n, strings.Join(lines, "\n  "))
	}
	return res
}

// emulateMedia sets the CSS media type of the page ("print"; "" for the screen)
// and media features, such as prefers-color-scheme: dark; nil features clear them.
func (p *Page) emulateMedia(media string, features map[string]string) {
	p.t.Helper()
	var fs []*emulation.MediaFeature
	for k, v := range features {
		fs = append(fs, &emulation.MediaFeature{Name: k, Value: v})
	}
	command(p, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media, Features: fs})
}

// setViewport sets the CSS viewport to width x height at a device scale factor
// (2 with 640 px is a 1280 px window at 200% zoom).
func (p *Page) setViewport(width, height int64, scale float64) {
	p.t.Helper()
	command(p, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: width, Height: height, DeviceScaleFactor: scale,
	})
}

// openEmbedDialog opens the Embed dialog with the keyboard and waits for it.
func (p *Page) openEmbedDialog() {
	p.t.Helper()
	p.mustExist("open-embed")
	p.do(chromedp.Focus(chromedp.ID("open-embed")), chromedp.KeyEvent(kb.Enter))
	p.waitUntil("the Embed dialog to open", `document.getElementById("embed-dialog").open`, `document.getElementById("embed-dialog").open`)
}

// TestAxeLight audits the light theme: the worked example, an invalid field, a
// scenario with warnings and a call to action, the Embed dialog, embed mode, and
// the notice about unreadable saved data.
func TestAxeLight(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.emulateMedia("", map[string]string{"prefers-color-scheme": "light"})
	p.openOK("/")
	p.axeAudit("default page")

	p.typeInto("mqls", "abc")
	p.waitState("invalid")
	p.axeAudit("an invalid field (mqls=abc)")

	p.openEmbedDialog()
	p.axeAudit("the Embed dialog open")

	p.openOK("/?sal_rate=90&confidence=100&sales_days=1&cta_url=https%3A%2F%2Fexample.com%2F&cta_text=Book+a+call&accent=ffcc00")
	if len(p.warningCodes()) == 0 {
		t.Error("the scenario shows no warning: the audit does not cover them")
	}
	p.axeAudit("warnings, a call to action and a light accent colour")

	eval[chromedp.Void](p, `localStorage.clear()`)
	p.openOK("/?embed=1&currency=EUR&locale=de-DE")
	p.axeAudit("embed mode")

	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.StorageKey)+`, "{not json")`)
	p.open("/")
	p.waitUntil("the notice about the saved inputs", `document.getElementById("notice")`, `document.getElementById("results").innerText.slice(0, 200)`)
	p.axeAudit("the notice about unreadable saved data")
	p.assertNoProblems()
}

// TestAxeDark audits the dark theme (prefers-color-scheme: dark) in the same states,
// with reduced motion asked for too; then checks both preferences (checkPreferences).
func TestAxeDark(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.emulateMedia("", map[string]string{"prefers-color-scheme": "dark", "prefers-reduced-motion": "reduce"})
	p.openOK("/?sal_rate=90&confidence=100")
	p.axeAudit("dark, warnings")

	p.typeInto("win_rate", "101")
	p.waitState("invalid")
	p.axeAudit("dark, an invalid field (win_rate=101)")

	p.openEmbedDialog()
	p.axeAudit("dark, the Embed dialog open")

	eval[chromedp.Void](p, `localStorage.clear()`)
	p.openOK("/?embed=1&theme=auto")
	p.axeAudit("dark, embed mode following the system")

	p.openOK("/")
	t.Run("preferences", func(t *testing.T) { checkPreferences(t, p.as(t)) })
	p.assertNoProblems()
}

// focusStop is what has the focus after a Tab.
type focusStop struct {
	Key     string `json:"key"` // a description unique on the page
	Tag     string `json:"tag"`
	Outline string `json:"outline"` // the visible focus indicator found, "" for none
	Visible bool   `json:"visible"` // it has a box on screen
}

// focusStopJS describes document.activeElement. The focus indicator is the
// element's own outline, or the outline of the .box that wraps a number field
// (:focus-within), whichever is at least 2 px wide and not transparent.
const focusStopJS = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return {key: "body", tag: "body", outline: "", visible: false};
  const key = ` + focusKeyFn + `;
  const ring = (el) => {
    if (!el) return "";
    const s = getComputedStyle(el);
    const w = parseFloat(s.outlineWidth) || 0;
    if (s.outlineStyle !== "none" && w >= 2 && !/rgba\(.*, 0\)$/.test(s.outlineColor) && s.outlineColor !== "transparent") {
      return s.outlineWidth + " " + s.outlineStyle + " " + s.outlineColor + (el === e ? "" : " on " + key(el));
    }
    return "";
  };
  const r = e.getBoundingClientRect();
  return {key: key(e), tag: e.tagName.toLowerCase(), outline: ring(e) || ring(e.closest(".box")),
    visible: r.width > 0 && r.height > 0};
})()`

// focusablesJS lists, in document order, every control a keyboard user must be able
// to reach: what is rendered (not in a closed <details> or dialog: checkVisibility
// sees the content-visibility of a closed <details>) and not disabled.
const focusablesJS = `[...document.querySelectorAll('input, button, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])')]
  .filter((e) => !e.disabled && e.checkVisibility({visibilityProperty: true}) && !e.closest("dialog:not([open])") && !e.closest("[inert]"))
  .map((e) => (` + focusKeyFn + `)(e))`

// focusKeyFn describes an element uniquely on the page: its id, or its path from
// the nearest ancestor with one.
const focusKeyFn = `(el) => {
  if (el.id) return "#" + el.id;
  const parts = [];
  for (let x = el; x && x !== document.body; x = x.parentElement) {
    let i = 1;
    for (let s = x.previousElementSibling; s; s = s.previousElementSibling) i++;
    parts.unshift(x.tagName.toLowerCase() + ":nth-child(" + i + ")");
    if (x.id) { parts[0] = "#" + x.id; break; }
  }
  return parts.join(" > ");
}`

// tabThrough presses Tab from the top of the page until the focus leaves the page
// or comes back to where it started, and returns the stops in order.
func (p *Page) tabThrough(max int) []focusStop {
	p.t.Helper()
	// The next Tab starts from the focused element, or from where the focus last
	// was: put it on the body (focusable for a moment) so that Tab starts at the top.
	eval[chromedp.Void](p, `(() => { window.scrollTo(0, 0); document.body.tabIndex = -1; document.body.focus(); })()`)
	var stops []focusStop
	seen := map[string]bool{}
	for i := range max {
		p.do(chromedp.KeyEvent(kb.Tab))
		if i == 0 {
			eval[chromedp.Void](p, `document.body.removeAttribute("tabindex")`)
		}
		s := eval[focusStop](p, focusStopJS)
		if s.Key == "body" || seen[s.Key] {
			break
		}
		seen[s.Key] = true
		stops = append(stops, s)
	}
	return stops
}

// TestKeyboard: Tab alone reaches every control in document order, each with a
// visible focus ring, and the keyboard operates them: Enter and Space on buttons and
// summaries, arrows on sliders and selects, typing into fields, Escape to close the
// dialog (focus goes back to its button). Then what a screen reader announces.
func TestKeyboard(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")

	checkTabOrder := func(label string) {
		t.Helper()
		// A control that comes or goes while Tab walks the page (the install
		// button, once the browser offers installation) is no fault: walk again.
		var want []string
		var stops []focusStop
		for try := 0; try < 3; try++ {
			want = eval[[]string](p, focusablesJS)
			stops = p.tabThrough(len(want) + 10)
			if slices.Equal(eval[[]string](p, focusablesJS), want) {
				break
			}
		}
		var got []string
		for _, s := range stops {
			got = append(got, s.Key)
			if s.Outline == "" {
				t.Errorf("%s: %s (%s) has the focus with no visible focus indicator", label, s.Key, s.Tag)
			}
			if !s.Visible {
				t.Errorf("%s: %s has the focus but no box on screen", label, s.Key)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: Tab visits\n  %v\nwant every control in page order\n  %v", label, got, want)
		}
		t.Logf("%s: Tab reaches all %d controls in order", label, len(got))
	}
	checkTabOrder("default page")

	// Enter on the Assumptions summary opens it; its fields join the tab order.
	p.do(chromedp.Focus(chromedp.CSS(`#assumptions > summary`)), chromedp.KeyEvent(kb.Enter))
	p.waitUntil("Enter to open the assumptions", `document.getElementById("assumptions").open`, `document.getElementById("assumptions").open`)
	// Space on a data table's summary opens it.
	p.do(chromedp.Focus(chromedp.CSS(`#chart-lift-box + details > summary`)), chromedp.KeyEvent(" "))
	p.waitUntil("Space to open the lift chart's data table", `document.querySelector("#chart-lift-box + details").open`, `""`)
	checkTabOrder("assumptions and a data table open")

	// A slider moves with the arrow keys, and its number box follows.
	p.do(chromedp.Focus(chromedp.ID("slider-sales_target")), chromedp.KeyEvent(kb.ArrowRight))
	p.waitUntil("ArrowRight on the sales target slider", `document.getElementById("in-sales_target").value !== "10"`, `document.getElementById("in-sales_target").value`)
	in := calc.Defaults()
	v, err := parseShown(p.fieldValue("sales_target"))
	if err != nil || v <= 10 {
		t.Errorf("after ArrowRight the sales target is %q, want more than 10", p.fieldValue("sales_target"))
	}
	in.SalesTarget = v
	p.settleOuts("sales_target by keyboard", expected(in))

	// Typing into a field with the keyboard (typeInto uses real key events).
	p.typeInto("mqls", "300")
	in.MQLs = 300
	p.settleOuts("mqls typed", expected(in))

	// A select changes with the arrow keys.
	before := eval[string](p, `document.getElementById("currency").value`)
	p.do(chromedp.Focus(chromedp.ID("currency")), chromedp.KeyEvent(kb.ArrowDown))
	p.waitUntil("ArrowDown on the currency", `document.getElementById("currency").value !== `+js(before), `document.getElementById("currency").value`)

	// Enter on Embed opens the dialog with the focus inside; Tab stays in it;
	// Escape closes it and the focus returns to the Embed button.
	p.openEmbedDialog()
	if in := eval[bool](p, `document.getElementById("embed-dialog").contains(document.activeElement)`); !in {
		t.Errorf("the Embed dialog opened with the focus on %s, outside it", eval[string](p, focusStopJS+`.key`))
	}
	for range 6 {
		p.do(chromedp.KeyEvent(kb.Tab))
		s := eval[focusStop](p, focusStopJS)
		inside := eval[bool](p, `document.getElementById("embed-dialog").contains(document.activeElement)`)
		if !inside && s.Key != "body" {
			t.Errorf("Tab in the open dialog moved the focus out to %s", s.Key)
			break
		}
		if inside && s.Outline == "" {
			t.Errorf("in the dialog %s has the focus with no visible focus indicator", s.Key)
		}
	}
	p.do(chromedp.KeyEvent(kb.Escape))
	p.waitUntil("Escape to close the Embed dialog", `!document.getElementById("embed-dialog").open`, `document.getElementById("embed-dialog").open`)
	if got := eval[string](p, focusStopJS+`.key`); got != "#open-embed" {
		t.Errorf("after Escape the focus is on %s, want #open-embed", got)
	}

	// Space on Reset brings the example back.
	p.do(chromedp.Focus(chromedp.ID("reset")), chromedp.KeyEvent(" "))
	p.waitUntil("Space on Reset", `document.getElementById("in-mqls").value === "200"`, `document.getElementById("in-mqls").value`)
	p.settleOuts("after reset by keyboard", expected(calc.Defaults()))

	// With a field invalid, the summary's links lead to the field.
	p.typeInto("win_rate", "abc")
	p.waitState("invalid")
	p.do(chromedp.Focus(chromedp.CSS(`#invalid a[href="#in-win_rate"]`)), chromedp.KeyEvent(kb.Enter))
	p.waitUntil("Enter on the link to the invalid field", `location.hash === "#in-win_rate"`, `location.hash`)
	checkTabOrder("a field invalid")

	t.Run("announcements", func(t *testing.T) { checkAnnouncements(t, p.as(t)) })
	p.assertNoProblems()
}

// checkAnnouncements: a polite live region says the headline results in one line, so
// a screen reader hears the new figures after typing without being interrupted, and
// says which fields need fixing and why; an error is tied to its field.
func checkAnnouncements(t *testing.T, p *Page) {
	eval[chromedp.Void](p, `localStorage.clear()`)
	p.openOK("/")
	type live struct {
		Live   string `json:"live"`
		Role   string `json:"role"`
		Assert int    `json:"assertive"`
	}
	l := eval[live](p, `(() => {
  const e = document.getElementById("announce");
  return {live: e ? (e.getAttribute("aria-live") || "") : "", role: e ? e.textContent : "",
    assertive: document.querySelectorAll('[aria-live="assertive"], [role="alert"]').length};
})()`)
	if roi := eval[string](p, `document.getElementById("out-roi").textContent`); l.Live != "polite" || !strings.Contains(l.Role, "ROI "+roi) {
		t.Errorf("#announce (aria-live=%q) says %q, want the headline results, ROI %s", l.Live, l.Role, roi)
	}
	if l.Assert > 0 {
		t.Errorf("%d assertive live regions: results and errors must not interrupt typing", l.Assert)
	}
	p.typeInto("mqls", "-5")
	p.waitState("invalid")
	p.waitUntil("the message for -5", `(document.getElementById("err-mqls") || {}).textContent.includes("from 0 to")`, `(document.getElementById("err-mqls") || {}).textContent`)
	f := p.field("mqls")
	if f.Invalid != "true" || !strings.Contains(" "+f.DescribedBy+" ", " err-mqls ") || !f.ErrShown || f.ErrText == "" {
		t.Errorf("#in-mqls=-5: aria-invalid=%q aria-describedby=%q, error shown %v %q", f.Invalid, f.DescribedBy, f.ErrShown, f.ErrText)
	}
	// The live region names the field and says what is wrong.
	if said := eval[string](p, `document.getElementById("announce").textContent`); !strings.Contains(said, "MQLs per month") || !strings.Contains(said, f.ErrText) {
		t.Errorf("the live region says %q, want the field to fix and its message %q", said, f.ErrText)
	}
}

// overflowJS gives the page's scroll and client widths and, to explain a sideways
// scroll, the outermost elements that stick out to the right of the viewport (a
// table in its own scrolling box among them, which is fine).
const overflowJS = `(() => {
  const vw = document.documentElement.clientWidth;
  const out = [...document.querySelectorAll("body *")]
    .filter((e) => e.getClientRects().length > 0 && !e.closest("dialog:not([open])"))
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > vw + 0.5; })
    .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= vw + 0.5)
    .slice(0, 8).map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (typeof e.className === "string" && e.className ? "." + e.className.trim().split(/\s+/).join(".") : "") + " right=" + Math.round(e.getBoundingClientRect().right));
  return {scrollWidth: document.documentElement.scrollWidth, clientWidth: vw, culprits: out};
})()`

type overflow struct {
	ScrollWidth int      `json:"scrollWidth"`
	ClientWidth int      `json:"clientWidth"`
	Culprits    []string `json:"culprits"`
}

// noSideways fails the test when the page scrolls sideways, naming the outermost
// elements that stick out.
func (p *Page) noSideways(when string) {
	p.t.Helper()
	if o := eval[overflow](p, overflowJS); o.ScrollWidth > o.ClientWidth {
		p.t.Errorf("%s: the page scrolls sideways (scrollWidth %d > clientWidth %d); culprits: %v", when, o.ScrollWidth, o.ClientWidth, o.Culprits)
	}
}

// TestReflow: at 200% zoom (a 1280 px window seen as 640 CSS px at device scale 2)
// and at 320 CSS px wide, nothing scrolls sideways, every control stays usable, and
// typing still updates the results.
func TestReflow(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, c := range []struct {
		label         string
		width, height int64
		scale         float64
	}{
		{"200% zoom (640 CSS px at scale 2)", 640, 450, 2},
		{"320 px wide", 320, 640, 1},
	} {
		t.Run(strings.Fields(c.label)[0], func(t *testing.T) {
			p := p.as(t)
			p.setViewport(c.width, c.height, c.scale)
			p.openOK("/?sal_rate=90&confidence=100")
			p.laidOut()
			if w := eval[int](p, `window.innerWidth`); w != int(c.width) {
				t.Fatalf("%s: innerWidth %d, want %d", c.label, w, c.width)
			}
			check := func(state string) {
				t.Helper()
				p.noSideways(c.label + ", " + state)
				// Every control is on screen horizontally and big enough to use.
				bad := eval[[]string](p, `[...document.querySelectorAll("input, button, select, summary, a[href]")]
  .filter((e) => e.checkVisibility({visibilityProperty: true}) && !e.closest("dialog:not([open])"))
  .filter((e) => { const r = e.getBoundingClientRect(); return r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5 || r.width < 16 || r.height < 16; })
  .map((e) => (e.id || e.tagName.toLowerCase()) + " " + JSON.stringify(e.getBoundingClientRect()))`)
				if len(bad) > 0 {
					t.Errorf("%s, %s: controls cut off or too small: %v", c.label, state, bad)
				}
			}
			check("default")
			p.typeInto("mqls", "abc")
			p.waitState("invalid")
			check("an invalid field")
			p.typeInto("mqls", "500")
			p.waitState("ok")
			in := inputsFromQuery(t, "sal_rate=90&confidence=100&mqls=500")
			p.settleOuts(c.label, expected(in))
			p.reveal("in-lag")
			p.openEmbedDialog()
			check("the Embed dialog open")
			p.screenshot(fmt.Sprintf("reflow-%d.png", c.width))
		})
	}
	p.assertNoProblems()
}

// spinAnimationJS is the animation-name of go-app's loader spinner (.goapp-spin) in
// the page's styles, whether or not the loader is still there.
const spinAnimationJS = `(() => {
  const e = document.createElement("div");
  e.className = "goapp-spin";
  document.body.appendChild(e);
  const n = getComputedStyle(e).animationName;
  e.remove();
  return n;
})()`

// checkPreferences, on a page opened with prefers-color-scheme: dark and
// prefers-reduced-motion: reduce: the dark theme (dark background, light text, the
// charts drawn dark), no animation nor transition, the loader's spinner stopped;
// and once the preferences are gone, the light theme and a spinning spinner.
func checkPreferences(t *testing.T, p *Page) {
	type look struct {
		Bg, Fg     string
		Dark       bool
		ChartFill  string
		ChartDark  bool
		Animations []string
	}
	l := eval[look](p, `(() => {
  const lum = (c) => { const m = (c.match(/[\d.]+/g) || [255, 255, 255]).map(Number); return (0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]) / 255; };
  const s = getComputedStyle(document.querySelector(".page"));
  // The chart's background is its first painted shape.
  const first = document.querySelector("#chart-lift path, #chart-lift rect");
  const fill = first ? getComputedStyle(first).fill : "";
  // Every element with an animation or a transition that would run.
  const anim = [...document.querySelectorAll("*")].filter((e) => {
    const c = getComputedStyle(e);
    return (c.animationName !== "none" && parseFloat(c.animationDuration) > 0.01) || parseFloat(c.transitionDuration) > 0.01;
  }).map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + (typeof e.className === "string" ? e.className : ""));
  return {Bg: s.backgroundColor, Fg: s.color, Dark: lum(s.backgroundColor) < 0.2 && lum(s.color) > 0.7,
    ChartFill: fill, ChartDark: fill !== "" && lum(fill) < 0.2, Animations: anim};
})()`)
	if !l.Dark {
		t.Errorf("prefers-color-scheme: dark: background %s, text %s, want a dark theme", l.Bg, l.Fg)
	}
	if !l.ChartDark {
		t.Errorf("prefers-color-scheme: dark: the lift chart's background is %q, want it drawn dark", l.ChartFill)
	}
	if len(l.Animations) > 0 {
		t.Errorf("prefers-reduced-motion: reduce, yet these animate: %v", l.Animations)
	}
	// go-app's CSS animates the spinner: with reduced motion our stylesheet must not.
	spin := eval[string](p, spinAnimationJS)
	if spin != "none" {
		t.Errorf("prefers-reduced-motion: reduce, the loader spinner still animates (animation-name %q)", spin)
	}
	// Without the preference the spinner does spin: the check above means something.
	p.emulateMedia("", map[string]string{"prefers-color-scheme": "light", "prefers-reduced-motion": "no-preference"})
	spin = eval[string](p, spinAnimationJS)
	if spin == "none" {
		t.Logf("without reduced motion the go-app spinner has no animation: the reduced-motion check is vacuous")
	}
	if bg := eval[string](p, `getComputedStyle(document.querySelector(".page")).backgroundColor`); bg != "rgb(247, 248, 250)" {
		t.Errorf("prefers-color-scheme: light, page background %s, want the light theme #f7f8fa", bg)
	}
}

// TestAxeNarrow audits phone widths, 320 and 360 px, in the light and the dark theme:
// the sticky summary, the folded tables and the stacked cards included.
func TestAxeNarrow(t *testing.T) {
	t.Parallel()
	p := newPage(t, phone)
	for _, scheme := range []string{"light", "dark"} {
		p.emulateMedia("", map[string]string{"prefers-color-scheme": scheme})
		for _, w := range []int64{320, 360} {
			p.setViewport(w, 740, 2)
			p.openOK("/?sal_rate=45&win_rate=60&confidence=100")
			p.axeAudit(fmt.Sprintf("%s, %d px, warnings", scheme, w))
			p.typeInto("mqls", "")
			p.waitState("invalid")
			p.axeAudit(fmt.Sprintf("%s, %d px, an empty field with the last valid results", scheme, w))
		}
	}
	p.assertNoProblems()
}
