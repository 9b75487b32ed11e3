//go:build !wasm

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// wasmLengthHeader carries the decompressed size of app.wasm: go-app's loader counts
// decompressed bytes for its progress label, and a browser only exposes the
// Content-Length of the compressed body.
const wasmLengthHeader = "X-Wasm-Content-Length"

// site is everything served: go-app's handler with its /web/ files and its pages
// (cached, rendered a few at a time), wrapped in the security headers and
// compression.
type site struct {
	app     *app.Handler
	web     *webFiles
	loader  *loaderScript // app.js, patched (loader.go)
	pages   *pages
	headers securityHeaders
}

func newSite(cfg config) (*site, error) {
	root, err := os.OpenRoot(cfg.webDir)
	if err != nil {
		return nil, fmt.Errorf("web directory: %w", err)
	}
	wasm, err := loadWasm(root)
	if errors.Is(err, errNoWasm) {
		return nil, fmt.Errorf("%s: %w (build it with: make build)", cfg.webDir, err)
	}
	if err != nil {
		return nil, err
	}
	version := cfg.version
	if version == "" {
		if version, err = contentVersion(root); err != nil {
			return nil, err
		}
	}
	worker, err := offlineWorkerTemplate(app.DefaultAppWorkerJS)
	if err != nil {
		return nil, err
	}
	if worker, err = patchWorker(worker); err != nil {
		return nil, err
	}

	web := &webFiles{root: root, wasm: wasm}
	h := handler(version)
	h.Resources = web
	h.ServiceWorkerTemplate = worker
	// The size is known here, so the loader does not depend on a header surviving
	// proxies and CDNs; the header is there for tools that read it.
	h.WasmContentLength = strconv.Itoa(len(wasm.raw))
	h.WasmContentLengthHeader = wasmLengthHeader
	// The first paint waits until the prerendered results, charts included, are
	// parsed (#tools ends the results): without this, Chromium sometimes painted
	// the masthead and inputs of a half-parsed page first (loader.go).
	h.RawHeaders = append(h.RawHeaders, firstPaintHint)
	if cfg.publicHost != "" {
		h.Domain, h.Image = cfg.publicHost, ogImage
	}
	loader, err := newLoaderScript(h)
	if err != nil {
		return nil, err
	}
	var cache *pageCache
	if cfg.pageCache > 0 {
		cache = newPageCache(cfg.pageCache)
	}
	pages := newPages(h, pageKey, cache, newRenderGate(runtime.GOMAXPROCS(0), cfg.timeouts.renderWait))
	if cfg.publicHost == "" {
		pages.finish = dropUnknownOG
	}
	return &site{
		app:     h,
		web:     web,
		loader:  loader,
		pages:   pages,
		headers: newSecurityHeaders(cfg.frameAncestors, cfg.hsts),
	}, nil
}

// Handler is the site's http.Handler: only GET and HEAD, every response with the
// security headers, text compressed for clients that accept it, validators and 304
// only for a 200.
func (s *site) Handler() http.Handler {
	return s.headers.wrap(representation(http.HandlerFunc(s.route)))
}

// rootFiles are served at the root from the web directory. go-app would answer the
// first three by fetching http://<the request's Host>/web/… and caching the answer for
// every later client: anyone could make the server fetch from any host and then serve
// that host's content, with its content type, from this origin.
var rootFiles = map[string]string{
	"/robots.txt":           "/web/robots.txt",
	"/sitemap.xml":          "/web/sitemap.xml",
	"/ads.txt":              "/web/ads.txt",
	"/apple-touch-icon.png": "/web/icons/apple-touch-icon.png", // asked for by iOS
}

// goAppFiles are the paths go-app answers from memory or from the web directory
// (http.go, Handler.ServeHTTP, in go-app v10.1.11), also under /<version>/. Any
// other path is a page to render, or a 404 that go-app finds out while trying.
var goAppFiles = map[string]bool{
	"/app.wasm":             true,
	"/goapp.wasm":           true,
	"/wasm_exec.js":         true,
	"/app-worker.js":        true,
	"/app.css":              true,
	"/manifest.webmanifest": true,
	"/manifest.json":        true,
}

func (s *site) route(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	// go-app answers /<version>/robots.txt as /robots.txt, and so on: the same
	// routes apply.
	if rest, ok := strings.CutPrefix(path, "/"+s.app.Version+"/"); ok {
		path = "/" + rest
	}
	switch {
	case rootFiles[path] != "":
		r = r.Clone(r.Context())
		r.URL.Path = rootFiles[path]
		w.Header().Set("Cache-Control", "no-cache")
		s.web.ServeHTTP(w, r)
	case path == "/app.js" || path == "/goapp.js":
		s.loader.ServeHTTP(w, r)
	case strings.HasPrefix(path, "/web/") || goAppFiles[path]:
		s.app.ServeHTTP(w, r)
	default:
		s.pages.ServeHTTP(w, r)
	}
}

// offlineWorkerTemplate makes go-app's service worker answer a navigation with a
// query string (/?mqls=500) from the cached page when offline: its cache match is
// exact, and only "/" is cached.
func offlineWorkerTemplate(tmpl string) (string, error) {
	const exact = "caches.match(request)"
	const fixed = `caches.match(request, {ignoreSearch: request.mode === "navigate"})`
	if n := strings.Count(tmpl, exact); n != 1 {
		return "", fmt.Errorf("service worker template: found %q %d times instead of once: "+
			"go-app's app-worker.js changed, review the offline fix in internal/server/site.go", exact, n)
	}
	return strings.Replace(tmpl, exact, fixed, 1), nil
}

// contentVersion is the first 12 hex digits of a SHA-256 over app.wasm and then every
// other file of the web directory (name and content, in name order, without the
// compressed copies). The same build therefore keeps its version across restarts,
// while a change to the wasm or to a cached asset such as style.css makes the service
// worker fetch everything again.
func contentVersion(root *os.Root) (string, error) {
	names, err := webFileNames(root.FS())
	if err != nil {
		return "", err
	}
	sort.SliceStable(names, func(i, j int) bool { return names[i] == "app.wasm" && names[j] != "app.wasm" })
	sum := sha256.New()
	for _, name := range names {
		if isCompressedCopy(name) {
			continue
		}
		f, err := root.Open(name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(sum, "%s\x00", name)
		_, err = io.Copy(sum, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(sum.Sum(nil))[:12], nil
}

// webFileNames lists the regular files of the web directory, slash-separated and
// sorted, without dot files and directories.
func webFileNames(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			names = append(names, name)
		}
		return nil
	})
	sort.Strings(names)
	return names, err
}

func isCompressedCopy(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}

// webFiles is go-app's Resources: it resolves /web/ paths to themselves (the site is
// served from the domain root) and, being an http.Handler, go-app hands it every
// /web/ request.
type webFiles struct {
	root *os.Root
	wasm *wasmAsset
}

// Resolve keeps local paths as they are, like app.LocalDir(""), whose file server
// would serve the process's working directory instead of -web.
func (w *webFiles) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return "/"
	case strings.HasPrefix(location, "https://") || strings.HasPrefix(location, "http://"):
		return location
	case location == "web" || strings.HasPrefix(location, "web/"):
		return "/" + location
	}
	return location
}

func (w *webFiles) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutPrefix(r.URL.Path, "/web/")
	if !ok || !fs.ValidPath(name) || hasDotElement(name) {
		http.NotFound(rw, r)
		return
	}
	if name == "app.wasm" {
		w.wasm.ServeHTTP(rw, r)
		return
	}
	f, err := w.root.Open(name)
	if err != nil {
		http.NotFound(rw, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		// No directory listings.
		http.NotFound(rw, r)
		return
	}
	// go-app labels every response with the app version as ETag; a file edited while
	// the server runs would then look unchanged. Last-Modified validates it instead.
	rw.Header().Del("ETag")
	if tooManyRanges(r.Header.Get("Range")) {
		r = r.Clone(r.Context())
		r.Header.Del("Range")
	}
	http.ServeContent(rw, r, name, info.ModTime(), f)
}

// maxRanges is the most ranges a Range request may ask for. Each range of a
// multipart answer carries headers of its own: many tiny ranges made a reply far
// bigger than the file. Past it, the request gets the whole file (RFC 9110 allows
// a server to ignore Range).
const maxRanges = 5

func tooManyRanges(field string) bool {
	n := 0
	for spec := range strings.SplitSeq(field, ",") {
		if strings.TrimSpace(spec) != "" {
			n++
		}
	}
	return n > maxRanges
}

func hasDotElement(name string) bool {
	for elem := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(elem, ".") {
			return true
		}
	}
	return false
}

// errNoWasm is returned when the web directory has no app.wasm.
var errNoWasm = errors.New("no app.wasm")
