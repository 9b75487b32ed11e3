package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {1, time.Millisecond}} {
		if got := percentile(d, c.p); got != c.want {
			t.Errorf("percentile(1..100 ms, %v) = %v, want %v", c.p, got, c.want)
		}
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("percentile of nothing = %v", got)
	}
	if got := percentile(d[:1], 99); got != time.Millisecond {
		t.Errorf("percentile of one = %v", got)
	}
}

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

// fakeSite answers the four targets as the real server does; failEvery > 0 makes
// every failEvery-th page request a 500.
func fakeSite(failEvery int64) http.Handler {
	var n atomic.Int64
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			if failEvery > 0 && n.Add(1)%failEvery == 0 {
				http.Error(w, "boom", http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte("<!doctype html><main>" + strings.Repeat("x", 5000) + "</main>"))
		case "/web/app.wasm":
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
				http.Error(w, "no br", http.StatusNotAcceptable)
				return
			}
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("Content-Encoding", "br")
			w.Write(make([]byte, 200<<10))
		case "/app-worker.js":
			w.Header().Set("Content-Type", "text/javascript")
			w.Write([]byte("self.addEventListener('fetch', () => {});"))
		default:
			http.NotFound(w, r)
		}
	})
}

func TestLoad(t *testing.T) {
	srv := httptest.NewServer(fakeSite(0))
	defer srv.Close()
	cfg := config{requests: 400, conns: 8, requestTimeout: 10 * time.Second}
	rep := load(context.Background(), srv.URL, cfg)
	if rep.errors() != 0 {
		var b strings.Builder
		rep.print(&b)
		t.Fatalf("%d errors:\n%s", rep.errors(), b.String())
	}
	total := 0
	for _, p := range rep.paths {
		s := rep.byPath[p]
		if len(s.latencies) != 100 {
			t.Errorf("%s: %d requests, want 100", p, len(s.latencies))
		}
		total += len(s.latencies)
	}
	var b strings.Builder
	rep.print(&b)
	for _, want := range []string{"total: 400 requests", "requests/s", "p50", "p99", " 0 errors", "/web/app.wasm"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, b.String())
		}
	}
}

func TestLoadCountsErrors(t *testing.T) {
	srv := httptest.NewServer(fakeSite(10))
	defer srv.Close()
	rep := load(context.Background(), srv.URL, config{requests: 400, conns: 4, requestTimeout: 10 * time.Second})
	// 100 requests to "/" (and 100 to "/?mqls=500", the same handler): every 10th fails.
	if got := rep.errors(); got != 20 {
		t.Errorf("%d errors, want 20", got)
	}
	var b strings.Builder
	rep.print(&b)
	if !strings.Contains(b.String(), "error: /") || !strings.Contains(b.String(), "500") {
		t.Errorf("the report does not show the errors:\n%s", b.String())
	}

	// A run cut short by its time bound counts what it did not send as errors.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep = load(ctx, srv.URL, config{requests: 40, conns: 2, requestTimeout: time.Second})
	if got := rep.errors(); got != 40 {
		t.Errorf("cancelled run: %d errors, want 40", got)
	}
}
