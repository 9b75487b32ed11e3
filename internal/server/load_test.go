//go:build !wasm

package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trainingroi/calculator/internal/testkit/loadgen"
)

// loadTargets are the URLs of the load, each with how to tell its answer is
// whole and right.
func loadTargets(brotliWasm []byte) []loadgen.Request {
	sum := sha256.Sum256(brotliWasm)
	has := func(s string) func(*http.Response, []byte) error {
		return ok200(func(b []byte) error {
			if !bytes.Contains(b, []byte(s)) {
				return fmt.Errorf("%d bytes without %q", len(b), s)
			}
			return nil
		})
	}
	return []loadgen.Request{
		{Path: "/", Check: has("<main")},
		{Path: "/?mqls=500", Check: has(`value="500"`)},
		{Path: "/web/app.wasm", Header: map[string]string{"Accept-Encoding": "br"}, Check: ok200(func(b []byte) error {
			if sha256.Sum256(b) != sum {
				return fmt.Errorf("%d bytes, not app.wasm.br (%d bytes)", len(b), len(brotliWasm))
			}
			return nil
		})},
		{Path: "/app-worker.js", Check: has("ignoreSearch")},
	}
}

// ok200 accepts a 200 whose body check accepts.
func ok200(check func(body []byte) error) func(*http.Response, []byte) error {
	return func(res *http.Response, body []byte) error {
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("status %s", res.Status)
		}
		return check(body)
	}
}

// loadWorkers keep n requests in flight against base, round robin over the
// targets, until stop is closed; with untilRefused, each goes on after that
// until a request fails (the server no longer accepts connections). Bodies are
// read in 32 KiB pieces with a short pause, so that a download lasts a few
// milliseconds and some are half done at any moment.
func loadWorkers(base string, n int, targets []loadgen.Request, stop <-chan struct{}, untilRefused bool) <-chan loadgen.Outcome {
	return loadgen.Load{Base: base, Conns: n, Gzip: true, Pause: 100 * time.Microsecond,
		Next: func(i int) (loadgen.Request, bool) { return targets[i%len(targets)], true },
		Stop: func(o loadgen.Outcome) bool {
			select {
			case <-stop:
				return o.Err != nil || !untilRefused
			default:
				return false
			}
		},
	}.Run(context.Background())
}

// refused reports whether err is the server not taking a connection: refused, or
// closed or reset before it answered anything.
func refused(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		strings.Contains(err.Error(), "server closed idle connection")
}

// SIGTERM in the middle of a load of 64 connections over the page, a shared link,
// the brotli wasm and the worker script: every request the server had taken
// completes, whole and right; afterwards it takes no new connection; the process
// exits with status 0.
func TestCommandShutsDownUnderLoad(t *testing.T) {
	// 2 MB of random bytes: the brotli copy is as big, so downloads overlap.
	wasm := make([]byte, 2<<20)
	rand.Read(wasm)
	webDir := writeWebDir(t, wasm)
	brotliWasm, err := os.ReadFile(filepath.Join(webDir, "app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	p := startCommand(t, webDir)
	host := strings.TrimPrefix(p.URL, "http://")

	stop := make(chan struct{})
	outcomes := loadWorkers(p.URL, 64, loadTargets(brotliWasm), stop, true)

	// Load for a second, then SIGTERM.
	var before []loadgen.Outcome
	warm := time.After(time.Second)
collect:
	for {
		select {
		case o := <-outcomes:
			before = append(before, o)
		case <-warm:
			break collect
		}
	}
	sigterm := time.Now()
	close(stop)
	if err := p.Terminate(); err != nil {
		t.Fatal(err)
	}

	var after []loadgen.Outcome
	deadline := time.After(30 * time.Second)
drain:
	for {
		select {
		case o, ok := <-outcomes:
			if !ok {
				break drain
			}
			after = append(after, o)
		case <-deadline:
			t.Fatal("the load did not end within 30 s of SIGTERM")
		}
	}
	if err := p.Wait(30 * time.Second); err != nil {
		t.Error(err)
	}

	failed := 0
	for _, o := range before {
		if o.Err != nil {
			failed++
			if failed <= 5 {
				t.Errorf("before SIGTERM: %s: %v", o.Path, o.Err)
			}
		}
	}
	// After SIGTERM, a request may only fail for want of a connection; one the
	// server answered must complete. inFlight counts those sent before SIGTERM and
	// finished after it: the ones the graceful shutdown is for.
	var inFlight, ok, refusedN int
	perTarget := map[string]int{}
	for _, o := range after {
		switch {
		case o.Err != nil && o.Done.Before(sigterm):
			failed++
			t.Errorf("before SIGTERM: %s: %v", o.Path, o.Err)
		case o.Err == nil:
			ok++
			if !o.Wrote.IsZero() && o.Wrote.Before(sigterm) && o.Done.After(sigterm) {
				inFlight++
				perTarget[o.Path]++
			}
		case !o.Answered && refused(o.Err):
			refusedN++
		default:
			failed++
			if failed <= 5 {
				t.Errorf("a request in flight at SIGTERM failed: %s (answered %v): %v", o.Path, o.Answered, o.Err)
			}
		}
	}
	t.Logf("before SIGTERM: %d requests; after: %d completed (%d of them in flight at SIGTERM: %v), %d refused a connection; %d failed",
		len(before), ok, inFlight, perTarget, refusedN, failed)
	if len(before) < 64 {
		t.Errorf("only %d requests in the second before SIGTERM: no load to speak of", len(before))
	}
	if inFlight == 0 {
		t.Error("no request was in flight at SIGTERM: the test proves nothing")
	}
	if c, err := net.DialTimeout("tcp", host, time.Second); err == nil {
		c.Close()
		t.Error("the server still accepts connections after it exited")
	}
	if !strings.Contains(p.Log(4096), "shutting down") {
		t.Errorf("the log does not tell about the shutdown:\n%s", p.Log(4096))
	}
}

// Slow clients trickling their headers a byte at a time, many of them, while the
// server is under load: the load is served without a single error, and every slow
// client is cut off by the header timeout instead of holding its connection.
func TestSlowClientsDuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("waits on real sockets for timeouts of seconds")
	}
	cfg := testConfig(writeWebDir(t, fakeWasm(31)))
	cfg.timeouts = timeouts{readHeader: 500 * time.Millisecond, read: 10 * time.Second, write: 10 * time.Second,
		idle: 10 * time.Second, shutdown: 5 * time.Second, renderWait: time.Second}
	u := startListening(t, cfg).url
	host := strings.TrimPrefix(u, "http://")
	wasm := fakeWasm(31)
	brotliWasm := brotliBytes(t, wasm)

	const slow = 100
	type cut struct {
		after time.Duration
		bytes int
	}
	cuts := make(chan cut, slow)
	start := time.Now()
	for range slow {
		go func() {
			c, err := net.Dial("tcp", host)
			if err != nil {
				cuts <- cut{-1, 0}
				return
			}
			defer c.Close()
			closed := make(chan struct{})
			go func() { io.Copy(io.Discard, c); close(closed) }()
			req := "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 400) + "\r\n\r\n"
			for i := range len(req) {
				select {
				case <-closed:
					cuts <- cut{time.Since(start), i}
					return
				case <-time.After(20 * time.Millisecond):
				}
				if _, err := c.Write([]byte{req[i]}); err != nil {
					<-closed
					cuts <- cut{time.Since(start), i}
					return
				}
			}
			cuts <- cut{time.Since(start), len(req)}
		}()
	}

	stop := make(chan struct{})
	// In this process the page has no route (main registers it): the load is the
	// wasm, the worker and the loader script.
	targets := append(loadTargets(brotliWasm)[2:], loadgen.Request{Path: "/app.js", Check: ok200(func(b []byte) error {
		if !bytes.Contains(b, []byte("goappInitWebAssembly")) {
			return fmt.Errorf("%d bytes, not go-app's app.js", len(b))
		}
		return nil
	})})
	outcomes := loadWorkers(u, 16, targets, stop, false)
	n, failed := 0, 0
	timer := time.After(1500 * time.Millisecond)
loop:
	for {
		select {
		case o := <-outcomes:
			n++
			if o.Err != nil {
				failed++
				if failed <= 5 {
					t.Errorf("under load with slow clients: %s: %v", o.Path, o.Err)
				}
			}
		case <-timer:
			break loop
		}
	}
	close(stop)
	for o := range outcomes { // the last requests of each worker
		if o.Err != nil {
			t.Errorf("under load with slow clients: %s: %v", o.Path, o.Err)
		}
	}
	var worst time.Duration
	for range slow {
		c := <-cuts
		if c.after < 0 {
			t.Error("a slow client could not connect")
			continue
		}
		if c.bytes >= 400 {
			t.Errorf("a slow client sent its whole request (%d bytes) without being cut off", c.bytes)
		}
		worst = max(worst, c.after)
	}
	if worst > 3*time.Second {
		t.Errorf("the last slow client was cut off after %v, want about 500 ms", worst)
	}
	t.Logf("%d requests served during the slowloris, %d failed; %d slow clients all cut off within %v", n, failed, slow, worst.Round(time.Millisecond))
	if n < 100 {
		t.Errorf("only %d requests served in 1.5 s next to the slow clients", n)
	}
}
