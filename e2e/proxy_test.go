//go:build linux

package e2e

// The README's recipe for nginx in front of the server (issue 21): it buffers,
// so clients that never read hold nginx's connections, not the server's. Linux
// only, for the small receive buffer of the clients that do not read.

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNginxInFrontBuffers: through the recipe, the page comes with the server's
// headers; 12 clients that ask nginx for the 10 MB uncompressed wasm and read
// nothing past its status line leave the server, started with -max-conns 4, free
// to answer an ordinary request at once.
func TestNginxInFrontBuffers(t *testing.T) {
	t.Parallel()
	bin := nginxBin()
	if bin == "" {
		t.Skip("nginx is not installed, so its recipe is not checked (make test installs it as root on Debian: apt-get install nginx)")
	}
	srv := startPWAServer(t, pwaWebCopy(t), "-max-conns", "4", "-max-conns-per-addr", "0")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	recipe := readmeBlock(t, "#### In front of the server: a CDN or nginx", "nginx")
	for old, new := range map[string]string{"listen 443 ssl;": "listen " + addr + ";", "server 127.0.0.1:8080;": "server " + srv.addr + ";"} {
		if !strings.Contains(recipe, old) {
			t.Fatalf("the README's recipe no longer has %q, which this test adapts", old)
		}
		recipe = strings.ReplaceAll(recipe, old, new)
	}
	var kept []string
	for _, line := range strings.Split(recipe, "\n") {
		if !strings.Contains(line, "ssl_certificate") {
			kept = append(kept, line)
		}
	}
	front := runNginx(t, bin, addr, "", strings.Join(kept, "\n"))

	code, h, body := httpGet(t, front+"/?mqls=500")
	if code != 200 || h.Get("Cross-Origin-Embedder-Policy") != "require-corp" || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors") ||
		!strings.Contains(string(body), `id="in-mqls"`) {
		t.Fatalf("the page through nginx: status %d, headers %v", code, h)
	}

	d := net.Dialer{Timeout: 5 * time.Second, Control: func(_, _ string, c syscall.RawConn) error {
		return c.Control(func(fd uintptr) { syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4<<10) })
	}}
	for range 12 {
		c, err := d.Dial("tcp", strings.TrimPrefix(front, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		io.WriteString(c, "GET /web/app.wasm HTTP/1.1\r\nHost: roi.example.com\r\nAccept-Encoding: identity\r\n\r\n")
		// The status line: nginx has the server's answer and sends it on.
		c.SetReadDeadline(time.Now().Add(20 * time.Second))
		line, err := bufio.NewReaderSize(c, 16).ReadString('\n')
		if err != nil || !strings.HasPrefix(line, "HTTP/1.1 200") {
			t.Fatalf("the wasm through nginx: %q, %v", line, err)
		}
	}
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	for i := range 10 {
		start := time.Now()
		res, err := client.Get(srv.URL + "/web/style.css")
		if err != nil {
			t.Fatalf("request %d straight to the server: %v", i+1, err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if d := time.Since(start); res.StatusCode != 200 || d > 500*time.Millisecond {
			t.Errorf("request %d straight to the server, with 12 clients stalled at nginx: status %d after %v", i+1, res.StatusCode, d)
		}
	}
}
