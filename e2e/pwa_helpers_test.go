//go:build !wasm

package e2e

// Helpers of the PWA tests (pwa_test.go): servers of their own, which the tests stop
// and restart without disturbing the suite's server, copies of the web directory, and
// reading the service worker's state in the page.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

const (
	// pwaCacheTimeout bounds the wait for the service worker to have cached the whole
	// app (the wasm is 9 MB).
	pwaCacheTimeout = 40 * time.Second
	// pwaUpdateTimeout bounds the wait for the update banner after a deploy: the new
	// worker downloads and caches the whole app first.
	pwaUpdateTimeout = 40 * time.Second
)

// pwaBin is the server binary under test: $E2E_BIN (another build of the server,
// e.g. while bin/ is being rebuilt), else bin/trainingroi.
func pwaBin() string {
	if b := os.Getenv("E2E_BIN"); b != "" {
		return b
	}
	return filepath.Join(rootDir, "bin", "trainingroi")
}

// pwaWebCopy copies the web directory to a temporary one that the test owns: a build
// running meanwhile cannot change it, and the test may change it (a new "deploy").
// When the copy caught a build between writing app.wasm and its compressed forms, it
// gets compressed forms of its own (quickly, not as small as make build's).
func pwaWebCopy(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "web")
	if err := os.CopyFS(dst, os.DirFS(filepath.Join(rootDir, "web"))); err != nil {
		t.Fatalf("copying web/: %v", err)
	}
	wasm, err := os.ReadFile(filepath.Join(dst, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		ext    string
		decode func(io.Reader) (io.Reader, error)
		encode func(io.Writer) io.WriteCloser
	}{
		{".br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
			func(w io.Writer) io.WriteCloser { return brotli.NewWriterLevel(w, 5) }},
		{".gz", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
			func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) }},
	} {
		name := filepath.Join(dst, "app.wasm"+c.ext)
		if b, err := os.ReadFile(name); err == nil {
			if r, err := c.decode(bytes.NewReader(b)); err == nil {
				if got, err := io.ReadAll(r); err == nil && bytes.Equal(got, wasm) {
					continue
				}
			}
		}
		t.Logf("web/app.wasm%s is missing or not a copy of web/app.wasm (a build running?): compressing it again", c.ext)
		var buf bytes.Buffer
		w := c.encode(&buf)
		if _, err := w.Write(wasm); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// pwaServer is a bin/trainingroi of the test's own, stopped when the test ends.
type pwaServer struct {
	*serverProc
	addr    string // host:port it listens on
	stopped bool
}

// startPWAServer runs bin/trainingroi -addr 127.0.0.1:0 -web webDir args... and waits
// until it answers.
func startPWAServer(t *testing.T, webDir string, args ...string) *pwaServer {
	t.Helper()
	s, err := startServer(pwaBin(), webDir, args...)
	if err != nil {
		t.Fatal(err)
	}
	ps := &pwaServer{serverProc: s, addr: strings.TrimPrefix(s.URL, "http://")}
	t.Cleanup(func() { ps.stop(t) })
	return ps
}

// stop ends the server (SIGTERM, then kill), once; afterwards nothing listens on its
// address: the network is "off" for the origin.
func (s *pwaServer) stop(t *testing.T) {
	t.Helper()
	if s.stopped {
		return
	}
	s.stopped = true
	if err := s.Stop(10 * time.Second); err != nil {
		t.Errorf("stopping the server at %s: %v\n%s", s.URL, err, s.Log(2048))
	}
}

// front is the origin of a site whose deploys the test switches: a reverse proxy of
// the test's own, in front of one bin/trainingroi after the other. It keeps its
// address, so every deploy is on the same origin, as on a real host.
type front struct {
	t       *testing.T
	url     string
	current atomic.Pointer[pwaServer]
	// busy makes it answer every navigation as the server does when it cannot
	// render a page in time; busyAnswers counts those answers, and the 502s of
	// no deploy.
	busy        atomic.Bool
	busyAnswers atomic.Int64
}

// busyText is what the server answers (503) when it cannot render a page in time.
const busyText = "The server is busy preparing other pages: please try again in a moment."

func newFront(t *testing.T) *front {
	f := &front{t: t}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if f.busy.Load() && r.Header.Get("Sec-Fetch-Mode") == "navigate" {
			f.busyAnswers.Add(1)
			w.Header().Set("Retry-After", "1")
			w.Header().Set("Cache-Control", "no-store")
			http.Error(w, busyText, http.StatusServiceUnavailable)
			return
		}
		s := f.current.Load()
		if s == nil {
			f.busyAnswers.Add(1)
			http.Error(w, "no deploy", http.StatusBadGateway)
			return
		}
		target, _ := url.Parse(s.URL)
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	f.url = srv.URL
	return f
}

// deploy starts a server for webDir, sends the requests to it, then stops the
// previous one.
func (f *front) deploy(webDir string) {
	f.t.Helper()
	s := startPWAServer(f.t, webDir)
	if old := f.current.Swap(s); old != nil {
		old.stop(f.t)
	}
}

var (
	workerVersionRE   = regexp.MustCompile(`const cacheName = "app-" \+ "([^"]*)";`)
	workerResourcesRE = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`)
)

// workerInfo is what the service worker served at base says: its version and what
// it caches.
type workerInfo struct {
	Version   string
	Resources []string
}

func readWorker(t *testing.T, base string) workerInfo {
	t.Helper()
	code, _, body := httpGet(t, base+"/app-worker.js")
	if code != http.StatusOK {
		t.Fatalf("GET %s/app-worker.js: status %d", base, code)
	}
	return parseWorker(t, string(body))
}

func parseWorker(t *testing.T, src string) workerInfo {
	t.Helper()
	var w workerInfo
	m := workerVersionRE.FindStringSubmatch(src)
	if m == nil {
		t.Fatalf("app-worker.js has no cacheName line")
	}
	w.Version = m[1]
	r := workerResourcesRE.FindStringSubmatch(src)
	if r == nil {
		t.Fatalf("app-worker.js has no resourcesToCache line")
	}
	if err := json.Unmarshal([]byte(r[1]), &w.Resources); err != nil {
		t.Fatalf("app-worker.js resourcesToCache: %v", err)
	}
	return w
}

// swState is the service worker as the page sees it.
type swState struct {
	Controlled bool     `json:"controlled"` // the page is controlled by a worker
	Active     string   `json:"active"`     // the active worker's script URL
	Installing bool     `json:"installing"`
	Waiting    bool     `json:"waiting"`
	Caches     []string `json:"caches"` // cache names
	Cached     []string `json:"cached"` // what the cache of the version holds: path?query
	Foreign    []string `json:"foreign"`
}

func (p *Page) swState(version string) swState {
	p.t.Helper()
	return evalAwait[swState](p, `(async () => {
  const reg = await navigator.serviceWorker.getRegistration();
  const st = {controlled: !!navigator.serviceWorker.controller, active: reg && reg.active ? reg.active.scriptURL : "",
    installing: !!(reg && reg.installing), waiting: !!(reg && reg.waiting), caches: await caches.keys(), cached: [], foreign: []};
  const name = "app-" + `+js(version)+`;
  if (st.caches.includes(name)) {
    for (const r of await (await caches.open(name)).keys()) {
      const u = new URL(r.url);
      if (u.origin !== location.origin) st.foreign.push(r.url);
      st.cached.push(u.pathname + u.search);
    }
  }
  return st;
})()`)
}

// waitCached waits until the page is controlled by the worker of w.Version and its
// cache holds every resource the worker lists: from then on the app works offline.
func (p *Page) waitCached(w workerInfo) swState {
	p.t.Helper()
	var s swState
	var missing []string
	cached := func() bool {
		s, missing = p.swState(w.Version), nil
		for _, r := range w.Resources {
			if !slices.Contains(s.Cached, r) {
				missing = append(missing, r)
			}
		}
		return s.Controlled && len(missing) == 0
	}
	if !pollUntil(pwaCacheTimeout, cached) {
		p.t.Fatalf("the service worker of version %s has not cached the app within %v: %+v, missing %v%s",
			w.Version, pwaCacheTimeout, s, missing, p.problemsSuffix())
	}
	return s
}

// requestLog records the URL of every request the page makes (served by the network
// or by the service worker).
type requestLog struct {
	mu   sync.Mutex
	urls []string
}

func (p *Page) recordRequests() *requestLog {
	l := &requestLog{}
	events := chromedp.Events(p.ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			if ev.Request != nil {
				l.mu.Lock()
				l.urls = append(l.urls, ev.Request.URL)
				l.mu.Unlock()
			}
		}
	}()
	return l
}

// foreign lists the requests to anywhere but origin (data: and blob: URLs are local).
func (l *requestLog) foreign(origin string) (foreign []string, n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, u := range l.urls {
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") {
			continue
		}
		pu, err := url.Parse(u)
		if err != nil || pu.Scheme+"://"+pu.Host != origin {
			foreign = append(foreign, u)
		}
	}
	return foreign, len(l.urls)
}

// checkAddrFree fails the test when something still accepts connections at addr.
func checkAddrFree(t *testing.T, addr string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err == nil {
		c.Close()
		t.Fatalf("%s still accepts connections after the server stopped", addr)
	}
}
