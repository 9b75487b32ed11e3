//go:build !wasm

package server

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"
)

// rawExchange sends raw bytes on a new connection and returns what comes back
// until the server closes it.
func rawExchange(t *testing.T, host, request string) string {
	t.Helper()
	c, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	go io.WriteString(c, request) // a 431 may come before the whole request is sent
	reply, _ := io.ReadAll(c)
	return string(reply)
}

// Go's http.Server answers some requests itself, before any handler: a malformed
// request line, oversized headers, a missing Host, an unknown HTTP version, an
// Expect it does not support. Those replies carry the security headers too, once;
// and so does a handler's reply on the same connection.
func TestGoRepliesHaveSecurityHeaders(t *testing.T) {
	cfg := testConfig(writeWebDir(t, fakeWasm(71)))
	cfg.hsts = true
	u := startListening(t, cfg).url
	host := strings.TrimPrefix(u, "http://")
	want := newSecurityHeaders("*", true)
	for _, c := range []struct {
		name, request, status string
	}{
		{"malformed request line", "GARBAGE\r\n\r\n", "400"},
		{"oversized headers", "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 80<<10) + "\r\n\r\n", "431"},
		{"no Host", "GET /app.js HTTP/1.1\r\n\r\n", "400"},
		{"HTTP/2.0 request line", "GET /app.js HTTP/2.0\r\nHost: x\r\n\r\n", "505"},
		{"Expect", "GET /app.js HTTP/1.1\r\nHost: x\r\nExpect: something\r\nConnection: close\r\n\r\n", "417"},
		{"OPTIONS *", "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "405"},
		{"a handler's reply", "GET /app.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "200"},
	} {
		reply := rawExchange(t, host, c.request)
		head, _, _ := strings.Cut(reply, "\r\n\r\n")
		if !strings.HasPrefix(head, "HTTP/1.1 "+c.status+" ") {
			t.Errorf("%s: reply %q, want status %s", c.name, abbrev(head), c.status)
			continue
		}
		for _, kv := range want {
			if n := strings.Count(head, "\r\n"+kv[0]+": "+kv[1]+"\r\n"); n != 1 {
				t.Errorf("%s: %s appears %d times in\n%s", c.name, kv[0], n, head)
			}
		}
	}

	// On a kept-alive connection: a handler's reply, then Go's 400 to garbage.
	c, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	br := bufio.NewReader(c)
	io.WriteString(c, "GET /app.js HTTP/1.1\r\nHost: x\r\n\r\n")
	res, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if len(res.Header.Values("Content-Security-Policy")) != 1 || res.Close {
		t.Errorf("first reply: CSP %q, closes %v", res.Header.Values("Content-Security-Policy"), res.Close)
	}
	io.WriteString(c, "NOT HTTP\r\n\r\n")
	res, err = http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 400 || len(res.Header.Values("Content-Security-Policy")) != 1 || res.Header.Get("Strict-Transport-Security") == "" {
		t.Errorf("second reply on the connection: status %d, headers %v", res.StatusCode, res.Header)
	}
}

// keepAliveRequest sends GET path on c and reads the response; it reports whether
// the server said it will close the connection.
func keepAliveRequest(t *testing.T, c net.Conn, br *bufio.Reader, path string) (closes bool) {
	t.Helper()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, "GET "+path+" HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: status %d", path, res.StatusCode)
	}
	return res.Close
}

// With -max-conns 3, a fourth connection is not served while three others are
// open; when they are idle keep-alive connections, the server closes them to make
// room instead of keeping them for the idle timeout, then keeps connections alive
// again once there is room.
func TestConnectionLimit(t *testing.T) {
	cfg := testConfig(writeWebDir(t, fakeWasm(72)))
	cfg.maxConns = 3
	cfg.timeouts.readHeader = 30 * time.Second
	l := startListening(t, cfg)
	host := strings.TrimPrefix(l.url, "http://")

	// Three connections in the middle of their request headers hold the three slots.
	var holders []net.Conn
	for range 3 {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		io.WriteString(c, "GET /app.js HTTP/1.1\r\nHost: x\r\n")
		holders = append(holders, c)
	}
	fourth, err := net.Dial("tcp", host) // the kernel completes the handshake
	if err != nil {
		t.Fatal(err)
	}
	defer fourth.Close()
	io.WriteString(fourth, "GET /app.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	answered := make(chan string, 1)
	go func() {
		fourth.SetReadDeadline(time.Now().Add(20 * time.Second))
		b, _ := io.ReadAll(fourth)
		answered <- string(b)
	}()
	// Once the server has taken all three, its Accept waits for a slot and keep-alive
	// is off: had the limit not held, the fourth would have been accepted by now.
	deadline := time.Now().Add(10 * time.Second)
	for !l.conns.busy.Load() {
		if time.Now().After(deadline) {
			t.Fatalf("the listener is not full with three connections open (%d open)", l.conns.open())
		}
		runtime.Gosched()
	}
	if n := l.conns.open(); n != 3 {
		t.Fatalf("%d connections open, want the three holders", n)
	}
	select {
	case reply := <-answered:
		t.Fatalf("a fourth connection was served while three held the slots: %q", abbrev(reply))
	default:
	}
	holders[0].Close()
	if reply := <-answered; !strings.HasPrefix(reply, "HTTP/1.1 200") {
		t.Fatalf("the waiting connection, once a slot was free: %q", abbrev(reply))
	}
	for _, c := range holders[1:] {
		c.Close()
	}

	// Three idle keep-alive connections, and a fourth client.
	type client struct {
		c  net.Conn
		br *bufio.Reader
	}
	var idle []client
	deadline = time.Now().Add(10 * time.Second)
	for len(idle) < 3 {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		cl := client{c, bufio.NewReader(c)}
		if keepAliveRequest(t, c, cl.br, "/app.js") {
			// Keep-alive is still off from the first part: its connections are
			// closing. This one will be too.
			if time.Now().After(deadline) {
				t.Fatal("keep-alive did not come back")
			}
			continue // the next request is the next look
		}
		idle = append(idle, cl)
	}
	c4, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer c4.Close()
	keepAliveRequest(t, c4, bufio.NewReader(c4), "/app.js") // fails the test if never answered
	closed := 0
	for _, cl := range idle {
		// Closed ones are closed already; one that was not idle yet when room was
		// made stays open.
		cl.c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
		if _, err := cl.br.ReadByte(); errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) || isReset(err) {
			closed++
		}
	}
	if closed == 0 {
		t.Error("no idle connection was closed to make room")
	}
	t.Logf("%d of 3 idle connections closed to make room for a fourth", closed)

	// With room again, connections are kept alive.
	for {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		closes := keepAliveRequest(t, c, bufio.NewReader(c), "/app.js")
		c.Close()
		if !closes {
			break
		}
		if time.Now().After(deadline.Add(10 * time.Second)) {
			t.Fatal("keep-alive did not come back once there was room")
		}
	}
}

func isReset(err error) bool {
	return err != nil && strings.Contains(err.Error(), "connection reset")
}
