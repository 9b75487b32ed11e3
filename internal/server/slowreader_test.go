//go:build linux

package server

// Clients that ask for the wasm and never read it (issue 21): they cost the
// server a socket each for a few seconds, not the service. Linux only: the slow
// clients come from other loopback addresses (127.0.0.2…), which Linux routes
// without setup, and keep a small receive buffer so that the server's writes
// block at once.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

// smallReceiveBuffer keeps a client's receive window small: the server's writes to
// a client that does not read then block after a few kilobytes.
func smallReceiveBuffer(_, _ string, c syscall.RawConn) error {
	var err error
	if cerr := c.Control(func(fd uintptr) {
		err = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4<<10)
	}); cerr != nil {
		return cerr
	}
	return err
}

// holdNonReaders opens n connections from the loopback address from, each asking
// for the wasm and then reading nothing; they close when the test ends.
func holdNonReaders(t *testing.T, host, from string, n int) {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Control: smallReceiveBuffer, Timeout: 5 * time.Second}
	for range n {
		c, err := d.Dial("tcp", host)
		if err != nil {
			t.Fatalf("a slow client from %s: %v", from, err)
		}
		t.Cleanup(func() { c.Close() })
		if _, err := io.WriteString(c, "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatalf("a slow client from %s: %v", from, err)
		}
	}
}

// probe is an ordinary visitor asking for a small file on a new connection from
// 127.0.0.1: it counts the answers and the longest wait.
type probe struct {
	base    string
	client  *http.Client
	ok      int
	slowest time.Duration
	errs    []string
}

func newProbe(base string) *probe {
	return &probe{base: base, client: &http.Client{Timeout: time.Second, Transport: &http.Transport{DisableKeepAlives: true}}}
}

// visit asks once.
func (p *probe) visit() {
	start := time.Now()
	res, err := p.client.Get(p.base + "/web/style.css")
	if err == nil {
		_, err = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if err == nil && res.StatusCode != 200 {
			err = fmt.Errorf("status %d", res.StatusCode)
		}
	}
	d := time.Since(start)
	if err != nil {
		p.errs = append(p.errs, fmt.Sprintf("after %v: %v", d.Round(time.Millisecond), err))
	} else {
		p.ok++
		p.slowest = max(p.slowest, d)
	}
}

// waitFor has the probe visit until cond holds, for 15 s at most: each visit is a
// round trip through the server, so the ordinary requests go on all the while.
func (p *probe) waitFor(t *testing.T, what string, cond func() bool, describe func() string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for p.visit(); !cond(); p.visit() {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: timed out (%s)", what, describe())
		}
	}
}

// check reports what the probe saw since the last check, and starts afresh.
func (p *probe) check(t *testing.T, what string) {
	t.Helper()
	if len(p.errs) > 0 {
		t.Errorf("%s: %d ordinary requests failed (of %d), the first: %s", what, len(p.errs), len(p.errs)+p.ok, p.errs[0])
	}
	if p.ok == 0 {
		t.Errorf("%s: no ordinary request was answered", what)
	}
	t.Logf("%s: %d ordinary requests answered, the slowest in %v", what, p.ok, p.slowest.Round(time.Millisecond))
	p.ok, p.slowest, p.errs = 0, 0, nil
}

// TestSlowReadersCostASocket: with -max-conns 20, 30 connections that ask for the
// wasm and never read do not keep ordinary visitors out. From one address, all but
// 8 (-max-conns-per-addr) are refused, and the 8 are cut once they have taken
// nothing for the minimum rate's 2 s. From six addresses (5 each), they take every
// slot, and a write stalled for 300 ms is cut whenever someone else waits. Every
// ordinary request meanwhile is answered within a second.
func TestSlowReadersCostASocket(t *testing.T) {
	if testing.Short() {
		t.Skip("waits on real sockets for timeouts of seconds")
	}
	const maxConns, perAddr = 20, 8
	dir, _ := bigWasmDir(t, 8<<20)
	cfg := testConfig(dir)
	cfg.maxConns, cfg.maxPerAddr = maxConns, perAddr
	cfg.timeouts.chunk = 2 * time.Second
	cfg.timeouts.stall = 300 * time.Millisecond
	cfg.timeouts.shutdown = time.Second
	l := startListening(t, cfg)
	host := strings.TrimPrefix(l.url, "http://")
	conns := l.conns

	p := newProbe(l.url)
	// Stalled: the server has been waiting on the client for at least this long.
	const stalled = 100 * time.Millisecond

	t.Run("one address", func(t *testing.T) {
		from := &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}
		start := time.Now()
		holdNonReaders(t, host, from.IP.String(), maxConns+10)
		p.waitFor(t, "8 slow connections stalled and 22 refused", func() bool {
			return conns.refused.Load() == maxConns+10-perAddr && conns.stalled(stalled) == perAddr
		}, func() string {
			return fmt.Sprintf("%d refused, %d stalled, %d open from 127.0.0.2", conns.refused.Load(), conns.stalled(stalled), conns.fromAddr(from))
		})
		p.check(t, "with 8 stalled and 22 refused")
		// The minimum rate: a client that takes nothing loses its connection.
		p.waitFor(t, "the stalled connections to be cut", func() bool { return conns.fromAddr(from) == 0 },
			func() string { return fmt.Sprintf("%d open from 127.0.0.2", conns.fromAddr(from)) })
		if d := time.Since(start); d > cfg.timeouts.chunk+3*time.Second {
			t.Errorf("the stalled connections were cut after %v, want about the minimum rate's %v", d, cfg.timeouts.chunk)
		} else {
			t.Logf("the stalled connections were cut after %v", d.Round(10*time.Millisecond))
		}
		p.check(t, "until they were cut")
	})

	t.Run("six addresses", func(t *testing.T) {
		shedBefore := conns.shed.Load()
		for i := range 6 {
			holdNonReaders(t, host, fmt.Sprintf("127.0.0.%d", 3+i), (maxConns+10)/6)
		}
		// Every slot taken by a stalled write, and some cut to let others in.
		p.waitFor(t, "the slow connections to fill the server and be cut", func() bool {
			return conns.shed.Load()-shedBefore >= 10 && conns.stalled(stalled) > 0
		}, func() string {
			return fmt.Sprintf("%d open, %d stalled, %d cut", conns.open(), conns.stalled(stalled), conns.shed.Load()-shedBefore)
		})
		p.check(t, "with the slots full of stalled writes")
		// Throughout: the probe goes on until the last of them, accepted once
		// room was made, are cut by the minimum rate.
		p.waitFor(t, "the last stalled writes to be cut", func() bool { return conns.stalled(0) == 0 },
			func() string {
				return fmt.Sprintf("%d stalled, %d cut while full", conns.stalled(0), conns.shed.Load()-shedBefore)
			})
		p.check(t, "until the last were cut")
		if n := conns.refused.Load(); n != maxConns+10-perAddr {
			t.Errorf("%d connections refused in all, want only the first part's %d: five per address is within the bound", n, maxConns+10-perAddr)
		}
	})
}
