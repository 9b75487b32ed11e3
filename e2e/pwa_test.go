//go:build !wasm

package e2e

// The installable, offline app (issue #4): manifest and icons, offline after one
// visit, versioned updates, the install offer, and the static build served by a plain
// file server. Each test runs servers of its own (see pwa_helpers_test.go), which it
// stops to take the network away, and a browser of its own with a fresh profile.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/app/ui"
	"github.com/trainingroi/calculator/calc"
	"github.com/trainingroi/calculator/internal/testkit/serverproc"
	"golang.org/x/net/html"
)

// offlineScenarios are opened with the server stopped, after one visit of "/": none
// of these URLs was ever fetched from the network.
var offlineScenarios = []struct {
	query string
	embed bool
}{
	{query: "?mqls=300&win_rate=25"},
	{query: "?embed=1&mqls=450&sal_rate=35&deal=18000&currency=EUR", embed: true},
	{query: "?sales_team=25&sales_target=8&years=2&lag=4&confidence=80"},
}

// TestPWAOffline: after one visit of "/", with the server stopped, "/" with any query
// string, embed mode and a comparison link load and compute, typing included; and
// nothing the app needs came from anywhere but its own origin.
func TestPWAOffline(t *testing.T) {
	t.Parallel()
	srv := startPWAServer(t, pwaWebCopy(t))
	w := readWorker(t, srv.URL)
	p := newPage(t)
	reqs := p.recordRequests()

	p.openURL(srv.URL + "/")
	p.waitState("ok")
	p.settleOuts("first visit", expected(calc.Defaults()))
	st := p.waitCached(w)
	t.Logf("service worker %s active, caches %v, %d resources cached", st.Active, st.Caches, len(st.Cached))
	if len(st.Foreign) > 0 {
		t.Errorf("the cache holds resources of other origins: %v", st.Foreign)
	}
	if got := eval[string](p, `(document.getElementById("app-version") || {textContent: "<no #app-version>"}).textContent`); got != w.Version {
		t.Errorf("#app-version shows %q, the service worker's version is %q", got, w.Version)
	}
	// go-app may report the first worker that takes over the page as an update (a
	// race between the worker's activation and its claiming the page): the page must
	// see there is no other version. The page's check reads the list of caches;
	// a later read of the list returns after it, and two frames later whatever the
	// check decided is on screen.
	p.do(chromedp.Evaluate[chromedp.Void](`goappOnUpdate(); navigator.serviceWorker.dispatchEvent(new Event("controllerchange"))`))
	p.do(chromedp.Evaluate[chromedp.Void](`caches.keys().then(() => true)`, chromedp.EvalAwaitPromise))
	p.afterFrames(2)
	if eval[bool](p, `!!document.getElementById("update-banner")`) {
		t.Errorf("a first visit shows the update banner")
	}

	srv.stop(t)
	checkAddrFree(t, srv.addr)

	for _, sc := range offlineScenarios {
		p.openURL(srv.URL + "/" + sc.query)
		p.waitState("ok")
		p.settleOuts("offline "+sc.query, expected(inputsFromQuery(t, sc.query)))
		if got := eval[bool](p, `!!document.querySelector(".page.embed")`); got != sc.embed {
			t.Errorf("offline %s: embed layout %v, want %v", sc.query, got, sc.embed)
		}
	}

	// Typing works offline too.
	p.typeInto("mqls", "1234")
	in := inputsFromQuery(t, offlineScenarios[len(offlineScenarios)-1].query)
	in.MQLs = 1234
	p.settleOuts("offline, typed mqls=1234", expected(in))
	// The address bar follows the inputs: a reload, still offline, shows the same.
	p.waitUntil("the URL to follow the typed mqls", `location.search.includes("mqls=1234")`, `location.search`)
	p.do(chromedp.Reload())
	p.waitFor("the reloaded page to run", `document.documentElement.getAttribute("data-ready") === "true"`, `location.href`, readyTimeout)
	p.settleOuts("offline, reloaded after typing", expected(in))

	// A comparison link opens, computes and charts too: the worker answers with the
	// calculator's cached page, and the app shows the page of the address.
	p.openURL(srv.URL + compareLink(managerPlans, "currency=EUR"))
	p.waitCompare()
	settle(t, func(e errorReporter) {
		want := []*calc.Inputs{inputsOf(t, managerPlans[0].query), inputsOf(t, managerPlans[1].query), inputsOf(t, managerPlans[2].query)}
		checkColumns(e, "offline", p.columns(), want, []string{managerPlans[0].name, managerPlans[1].name, managerPlans[2].name})
	})
	p.waitUntil("the comparison's chart offline", `document.querySelector("svg#chart-compare")`, `""`)

	if foreign, n := reqs.foreign(srv.URL); len(foreign) > 0 {
		t.Errorf("of %d requests, these went to another origin: %v", n, foreign)
	} else {
		t.Logf("%d requests, all to %s", n, srv.URL)
	}
	p.assertNoProblems()
}

// deployDir is a copy of the web directory changed as a new release would be: the
// stylesheet gets a custom property naming the release, which the page then shows in
// its computed style. The version, a hash of the directory, changes with it.
func deployDir(t *testing.T, from, release string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web-"+release)
	if err := os.CopyFS(dir, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
	css := filepath.Join(dir, "style.css")
	b, err := os.ReadFile(css)
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, fmt.Sprintf("\n:root { --e2e-release: %q; }\n", release)...)
	if err := os.WriteFile(css, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// release is what the running page is: its footer version and the release marker of
// its stylesheet.
type release struct {
	Version string `json:"version"`
	Marker  string `json:"marker"`
	Banner  bool   `json:"banner"`
}

func (p *Page) release() release {
	p.t.Helper()
	return eval[release](p, `({
  version: (document.getElementById("app-version") || {textContent: "<no #app-version>"}).textContent,
  marker: getComputedStyle(document.documentElement).getPropertyValue("--e2e-release").trim().replace(/^"|"$/g, ""),
  banner: !!document.getElementById("update-banner"),
})`)
}

// clickReload clicks the update banner's Reload button and waits until the new page
// runs.
func (p *Page) clickReload() {
	p.t.Helper()
	p.do(chromedp.Evaluate[chromedp.Void](`window.__e2eOldPage = true`))
	p.click("update-reload")
	p.waitFor("the page reloaded by #update-reload to run",
		`!window.__e2eOldPage && document.documentElement.getAttribute("data-ready") === "true"`,
		`location.href + " ready=" + document.documentElement.getAttribute("data-ready")`, readyTimeout)
}

// waitBanner waits for the update banner and checks what it says.
func (p *Page) waitBanner(after string) {
	p.t.Helper()
	p.waitFor("#update-banner "+after, `document.querySelector("#update-banner #update-reload")`,
		`JSON.stringify(navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL)`, pwaUpdateTimeout)
	text := eval[string](p, `document.getElementById("update-banner").innerText`)
	if !strings.Contains(text, "A new version is available") || !strings.Contains(text, "Reload") {
		p.t.Errorf("#update-banner says %q, want \"A new version is available\" and a Reload button", text)
	}
}

// TestPWAUpdate: the version is a hash of the build, so a restart of the same build is
// no update; after a deploy of a new build, the page shows the update banner, and
// its Reload button brings up the new version. First when the page is reloaded (which
// still runs the old version while the new one installs), then in a page left open,
// which looks for a new version when it becomes visible again.
func TestPWAUpdate(t *testing.T) {
	t.Parallel()
	const q = "/?mqls=300&win_rate=25"
	want := expected(inputsFromQuery(t, strings.TrimPrefix(q, "/")))
	site := newFront(t)
	dirA := deployDir(t, pwaWebCopy(t), "A")
	site.deploy(dirA)
	wA := readWorker(t, site.url)
	p := newPage(t)

	p.openURL(site.url + q)
	p.waitCached(wA)
	if r := p.release(); r != (release{Version: wA.Version, Marker: "A"}) {
		t.Fatalf("first visit runs %+v, want version %s, release A, no banner", r, wA.Version)
	}

	// The same build again: same version, nothing to install.
	site.deploy(dirA)
	if w := readWorker(t, site.url); w.Version != wA.Version {
		t.Errorf("a restart of the same build changed the version from %s to %s", wA.Version, w.Version)
	}
	st := evalAwait[swState](p, `navigator.serviceWorker.getRegistration().then((r) => r.update()).then((r) => ({installing: !!r.installing, waiting: !!r.waiting}))`)
	if st.Installing || st.Waiting {
		t.Errorf("after a restart of the same build, the browser installs a new service worker: %+v", st)
	}

	// Deploy B, reload: the old version runs and announces the new one.
	dirB := deployDir(t, dirA, "B")
	site.deploy(dirB)
	wB := readWorker(t, site.url)
	if wB.Version == wA.Version {
		t.Fatalf("build B has the version of build A, %s", wA.Version)
	}
	p.openURL(site.url + q)
	p.waitBanner("after deploying B and reloading")
	if r := p.release(); r.Version != wA.Version || r.Marker != "A" {
		t.Errorf("the reload after deploying B runs %+v, want A (%s) announcing B", r, wA.Version)
	}
	p.settleOuts("A with the banner", want)
	p.clickReload()
	if r := p.release(); r != (release{Version: wB.Version, Marker: "B"}) {
		t.Errorf("after Reload the page runs %+v, want version %s, release B, no banner", r, wB.Version)
	}
	p.waitState("ok")
	p.settleOuts("B after Reload", want)
	if st := p.waitCached(wB); !slices.Equal(st.Caches, []string{"app-" + wB.Version}) {
		t.Errorf("caches after the update: %v, want only app-%s", st.Caches, wB.Version)
	}

	// Deploy C while the page stays open: it looks for a new version when it becomes
	// visible again.
	site.deploy(deployDir(t, dirB, "C"))
	wC := readWorker(t, site.url)
	p.do(chromedp.Evaluate[chromedp.Void](`document.dispatchEvent(new Event("visibilitychange"))`))
	p.waitBanner("in the open page after deploying C")
	p.clickReload()
	if r := p.release(); r != (release{Version: wC.Version, Marker: "C"}) {
		t.Errorf("after Reload the page runs %+v, want version %s, release C, no banner", r, wC.Version)
	}
	p.settleOuts("C after Reload", want)
	p.assertNoProblems()
}

// mainConsts reads the string constants of internal/server/handler.go (appName,
// themeColor…): the manifest and the page must say what handler.go says.
func mainConsts(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(rootDir, "internal", "server", "handler.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if i < len(vs.Values) {
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						consts[name.Name], _ = strconv.Unquote(lit.Value)
					}
				}
			}
		}
	}
	// handler.go takes the description from the page, which says it in each language.
	consts["appDescription"] = ui.PageDescription
	for _, name := range []string{"appName", "appShortName", "appDescription", "themeColor", "backgroundColor"} {
		if consts[name] == "" {
			t.Fatalf("handler.go has no string constant %s", name)
		}
	}
	return consts
}

// manifest is the part of the web app manifest checked here.
type manifest struct {
	Name            string `json:"name"`
	ShortName       string `json:"short_name"`
	Description     string `json:"description"`
	StartURL        string `json:"start_url"`
	Scope           string `json:"scope"`
	Display         string `json:"display"`
	ThemeColor      string `json:"theme_color"`
	BackgroundColor string `json:"background_color"`
	Icons           []struct {
		Src     string `json:"src"`
		Type    string `json:"type"`
		Sizes   string `json:"sizes"`
		Purpose string `json:"purpose"`
	} `json:"icons"`
}

// checkPNG fetches a PNG icon and checks its size and, for icons the platform shows
// on a background of its own (maskable, Apple touch), that it has no transparent
// corner.
func checkPNG(t *testing.T, u string, size int, opaque bool) {
	t.Helper()
	code, h, body := httpGet(t, u)
	if code != http.StatusOK || h.Get("Content-Type") != "image/png" {
		t.Errorf("GET %s: %d %s, want 200 image/png", u, code, h.Get("Content-Type"))
		return
	}
	img, err := png.Decode(bytes.NewReader(body))
	if err != nil {
		t.Errorf("%s: %v", u, err)
		return
	}
	if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
		t.Errorf("%s is %dx%d, want %dx%d", u, b.Dx(), b.Dy(), size, size)
	}
	if opaque {
		b := img.Bounds()
		for _, pt := range []image.Point{b.Min, {b.Max.X - 1, b.Min.Y}, {b.Min.X, b.Max.Y - 1}, {b.Max.X - 1, b.Max.Y - 1}} {
			if _, _, _, a := img.At(pt.X, pt.Y).RGBA(); a != 0xffff {
				t.Errorf("%s: pixel %v is not opaque (alpha %d): the platform would show it on its own background", u, pt, a>>8)
			}
		}
	}
}

// TestPWAManifest: the manifest names and describes the app as handler.go does, with
// our own icons (SVG, 192 and 512 px, maskable, Apple touch), theme and background
// colours, standalone display; the page links them.
func TestPWAManifest(t *testing.T) {
	t.Parallel()
	want := mainConsts(t)
	code, h, body := httpGet(t, baseURL+"/manifest.webmanifest")
	if code != http.StatusOK {
		t.Fatalf("GET /manifest.webmanifest: %d", code)
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/manifest+json") {
		t.Errorf("manifest Content-Type %q, want application/manifest+json", ct)
	}
	var m manifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("manifest: %v\n%s", err, body)
	}
	for _, c := range []struct{ field, got, want string }{
		{"name", m.Name, want["appName"]},
		{"short_name", m.ShortName, want["appShortName"]},
		{"description", m.Description, want["appDescription"]},
		{"display", m.Display, "standalone"},
		{"start_url", m.StartURL, "/"},
		{"scope", m.Scope, "/"},
		{"theme_color", m.ThemeColor, want["themeColor"]},
		{"background_color", m.BackgroundColor, want["backgroundColor"]},
	} {
		if c.got != c.want {
			t.Errorf("manifest %s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(m.ShortName) > 12 {
		t.Errorf("short_name %q is longer than 12 characters: launchers cut it", m.ShortName)
	}

	var png192, png512, maskable, svg bool
	for _, ic := range m.Icons {
		if !strings.HasPrefix(ic.Src, "/") || strings.HasPrefix(ic.Src, "//") {
			t.Errorf("manifest icon %q is not a path on this origin", ic.Src)
			continue
		}
		switch {
		case ic.Type == "image/svg+xml":
			svg = true
			code, h, _ := httpGet(t, baseURL+ic.Src)
			if code != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "image/svg+xml") {
				t.Errorf("GET %s: %d %s, want 200 image/svg+xml", ic.Src, code, h.Get("Content-Type"))
			}
		case ic.Type == "image/png":
			var n int
			if _, err := fmt.Sscanf(ic.Sizes, "%dx%d", &n, new(int)); err != nil {
				t.Errorf("manifest icon %s has sizes %q", ic.Src, ic.Sizes)
				continue
			}
			isMaskable := slices.Contains(strings.Fields(ic.Purpose), "maskable")
			checkPNG(t, baseURL+ic.Src, n, isMaskable)
			png192 = png192 || n == 192 && !isMaskable
			png512 = png512 || n == 512 && !isMaskable
			maskable = maskable || isMaskable && n >= 512
		default:
			t.Errorf("manifest icon %s has type %q", ic.Src, ic.Type)
		}
	}
	if !png192 || !png512 || !maskable || !svg {
		t.Errorf("manifest icons: 192 px PNG %v, 512 px PNG %v, maskable 512 px %v, SVG %v; want all", png192, png512, maskable, svg)
	}

	// The page links the manifest, the SVG favicon and a 180 px Apple touch icon, and
	// its theme colour is the manifest's.
	links := map[string]string{}
	for e := range elements(parseHTML(getHTML(t, "/"))) {
		a := attrs(e)
		switch e.Data {
		case "link":
			if a["sizes"] != "" {
				links[a["rel"]+" "+a["sizes"]] = a["href"]
			} else {
				links[a["rel"]] = a["href"]
			}
		case "meta":
			if a["name"] == "theme-color" {
				links["theme-color"] = a["content"]
			}
		}
	}
	for key, href := range map[string]string{
		"manifest":                 "/manifest.webmanifest",
		"icon":                     "/web/icons/icon.svg",
		"apple-touch-icon 180x180": "/web/icons/apple-touch-icon.png",
		"theme-color":              want["themeColor"],
	} {
		if links[key] != href {
			t.Errorf("the page's %s is %q, want %q", key, links[key], href)
		}
	}
	checkPNG(t, baseURL+"/web/icons/apple-touch-icon.png", 180, true)
	checkPNG(t, baseURL+"/apple-touch-icon.png", 180, true) // where iOS looks without a link
}

// urlRE finds absolute http(s) URLs in text.
var urlRE = regexp.MustCompile(`https?://[^\s"'<>()\\` + "`" + `,;]*`)

// notFetched are absolute URLs that name something without being fetched: XML
// namespaces, and the text of comments and error messages of Go's wasm support.
var notFetched = []string{
	"http://www.w3.org/2000/svg",
	"http://www.w3.org/1999/xlink",
	"http://www.w3.org/1999/xhtml",
	"https://github.com/golang/go/issues/28975", // a comment in wasm_exec.js
	"https://go.dev/issue/",                     // Go runtime error text in the wasm
}

// foreignURLs lists the absolute URLs of text to any host but host (URLs without a
// host, such as go-app's empty og:url "https://", or "https://…" in help text, name
// no host at all).
func foreignURLs(text, host string) []string {
	var out []string
	for _, u := range urlRE.FindAllString(text, -1) {
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" || pu.Host == host || !strings.ContainsAny(pu.Host, ".:") {
			continue
		}
		if slices.ContainsFunc(notFetched, func(p string) bool { return strings.HasPrefix(u, p) }) {
			continue
		}
		out = append(out, u)
	}
	return out
}

// TestPWANoThirdParty: the page, the manifest, the worker, the scripts and the wasm
// name no other host: nothing the app needs can come from anywhere but its origin.
// (TestPWAOffline checks the requests a browser actually makes.)
func TestPWANoThirdParty(t *testing.T) {
	t.Parallel()
	host := strings.TrimPrefix(baseURL, "http://")
	for _, path := range []string{
		"/", "/?embed=1", "/?mqls=300&cta_url=https%3A%2F%2Fconsultancy.example&cta_text=Book",
		"/manifest.webmanifest", "/app-worker.js", "/app.js", "/wasm_exec.js", "/app.css",
		"/web/style.css", "/web/embed.js", "/web/early.js", "/web/icons/icon.svg",
	} {
		code, _, body := httpGet(t, baseURL+path)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d", path, code)
			continue
		}
		text := string(body)
		if path == "/?mqls=300&cta_url=https%3A%2F%2Fconsultancy.example&cta_text=Book" {
			// The consultancy's own link is theirs to add.
			text = strings.ReplaceAll(text, "https://consultancy.example", "")
		}
		if f := foreignURLs(text, host); len(f) > 0 {
			t.Errorf("%s names other hosts: %v", path, f)
		}
	}
	wasm, err := os.ReadFile(filepath.Join(rootDir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	if f := foreignURLs(string(wasm), host); len(f) > 0 {
		t.Errorf("app.wasm names other hosts: %v", f)
	}
}

// iPhoneUA is Safari on an iPhone.
const iPhoneUA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"

// TestPWAInstall: Chromium offers installation (beforeinstallprompt), and the page
// then shows its "Install app" button; Chromium finds nothing that prevents
// installing; the page's colours are the manifest's. On an Apple browser, which has no
// prompt, the page says how to add it to the home screen instead.
func TestPWAInstall(t *testing.T) {
	t.Parallel()
	want := mainConsts(t)

	t.Run("chromium", func(t *testing.T) {
		t.Parallel()
		p := newPage(t)
		// Count the calls of the install prompt (which headless Chromium shows nowhere).
		command(p, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `window.__e2ePrompts = 0;
if (window.BeforeInstallPromptEvent) {
  const prompt = BeforeInstallPromptEvent.prototype.prompt;
  BeforeInstallPromptEvent.prototype.prompt = function () { window.__e2ePrompts++; return prompt.call(this); };
}`})
		// The comparison offers installation as the calculator does.
		p.open(compareLink(managerPlans[:2], ""))
		p.waitFor("the Install app button (beforeinstallprompt)", `document.getElementById("install")`,
			`document.querySelector(".footer-row") && document.querySelector(".footer-row").innerHTML`, 20*time.Second)
		p.open("/")
		p.waitUntil("the Install app button on the calculator", `document.getElementById("install")`,
			`document.querySelector(".footer-row") && document.querySelector(".footer-row").innerHTML`)
		if got := eval[string](p, `document.getElementById("install").innerText`); got != "Install app" {
			t.Errorf("#install says %q, want \"Install app\"", got)
		}
		if eval[bool](p, `!!document.getElementById("install-hint")`) {
			t.Errorf("Chromium is shown the Apple hint")
		}
		p.click("install")
		p.waitUntil("the install prompt, after a click on Install app", `window.__e2ePrompts === 1`, `window.__e2ePrompts`)
		for _, e := range command(p, page.GetInstallabilityErrors, cdp.Empty{}).InstallabilityErrors {
			t.Errorf("Chromium: not installable: %s", e.ErrorID)
		}
		for _, e := range command(p, page.GetAppManifest, page.GetAppManifestParams{}).Errors {
			t.Errorf("Chromium: manifest error: %s (line %d)", e.Message, e.Line)
		}

		colours := eval[map[string]string](p, `(() => {
  const hex = (c) => "#" + c.match(/\d+/g).slice(0, 3).map((n) => (+n).toString(16).padStart(2, "0")).join("");
  return {background: hex(getComputedStyle(document.querySelector(".page")).backgroundColor),
    theme: hex(getComputedStyle(document.querySelector(".masthead")).backgroundColor)};
})()`)
		if colours["background"] != want["backgroundColor"] || colours["theme"] != want["themeColor"] {
			t.Errorf("page background %s and masthead %s, the manifest says background %s and theme %s",
				colours["background"], colours["theme"], want["backgroundColor"], want["themeColor"])
		}
		p.assertNoProblems()
	})

	t.Run("apple", func(t *testing.T) {
		t.Parallel()
		p := newPage(t, phone)
		command(p, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: iPhoneUA, Platform: "iPhone"})
		p.open("/")
		p.waitFor("the Apple install hint", `document.getElementById("install-hint")`, `navigator.userAgent`, settleTimeout)
		text := eval[string](p, `document.getElementById("install-hint").innerText`)
		if !strings.Contains(text, "Share") || !strings.Contains(text, "Add to Home Screen") {
			t.Errorf("#install-hint says %q, want Share and Add to Home Screen", text)
		}
		if eval[bool](p, `!!document.getElementById("install")`) {
			t.Errorf("an Apple browser is shown the Install app button, which has no prompt to show")
		}
		p.assertNoProblems()
	})
}

// exportSite runs bin/trainingroi -static (what make static runs after building)
// into a new directory and returns it with the version the export reports.
func exportSite(t *testing.T, webDir string) (string, string) {
	t.Helper()
	dist := filepath.Join(t.TempDir(), "dist")
	res, err := serverproc.Run(pwaBin(), "", 60*time.Second, "-web", webDir, "-static", dist)
	if err != nil || res.Code != 0 {
		t.Fatalf("trainingroi -static: %v, status %d\n%s%s", err, res.Code, res.Stdout, res.Stderr)
	}
	out := []byte(res.Stdout)
	m := regexp.MustCompile(`\(version (\S+),`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("trainingroi -static does not say which version it wrote:\n%s", out)
	}
	return dist, string(m[1])
}

// sortAttrs writes doc back with the attributes of every element in name order.
func sortAttrs(doc string) string {
	root := parseHTML(doc)
	for e := range elements(root) {
		slices.SortFunc(e.Attr, func(a, b html.Attribute) int { return strings.Compare(a.Key, b.Key) })
	}
	return outerHTML(root)
}

// headerRules is a _headers file: path pattern ("/*" or an exact path) → headers.
type headerRules []struct {
	pattern string
	headers [][2]string
}

func parseHeaders(t *testing.T, text string) headerRules {
	t.Helper()
	var rules headerRules
	for i, line := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "\t"):
			rules = append(rules, struct {
				pattern string
				headers [][2]string
			}{pattern: strings.TrimSpace(line)})
		default:
			name, value, ok := strings.Cut(strings.TrimSpace(line), ":")
			if !ok || len(rules) == 0 {
				t.Fatalf("_headers line %d: %q is neither a path nor a header", i+1, line)
			}
			r := &rules[len(rules)-1]
			r.headers = append(r.headers, [2]string{strings.TrimSpace(name), strings.TrimSpace(value)})
		}
	}
	return rules
}

// forPath is the headers that apply to path, later rules over earlier ones.
func (rules headerRules) forPath(path string) http.Header {
	h := http.Header{}
	for _, r := range rules {
		if r.pattern == path || r.pattern == "/*" || strings.HasSuffix(r.pattern, "/*") && strings.HasPrefix(path, strings.TrimSuffix(r.pattern, "*")) {
			for _, kv := range r.headers {
				h.Set(kv[0], kv[1])
			}
		}
	}
	return h
}

// TestPWAStatic: the static export is a complete site (pages, generated scripts,
// worker, manifest, the wasm with its .br and .gz forms, icons, embed.js and a
// _headers file with the security headers, caching and the encodings of the
// precompressed wasm); exporting the same build again gives the same files; and
// served by a plain file server (net/http.FileServer, with the _headers as a static
// host applies them) the app runs, computes, and works offline after one visit.
func TestPWAStatic(t *testing.T) {
	t.Parallel()
	web := pwaWebCopy(t)
	dist, version := exportSite(t, web)

	for _, name := range []string{
		"index.html", "app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest", "_headers",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/embed.js", "web/early.js", "web/style.css",
		"web/icons/icon.svg", "web/icons/icon-192.png", "web/icons/icon-512.png", "web/icons/icon-maskable-512.png",
		"web/icons/apple-touch-icon.png", "apple-touch-icon.png",
	} {
		if st, err := os.Stat(filepath.Join(dist, name)); err != nil || st.Size() == 0 {
			t.Errorf("dist/%s is missing or empty (%v)", name, err)
		}
	}
	wasm, err := os.ReadFile(filepath.Join(dist, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		decode func(io.Reader) (io.Reader, error)
	}{
		{"app.wasm.br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
		{"app.wasm.gz", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
	} {
		f, err := os.Open(filepath.Join(dist, "web", c.name))
		if err != nil {
			continue // reported above
		}
		r, err := c.decode(f)
		var got []byte
		if err == nil {
			got, err = io.ReadAll(r)
		}
		f.Close()
		if err != nil || !bytes.Equal(got, wasm) {
			t.Errorf("dist/web/%s does not decompress to dist/web/app.wasm (%v)", c.name, err)
		}
	}
	worker, err := os.ReadFile(filepath.Join(dist, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	w := parseWorker(t, string(worker))
	if w.Version != version {
		t.Errorf("dist/app-worker.js has version %q, the export says %q", w.Version, version)
	}
	if !strings.Contains(string(worker), `ignoreSearch`) {
		t.Errorf("dist/app-worker.js lacks the offline fix for URLs with a query string (caches.match with ignoreSearch)")
	}

	// The same build exported again is the same site, version included.
	again, version2 := exportSite(t, web)
	if version2 != version {
		t.Errorf("exporting the same build twice gave versions %s and %s", version, version2)
	}
	for _, name := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "_headers"} {
		a, _ := os.ReadFile(filepath.Join(dist, name))
		b, _ := os.ReadFile(filepath.Join(again, name))
		if name == "index.html" {
			// go-app writes attributes in map order, which varies.
			a, b = []byte(sortAttrs(string(a))), []byte(sortAttrs(string(b)))
		}
		if !bytes.Equal(a, b) {
			t.Errorf("exporting the same build twice gave two different %s", name)
		}
	}

	// _headers: the server's security headers for every path, caching, and the types
	// and encodings of the wasm.
	hb, err := os.ReadFile(filepath.Join(dist, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	rules := parseHeaders(t, string(hb))
	_, serverHeaders, _ := httpGet(t, baseURL+"/")
	all := rules.forPath("/")
	for _, name := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"} {
		if got, want := all.Get(name), serverHeaders.Get(name); got != want {
			t.Errorf("_headers /*: %s %q, the server sends %q", name, got, want)
		}
	}
	if all.Get("Cache-Control") == "" {
		t.Errorf("_headers /* sets no Cache-Control")
	}
	for path, want := range map[string][2]string{
		"/web/app.wasm":    {"application/wasm", ""},
		"/web/app.wasm.br": {"application/wasm", "br"},
		"/web/app.wasm.gz": {"application/wasm", "gzip"},
	} {
		h := rules.forPath(path)
		if h.Get("Content-Type") != want[0] || h.Get("Content-Encoding") != want[1] {
			t.Errorf("_headers %s: Content-Type %q, Content-Encoding %q; want %q, %q",
				path, h.Get("Content-Type"), h.Get("Content-Encoding"), want[0], want[1])
		}
	}

	// A plain static file server, which adds the _headers as a static host does.
	srv := httptest.NewServer(headersFileServer(t, dist))
	stopped := false
	defer func() {
		if !stopped {
			srv.Close()
		}
	}()

	p := newPage(t)
	reqs := p.recordRequests()
	p.openURL(srv.URL + "/")
	p.waitState("ok")
	p.settleOuts("static site, default", expected(calc.Defaults()))
	if got := p.release().Version; got != version {
		t.Errorf("#app-version shows %q, the export's version is %q", got, version)
	}
	const q = "?mqls=300&win_rate=25"
	p.openURL(srv.URL + "/" + q)
	p.waitState("ok")
	p.settleOuts("static site, "+q, expected(inputsFromQuery(t, q)))
	p.waitCached(w)

	srv.Close()
	stopped = true
	checkAddrFree(t, strings.TrimPrefix(srv.URL, "http://"))
	for _, sc := range offlineScenarios {
		p.openURL(srv.URL + "/" + sc.query)
		p.waitState("ok")
		p.settleOuts("static site offline "+sc.query, expected(inputsFromQuery(t, sc.query)))
	}
	if foreign, n := reqs.foreign(srv.URL); len(foreign) > 0 {
		t.Errorf("of %d requests, these went to another origin: %v", n, foreign)
	}
	p.assertNoProblems()
}
