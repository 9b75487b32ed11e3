//go:build !wasm

package e2e

// Embedding (the README's "Embedding"): the snippet of the Embed dialog pasted into
// a plain page of another origin gives a branded, working calculator whose iframe
// follows its content's height, and no other window or origin can resize it.

import (
	"html"
	"math"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/calc"
)

// strangerHTML is a page of a third origin that keeps posting a height message to
// its parent, as a hostile or confused frame would.
const strangerHTML = `<!doctype html><html><head><meta charset="utf-8"><title>Stranger</title></head><body>
<p>another origin</p>
<script>
setInterval(function () {
  parent.postMessage({type: "training-roi:height", height: 37}, "*");
}, 50);
</script></body></html>`

// hostHTML is a consultancy's plain page with the snippet pasted in, a frame of
// another origin, and a frame marked as the calculator's whose document was
// replaced by the stranger's.
func hostHTML(snippet, stranger string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consult Example: what training pays</title>
<style>body { font-family: sans-serif; margin: 8px; } .side { width: 300px; height: 60px; border: 0; }</style>
</head><body>
<h1>What training pays</h1>
<p>Try our calculator:</p>
` + snippet + `
<p id="after">Questions? Call us.</p>
<iframe id="stranger" class="side" src="` + stranger + `/stranger" title="stranger"></iframe>
<iframe id="hijacked" class="side" data-training-roi src="` + baseURL + `/web/icons/icon.svg" title="hijacked" style="height: 123px"></iframe>
</body></html>`
}

// frameSize is the calculator's iframe seen from the host page and from inside.
type frameSize struct {
	Height  float64 `json:"height"`  // the iframe element's client height, host side
	Width   float64 `json:"width"`   // and width
	Style   string  `json:"style"`   // its style height, as embed.js set it
	Scroll  float64 `json:"scroll"`  // the inner document's scrollHeight
	Inner   float64 `json:"inner"`   // the inner window's innerHeight
	Content float64 `json:"content"` // the inner document's content height
}

const hostSideJS = `(() => {
  const f = document.querySelector('iframe[data-training-roi]:not(#hijacked)');
  return {height: f.clientHeight, width: f.clientWidth, style: f.style.height};
})()`

const innerSideJS = `({scroll: document.documentElement.scrollHeight, inner: window.innerHeight,
  content: document.documentElement.getBoundingClientRect().height})`

func measureFrame(p *Page, fw *Page) frameSize {
	p.t.Helper()
	s := eval[frameSize](p, hostSideJS)
	in := eval[frameSize](fw, innerSideJS)
	s.Scroll, s.Inner, s.Content = in.Scroll, in.Inner, in.Content
	return s
}

// fits: the iframe shows all of its content (no inner scrollbar, nothing cut) and
// is not taller than it (no gap under the calculator).
func (s frameSize) fits() bool {
	return s.Scroll <= s.Inner && math.Abs(s.Height-s.Content) <= 2
}

// waitFits waits until the frame fits its content and cond holds for its size, and
// returns the size once it stays the same while both pages draw two more frames
// (the app redraws its charts for a new width a moment after a resize, and
// embed.js follows).
func waitFits(p *Page, fw *Page, what string, cond func(frameSize) bool) frameSize {
	p.t.Helper()
	var s frameSize
	ok := pollUntil(2*settleTimeout, func() bool {
		if s = measureFrame(p, fw); !s.fits() || !cond(s) {
			return false
		}
		fw.afterFrames(2)
		p.afterFrames(2)
		return measureFrame(p, fw) == s
	})
	if !ok {
		p.t.Fatalf("%s: the iframe does not follow its content: %+v%s", what, s, p.problemsSuffix())
	}
	return s
}

var iframeSrcRE = regexp.MustCompile(`^<iframe src="([^"]+)" data-training-roi title="Training ROI calculator" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals" style="width:100%;height:900px;border:0"></iframe>\n<script src="([^"]+)" async></script>$`)

func TestEmbedSnippetOnAnotherOrigin(t *testing.T) {
	t.Parallel()
	const (
		inputs  = "sales_target=8&mqls=500"
		ctaURL  = "https://consult.example/book?from=roi&x=1"
		ctaText = "Book a call"
		accent  = "0a7d4f"
	)
	scenario := "/?" + inputs + "&currency=EUR&locale=de-DE&accent=" + accent +
		"&cta_url=" + url.QueryEscape(ctaURL) + "&cta_text=" + url.QueryEscape(ctaText)
	p := newPage(t)
	p.grantClipboard()
	p.open(scenario)

	// The Embed dialog: the snippet for the scenario and settings on screen.
	p.click("open-embed")
	p.waitUntil("the Embed dialog to open", `document.getElementById("embed-dialog").open`, "")
	snippet := eval[string](p, `document.getElementById("embed-code").value`)
	m := iframeSrcRE.FindStringSubmatch(snippet)
	if m == nil {
		t.Fatalf("the Embed dialog's snippet is not the one of the README:\n%s", snippet)
	}
	if m[2] != baseURL+"/web/embed.js" {
		t.Errorf("snippet script src %q, want %s/web/embed.js", m[2], baseURL)
	}
	src, err := url.Parse(html.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	if origin := src.Scheme + "://" + src.Host; origin != baseURL || src.Path != "/" {
		t.Errorf("snippet iframe src %s: want %s/?…", src, baseURL)
	}
	for k, want := range map[string]string{"embed": "1", "mqls": "500", "sales_target": "8", "currency": "EUR",
		"locale": "de-DE", "accent": accent, "cta_url": ctaURL, "cta_text": ctaText} {
		if got := src.Query().Get(k); got != want {
			t.Errorf("snippet iframe src: %s=%q, want %q (src %s)", k, got, want, src)
		}
	}
	p.click("copy-embed")
	p.waitUntil("the embed code to be copied", `document.getElementById("embed-dialog").innerText.includes("Embed code copied")`,
		`document.getElementById("embed-dialog").innerText`)
	if got := p.clipboardText(); got != snippet {
		t.Errorf("the clipboard holds %q, want the snippet %q", got, snippet)
	}
	p.assertNoProblems()

	// A consultancy pastes it into a plain page of its own origin.
	stranger := startHost(t, map[string]string{"/stranger": strangerHTML})
	host := startHost(t, map[string]string{"/": hostHTML(snippet, stranger)})
	if host == baseURL || stranger == host {
		t.Fatalf("the host page must be of another origin: %s, %s, %s", host, stranger, baseURL)
	}
	p.gotoURL(host + "/")
	fw := p.frameOf(baseURL + "/?")
	fw.frameWait("the calculator in the iframe to run", `document.documentElement.getAttribute("data-ready") === "true"`,
		`document.documentElement.outerHTML.slice(0, 200)`)

	// Branded and compact: no masthead or footer, the accent and the call to action.
	type look struct {
		Embed, Masthead, Footer, EmbedButton bool
		Accent, CTAText, CTAHref, CTATarget  string
		CTABackground                        string
	}
	l := eval[look](fw, `(() => {
  const cta = document.getElementById("cta");
  return {
    Embed: !!document.querySelector(".page.embed"), Masthead: !!document.querySelector(".masthead"),
    Footer: !!document.querySelector("footer, .footer"), EmbedButton: !!document.getElementById("open-embed"),
    Accent: getComputedStyle(document.querySelector(".page")).getPropertyValue("--accent").trim(),
    CTAText: cta ? cta.textContent : "", CTAHref: cta ? cta.href : "", CTATarget: cta ? cta.target : "",
    CTABackground: cta ? getComputedStyle(cta).backgroundColor : "",
  };
})()`)
	if !l.Embed || l.Masthead || l.Footer || l.EmbedButton {
		t.Errorf("embedded page: .page.embed %v, masthead %v, footer %v, Embed button %v; want compact (true, false, false, false)",
			l.Embed, l.Masthead, l.Footer, l.EmbedButton)
	}
	if l.Accent != "#"+accent || l.CTABackground != "rgb(10, 125, 79)" {
		t.Errorf("accent %q, call-to-action background %q; want #%s, rgb(10, 125, 79)", l.Accent, l.CTABackground, accent)
	}
	if l.CTAText != ctaText || l.CTAHref != ctaURL || l.CTATarget != "_blank" {
		t.Errorf("call to action %q → %q (target %q); want %q → %q in a new tab", l.CTAText, l.CTAHref, l.CTATarget, ctaText, ctaURL)
	}

	// Working, in the scenario's currency and number format.
	in := inputsFromQuery(t, inputs)
	checkFrameOuts(t, fw, "embedded "+inputs, in)
	de := format.New("de-DE", "EUR")
	if got, want := eval[string](fw, `document.getElementById("out-revenue_now").textContent`), de.Money(calc.Project(in).Now.Revenue); got != want {
		t.Errorf("embedded #out-revenue_now shows %q, want %q", got, want)
	}

	// Sized to its content: at first, with the assumptions open, on a narrow screen,
	// and there with the assumptions open and closed again. (On a wide screen the
	// results column is the taller one, so the assumptions change nothing.)
	first := waitFits(p, fw, "after loading", func(s frameSize) bool { return s.Style != "900px" })
	t.Logf("iframe %v×%v px after loading", first.Width, first.Height)
	toggleAssumptions := func() { eval[bool](fw, `(document.querySelector("#assumptions summary").click(), true)`) }
	toggleAssumptions()
	waitFits(p, fw, "assumptions opened", func(s frameSize) bool { return s.Height >= first.Height })
	toggleAssumptions()
	waitFits(p, fw, "assumptions closed", func(s frameSize) bool { return s.Height >= first.Height })
	p.do(chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	narrow := waitFits(p, fw, "viewport 360 px", func(s frameSize) bool { return s.Width < 360 && s.Height > first.Height+200 })
	t.Logf("iframe %v×%v px on a 360 px screen", narrow.Width, narrow.Height)
	toggleAssumptions()
	open := waitFits(p, fw, "assumptions opened at 360 px", func(s frameSize) bool { return s.Height > narrow.Height+100 })
	t.Logf("iframe %v px high with the assumptions open", open.Height)
	toggleAssumptions()
	waitFits(p, fw, "assumptions closed at 360 px", func(s frameSize) bool { return math.Abs(s.Height-narrow.Height) <= 2 })

	// Typing in the embedded calculator recomputes it and resizes nothing wrongly.
	eval[bool](fw, `(() => { const e = document.getElementById("in-mqls"); e.focus(); e.value = "800";
  e.dispatchEvent(new InputEvent("input", {bubbles: true, data: "800", inputType: "insertText"})); return true; })()`)
	in.MQLs = 800
	settle(t, func(e errorReporter) { checkOuts(e, "embedded, mqls typed 800", frameOuts(fw), expected(in)) })
	waitFits(p, fw, "after typing", func(frameSize) bool { return true })

	// Messages from elsewhere are ignored: the stranger frame of a third origin
	// posts height 37 every 50 ms all along; the host page posts one itself; and a
	// frame marked data-training-roi whose document is now the stranger's may size
	// itself (a redirected or sandboxed calculator looks the same from outside),
	// but never the calculator's frame.
	eval[bool](p, `(document.getElementById("hijacked").contentWindow.location.href = `+js(stranger+"/stranger")+`, true)`)
	if !pollUntil(settleTimeout, func() bool { return p.countFrames(stranger) >= 2 }) {
		t.Fatalf("the hijacked frame did not load the stranger's page")
	}
	// Record every height embed.js gives the calculator's iframe meanwhile, and
	// count the messages: embed.js listened first, so it has handled every message
	// counted here.
	eval[bool](p, `(() => {
  const f = document.querySelector('iframe[data-training-roi]:not(#hijacked)');
  window.__e2eHeights = [];
  new MutationObserver(() => window.__e2eHeights.push(f.style.height)).observe(f, {attributes: true, attributeFilter: ["style"]});
  window.__e2eSeen = {37: 0, 41: 0};
  addEventListener("message", (e) => { if (e.data && e.data.type === "training-roi:height" && e.data.height in window.__e2eSeen) window.__e2eSeen[e.data.height]++; });
  return true;
})()`)
	eval[bool](p, `(window.postMessage({type: "training-roi:height", height: 41}, "*"), true)`)
	p.waitUntil("a dozen of the stranger's messages and the page's own", `window.__e2eSeen[37] >= 12 && window.__e2eSeen[41] >= 1`, `JSON.stringify(window.__e2eSeen)`)
	for _, h := range eval[[]string](p, `window.__e2eHeights`) {
		if h == "37px" || h == "41px" {
			t.Errorf("a message from another window or origin set the iframe's height to %s", h)
		}
	}
	waitFits(p, fw, "after the strangers' messages", func(frameSize) bool { return true })
	if h := eval[float64](p, `document.getElementById("stranger").clientHeight`); h != 60 {
		t.Errorf("the stranger frame is %v px high, want its own 60", h)
	}

	// Copy link inside the iframe: a cross-origin frame may not use the clipboard
	// (the snippet grants nothing), so the link is shown to copy by hand; it is the
	// scenario without the embed flag.
	eval[bool](fw, `(document.getElementById("copy-link").click(), true)`)
	fw.frameWait("a copy-link result", `document.getElementById("share-status")`, `document.body.innerText.slice(0, 100)`)
	if eval[bool](fw, `!!document.getElementById("share-url")`) {
		link := eval[string](fw, `document.getElementById("share-url").value`)
		u, err := url.Parse(link)
		if err != nil || u.Query().Has("embed") || u.Query().Get("mqls") != "800" || u.Query().Get("cta_text") != ctaText || !strings.HasPrefix(link, baseURL+"/?") {
			t.Errorf("link to copy by hand in the iframe: %q (want the scenario without embed=1)", link)
		}
		t.Logf("Copy link in the iframe: the clipboard is refused, the link is shown: %s", link)
	} else {
		t.Logf("Copy link in the iframe: %s", eval[string](fw, `document.getElementById("share-status").textContent`))
	}
	waitFits(p, fw, "after Copy link", func(frameSize) bool { return true })
	p.assertNoCrash()
}

// frameOuts reads every #out-NAME in the frame.
func frameOuts(fw *Page) map[string]outNode {
	return eval[map[string]outNode](fw, `(() => {
  const r = {};
  for (const n of `+js(outNames)+`) {
    const e = document.getElementById("out-" + n);
    r[n] = e ? {found: true, value: String(e.getAttribute("data-value")), text: e.textContent} : {found: false, value: "", text: ""};
  }
  return r;
})()`)
}

func checkFrameOuts(t *testing.T, fw *Page, label string, in calc.Inputs) {
	t.Helper()
	settle(t, func(e errorReporter) { checkOuts(e, label, frameOuts(fw), expected(in)) })
}

// TestEmbedScriptAfterTheCalculator: a host page that adds embed.js only once the
// calculator in its iframe runs (a slow or lazy-loaded script, or a calculator
// started from the cache) still gets the iframe sized: the script asks the
// calculator for its height.
func TestEmbedScriptAfterTheCalculator(t *testing.T) {
	t.Parallel()
	host := startHost(t, map[string]string{"/": `<!doctype html><html><head><meta charset="utf-8"><title>Late</title></head><body>
<iframe src="` + baseURL + `/?embed=1&amp;currency=GBP&amp;locale=en-GB" data-training-roi title="Training ROI calculator" style="width:100%;border:0"></iframe>
</body></html>`})
	p := newPage(t)
	p.gotoURL(host + "/")
	fw := p.frameOf(baseURL + "/?")
	fw.frameWait("the calculator in the iframe to run", `document.documentElement.getAttribute("data-ready") === "true"`, `""`)
	if s := eval[float64](p, `document.querySelector("iframe").clientHeight`); s > 200 {
		t.Fatalf("before embed.js the iframe is already %v px high", s)
	}
	eval[bool](p, `(() => { const s = document.createElement("script"); s.src = `+js(baseURL+"/web/embed.js")+`; document.body.append(s); return true; })()`)
	s := waitFits(p, fw, "embed.js added late", func(s frameSize) bool { return s.Height > 600 })
	t.Logf("iframe sized to %v px by a late embed.js", s.Height)
	if got := eval[string](fw, `document.getElementById("out-revenue_now").textContent`); got != "£3,600,000" {
		t.Errorf("#out-revenue_now %q in GBP, en-GB; want £3,600,000", got)
	}
	p.assertNoCrash()
}
