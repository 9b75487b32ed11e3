//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// fakeWasm is a stand-in for app.wasm: 256 KiB that compress about as well as a real
// one, different for every seed.
func fakeWasm(seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	words := []string{"\x00asm", "func", "local.get", "i32.const", "call", "br_if", "end", "memory"}
	var b bytes.Buffer
	b.WriteString("\x00asm\x01\x00\x00\x00")
	for b.Len() < 256<<10 {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(byte(r.IntN(256)))
	}
	return b.Bytes()
}

func brotliBytes(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	return compressed(t, &b, brotli.NewWriterLevel(&b, 5), data)
}

func gzipBytes(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	return compressed(t, &b, gzip.NewWriter(&b), data)
}

// compressed writes data through w, which compresses into b.
func compressed(t testing.TB, b *bytes.Buffer, w io.WriteCloser, data []byte) []byte {
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// testStyle is big enough to be compressed on the fly.
var testStyle = strings.Repeat("body { color: #1f3a5f; }\n", 100)

// writeWebDir makes a web directory like the real one: app.wasm with its .br and .gz,
// a style sheet, embed.js, the icons, robots.txt and a dot file that must not leak.
func writeWebDir(t testing.TB, wasm []byte) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{
		"app.wasm":                    wasm,
		"app.wasm.br":                 brotliBytes(t, wasm),
		"app.wasm.gz":                 gzipBytes(t, wasm),
		"style.css":                   []byte(testStyle),
		"embed.js":                    []byte("// embed\n"),
		"robots.txt":                  []byte("User-agent: *\nAllow: /\n"),
		".env":                        []byte("SECRET=1\n"),
		"icons/icon.svg":              []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`),
		"icons/icon-192.png":          []byte("png"),
		"icons/icon-512.png":          []byte("png"),
		"icons/icon-maskable-512.png": []byte("png"),
		"icons/apple-touch-icon.png":  []byte("png"),
	}
	for name, data := range files {
		writeFile(t, dir, name, data)
	}
	return dir
}

// writeFile writes data to dir/name (slash-separated), making the folders it needs.
func writeFile(t testing.TB, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// bigWasmDir is a web directory whose app.wasm is size bytes that do not
// compress, without compressed copies: a client that asks for no encoding gets
// all of them, far more than the sockets' buffers hold.
func bigWasmDir(t testing.TB, size int) (dir string, wasm []byte) {
	dir = writeWebDir(t, fakeWasm(81))
	wasm = make([]byte, size)
	rand.NewChaCha8([32]byte{81}).Read(wasm)
	copy(wasm, "\x00asm\x01\x00\x00\x00")
	writeFile(t, dir, "app.wasm", wasm)
	for _, ext := range []string{".br", ".gz"} {
		if err := os.Remove(filepath.Join(dir, "app.wasm"+ext)); err != nil {
			t.Fatal(err)
		}
	}
	return dir, wasm
}

func testConfig(webDir string) config {
	return config{addr: "127.0.0.1:0", webDir: webDir, frameAncestors: "*", maxConns: defaultMaxConns,
		maxPerAddr: defaultMaxPerAddr, pageCache: defaultPageCache, memLimit: defaultMemLimit, timeouts: productionTimeouts}
}

// startSite serves a site over HTTP for the test.
func startSite(t *testing.T, cfg config) (*httptest.Server, *site) {
	t.Helper()
	s, err := newSite(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv, s
}

// rawClient neither asks for nor decodes compression by itself.
var rawClient = &http.Client{Transport: &http.Transport{DisableCompression: true}}

// get sends a GET with the given headers ("Name: value") and returns the response
// with its body read.
func get(t *testing.T, url string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	return do(t, http.MethodGet, url, headers...)
}

func do(t *testing.T, method, url string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		name, value, _ := strings.Cut(h, ":")
		req.Header.Set(name, strings.TrimSpace(value))
	}
	res, err := rawClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

func TestParseFlagsDefaults(t *testing.T) {
	cfg, err := parseFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want := config{addr: ":8000", webDir: "web", frameAncestors: "*", maxConns: 4096, maxPerAddr: 256, pageCache: 32 << 20,
		memLimit: 256 << 20, timeouts: productionTimeouts}
	if cfg != want {
		t.Errorf("defaults = %+v, want %+v", cfg, want)
	}
	if productionTimeouts.readHeader != 5*time.Second || productionTimeouts.idle != time.Minute {
		t.Errorf("ReadHeaderTimeout = %v, IdleTimeout %v, want 5s and 1m", productionTimeouts.readHeader, productionTimeouts.idle)
	}
	cfg, err = parseFlags([]string{"-addr", "127.0.0.1:0", "-web", "x", "-version", "v1", "-static", "out",
		"-frame-ancestors", "'self' https://example.com", "-hsts", "-max-conns", "100", "-max-conns-per-addr", "0", "-page-cache", "1MiB",
		"-mem-limit", "0", "-grace", "2s"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want = config{addr: "127.0.0.1:0", webDir: "x", frameAncestors: "'self' https://example.com", version: "v1",
		staticDir: "out", hsts: true, maxConns: 100, pageCache: 1 << 20, memLimit: 0, memLimitSet: true,
		timeouts: productionTimeouts}
	want.timeouts.shutdown = 2 * time.Second
	if cfg != want {
		t.Errorf("parsed = %+v, want %+v", cfg, want)
	}
	for _, bad := range [][]string{{"-max-conns", "0"}, {"-max-conns-per-addr", "-1"}, {"-page-cache", "32MB"}, {"-mem-limit", "-1"}, {"-grace", "-1s"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("parseFlags(%q) accepted it", bad)
		}
	}
}

func TestFrameAncestorsValues(t *testing.T) {
	for _, ok := range []string{"*", "'none'", "'self'", "'self' https://example.com", "https:",
		"https://*.example.com:443", "http://localhost:8080/path/", "'self' app.example.org"} {
		if err := checkFrameAncestors(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "  ", "*; script-src *", "'self', https://a.example", "'none' 'self'",
		"https://example.com\r\nX-Evil: 1", "'unsafe-inline'", "<script>", "https://exa mple.com;"} {
		if err := checkFrameAncestors(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
		if _, err := parseFlags([]string{"-frame-ancestors", bad}, io.Discard); err == nil {
			t.Errorf("parseFlags accepted -frame-ancestors %q", bad)
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	srv, _ := startSite(t, testConfig(writeWebDir(t, fakeWasm(1))))
	for _, c := range []struct {
		method, path string
		status       int
	}{
		{"GET", "/app.js", 200},
		{"GET", "/app-worker.js", 200},
		{"GET", "/wasm_exec.js", 200},
		{"GET", "/app.css", 200},
		{"GET", "/manifest.webmanifest", 200},
		{"GET", "/web/app.wasm", 200},
		{"HEAD", "/web/app.wasm", 200},
		{"GET", "/web/style.css", 200},
		{"GET", "/web/icons/icon.svg", 200},
		{"GET", "/web/missing.png", 404},
		{"GET", "/robots.txt", 200},
		{"POST", "/", 405},
		{"DELETE", "/web/style.css", 405},
	} {
		res, _ := do(t, c.method, srv.URL+c.path, "Accept-Encoding: gzip, br")
		if res.StatusCode != c.status {
			t.Errorf("%s %s: status %d, want %d", c.method, c.path, res.StatusCode, c.status)
		}
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval';",
			"style-src 'self' 'unsafe-inline'", "object-src 'none'", "base-uri 'self'", "worker-src 'self'",
			"manifest-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "form-action 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s %s: CSP %q lacks %q", c.method, c.path, csp, want)
			}
		}
		if strings.Contains(csp, "'unsafe-eval'") {
			t.Errorf("%s %s: CSP allows 'unsafe-eval': %q", c.method, c.path, csp)
		}
		if !strings.HasSuffix(csp, "; frame-ancestors *") {
			t.Errorf("%s %s: CSP %q does not end with the default frame-ancestors *", c.method, c.path, csp)
		}
		for name, want := range map[string]string{
			"X-Content-Type-Options":       "nosniff",
			"Referrer-Policy":              "strict-origin-when-cross-origin",
			"Cross-Origin-Opener-Policy":   "same-origin",
			"Cross-Origin-Resource-Policy": "cross-origin",
			"Cross-Origin-Embedder-Policy": "require-corp",
			"X-Frame-Options":              "",
			"Strict-Transport-Security":    "", // only with -hsts
		} {
			if got := res.Header.Get(name); got != want {
				t.Errorf("%s %s: %s = %q, want %q", c.method, c.path, name, got, want)
			}
		}
		pp := res.Header.Get("Permissions-Policy")
		for _, feature := range []string{"camera=()", "microphone=()", "geolocation=()"} {
			if !strings.Contains(pp, feature) {
				t.Errorf("%s %s: Permissions-Policy %q lacks %s", c.method, c.path, pp, feature)
			}
		}
		if c.status == 405 && res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow = %q", c.method, c.path, res.Header.Get("Allow"))
		}
		if c.status == 200 && res.Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s %s: Cache-Control = %q, want no-cache (no URL carries a content hash)", c.method, c.path, res.Header.Get("Cache-Control"))
		}
	}
}

// With -hsts every response, errors included, asks for HTTPS only, and so does the
// static export's _headers.
func TestHSTS(t *testing.T) {
	cfg := testConfig(writeWebDir(t, fakeWasm(73)))
	cfg.hsts = true
	srv, s := startSite(t, cfg)
	for _, path := range []string{"/app.js", "/web/app.wasm", "/web/missing.png", "/no-such-page"} {
		if res, _ := get(t, srv.URL+path); res.Header.Get("Strict-Transport-Security") != "max-age=31536000" {
			t.Errorf("%s: Strict-Transport-Security %q", path, res.Header.Get("Strict-Transport-Security"))
		}
	}
	if b := string(staticHeaders(s)); !strings.Contains(b, "/*\n") || !strings.Contains(b, "  Strict-Transport-Security: max-age=31536000\n") {
		t.Errorf("_headers lacks Strict-Transport-Security:\n%s", b)
	}
}

// A Range request for a handful of ranges gets them; one for more gets the whole
// file, so that many tiny ranges cannot make a reply far bigger than the file.
func TestRangeRequests(t *testing.T) {
	webDir := writeWebDir(t, fakeWasm(74))
	srv, _ := startSite(t, testConfig(webDir))
	for _, c := range []struct {
		ranges string
		status int
	}{
		{"bytes=0-9", 206},
		{"bytes=0-9,20-29", 206},
		{"bytes=0-9,20-29,40-49,60-69,80-89", 206},
		{"bytes=0-9,20-29,40-49,60-69,80-89,100-109", 200},
		{"bytes=0-9,,,,,,,", 206},
	} {
		res, body := get(t, srv.URL+"/web/style.css", "Range: "+c.ranges)
		if res.StatusCode != c.status {
			t.Errorf("Range: %s: status %d, want %d", c.ranges, res.StatusCode, c.status)
		}
		if c.status == 200 && string(body) != testStyle {
			t.Errorf("Range: %s: %d bytes, not the whole file", c.ranges, len(body))
		}
	}
	// About 61 kB of one-byte ranges of a 64 kB file, which add up to less than the
	// file (Go refuses more): each part of a multipart reply has its own headers,
	// and the reply was more than ten times the file.
	big := strings.Repeat("a { color: red; }\n", 64<<10/18)
	writeFile(t, webDir, "big.css", []byte(big))
	var b strings.Builder
	b.WriteString("bytes=0-0")
	for i := 2; b.Len() < 61000; i += 2 {
		fmt.Fprintf(&b, ",%d-%d", i, i)
	}
	res, body := get(t, srv.URL+"/web/big.css", "Range: "+b.String())
	if res.StatusCode != 200 || string(body) != big {
		t.Errorf("a %d-byte Range of tiny ranges: status %d, %d bytes, want the file's %d", b.Len(), res.StatusCode, len(body), len(big))
	}
}

func TestFrameAncestorsHeader(t *testing.T) {
	cfg, err := parseFlags([]string{"-web", writeWebDir(t, fakeWasm(1)), "-frame-ancestors", "'self' https://example.com"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	srv, _ := startSite(t, cfg)
	res, _ := get(t, srv.URL+"/app.js")
	if csp := res.Header.Get("Content-Security-Policy"); !strings.HasSuffix(csp, "; frame-ancestors 'self' https://example.com") {
		t.Errorf("CSP = %q, want frame-ancestors 'self' https://example.com", csp)
	}
}

func TestNegotiateEncoding(t *testing.T) {
	all := []string{"br", "gzip", "identity"}
	for _, c := range []struct {
		accept []string
		want   string // "" for 406
	}{
		{nil, "identity"},
		{[]string{""}, "identity"},
		{[]string{"br"}, "br"},
		{[]string{"gzip"}, "gzip"},
		{[]string{"gzip, deflate, br, zstd"}, "br"},
		{[]string{"gzip", "br"}, "br"}, // several fields
		{[]string{"BR;Q=1"}, "br"},
		{[]string{"x-gzip"}, "gzip"},
		{[]string{"br;q=0, gzip"}, "gzip"},
		{[]string{"br;q=0.0, gzip;q=0.000"}, "identity"},
		{[]string{"gzip;q=0.9, br;q=0.5"}, "gzip"},
		{[]string{"gzip;q=0.5, identity"}, "identity"},
		{[]string{"identity"}, "identity"},
		{[]string{"deflate, zstd"}, "identity"},
		{[]string{"*"}, "br"},
		{[]string{"*;q=0.5, br;q=0"}, "gzip"},
		{[]string{"identity;q=0"}, ""},
		{[]string{"*;q=0"}, ""},
		{[]string{"br;q=0, gzip;q=0, identity;q=0"}, ""},
		{[]string{"identity;q=0, gzip"}, "gzip"},
		{[]string{"br;q=abc, gzip"}, "gzip"},
		{[]string{"br;q=2"}, "identity"},
	} {
		got, ok := negotiateEncoding(c.accept, all)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("Accept-Encoding %q: got %q, want %q", c.accept, got, c.want)
		}
	}
	if got, _ := negotiateEncoding([]string{"br"}, []string{"gzip", "identity"}); got != "identity" {
		t.Errorf("br not offered: got %q, want identity", got)
	}
}

func TestWasmIsServedPrecompressed(t *testing.T) {
	wasm := fakeWasm(2)
	webDir := writeWebDir(t, wasm)
	srv, _ := startSite(t, testConfig(webDir))
	for _, c := range []struct {
		accept   string // "" sends no Accept-Encoding
		encoding string // "" for none; "406" for Not Acceptable
		file     string
	}{
		{"br", "br", "app.wasm.br"},
		{"gzip, deflate, br, zstd", "br", "app.wasm.br"},
		{"gzip", "gzip", "app.wasm.gz"},
		{"br;q=0, gzip", "gzip", "app.wasm.gz"},
		{"", "", "app.wasm"},
		{"identity", "", "app.wasm"},
		{"deflate", "", "app.wasm"},
		{"br;q=0, gzip;q=0", "", "app.wasm"},
		{"identity;q=0", "406", ""},
		{"*;q=0", "406", ""},
	} {
		var headers []string
		if c.accept != "" {
			headers = append(headers, "Accept-Encoding: "+c.accept)
		}
		res, body := get(t, srv.URL+"/web/app.wasm", headers...)
		if vary := res.Header.Values("Vary"); !containsToken(vary, "Accept-Encoding") {
			t.Errorf("%q: Vary = %q, want Accept-Encoding", c.accept, vary)
		}
		if c.encoding == "406" {
			if res.StatusCode != http.StatusNotAcceptable {
				t.Errorf("%q: status %d, want 406", c.accept, res.StatusCode)
			}
			continue
		}
		if res.StatusCode != 200 {
			t.Fatalf("%q: status %d", c.accept, res.StatusCode)
		}
		if got := res.Header.Get("Content-Encoding"); got != c.encoding {
			t.Errorf("%q: Content-Encoding %q, want %q", c.accept, got, c.encoding)
		}
		if got := res.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("%q: Content-Type %q", c.accept, got)
		}
		want, err := os.ReadFile(filepath.Join(webDir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body, want) {
			t.Errorf("%q: body is not %s", c.accept, c.file)
		}
		if res.ContentLength != int64(len(body)) || res.Header.Get("Content-Length") != strconv.Itoa(len(body)) {
			t.Errorf("%q: Content-Length %q for %d bytes", c.accept, res.Header.Get("Content-Length"), len(body))
		}
		if got := res.Header.Get(wasmLengthHeader); got != strconv.Itoa(len(wasm)) {
			t.Errorf("%q: %s = %q, want the decompressed size %d", c.accept, wasmLengthHeader, got, len(wasm))
		}
		if decoded := decode(t, c.encoding, body); !bytes.Equal(decoded, wasm) {
			t.Errorf("%q: body does not decompress to app.wasm", c.accept)
		}
	}

	// The legacy paths go-app keeps answer the same way.
	res, body := get(t, srv.URL+"/app.wasm", "Accept-Encoding: br")
	if res.Header.Get("Content-Encoding") != "br" || !bytes.Equal(decode(t, "br", body), wasm) {
		t.Errorf("/app.wasm: Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
}

func decode(t *testing.T, encoding string, body []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	switch encoding {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func containsToken(values []string, token string) bool {
	for _, v := range values {
		for part := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(part), token) {
				return true
			}
		}
	}
	return false
}

func TestWasmRevalidation(t *testing.T) {
	srv, _ := startSite(t, testConfig(writeWebDir(t, fakeWasm(3))))
	tags := map[string]string{}
	for _, enc := range []string{"br", "gzip", "identity"} {
		res, _ := get(t, srv.URL+"/web/app.wasm", "Accept-Encoding: "+enc)
		etag := res.Header.Get("ETag")
		if !regexp.MustCompile(`^"[0-9a-f]+(-br|-gzip)?"$`).MatchString(etag) {
			t.Fatalf("%s: ETag %q", enc, etag)
		}
		tags[enc] = etag
		res, body := get(t, srv.URL+"/web/app.wasm", "Accept-Encoding: "+enc, "If-None-Match: "+etag)
		if res.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("%s: revalidation gave %d with %d bytes, want 304", enc, res.StatusCode, len(body))
		}
		if !containsToken(res.Header.Values("Vary"), "Accept-Encoding") {
			t.Errorf("%s: 304 without Vary: Accept-Encoding", enc)
		}
	}
	if tags["br"] == tags["gzip"] || tags["br"] == tags["identity"] || tags["gzip"] == tags["identity"] {
		t.Errorf("encodings share an ETag: %v", tags)
	}
	// A validator of another encoding is not a match.
	res, _ := get(t, srv.URL+"/web/app.wasm", "Accept-Encoding: gzip", "If-None-Match: "+tags["br"])
	if res.StatusCode != 200 {
		t.Errorf("gzip request with the br ETag: status %d, want 200", res.StatusCode)
	}
	res, body := do(t, http.MethodHead, srv.URL+"/web/app.wasm", "Accept-Encoding: br")
	if res.StatusCode != 200 || len(body) != 0 || res.Header.Get("Content-Length") == "" {
		t.Errorf("HEAD: status %d, %d bytes, Content-Length %q", res.StatusCode, len(body), res.Header.Get("Content-Length"))
	}
}

func TestStaleCompressedCopyIsNotServed(t *testing.T) {
	wasm := fakeWasm(4)
	webDir := writeWebDir(t, wasm)
	// A .br left over from another build.
	writeFile(t, webDir, "app.wasm.br", brotliBytes(t, fakeWasm(5)))
	srv, _ := startSite(t, testConfig(webDir))
	res, body := get(t, srv.URL+"/web/app.wasm", "Accept-Encoding: br, gzip")
	if enc := res.Header.Get("Content-Encoding"); enc != "gzip" {
		t.Errorf("Content-Encoding %q, want gzip (the stale br must be skipped)", enc)
	}
	if !bytes.Equal(decode(t, "gzip", body), wasm) {
		t.Error("body is not the current app.wasm")
	}
}

func TestMissingWasmIsAnError(t *testing.T) {
	dir := t.TempDir()
	_, err := newSite(testConfig(dir))
	if err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("newSite without app.wasm: %v, want an error that says to run make build", err)
	}
	if _, err := newSite(testConfig(filepath.Join(dir, "absent"))); err == nil {
		t.Error("newSite with a missing web directory: no error")
	}
}

func TestAppScriptKnowsWasmSize(t *testing.T) {
	wasm := fakeWasm(6)
	srv, _ := startSite(t, testConfig(writeWebDir(t, wasm)))
	_, body := get(t, srv.URL+"/app.js")
	for _, want := range []string{
		`const goappWasmContentLength = "` + strconv.Itoa(len(wasm)) + `"`,
		`const goappWasmContentLengthHeader = "` + wasmLengthHeader + `"`,
	} {
		if !bytes.Contains(body, []byte(want)) {
			t.Errorf("app.js lacks %s", want)
		}
	}
}

func TestServiceWorker(t *testing.T) {
	srv, s := startSite(t, testConfig(writeWebDir(t, fakeWasm(7))))
	res, body := get(t, srv.URL+"/app-worker.js")
	worker := string(body)
	if res.StatusCode != 200 || res.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("status %d, Cache-Control %q", res.StatusCode, res.Header.Get("Cache-Control"))
	}
	if !strings.Contains(worker, `caches.match(request, {ignoreSearch: request.mode === "navigate"})`) {
		t.Error("the worker lacks the ignoreSearch fix for navigations")
	}
	if strings.Contains(worker, "caches.match(request)") {
		t.Error("the worker still matches the cache exactly")
	}
	if strings.Contains(worker, "https://") || strings.Contains(worker, "http://") {
		t.Errorf("the worker names a remote URL: %s", regexp.MustCompile(`https?://[^"' ]*`).FindString(worker))
	}
	for _, want := range []string{`"/web/app.wasm"`, `"/web/icons/icon-192.png"`, `"/web/icons/icon-maskable-512.png"`, `"/web/style.css"`, `"/"`} {
		if !strings.Contains(worker, want) {
			t.Errorf("the worker does not cache %s", want)
		}
	}
	if !strings.Contains(worker, `"app-" + "`+s.app.Version+`"`) {
		t.Errorf("the worker's cache is not named after version %s", s.app.Version)
	}

	_, manifest := get(t, srv.URL+"/manifest.webmanifest")
	if bytes.Contains(manifest, []byte("http://")) || bytes.Contains(manifest, []byte("https://")) {
		t.Errorf("the manifest names a remote URL: %s", manifest)
	}
	for _, icon := range []string{"/web/icons/icon.svg", "/web/icons/icon-512.png", "/web/icons/icon-maskable-512.png", "/web/icons/icon-192.png"} {
		if !bytes.Contains(manifest, []byte(`"`+icon+`"`)) {
			t.Errorf("the manifest lacks %s", icon)
		}
		if res, _ := get(t, srv.URL+icon); res.StatusCode != 200 {
			t.Errorf("%s: status %d", icon, res.StatusCode)
		}
	}
}

func TestOfflineWorkerTemplateFailsLoudly(t *testing.T) {
	if _, err := offlineWorkerTemplate("self.addEventListener('fetch', () => {})"); err == nil {
		t.Error("a template without caches.match(request) was accepted")
	}
	if _, err := offlineWorkerTemplate("caches.match(request); caches.match(request)"); err == nil {
		t.Error("a template with two caches.match(request) was accepted")
	}
}

func TestVersion(t *testing.T) {
	webDir := writeWebDir(t, fakeWasm(8))
	version := func() string {
		t.Helper()
		s, err := newSite(testConfig(webDir))
		if err != nil {
			t.Fatal(err)
		}
		return s.app.Version
	}
	v1 := version()
	if !regexp.MustCompile(`^[0-9a-f]{12}$`).MatchString(v1) {
		t.Fatalf("version %q is not 12 hex digits", v1)
	}
	if v := version(); v != v1 {
		t.Errorf("the same files gave versions %s and %s: a restart would look like an update", v1, v)
	}
	// Compressed copies are derived from app.wasm: rewriting them is no new version.
	writeFile(t, webDir, "app.wasm.gz", gzipBytes(t, fakeWasm(8)))
	if v := version(); v != v1 {
		t.Errorf("recompressing changed the version %s to %s", v1, v)
	}
	writeFile(t, webDir, "style.css", []byte("body{}"))
	v2 := version()
	if v2 == v1 {
		t.Error("a new style.css kept the version: the service worker would keep the old one")
	}
	writeFile(t, webDir, "app.wasm", fakeWasm(9))
	if v := version(); v == v2 {
		t.Error("a new app.wasm kept the version")
	}

	cfg := testConfig(webDir)
	cfg.version = "release-7"
	srv, _ := startSite(t, cfg)
	_, appJS := get(t, srv.URL+"/app.js")
	if !bytes.Contains(appJS, []byte(`"GOAPP_VERSION":"release-7"`)) {
		t.Error("-version is not the version app.js announces")
	}
}

func TestTextIsCompressed(t *testing.T) {
	srv, _ := startSite(t, testConfig(writeWebDir(t, fakeWasm(10))))
	for _, path := range []string{"/app.js", "/wasm_exec.js", "/app.css", "/web/style.css"} {
		_, plain := get(t, srv.URL+path)
		res, body := get(t, srv.URL+path, "Accept-Encoding: gzip")
		if res.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: Content-Encoding %q, want gzip", path, res.Header.Get("Content-Encoding"))
			continue
		}
		if !bytes.Equal(decode(t, "gzip", body), plain) {
			t.Errorf("%s: the gzip body does not decompress to the plain one", path)
		}
		if len(body) >= len(plain) {
			t.Errorf("%s: %d bytes compressed, %d plain", path, len(body), len(plain))
		}
		if !containsToken(res.Header.Values("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", path)
		}
		if etag := res.Header.Get("ETag"); etag != "" {
			if !strings.HasPrefix(etag, "W/") {
				t.Errorf("%s: compressed response with strong ETag %q", path, etag)
			}
			res, _ := get(t, srv.URL+path, "Accept-Encoding: gzip", "If-None-Match: "+etag)
			if res.StatusCode != http.StatusNotModified {
				t.Errorf("%s: revalidating with %s gave %d, want 304", path, etag, res.StatusCode)
			}
		}
	}
	// Small files and ranges are sent as they are.
	res, _ := get(t, srv.URL+"/web/icons/icon.svg", "Accept-Encoding: gzip")
	if res.Header.Get("Content-Encoding") != "" {
		t.Errorf("icon.svg (under 1 KiB) compressed")
	}
	res, body := get(t, srv.URL+"/web/style.css", "Accept-Encoding: gzip", "Range: bytes=0-9")
	if res.StatusCode != http.StatusPartialContent || res.Header.Get("Content-Encoding") != "" || string(body) != testStyle[:10] {
		t.Errorf("range: status %d, Content-Encoding %q, body %q", res.StatusCode, res.Header.Get("Content-Encoding"), body)
	}
}

func TestWebDirectoryBoundaries(t *testing.T) {
	webDir := writeWebDir(t, fakeWasm(11))
	s, err := newSite(testConfig(webDir))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Dir(webDir), "outside.txt", []byte("secret"))
	h := s.Handler()
	for _, path := range []string{"/web/.env", "/web/icons/", "/web/icons", "/web/../outside.txt", "/web/icons/../../outside.txt", "/web//style.css", "/web/"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404; body %q", path, rec.Code, abbrev(rec.Body.String()))
		}
	}
}

func abbrev(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// go-app would answer /robots.txt by fetching it from the request's Host and caching
// the answer for everyone; the site serves it from the web directory instead.
func TestRootFilesAreNotFetchedFromTheHost(t *testing.T) {
	var mu sync.Mutex
	contacted := 0
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		contacted++
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<script>alert(1)</script>")
	}))
	defer evil.Close()
	srv, s := startSite(t, testConfig(writeWebDir(t, fakeWasm(12))))
	v := "/" + s.app.Version // go-app also answers its paths under the version
	for _, c := range []struct {
		path   string
		status int
		body   string
	}{
		{"/robots.txt", 200, "User-agent: *\nAllow: /\n"},
		{"/sitemap.xml", 404, ""},
		{"/ads.txt", 404, ""},
		{"/apple-touch-icon.png", 200, "png"},
		{v + "/robots.txt", 200, "User-agent: *\nAllow: /\n"},
		{v + "/sitemap.xml", 404, ""},
		{v + "/ads.txt", 404, ""},
	} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+c.path, nil)
		req.Host = strings.TrimPrefix(evil.URL, "http://")
		res, err := rawClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != c.status || (c.body != "" && string(body) != c.body) {
			t.Errorf("%s: status %d, body %q; want %d %q", c.path, res.StatusCode, body, c.status, c.body)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if contacted > 0 {
		t.Errorf("the server fetched from the request's Host %d times", contacted)
	}
}

func TestListenURL(t *testing.T) {
	for _, c := range []struct {
		addr  string
		bound net.Addr
		want  string
	}{
		{":8000", &net.TCPAddr{IP: net.IPv6unspecified, Port: 8000}, "http://localhost:8000"},
		{"127.0.0.1:0", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 43210}, "http://127.0.0.1:43210"},
		{"0.0.0.0:80", &net.TCPAddr{IP: net.IPv4zero, Port: 80}, "http://localhost:80"},
		{"[::1]:0", &net.TCPAddr{IP: net.IPv6loopback, Port: 5000}, "http://[::1]:5000"},
		{"localhost:0", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 5001}, "http://localhost:5001"},
	} {
		if got := listenURL(c.addr, c.bound); got != c.want {
			t.Errorf("listenURL(%q, %v) = %q, want %q", c.addr, c.bound, got, c.want)
		}
	}
}

// startListening serves cfg in this process until the test ends, and returns the
// server, whose listener the test can ask what it holds.
func startListening(t *testing.T, cfg config) *listening {
	t.Helper()
	l, err := listen(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.serve(ctx, cfg.timeouts.shutdown) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return l
}

// A client that sends its headers a byte at a time must be cut off after
// ReadHeaderTimeout, however long it keeps trickling.
func TestSlowHeadersAreCutOff(t *testing.T) {
	cfg := testConfig(writeWebDir(t, fakeWasm(13)))
	cfg.timeouts = timeouts{readHeader: 300 * time.Millisecond, read: 10 * time.Second, write: 10 * time.Second,
		idle: 10 * time.Second, shutdown: 5 * time.Second, renderWait: time.Second}
	u := startListening(t, cfg).url

	// A normal request works.
	if res, _ := get(t, u+"/app.js"); res.StatusCode != 200 {
		t.Fatalf("normal request: status %d", res.StatusCode)
	}

	conn, err := net.Dial("tcp", strings.TrimPrefix(u, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	closed := make(chan time.Duration, 1)
	start := time.Now()
	go func() {
		// The server answers nothing and closes the connection.
		io.Copy(io.Discard, conn)
		closed <- time.Since(start)
	}()
	request := "GET /app.js HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 200) + "\r\n\r\n"
	ticker := time.NewTicker(50 * time.Millisecond)
	defer ticker.Stop()
	for i := 0; i < len(request); i++ {
		select {
		case d := <-closed:
			if d > 2*time.Second {
				t.Errorf("cut off after %v, want about 300 ms", d)
			}
			if i >= len(request)-1 {
				t.Error("the whole request was read")
			}
			t.Logf("cut off after %v and %d bytes", d.Round(time.Millisecond), i)
			return
		case <-ticker.C:
			if _, err := conn.Write([]byte{request[i]}); err != nil {
				// The server closed the connection: wait for the reader to see it.
				d := <-closed
				t.Logf("cut off after %v and %d bytes (write: %v)", d.Round(time.Millisecond), i, err)
				if d > 2*time.Second {
					t.Errorf("cut off after %v, want about 300 ms", d)
				}
				return
			}
		}
	}
	t.Fatal("the server read the whole trickled request without timing out")
}

// The runtime gets -mem-limit, else keeps GOMEMLIMIT when the environment sets
// it, else the default; 0 means no limit.
func TestSetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	t.Setenv("GOMEMLIMIT", "")
	setMemoryLimit(config{memLimit: 123 << 20})
	if got := debug.SetMemoryLimit(-1); got != 123<<20 {
		t.Errorf("default: limit %d, want %d", got, 123<<20)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(1 << 30) // as the runtime did at start
	setMemoryLimit(config{memLimit: defaultMemLimit})
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("with GOMEMLIMIT and no -mem-limit: limit %d, want GOMEMLIMIT's %d", got, 1<<30)
	}
	setMemoryLimit(config{memLimit: 64 << 20, memLimitSet: true})
	if got := debug.SetMemoryLimit(-1); got != 64<<20 {
		t.Errorf("-mem-limit 64MiB with GOMEMLIMIT: limit %d", got)
	}
	setMemoryLimit(config{memLimit: 0, memLimitSet: true})
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("-mem-limit 0: limit %d, want none", got)
	}
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "1024": 1024, "32MiB": 32 << 20, "1GiB": 1 << 30, "512KiB": 512 << 10, "7B": 7, " 2MiB ": 2 << 20} {
		if got, err := parseByteSize(in); err != nil || got != want {
			t.Errorf("parseByteSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "-1", "1MB", "1.5MiB", "MiB", "9999999999999GiB", "0x10"} {
		if _, err := parseByteSize(bad); err == nil {
			t.Errorf("parseByteSize(%q) accepted it", bad)
		}
	}
	for v, want := range map[byteSize]string{32 << 20: "32MiB", 1 << 30: "1GiB", 1000: "1000B", 0: "0"} {
		if got := v.String(); got != want {
			t.Errorf("byteSize(%d).String() = %q, want %q", int64(v), got, want)
		}
	}
}
