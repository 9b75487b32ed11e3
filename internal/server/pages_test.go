//go:build !wasm

package server

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// fakeRenderer answers as go-app's page handler does (no-cache, the version as
// ETag, text/html with its length), with a page made from the query's n, and
// counts its renders. /big is 8 MB; n=missing is a 404; hold, when set, keeps every
// render waiting until it is closed.
type fakeRenderer struct {
	renders atomic.Int64
	hold    chan struct{}
}

func (f *fakeRenderer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.renders.Add(1)
	if f.hold != nil {
		<-f.hold
	}
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", `"v1"`)
	n := r.URL.Query().Get("n")
	if n == "missing" {
		http.NotFound(w, r)
		return
	}
	if n == "panic" {
		panic("a component failed") // as go-app's handler does when a render fails
	}
	size := 5000
	if r.URL.Path == "/big" {
		size = 8 << 20
	}
	// A new page at every render, as go-app's (its attribute order changes).
	page := fmt.Sprintf("<!doctype html><p>page %s, render %d</p>%s", n, f.renders.Load(), strings.Repeat("x", size))
	h.Set("Content-Length", strconv.Itoa(len(page)))
	h.Set("Content-Type", "text/html")
	io.WriteString(w, page)
}

// fakeKey caches "/" by its n parameter alone.
func fakeKey(path, rawQuery string) (string, bool) {
	if path != "/" {
		return "", false
	}
	q, _ := url.ParseQuery(rawQuery)
	return q.Get("n"), true
}

// startPages serves fake pages the way the site does, with a gate of slots render
// slots and a cache (none when cacheBytes is 0).
func startPages(t *testing.T, f *fakeRenderer, slots int, wait time.Duration, cacheBytes int64) (*httptest.Server, *pages) {
	t.Helper()
	var cache *pageCache
	if cacheBytes > 0 {
		cache = newPageCache(cacheBytes)
	}
	p := newPages(f, fakeKey, cache, newRenderGate(slots, wait))
	srv := httptest.NewServer(representation(p))
	t.Cleanup(srv.Close)
	return srv, p
}

// A page is rendered once per key: parameters the key leaves out, the encoding,
// HEAD and revalidation are all answered from the cache, with the response the
// render gave.
func TestPagesRenderedOncePerKey(t *testing.T) {
	f := &fakeRenderer{}
	srv, _ := startPages(t, f, 2, time.Second, 1<<20)
	first, body := get(t, srv.URL+"/?n=1")
	if first.StatusCode != 200 || !bytes.HasPrefix(body, []byte("<!doctype html><p>page 1, render 1</p>")) {
		t.Fatalf("status %d, body %q", first.StatusCode, abbrev(string(body)))
	}
	for name, want := range map[string]string{"Content-Type": "text/html", "Cache-Control": "no-cache", "ETag": `"v1"`,
		"Content-Length": strconv.Itoa(len(body))} {
		if got := first.Header.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	for _, c := range []struct {
		path    string
		headers []string
	}{
		{"/?n=1", nil},
		{"/?utm_source=x&n=1", nil},
		{"/?n=1", []string{"Accept-Encoding: gzip"}},
		{"/?n=1", []string{"Accept-Encoding: gzip, br", `If-None-Match: W/"v1"`}},
		{"/?n=1", []string{`If-None-Match: "v1"`}},
	} {
		res, b := get(t, srv.URL+c.path, c.headers...)
		switch {
		case strings.Contains(strings.Join(c.headers, " "), "If-None-Match"):
			if res.StatusCode != http.StatusNotModified {
				t.Errorf("%s %q: status %d, want 304", c.path, c.headers, res.StatusCode)
			}
		case res.Header.Get("Content-Encoding") == "gzip":
			if !bytes.Equal(decode(t, "gzip", b), body) || res.Header.Get("ETag") != `W/"v1"` ||
				res.Header.Get("Content-Length") != strconv.Itoa(len(b)) {
				t.Errorf("%s gzipped: not the page rendered first, or headers %v", c.path, res.Header)
			}
		default:
			if !bytes.Equal(b, body) {
				t.Errorf("%s: not the page rendered first: %q", c.path, abbrev(string(b)))
			}
		}
	}
	res, b := do(t, http.MethodHead, srv.URL+"/?n=1")
	if res.StatusCode != 200 || len(b) != 0 || res.Header.Get("Content-Length") != strconv.Itoa(len(body)) {
		t.Errorf("HEAD: status %d, %d bytes, Content-Length %q", res.StatusCode, len(b), res.Header.Get("Content-Length"))
	}
	if n := f.renders.Load(); n != 1 {
		t.Errorf("%d renders for one key, want 1", n)
	}
	get(t, srv.URL+"/?n=2")
	get(t, srv.URL+"/other?n=1") // not a key: rendered each time
	get(t, srv.URL+"/other?n=1")
	if n := f.renders.Load(); n != 4 {
		t.Errorf("%d renders, want 4 (one more key, two uncached pages)", n)
	}
}

// Without a cache every page is rendered, under the gate, and compressed on its
// way out.
func TestPagesWithoutCache(t *testing.T) {
	f := &fakeRenderer{}
	srv, _ := startPages(t, f, 2, time.Second, 0)
	_, a := get(t, srv.URL+"/?n=1")
	res, b := get(t, srv.URL+"/?n=1", "Accept-Encoding: gzip")
	if n := f.renders.Load(); n != 2 {
		t.Errorf("%d renders, want 2", n)
	}
	if res.Header.Get("Content-Encoding") != "gzip" || !bytes.HasPrefix(decode(t, "gzip", b), []byte("<!doctype html><p>page 1, render 2</p>")) ||
		!bytes.HasPrefix(a, []byte("<!doctype html><p>page 1, render 1</p>")) {
		t.Errorf("uncached pages: %q, then %v", abbrev(string(a)), res.Header)
	}
}

// Only a 200 is kept: anything else is rendered again next time, and goes out
// without a validator.
func TestPagesKeepOnlySuccess(t *testing.T) {
	f := &fakeRenderer{}
	srv, _ := startPages(t, f, 2, time.Second, 1<<20)
	for range 3 {
		res, _ := get(t, srv.URL+"/?n=missing", `If-None-Match: "v1"`)
		if res.StatusCode != http.StatusNotFound || res.Header.Get("ETag") != "" {
			t.Errorf("status %d, ETag %q; want 404 without ETag", res.StatusCode, res.Header.Get("ETag"))
		}
	}
	if n := f.renders.Load(); n != 3 {
		t.Errorf("%d renders of a 404, want 3", n)
	}
}

// Requests for a page being rendered wait for that render instead of rendering it
// again. In a bubble of synthetic time, synctest.Wait returns once every request
// is blocked: the one rendering, and the others waiting for it.
func TestConcurrentMissesRenderOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		f := &fakeRenderer{hold: make(chan struct{})}
		p := newPages(f, fakeKey, newPageCache(1<<20), newRenderGate(4, 10*time.Second))
		h := representation(p)
		const n = 20
		var wg sync.WaitGroup
		answers := make([]*httptest.ResponseRecorder, n)
		for i := range n {
			wg.Go(func() { answers[i] = serve(h, "/?n=7") })
		}
		synctest.Wait()
		p.mu.Lock()
		joined := p.inflight["7"].joined
		p.mu.Unlock()
		if joined != n-1 || f.renders.Load() != 1 {
			t.Fatalf("%d requests wait for the render, want %d; %d renders", joined, n-1, f.renders.Load())
		}
		close(f.hold)
		wg.Wait()
		if r := f.renders.Load(); r != 1 {
			t.Errorf("%d renders for %d concurrent requests of one page, want 1", r, n)
		}
		for i, a := range answers {
			if a.Code != 200 || !bytes.Equal(a.Body.Bytes(), answers[0].Body.Bytes()) {
				t.Errorf("request %d: status %d, a different page", i, a.Code)
			}
		}
	})
}

// With every render slot taken, a page that needs rendering gets 503 with
// Retry-After once the wait is over (to the nanosecond, in synthetic time); cached
// pages are still served, and a slot that comes free serves the next.
func TestBusyRenderSlots(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		f := &fakeRenderer{}
		const wait = 200 * time.Millisecond
		p := newPages(f, fakeKey, newPageCache(1<<20), newRenderGate(2, wait))
		h := representation(p)
		serve(h, "/?n=1")
		for range cap(p.gate.slots) {
			p.gate.slots <- struct{}{}
		}
		for _, path := range []string{"/?n=2", "/other"} {
			start := time.Now()
			res := serve(h, path)
			if took := time.Since(start); took != wait {
				t.Errorf("%s: answered after %v, want after the %v wait", path, took, wait)
			}
			if res.Code != http.StatusServiceUnavailable || res.Header().Get("Retry-After") != "1" ||
				res.Header().Get("Cache-Control") != "no-store" || res.Header().Get("ETag") != "" {
				t.Errorf("%s with every slot taken: status %d, headers %v", path, res.Code, res.Header())
			}
			if !strings.Contains(res.Body.String(), "try again") {
				t.Errorf("%s: body %q", path, res.Body)
			}
		}
		if res := serve(h, "/?n=1"); res.Code != 200 {
			t.Errorf("a cached page with every slot taken: status %d", res.Code)
		}
		<-p.gate.slots
		if res := serve(h, "/?n=2"); res.Code != 200 {
			t.Errorf("with a slot free again: status %d", res.Code)
		}
	})
}

// serve answers a GET of path with h, in memory.
func serve(h http.Handler, path string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
	return w
}

// A client that does not read its page does not hold a render slot: the page is
// rendered into memory, and written after the slot is given back.
func TestSlowReaderHoldsNoRenderSlot(t *testing.T) {
	f := &fakeRenderer{}
	srv, _ := startPages(t, f, 1, 5*time.Second, 1<<20)
	c, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.(*net.TCPConn).SetReadBuffer(4 << 10)
	if _, err := io.WriteString(c, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	// The 8 MB answer has begun (so it was rendered), and stalls in the socket.
	status, err := bufio.NewReader(c).ReadString('\n')
	if err != nil || !strings.Contains(status, "200") {
		t.Fatalf("the big page: %q, %v", status, err)
	}
	res, _ := get(t, srv.URL+"/?n=3")
	if res.StatusCode != 200 {
		t.Errorf("a page while a client does not read another: status %d, want 200", res.StatusCode)
	}
}

// prime renders a page before any request and pins it.
func TestPrime(t *testing.T) {
	f := &fakeRenderer{}
	p := newPages(f, fakeKey, newPageCache(1<<20), newRenderGate(1, time.Second))
	if !p.prime("/?n=0") || p.prime("/other") {
		t.Fatal("prime: want true for a page with a key, false for one without")
	}
	srv := httptest.NewServer(representation(p))
	defer srv.Close()
	res, body := get(t, srv.URL+"/?n=0")
	if res.StatusCode != 200 || !bytes.Contains(body, []byte("page 0, render 1")) || f.renders.Load() != 1 {
		t.Errorf("primed page: status %d, %q, %d renders", res.StatusCode, abbrev(string(body)), f.renders.Load())
	}
	f404 := &fakeRenderer{}
	if newPages(f404, fakeKey, newPageCache(1<<20), newRenderGate(1, time.Second)).prime("/?n=missing") {
		t.Error("prime kept a 404")
	}
}

// The files go-app answers from memory or from disk never wait for a render slot.
func TestFilesDoNotWaitForRenders(t *testing.T) {
	cfg := testConfig(writeWebDir(t, fakeWasm(53)))
	cfg.timeouts.renderWait = 100 * time.Millisecond
	srv, s := startSite(t, cfg)
	for range cap(s.pages.gate.slots) {
		s.pages.gate.slots <- struct{}{}
	}
	defer func() {
		for range cap(s.pages.gate.slots) {
			<-s.pages.gate.slots
		}
	}()
	for path := range goAppFiles {
		if res, _ := get(t, srv.URL+path, "Accept-Encoding: br"); res.StatusCode != 200 {
			t.Errorf("%s with every render slot taken: status %d", path, res.StatusCode)
		}
	}
	v := "/" + s.app.Version
	for _, path := range []string{"/app.js", "/goapp.js", "/web/style.css", "/web/app.wasm", "/robots.txt", "/apple-touch-icon.png",
		v + "/app-worker.js", v + "/app.js", v + "/manifest.webmanifest"} {
		if res, _ := get(t, srv.URL+path); res.StatusCode != 200 {
			t.Errorf("%s with every render slot taken: status %d", path, res.StatusCode)
		}
	}
	res, _ := get(t, srv.URL+"/?mqls=1")
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" ||
		!strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("a page with every render slot taken: status %d, headers %v", res.StatusCode, res.Header)
	}
}

// A render that panics answers 500, to the request and to those waiting for the
// same page, and leaves nothing behind: the next request renders again.
func TestRenderPanicAnswers(t *testing.T) {
	f := &fakeRenderer{}
	srv, _ := startPages(t, f, 2, time.Second, 1<<20)
	for i := range 2 {
		res, body := get(t, srv.URL+"/?n=panic")
		if res.StatusCode != http.StatusInternalServerError || !strings.Contains(string(body), "could not be prepared") {
			t.Errorf("request %d: status %d, %q; want 500 saying so", i+1, res.StatusCode, body)
		}
	}
	if n := f.renders.Load(); n != 2 {
		t.Errorf("%d renders, want 2: a failed render is not kept", n)
	}
}
