//go:build !wasm

package server

import (
	"context"
	"crypto/sha256"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trainingroi/calculator/internal/testkit/serverproc"
)

// The tests in this file run the real command, built once into a temporary
// directory and run by serverproc, as the browser tests and the load test run it:
// its flags, its one line on stdout, its routes (main registers them) and its
// signal handling.

var testBinary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if testBinary.dir != "" {
		os.RemoveAll(testBinary.dir)
	}
	os.Exit(code)
}

// serverBinary builds the command (go test puts its go first on PATH).
func serverBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the server binary; skipped with -short")
	}
	testBinary.once.Do(func() {
		testBinary.dir, testBinary.err = os.MkdirTemp("", "trainingroi-test-")
		if testBinary.err == nil {
			testBinary.path, testBinary.err = serverproc.Build(testBinary.dir)
		}
	})
	if testBinary.err != nil {
		t.Fatal(testBinary.err)
	}
	return testBinary.path
}

// startCommand runs the command as a server on a free loopback port with webDir
// and args, and returns once it answers. It is killed, if still running, when the
// test ends.
func startCommand(t *testing.T, webDir string, args ...string) *serverproc.Proc {
	t.Helper()
	p, err := serverproc.Start(serverBinary(t), webDir, "", args...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Kill)
	return p
}

// stopCommand sends SIGTERM and checks that the server exits with status 0 in time.
func stopCommand(t *testing.T, p *serverproc.Proc) {
	t.Helper()
	if err := p.Stop(30 * time.Second); err != nil {
		t.Errorf("%v; output:\n%s", err, p.Log(4096))
	}
}

// runCommand runs the command to completion and checks its exit status.
func runCommand(t *testing.T, status int, args ...string) serverproc.Result {
	t.Helper()
	res, err := serverproc.Run(serverBinary(t), "", 60*time.Second, args...)
	if err != nil {
		t.Fatal(err)
	}
	if res.Code != status {
		t.Errorf("%q: exit status %d, want %d; stderr:\n%s", args, res.Code, status, res.Stderr)
	}
	return res
}

func TestCommandServesPrerenderedPages(t *testing.T) {
	p := startCommand(t, writeWebDir(t, fakeWasm(20)))

	res, body := get(t, p.URL+"/?mqls=500", "Accept-Encoding: gzip")
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	if res.Header.Get("Content-Encoding") == "gzip" {
		body = decode(t, "gzip", body)
	}
	for name, want := range map[string]string{
		"Content-Type":           "text/html",
		"Cache-Control":          "no-cache",
		"X-Content-Type-Options": "nosniff",
	} {
		if got := res.Header.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "'wasm-unsafe-eval'") || !strings.HasSuffix(csp, "frame-ancestors *") {
		t.Errorf("CSP = %q", csp)
	}
	page := string(body)
	_, prerendered, ok := strings.Cut(page, "<body")
	if !ok {
		t.Fatalf("no <body> in the page:\n%s", abbrev(page))
	}
	// The route's component is rendered on the server from the query string, so the
	// results for ?mqls=500 are in the HTML before any wasm runs.
	for _, want := range []string{`id="app-wasm-loader"`, "<main", `value="500"`, `data-value="9000000"`, `data-state="ok"`} {
		if !strings.Contains(prerendered, want) {
			t.Errorf("the prerendered body lacks %s", want)
		}
	}
	for _, want := range []string{"<title>Training ROI calculator</title>", `href="/web/icons/icon.svg"`, `src="/app.js"`, `href="/web/style.css"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(page, "<script>") {
		t.Error("the page has an inline script, which the CSP forbids")
	}

	// Text from the URL stays text in the prerendered HTML: go-app quotes
	// attribute values the Go way, so the page must HTML-escape them first.
	payload := `"><img src=x onerror=alert(1)><meta http-equiv="refresh" content="0;url=https://evil.example">`
	for _, q := range []string{"mqls=", "cta_text=x&cta_url=https://example.com/?q=", "cta_url=https://example.com/&cta_text="} {
		_, body := get(t, p.URL+"/?"+q+url.QueryEscape(payload))
		if html := string(body); strings.Contains(html, "<img src=x") || strings.Contains(html, "<meta http-equiv=\"refresh") {
			t.Errorf("?%s<payload> put markup into the page", q)
		}
	}

	if res, _ := get(t, p.URL+"/no-such-page"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/no-such-page: status %d, want 404", res.StatusCode)
	}

	stopCommand(t, p)
	if out := p.Stdout(); out != "listening on "+p.URL+"\n" {
		t.Errorf("stdout %q, want only the listening line", out)
	}
}

func TestCommandRefusesBadFlags(t *testing.T) {
	res := runCommand(t, 2, "-addr", "127.0.0.1:0", "-frame-ancestors", "*; script-src *")
	if !strings.Contains(res.Stderr, "frame-ancestors") || res.Stdout != "" {
		t.Errorf("stdout %q, stderr %q", res.Stdout, res.Stderr)
	}
	res = runCommand(t, 1, "-addr", "127.0.0.1:0", "-web", t.TempDir())
	if !strings.Contains(res.Stderr, "make build") {
		t.Errorf("without app.wasm, stderr %q does not say to build it", res.Stderr)
	}
}

func TestCommandExportsStaticSite(t *testing.T) {
	wasm := fakeWasm(21)
	webDir := writeWebDir(t, wasm)
	out := filepath.Join(t.TempDir(), "dist")
	runCommand(t, 0, "-web", webDir, "-static", out, "-frame-ancestors", "'self'")

	read := func(name string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if page := read("index.html"); !strings.Contains(page, "<main") || !strings.Contains(page, `id="app-wasm-loader"`) {
		t.Errorf("index.html is not the prerendered page:\n%s", abbrev(page))
	}
	if w := read("app-worker.js"); !strings.Contains(w, "ignoreSearch") {
		t.Error("app-worker.js lacks the offline fix")
	}
	for _, name := range []string{"app.js", "wasm_exec.js", "app.css", "manifest.webmanifest", "web/style.css",
		"web/embed.js", "web/icons/icon-512.png", "web/app.wasm.gz", "robots.txt", "apple-touch-icon.png"} {
		read(name)
	}
	if read("web/app.wasm") != string(wasm) || read("web/app.wasm.br") != string(brotliBytes(t, wasm)) {
		t.Error("web/app.wasm or web/app.wasm.br is not a copy")
	}
	if _, err := os.Stat(filepath.Join(out, "web", ".env")); err == nil {
		t.Error("a dot file was copied")
	}
	headers := read("_headers")
	for _, want := range []string{
		"/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';",
		"frame-ancestors 'self'\n",
		"  X-Content-Type-Options: nosniff\n",
		"  Referrer-Policy: strict-origin-when-cross-origin\n",
		"  Permissions-Policy: camera=()",
		"  Cache-Control: no-cache\n",
		"/web/app.wasm\n  Content-Type: application/wasm\n",
		"/web/app.wasm.br\n  Content-Type: application/wasm\n  Content-Encoding: br\n",
		"/web/app.wasm.gz\n  Content-Type: application/wasm\n  Content-Encoding: gzip\n",
	} {
		if !strings.Contains(headers, want) {
			t.Errorf("_headers lacks %q:\n%s", want, headers)
		}
	}

	// A second export into the same directory is refused: nothing is overwritten.
	if res := runCommand(t, 1, "-web", webDir, "-static", out); !strings.Contains(res.Stderr, "not empty") {
		t.Errorf("second export: stderr %q", res.Stderr)
	}
}

// SIGTERM while several clients are downloading a big file: every download completes
// with 200 and the process exits with status 0.
func TestCommandShutsDownGracefully(t *testing.T) {
	webDir, big := bigWasmDir(t, 24<<20) // 24 MB on the wire whatever the encoding
	want := sha256.Sum256(big)
	p := startCommand(t, webDir)
	host := strings.TrimPrefix(p.URL, "http://")

	// Clients with small receive buffers (reads of at most 64 KiB) that read the
	// first bytes and then wait for the listener to close: most of the file is still
	// on the server when SIGTERM comes, and the downloads go on during the shutdown.
	client := &http.Client{Transport: &http.Transport{
		DisableCompression: true,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
			if err == nil {
				c.(*net.TCPConn).SetReadBuffer(64 << 10)
			}
			return c, err
		},
	}}
	defer client.CloseIdleConnections()

	const n = 4
	type result struct {
		status int
		size   int
		sum    [32]byte
		err    error
	}
	started := make(chan int, n)
	closed := make(chan struct{}) // the listener no longer accepts connections
	results := make(chan result, n)
	for range n {
		go func() {
			res, err := client.Get(p.URL + "/web/app.wasm")
			if err != nil {
				results <- result{err: err}
				return
			}
			defer res.Body.Close()
			h := sha256.New()
			first := make([]byte, 64<<10)
			k, err := io.ReadFull(res.Body, first)
			h.Write(first[:k])
			started <- k
			<-closed
			if err == nil {
				var m int64
				m, err = io.Copy(h, res.Body)
				k += int(m)
			}
			r := result{status: res.StatusCode, size: k, err: err}
			copy(r.sum[:], h.Sum(nil))
			results <- r
		}()
	}
	for range n {
		select {
		case k := <-started:
			t.Logf("a download had %d of %d bytes at SIGTERM", k, len(big))
		case <-time.After(10 * time.Second):
			t.Fatal("downloads did not start within 10 s")
		}
	}

	if err := p.Terminate(); err != nil {
		t.Fatal(err)
	}
	// The server stops accepting connections at once: each dial is a round trip
	// to the kernel, answered by a refusal once the listener is closed…
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", host, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Error("the server still accepts connections 5 s after SIGTERM")
			break
		}
	}
	// …and finishes the downloads in flight, which go on only now.
	close(closed)
	for range n {
		r := <-results
		if r.err != nil || r.status != 200 || r.size != len(big) || r.sum != want {
			t.Errorf("download: status %d, %d of %d bytes, intact %v, error %v", r.status, r.size, len(big), r.sum == want, r.err)
		}
	}
	if err := p.Wait(30 * time.Second); err != nil {
		t.Error(err)
	}
	if log := p.Log(4096); !strings.Contains(log, "shutting down") || !strings.Contains(log, "stopped") {
		t.Errorf("the log does not tell about the shutdown:\n%s", log)
	}
}

// SIGTERM with a client too slow to finish within the grace period (-grace 1s):
// the server waits that long, then closes the connection, says so, and exits with
// status 0 (the stop went as asked); the client's download is cut short.
func TestCommandCutsRequestsAfterGrace(t *testing.T) {
	webDir, big := bigWasmDir(t, 24<<20)
	p := startCommand(t, webDir, "-grace", "1s")

	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	defer client.CloseIdleConnections()
	res, err := client.Get(p.URL + "/web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	// The client takes 16 KiB, then nothing until the server has exited: the
	// minimum rate (16 KiB within 10 s) would cut it far later than the grace, and
	// the sockets' buffers hold far less than the file.
	buf := make([]byte, 16<<10)
	got, err := io.ReadFull(res.Body, buf)
	if err != nil {
		t.Fatal(err)
	}
	sigterm := time.Now()
	if err := p.Terminate(); err != nil {
		t.Fatal(err)
	}
	var exited time.Duration
	select {
	case <-p.Exited():
		exited = time.Since(sigterm)
	case <-time.After(30 * time.Second):
		t.Fatal("the server still runs 30 s after SIGTERM with -grace 1s")
	}
	// Then it reads what the sockets still hold, up to the cut.
	rest, readErr := io.Copy(io.Discard, res.Body)
	got += int(rest)
	if got >= len(big) || readErr == nil {
		t.Errorf("the download ended with %v after %d of %d bytes: not cut", readErr, got, len(big))
	}
	if err := p.Wait(10 * time.Second); err != nil {
		t.Errorf("after the grace period: %v", err)
	}
	if exited < time.Second || exited > 10*time.Second {
		t.Errorf("exited %v after SIGTERM, want just over the 1 s grace", exited)
	}
	if log := p.Log(4096); !strings.Contains(log, "grace period over: closing 1 connections") || !strings.Contains(log, "stopped") {
		t.Errorf("the log does not say a request was cut:\n%s", log)
	}
	t.Logf("cut after %d of %d bytes, exited %v after SIGTERM", got, len(big), exited.Round(time.Millisecond))
}
