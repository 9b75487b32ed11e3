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
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The tests in this file run the real command, built once into a temporary
// directory: its flags, its one line on stdout, its routes (main registers them) and
// its signal handling.

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
		if testBinary.err != nil {
			return
		}
		testBinary.path = filepath.Join(testBinary.dir, "trainingroi")
		out, err := exec.Command("go", "build", "-buildvcs=false", "-o", testBinary.path, "github.com/trainingroi/calculator").CombinedOutput()
		if err != nil {
			testBinary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if testBinary.err != nil {
		t.Fatal(testBinary.err)
	}
	return testBinary.path
}

// process is a running server command.
type process struct {
	cmd    *exec.Cmd
	url    string
	stdout *lineWriter
	stderr *lineWriter
	exited chan struct{} // closed when the process has exited; then err is its result
	err    error
}

// runCommand starts the command with args and returns once it has exited or, with
// listen, once it has printed its "listening on" line. It is killed, if still
// running, when the test ends.
func runCommand(t *testing.T, listen bool, args ...string) *process {
	t.Helper()
	p := &process{
		cmd:    exec.Command(serverBinary(t), args...),
		stdout: newLineWriter(),
		stderr: newLineWriter(),
		exited: make(chan struct{}),
	}
	p.cmd.Stdout, p.cmd.Stderr = p.stdout, p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			p.cmd.Process.Kill()
			<-p.exited
		}
	})
	if !listen {
		select {
		case <-p.exited:
		case <-time.After(60 * time.Second):
			t.Fatalf("%v still running after 60 s; stderr:\n%s", args, p.stderr.text())
		}
		return p
	}
	select {
	case line := <-p.stdout.lines:
		m := regexp.MustCompile(`^listening on (http://127\.0\.0\.1:([0-9]+))$`).FindStringSubmatch(line)
		if m == nil || m[2] == "0" {
			t.Fatalf("first line on stdout: %q, want \"listening on http://127.0.0.1:PORT\"", line)
		}
		p.url = m[1]
	case <-p.exited:
		t.Fatalf("the server exited (%v) before listening; stderr:\n%s", p.err, p.stderr.text())
	case <-time.After(30 * time.Second):
		t.Fatalf("no listening line within 30 s; stderr:\n%s", p.stderr.text())
	}
	return p
}

// stop sends SIGTERM and checks that the process exits with status 0 in time.
func (p *process) stop(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	p.wait(t, 0)
}

// wait checks that the process exits with the given status within 30 s.
func (p *process) wait(t *testing.T, status int) {
	t.Helper()
	select {
	case <-p.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("still running 30 s later; stderr:\n%s", p.stderr.text())
	}
	if got := p.cmd.ProcessState.ExitCode(); got != status {
		t.Errorf("exit status %d, want %d; stderr:\n%s", got, status, p.stderr.text())
	}
}

func TestCommandServesPrerenderedPages(t *testing.T) {
	p := runCommand(t, true, "-addr", "127.0.0.1:0", "-web", writeWebDir(t, fakeWasm(20)))

	res, body := get(t, p.url+"/?mqls=500", "Accept-Encoding: gzip")
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
		_, body := get(t, p.url+"/?"+q+url.QueryEscape(payload))
		if html := string(body); strings.Contains(html, "<img src=x") || strings.Contains(html, "<meta http-equiv=\"refresh") {
			t.Errorf("?%s<payload> put markup into the page", q)
		}
	}

	if res, _ := get(t, p.url+"/no-such-page"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/no-such-page: status %d, want 404", res.StatusCode)
	}

	p.stop(t)
	if n := p.stdout.count(); n != 1 {
		t.Errorf("stdout has %d lines, want only the listening line:\n%s", n, p.stdout.text())
	}
}

func TestCommandRefusesBadFlags(t *testing.T) {
	p := runCommand(t, false, "-addr", "127.0.0.1:0", "-frame-ancestors", "*; script-src *")
	p.wait(t, 2)
	if !strings.Contains(p.stderr.text(), "frame-ancestors") || p.stdout.count() != 0 {
		t.Errorf("stdout %q, stderr %q", p.stdout.text(), p.stderr.text())
	}
	p = runCommand(t, false, "-addr", "127.0.0.1:0", "-web", t.TempDir())
	p.wait(t, 1)
	if !strings.Contains(p.stderr.text(), "make build") {
		t.Errorf("without app.wasm, stderr %q does not say to build it", p.stderr.text())
	}
}

func TestCommandExportsStaticSite(t *testing.T) {
	wasm := fakeWasm(21)
	webDir := writeWebDir(t, wasm)
	out := filepath.Join(t.TempDir(), "dist")
	p := runCommand(t, false, "-web", webDir, "-static", out, "-frame-ancestors", "'self'")
	p.wait(t, 0)

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
	p = runCommand(t, false, "-web", webDir, "-static", out)
	p.wait(t, 1)
	if !strings.Contains(p.stderr.text(), "not empty") {
		t.Errorf("second export: stderr %q", p.stderr.text())
	}
}

// SIGTERM while several clients are downloading a big file: every download completes
// with 200 and the process exits with status 0.
func TestCommandShutsDownGracefully(t *testing.T) {
	// Random bytes: 24 MB on the wire whatever the encoding (no .br or .gz here).
	big := make([]byte, 24<<20)
	rand.Read(big)
	webDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(webDir, "app.wasm"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256(big)
	p := runCommand(t, true, "-addr", "127.0.0.1:0", "-web", webDir)
	host := strings.TrimPrefix(p.url, "http://")

	// Clients with small receive buffers (reads of at most 64 KiB) that pause 5 ms
	// between reads, about 2 s for the file, so that most of it is still on the server
	// when SIGTERM comes.
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
	var received [n]atomic.Int64
	started := make(chan struct{}, n)
	results := make(chan result, n)
	for i := range n {
		go func() {
			res, err := client.Get(p.url + "/web/app.wasm")
			if err != nil {
				results <- result{err: err}
				return
			}
			defer res.Body.Close()
			h := sha256.New()
			buf := make([]byte, 256<<10)
			first := true
			for {
				k, err := res.Body.Read(buf)
				h.Write(buf[:k])
				received[i].Add(int64(k))
				if first && k > 0 {
					first = false
					started <- struct{}{}
				}
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					results <- result{status: res.StatusCode, size: int(received[i].Load()), err: err}
					return
				}
				time.Sleep(5 * time.Millisecond)
			}
			var r result
			r.status, r.size = res.StatusCode, int(received[i].Load())
			copy(r.sum[:], h.Sum(nil))
			results <- r
		}()
	}
	for range n {
		select {
		case <-started:
		case <-time.After(10 * time.Second):
			t.Fatal("downloads did not start within 10 s")
		}
	}

	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		t.Logf("download %d had %d of %d bytes at SIGTERM", i, received[i].Load(), len(big))
	}
	// The server stops accepting connections at once…
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
		time.Sleep(20 * time.Millisecond)
	}
	// …and finishes the downloads in flight.
	for range n {
		r := <-results
		if r.err != nil || r.status != 200 || r.size != len(big) || r.sum != want {
			t.Errorf("download: status %d, %d of %d bytes, intact %v, error %v", r.status, r.size, len(big), r.sum == want, r.err)
		}
	}
	p.wait(t, 0)
	if !strings.Contains(p.stderr.text(), "shutting down") {
		t.Errorf("stderr does not tell about the shutdown:\n%s", p.stderr.text())
	}
	if !bytes.Contains([]byte(p.stdout.text()), []byte("listening on")) || p.stdout.count() != 1 {
		t.Errorf("stdout: %q", p.stdout.text())
	}
}
