//go:build !wasm

package server

import (
	"io"
	"net"
	"net/netip"
	"strconv"
	"time"
)

// addrKey names the client a connection comes from: its IP address, or for IPv6
// its /64, which one subscriber usually has whole.
func addrKey(a net.Addr) string {
	var ip netip.Addr
	if ap, err := netip.ParseAddrPort(a.String()); err == nil {
		ip = ap.Addr().Unmap()
	} else {
		return a.String()
	}
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

// tooManyBody is what a connection refused for its address is told.
const tooManyBody = "Too many connections from your address at once: please try again in a moment.\n"

// refuse answers a connection its address may not have: 503 with Retry-After and
// the security headers, then closes it. It never blocks Accept: the answer is
// written by a goroutine of its own, one of at most maxRefusing; past that the
// connection is closed at once.
func (l *connListener) refuse(c net.Conn) {
	select {
	case l.refusing <- struct{}{}:
	default:
		c.Close()
		return
	}
	go func() {
		defer func() { <-l.refusing }()
		defer c.Close()
		c.SetDeadline(time.Now().Add(time.Second))
		reply := "HTTP/1.1 503 Service Unavailable\r\n" + string(l.head) +
			"Retry-After: 1\r\nCache-Control: no-store\r\nConnection: close\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(tooManyBody)) + "\r\n\r\n" + tooManyBody
		if _, err := io.WriteString(c, reply); err != nil {
			return
		}
		// Closed with the request unread, the connection would be reset and the
		// client might lose the answer: end the sending side, and read what the
		// client sends until it closes (1 s at most).
		if tc, ok := c.(interface{ CloseWrite() error }); ok {
			tc.CloseWrite()
		}
		io.Copy(io.Discard, io.LimitReader(c, 64<<10))
	}()
}
