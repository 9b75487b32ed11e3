package main

import (
	"context"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestCheckLoopback(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8000", "http://localhost:1/", "http://[::1]:80", "https://127.0.0.2"} {
		if err := checkLoopback(u); err != nil {
			t.Errorf("checkLoopback(%q): %v", u, err)
		}
	}
	for _, u := range []string{"http://example.com", "http://10.0.0.1:8000", "http://0.0.0.0:8000", "ftp://127.0.0.1", "127.0.0.1:8000", ""} {
		if err := checkLoopback(u); err == nil {
			t.Errorf("checkLoopback(%q) accepted it", u)
		}
	}
}

// fakeSite answers the five parts as the real server does: every busyEvery-th
// uncached page is a 503 (with Retry-After unless noRetryAfter), every failEvery-th
// page of / a 500.
type fakeSite struct {
	busyEvery, failEvery int64
	noRetryAfter         bool
	pages, scenarios     atomic.Int64
}

func (f *fakeSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/web/style.css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Write([]byte(strings.Repeat("p{}", 500)))
	case r.URL.Path == "/" && r.URL.Query().Get("ref") != "":
		if n := f.scenarios.Add(1); f.busyEvery > 0 && n%f.busyEvery == 0 {
			if !f.noRetryAfter {
				w.Header().Set("Retry-After", "1")
			}
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!doctype html><main>" + r.URL.RawQuery + "</main>"))
	case r.URL.Path == "/":
		if n := f.pages.Add(1); f.failEvery > 0 && n%f.failEvery == 0 {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!doctype html><main>" + strings.Repeat("x", 5000) + "</main>"))
	case r.URL.Path == "/web/app.wasm":
		if r.Header.Get("Accept-Encoding") != "br" {
			http.Error(w, "no br", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Content-Encoding", "br")
		w.Write(make([]byte, 200<<10))
	default:
		http.NotFound(w, r)
	}
}

func testConfig() config {
	return config{requests: 200, wasmRequests: 20, conns: 8, uncachedConns: 50, uncachedPerConn: 2,
		requestTimeout: 10 * time.Second, pageRatioTarget: 0.3, uncachedRSSLimit: 300e6}
}

// runParts runs the five parts of testConfig against f, and returns their
// reports and what the command prints of them.
func runParts(f *fakeSite) ([]*report, string) {
	srv := httptest.NewServer(f)
	defer srv.Close()
	cfg := testConfig()
	var reports []*report
	for i, p := range parts(cfg) {
		rng := rand.New(rand.NewPCG(1, uint64(i)))
		reports = append(reports, load(context.Background(), srv.URL, p, cfg, rng, os.Getpid()))
	}
	var b strings.Builder
	printReports(&b, reports)
	printTargets(&b, cfg, reports)
	return reports, b.String()
}

func TestParts(t *testing.T) {
	reports, printed := runParts(&fakeSite{busyEvery: 4})
	want := []int{200, 200, 200, 20, 100}
	for i, r := range reports {
		if r.total() != want[i] || r.errors != 0 {
			t.Errorf("%s: %d requests, %d errors (%q); want %d, 0", r.name, r.total(), r.errors, r.firstErrs, want[i])
		}
		if r.peakRSS <= 0 {
			t.Errorf("%s: no peak RSS of this process", r.name)
		}
	}
	// Every uncached scenario is new: the site saw 100 distinct ones, a quarter busy.
	if u := reports[4]; u.statuses[200] != 75 || u.statuses[503] != 25 {
		t.Errorf("uncached replies %v, want 75 × 200 and 25 × 503", u.statuses)
	}
	for _, want := range []string{"static file /web/style.css", "page /?mqls=500", "wasm /web/app.wasm (br)", "uncached random scenarios",
		"req/s", "p50", "p99", "peak RSS", "200: 75, 503: 25", "× the static file's", "(target ≥ 0.3×, 0 errors)",
		"target ≤ 300 MB", "75 replies 200, 25 503, 0 other or none (target: only 200 and 503): met"} {
		if !strings.Contains(printed, want) {
			t.Errorf("the report lacks %q:\n%s", want, printed)
		}
	}
}

func TestPartsCountErrors(t *testing.T) {
	reports, printed := runParts(&fakeSite{failEvery: 10, busyEvery: 5, noRetryAfter: true})
	// / and /?mqls=500 share the fake's counter: every 10th of their 400 fails.
	if got := reports[1].errors + reports[2].errors; got != 40 {
		t.Errorf("%d errors on the pages, want 40", got)
	}
	// A 503 without Retry-After is an error.
	if got := reports[4].errors; got != 20 {
		t.Errorf("%d errors on uncached scenarios, want the 20 503s without Retry-After", got)
	}
	for _, want := range []string{"error: page /", "500", "503 without Retry-After", "MISSED"} {
		if !strings.Contains(printed, want) {
			t.Errorf("the report lacks %q:\n%s", want, printed)
		}
	}

	// A run cut short by its time bound counts what it did not send as errors.
	srv := httptest.NewServer(&fakeSite{})
	defer srv.Close()
	cfg := testConfig()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := load(ctx, srv.URL, parts(cfg)[0], cfg, rand.New(rand.NewPCG(1, 1)), 0)
	if r.errors != cfg.requests || r.peakRSS != 0 {
		t.Errorf("cancelled run: %d errors, peak RSS %d; want %d and unknown", r.errors, r.peakRSS, cfg.requests)
	}
}

func TestReadStatus(t *testing.T) {
	rss, err := readStatus(os.Getpid(), "VmRSS")
	if err != nil || rss < 1<<20 {
		t.Errorf("VmRSS of this process: %d, %v", rss, err)
	}
	// The kernel counts resident pages per thread and adds them up now and then,
	// so a peak reset by another test (peakMemory) may read a little under
	// the resident memory read before it.
	hwm, err := readStatus(os.Getpid(), "VmHWM")
	if err != nil || hwm+1<<20 < rss {
		t.Errorf("VmHWM %d more than 1 MiB under VmRSS %d (%v)", hwm, rss, err)
	}
	if _, err := readStatus(os.Getpid(), "NoSuchField"); err == nil {
		t.Error("a missing field was read")
	}
	if _, err := readStatus(0, "VmRSS"); err == nil {
		t.Error("pid 0 was read")
	}
}

// TestPeakMemory: a peak that is over before it is read still counts, and one
// from before the reset does not.
func TestPeakMemory(t *testing.T) {
	touch := func(n int) byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i)
		}
		return b[n-1]
	}
	touch(128 << 20)
	runtime.GC()
	debug.FreeOSMemory()
	peak := peakMemory(os.Getpid())
	before := peak()
	if before <= 0 || before >= 128<<20 {
		t.Fatalf("peak right after the reset: %d bytes, want the resident memory now, under 128 MiB", before)
	}
	touch(64 << 20)
	if after := peak(); after < before+60<<20 {
		t.Errorf("peak after touching 64 MiB: %d bytes, want at least %d", after, before+60<<20)
	}
	if v := peakMemory(0)(); v != 0 {
		t.Errorf("peak of no process: %d, want 0 (unknown)", v)
	}
}
