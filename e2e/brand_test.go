//go:build !wasm

package e2e

// The calculator on a consultancy's site: the compact, results-first embed, its
// looks (theme, clear background, any brand colour), sizing on real hosts (no
// script, a sandbox, a redirect), the embed configurator, the call to action.

import (
	"fmt"
	"html"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/calc"
)

const ctaQuery = "cta_url=https%3A%2F%2Fconsult.example%2Fbook&cta_text=Book+a+call"

// embedHost is a host page on another origin with the calculator at src, with or
// without embed.js, and no margin, so the frame is as wide as the window.
func embedHost(t *testing.T, src, attrs string, script bool) string {
	t.Helper()
	body := `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consult Example</title><style>body { margin: 0; font-family: sans-serif; }</style></head><body>
<iframe src="` + src + `" ` + attrs + ` data-training-roi title="Training ROI calculator" style="width:100%;height:900px;border:0"></iframe>`
	if script {
		body += `<script src="` + baseURL + `/web/embed.js" async></script>`
	}
	return startHost(t, map[string]string{"/": body + `</body></html>`})
}

// frameHeight is the calculator's iframe's height on the host page.
const frameHeightJS = `document.querySelector("iframe[data-training-roi]").getBoundingClientRect().height`

// TestCompactEmbed: embed=1 in a 900 and a 360 px column puts the headline results,
// the break-even and the call to action first, keeps the key inputs in sight and
// folds the rest; the frame fits its content and follows a disclosure opening and
// closing. embed=full keeps the whole page.
func TestCompactEmbed(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		width     int64
		maxHeight float64
	}{{900, 1400}, {360, 2400}} {
		t.Run(fmt.Sprint(c.width), func(t *testing.T) {
			host := embedHost(t, baseURL+"/?embed=1&"+ctaQuery, "", true)
			p := newPage(t)
			p.setViewport(c.width, 900, 1)
			p.gotoURL(host)
			fw := p.frameOf(baseURL + "/")
			fw.frameWait("the app", `document.documentElement.dataset.ready === "true"`, "")
			s := waitFits(p, fw, "compact embed", func(s frameSize) bool { return s.Height != 900 })
			if s.Height > c.maxHeight {
				t.Errorf("the compact embed is %.0f px tall at %d px, want at most %.0f", s.Height, c.width, c.maxHeight)
			}
			t.Logf("%d px wide: %.0f px tall", c.width, s.Height)
			layout := eval[map[string]float64](fw, `(() => {
  const r = (id) => { const e = document.getElementById(id); return e && e.checkVisibility() ? e.getBoundingClientRect().bottom + scrollY : -1; };
  const open = (id) => document.getElementById(id) && document.getElementById(id).open ? 1 : 0;
  return {cta: r("cta"), results: r("out-roi"), breakeven: r("breakeven-sentence"),
    mktTeam: r("in-mkt_team"), salesTarget: r("in-sales_target"), mqls: r("in-mqls"), deal: r("in-deal"), winRate: r("in-win_rate"),
    moreResults: open("more-results"), moreInputs: open("more-inputs"), assumptions: open("assumptions"), evidence: open("evidence-fold")};
})()`)
			if layout["cta"] < 0 || layout["cta"] > 900 {
				t.Errorf("the call to action ends at %.0f px, want within the first 900", layout["cta"])
			}
			for _, k := range []string{"results", "breakeven", "mktTeam", "salesTarget", "mqls", "deal"} {
				if layout[k] < 0 {
					t.Errorf("%s is not in sight in the compact embed", k)
				}
			}
			if layout["winRate"] >= 0 {
				t.Error("the win rate is in sight: only the key inputs are")
			}
			for _, k := range []string{"moreResults", "moreInputs", "assumptions", "evidence"} {
				if layout[k] != 0 {
					t.Errorf("%s is open at first", k)
				}
			}
			// Opening the funnel, costs and charts grows the frame; closing shrinks it.
			eval[bool](fw, `(document.querySelector("#more-results > summary").click(), true)`)
			opened := waitFits(p, fw, "more results open", func(x frameSize) bool { return x.Height > s.Height+300 })
			eval[bool](fw, `(document.querySelector("#more-results > summary").click(), true)`)
			waitFits(p, fw, "more results closed", func(x frameSize) bool { return x.Height < opened.Height-300 })
			p.assertNoProblems()
		})
	}
	t.Run("full", func(t *testing.T) {
		p := newPage(t)
		p.openOK("/?embed=full")
		if !eval[bool](p, `!!(document.getElementById("inputs").compareDocumentPosition(document.getElementById("results")) & Node.DOCUMENT_POSITION_FOLLOWING)`) {
			t.Error("embed=full does not keep the inputs before the results")
		}
		if eval[bool](p, `!!document.getElementById("more-results") || !!document.querySelector(".masthead")`) {
			t.Error("embed=full folds the results or shows the masthead")
		}
	})
}

// contrastJS gives the WCAG contrast of two computed CSS colours.
const contrastJS = `const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
const lum = (c) => { const v = rgb(c).map((x) => { x /= 255; return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }); return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
const contrast = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };`

// TestEmbedLooks: an embed is light unless it asks otherwise, whatever the
// visitor's system says; theme=dark and theme=auto are honoured, as is
// bg=transparent; any brand colour gives readable buttons and visible controls.
func TestEmbedLooks(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.emulateMedia("", map[string]string{"prefers-color-scheme": "dark"})
	look := func(query string) map[string]string {
		p.openOK(query)
		return eval[map[string]string](p, `(() => { const pg = document.querySelector(".page");
  return {bg: getComputedStyle(pg).backgroundColor, root: getComputedStyle(document.documentElement).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor, scheme: getComputedStyle(document.documentElement).colorScheme}; })()`)
	}
	light, dark := "rgb(247, 248, 250)", "rgb(17, 22, 28)"
	for _, c := range []struct{ query, bg string }{
		{"/?embed=1", light}, {"/?embed=1&theme=dark", dark}, {"/?embed=1&theme=auto", dark},
		{"/?embed=full", light}, {"/", dark}, {"/?theme=light", light},
	} {
		if got := look(c.query); got["bg"] != c.bg {
			t.Errorf("%s under a dark system: page background %s, want %s", c.query, got["bg"], c.bg)
		}
	}
	if got := look("/?embed=1&bg=transparent"); got["bg"] != "rgba(0, 0, 0, 0)" || got["root"] != "rgba(0, 0, 0, 0)" || got["body"] != "rgba(0, 0, 0, 0)" || got["scheme"] != "light" {
		t.Errorf("bg=transparent: page %s, html %s, body %s, scheme %q; want all transparent, light", got["bg"], got["root"], got["body"], got["scheme"])
	}
	for _, accent := range []string{"ffcc00", "ffffff", "f0f8ff", "000000", "0a7d4f", "ff00ff"} {
		for _, theme := range []string{"light", "dark"} {
			p.openOK("/?embed=1&theme=" + theme + "&accent=" + accent + "&" + ctaQuery)
			got := eval[map[string]float64](p, `(() => { `+contrastJS+`
  const cta = getComputedStyle(document.getElementById("cta")), pg = getComputedStyle(document.querySelector(".page"));
  const card = getComputedStyle(document.querySelector(".card")), surface = getComputedStyle(document.querySelector(".results")).backgroundColor;
  const slider = getComputedStyle(document.getElementById("slider-confidence")).accentColor;
  return {cta: contrast(cta.color, cta.backgroundColor), slider: contrast(slider, surface), sliderOnPage: contrast(slider, pg.backgroundColor),
    card: contrast(card.borderTopColor, surface)}; })()`)
			label := fmt.Sprintf("accent %s, %s", accent, theme)
			if got["cta"] < 4.5 {
				t.Errorf("%s: the call to action's text contrasts %.2f:1, want 4.5:1", label, got["cta"])
			}
			for _, k := range []string{"slider", "sliderOnPage", "card"} {
				if got[k] < 3 || math.IsNaN(got[k]) {
					t.Errorf("%s: %s contrasts %.2f:1 with its background, want 3:1", label, k, got[k])
				}
			}
		}
	}
	p.assertNoProblems()
}

// TestEmbedWithoutScript: a host that strips scripts keeps the snippet's iframe:
// 900 px tall, and it scrolls.
func TestEmbedWithoutScript(t *testing.T) {
	t.Parallel()
	host := embedHost(t, baseURL+"/?embed=1", "", false)
	p := newPage(t)
	p.gotoURL(host)
	fw := p.frameOf(baseURL + "/")
	fw.frameWait("the app", `document.documentElement.dataset.ready === "true"`, "")
	if h := eval[float64](p, frameHeightJS); h != 900 {
		t.Errorf("the iframe is %.0f px tall without embed.js, want the snippet's 900", h)
	}
	in := eval[frameSize](fw, innerSideJS)
	if in.Scroll <= in.Inner || eval[string](p, `document.querySelector("iframe").getAttribute("scrolling") || ""`) == "no" {
		t.Errorf("without embed.js the frame does not scroll: %+v", in)
	}
	eval[bool](fw, `(window.scrollTo(0, 100000), true)`)
	if y := eval[float64](fw, `scrollY`); y <= 0 {
		t.Error("the frame's content cannot be scrolled")
	}
}

// TestEmbedSandboxedAndRedirected: with embed.js, an iframe sandboxed without
// allow-same-origin (origin "null") and one whose src redirects to the calculator
// both come to fit their content.
func TestEmbedSandboxedAndRedirected(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, attrs, src string }{
		{"sandboxed", `sandbox="allow-scripts"`, baseURL + "/?embed=1&mqls=300"},
		{"redirected", "", "/go"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("/go", func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, baseURL+"/?embed=1&mqls=300", http.StatusFound)
			})
			page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>body{margin:0}</style></head><body>
<iframe ` + c.attrs + ` src="` + c.src + `" data-training-roi title="Training ROI calculator" style="width:100%;height:900px;border:0"></iframe>
<script src="` + baseURL + `/web/embed.js" async></script></body></html>`
			mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprint(w, page)
			})
			srv := httptest.NewServer(mux)
			defer srv.Close()
			p := newPage(t)
			p.gotoURL(srv.URL)
			// The frame reports its content's height once the app runs; embed.js sets
			// it, and the frame stops scrolling.
			p.waitUntil(c.name+": the frame sized to its content", `(() => { const f = document.querySelector("iframe[data-training-roi]");
  return f.style.height !== "900px" && f.getAttribute("scrolling") === "no"; })()`, frameHeightJS)
			h := eval[float64](p, frameHeightJS)
			if h < 1000 || h > 2000 {
				t.Errorf("%s: the frame is %.0f px tall, want the compact embed's height", c.name, h)
			}
			t.Logf("%s: %.0f px", c.name, h)
		})
	}
}

// TestCallToActionSafety: a link with a user name is refused (it reads as one host
// and goes to another), bidi and control characters are removed from the text, a
// long text is cut with an ellipsis, and the accessible name says where it leads.
func TestCallToActionSafety(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, c := range []struct {
		query        string
		text, label  string // "" text: no call to action
		hrefContains string
	}{
		{"cta_url=" + url.QueryEscape("https://good.example@evil.example/") + "&cta_text=Book", "", "", ""},
		{"cta_url=" + url.QueryEscape("https://consult.example/a") + "&cta_text=" + url.QueryEscape("Book \u202egnp.exe\u202c now\u0007"), "Book gnp.exe now", "Book gnp.exe now (consult.example, opens in a new tab)", "consult.example"},
		{"cta_url=" + url.QueryEscape("https://consult.example/a") + "&cta_text=" + url.QueryEscape(strings.Repeat("Talk to our training experts ", 4)), "Talk to our training experts Talk to ou…", "", "consult.example"},
		{"cta_url=" + url.QueryEscape("mailto:hello@consult.example") + "&cta_text=Write", "Write", "Write (email to hello@consult.example, opens in a new tab)", "mailto:"},
		// Issue 21: the label names the host the browser opens, checked once decoded,
		// and the text has no invisible characters.
		{"cta_url=https://%D0%B0pple.com/&cta_text=Buy", "Buy", "Buy (xn--pple-43d.com, opens in a new tab)", "//xn--pple-43d.com/"},
		{"cta_url=" + url.QueryEscape("https://%D0%B0pple.com/") + "&cta_text=Buy", "Buy", "Buy (xn--pple-43d.com, opens in a new tab)", "//xn--pple-43d.com/"},
		{"cta_url=" + url.QueryEscape("https://good.example%E2%80%AE/") + "&cta_text=Book", "", "", ""},
		{"cta_url=" + url.QueryEscape("https://good.example%E3%80%82evil.example") + "&cta_text=Go", "Go", "Go (good.example.evil.example, opens in a new tab)", "//good.example.evil.example"},
		{"cta_url=" + url.QueryEscape("https://consult.example/a") + "&cta_text=" + url.QueryEscape("Book\u200b a\u00ad call\u2060\ufeff"), "Book a call", "Book a call (consult.example, opens in a new tab)", "consult.example"},
	} {
		p.openOK("/?embed=1&" + c.query)
		got := eval[map[string]string](p, `(() => { const a = document.getElementById("cta");
  return a ? {text: a.textContent, label: a.getAttribute("aria-label"), href: a.getAttribute("href"),
    opens: a.protocol === "https:" ? a.hostname : ""} : {}; })()`)
		if c.text == "" {
			if len(got) > 0 {
				t.Errorf("?%s: a call to action %+v, want none", c.query, got)
			}
			continue
		}
		if got["text"] != c.text || (c.label != "" && got["label"] != c.label) || !strings.Contains(got["href"], c.hrefContains) {
			t.Errorf("?%s: call to action %+v, want text %q, name %q, href with %q", c.query, got, c.text, c.label, c.hrefContains)
		}
		// The host named is the one the browser parses from the link, and the
		// server's page (which resolves hosts itself) names it as the app does.
		if got["opens"] != "" && !strings.Contains(got["label"], "("+got["opens"]+", ") {
			t.Errorf("?%s: the label %q does not name the host the browser opens, %q", c.query, got["label"], got["opens"])
		}
		if tag, ok := findByID(getHTML(t, "/?embed=1&"+c.query), "cta"); !ok || tag.Attrs["aria-label"] != got["label"] || tag.Attrs["href"] != got["href"] {
			t.Errorf("?%s: the server's page has the call to action %+v, the app %+v", c.query, tag.Attrs, got)
		}
	}
	p.assertNoProblems()
}

// TestEmbedConfigurator: the Embed dialog's settings change the snippet and the
// preview as they are made; a call to action's link that could mislead is refused
// with a message.
func TestEmbedConfigurator(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/?mqls=500")
	p.openEmbedDialog()
	set := func(id, value string) {
		t.Helper()
		eval[bool](p, `(() => { const e = document.getElementById(`+js(id)+`); e.value = `+js(value)+`; e.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	}
	p.chooseOption("cfg-embed", "full")
	p.chooseOption("cfg-theme", "dark")
	p.chooseOption("cfg-currency", "EUR")
	set("cfg-accent", "#0a7d4f")
	set("cfg-cta-text", "Book a call")
	set("cfg-cta-url", "https://consult.example/book")
	p.click("cfg-events")
	want := url.Values{"mqls": {"500"}, "embed": {"full"}, "theme": {"dark"}, "currency": {"EUR"}, "accent": {"0a7d4f"},
		"cta_text": {"Book a call"}, "cta_url": {"https://consult.example/book"}, "events": {"1"}}
	src := func() url.Values {
		m := iframeSrcRE.FindStringSubmatch(eval[string](p, `document.getElementById("embed-code").value`))
		if m == nil {
			t.Fatalf("the snippet is not an iframe and embed.js: %q", eval[string](p, `document.getElementById("embed-code").value`))
		}
		u, err := url.Parse(html.UnescapeString(m[1]))
		if err != nil {
			t.Fatal(err)
		}
		return u.Query()
	}
	p.waitUntil("the snippet to follow the settings", `document.getElementById("embed-code").value.includes("events=1")`, `document.getElementById("embed-code").value`)
	got := src()
	for k := range want {
		if got.Get(k) != want.Get(k) {
			t.Errorf("the snippet's %s is %q, want %q (snippet %v)", k, got.Get(k), want.Get(k), got)
		}
	}
	// The preview shows that very address.
	eval[bool](p, `(document.querySelector("#embed-preview > summary").click(), true)`)
	p.waitUntil("the preview", `document.getElementById("embed-preview-frame")`, "")
	if pv, err := url.Parse(eval[string](p, `document.getElementById("embed-preview-frame").src`)); err != nil || pv.Query().Encode() != got.Encode() {
		t.Errorf("the preview shows %v, the snippet %v", pv, got)
	}
	// A link with a user name is refused, and said to be.
	set("cfg-cta-url", "https://good.example@evil.example/")
	p.waitUntil("the link refused", `document.getElementById("cfg-cta-error")`, "")
	if q := src(); q.Get("cta_url") != "" {
		t.Errorf("the snippet keeps a misleading link: %v", q)
	}
	p.assertNoProblems()
}

// TestResultEvents: the repository's example host page, on another origin, gets what
// the visitor calculated through embed.js's event and prefills its lead form; and
// again when the visitor changes a number and follows the call to action. The
// calculator sends nothing over the network for it.
func TestResultEvents(t *testing.T) {
	t.Parallel()
	example := readFile(t, "docs/examples/lead-form.html")
	example = strings.ReplaceAll(example, "https://roi.example.com", baseURL)
	// A recorder of the events, as a host's analytics might be.
	example = strings.Replace(example, "</body>", `<script>window.__events = []; document.querySelector("iframe[data-training-roi]").addEventListener("training-roi:result", (e) => window.__events.push(e.detail));</script></body>`, 1)
	host := startHost(t, map[string]string{"/": example})
	p := newPage(t)
	p.gotoURL(host)
	p.waitUntil("the form prefilled", `document.getElementById("lead-roi").value !== ""`, "")
	r := calc.Project(calc.Defaults())
	if got, want := eval[string](p, `document.getElementById("lead-roi").value`), fmt.Sprintf("%.0f%%", r.ROI.V); got != want {
		t.Errorf("the lead form says ROI %q, want %q", got, want)
	}
	if got := eval[string](p, `document.getElementById("lead-mkt_team").value`); got != "5" {
		t.Errorf("the lead form says marketing team %q, want 5", got)
	}
	fw := p.frameOf(baseURL + "/")
	eval[bool](fw, `(() => { const e = document.getElementById("in-mkt_team"); e.focus(); e.select(); return true; })()`)
	p.do(chromedp.KeyEvent("8"))
	in := calc.Defaults()
	in.MktTeam = 8
	want := fmt.Sprintf("%.0f%%", calc.Project(in).ROI.V)
	p.waitUntil("the form to follow the change", `document.getElementById("lead-roi").value === `+js(want), `document.getElementById("lead-roi").value`)
	eval[bool](fw, `(document.getElementById("cta").click(), true)`)
	p.waitUntil("the call to action's event", `window.__events.some((d) => d.trigger === "cta")`, `JSON.stringify(window.__events.map((d) => d.trigger))`)
	last := eval[map[string]any](p, `window.__events.filter((d) => d.trigger === "cta").pop()`)
	if inputs, _ := last["inputs"].(map[string]any); inputs["mkt_team"] != float64(8) {
		t.Errorf("the event's inputs %v, want mkt_team 8", last["inputs"])
	}
	if results, _ := last["results"].(map[string]any); results["payback"] == nil || results["lift"] == nil {
		t.Errorf("the event's results %v lack payback or lift", last["results"])
	}
	// The decision support too, under the page's hook names; no budget is null.
	r = calc.Project(in)
	results, _ := last["results"].(map[string]any)
	for _, name := range append(decideNames, "net_low_mqls", "net_high_confidence") {
		o, _ := calc.OutputByName(name)
		v := o.Of(&r)
		got, isNum := results[name].(float64)
		if v.OK != isNum || v.OK && !closeRel(got, v.V, 1e-9) {
			t.Errorf("the event's %s = %v, want %+v", name, results[name], v)
		}
	}
	if inputs, _ := last["inputs"].(map[string]any); inputs["budget"] != nil {
		t.Errorf("the event's budget = %v, want null (no limit)", inputs["budget"])
	}
	// The example names itself (data-share): the link leads back to it.
	if u, _ := last["url"].(string); !strings.HasPrefix(u, host+"/?") || !strings.Contains(u, "mkt_team=8") || strings.Contains(u, "events=") || strings.Contains(u, "embed=") {
		t.Errorf("the event's url %q is not the scenario's link on the example page %s", u, host)
	}
}

// readFile reads a file of the repository.
func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(rootDir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// pdfWords is every word of a PDF with its page and height (pdftotext -bbox): a
// word's box is as tall as its font is large, give or take the font's design.
type pdfWord struct {
	Page   int
	Text   string
	Height float64
}

func pdfWords(t *testing.T, path string) []pdfWord {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	// Its output is XHTML: a <page> element of <word> elements with their boxes.
	var words []pdfWord
	page := 0
	for e := range elements(parseHTML(string(out))) {
		switch e.Data {
		case "page":
			page++
		case "word":
			a := attrs(e)
			yMin, _ := strconv.ParseFloat(a["ymin"], 64)
			yMax, _ := strconv.ParseFloat(a["ymax"], 64)
			words = append(words, pdfWord{Page: page, Text: leadingText(e), Height: yMax - yMin})
		}
	}
	return words
}

// TestEmbedReport: printed from the compact embed, the report has a title, the date,
// the scenario's link as text, the consultancy's call to action with its address,
// everything the embed folds, chart text as large as the tables' 8 pt text, and no
// heading alone at the foot of a page.
func TestEmbedReport(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is missing (Debian: apt-get install poppler-utils)")
	}
	p := newPage(t)
	p.openOK("/?embed=1&mqls=500&accent=0a7d4f&" + ctaQuery)
	pdf := printPDF(t, p, "embed", chromedp.PaperA4)
	text := pdfText(t, pdf)
	date := time.Now().Format("2 January 2006")
	for _, want := range []string{
		"Training plan memo of " + date, "This scenario: " + baseURL + "/?mqls=500", "accent=0a7d4f",
		"Book a call", "https://consult.example/book",
		"Lift in new-customer business", "How is this calculated?", "Funnel per year", "When the plan pays back",
		"Assumptions", "Lag before results", "Caveats", "Charles Besondy",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// Chart text against the tables' (8 pt in print).
	words := pdfWords(t, pdf)
	tableHeight := 0.0
	var chart []pdfWord
	for _, w := range words {
		if w.Text == "MQLs" && w.Page > 1 && tableHeight == 0 { // the funnel table, past the memo
			tableHeight = w.Height
		}
		if w.Text == "Months" || w.Text == "Training" || w.Text == "projected" {
			chart = append(chart, w)
		}
	}
	if tableHeight == 0 || len(chart) == 0 {
		t.Fatalf("no table or chart words found (%d words)", len(words))
	}
	for _, w := range chart {
		if w.Height < tableHeight-0.2 {
			t.Errorf("chart text %q is %.1f units tall, the tables' 8 pt text %.1f", w.Text, w.Height, tableHeight)
		}
	}
	// No heading is the last thing on a page.
	headings := []string{"Projection", "Read with care", "Funnel per year", "What the model credits to training days: new-customer revenue",
		"The funnel, now and projected", "When the plan pays back", "Your numbers", "Assumptions", "The evidence, and how the model uses it", "Caveats"}
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for i, pageText := range strings.Split(string(out), "\f") {
		lines := strings.Split(strings.TrimSpace(pageText), "\n")
		last := strings.TrimSpace(lines[len(lines)-1])
		for _, h := range headings {
			if strings.HasPrefix(last, h) && len(last) < len(h)+25 && i < strings.Count(string(out), "\f")-1 {
				t.Errorf("page %d ends with the heading %q", i+1, last)
			}
		}
	}
}
