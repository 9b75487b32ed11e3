//go:build !wasm

package server

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
)

// connListener accepts at most max connections at a time. Past that, a new
// connection waits in the kernel's accept queue until one closes; meanwhile the
// server stops keeping idle connections alive (it closes the idle ones and every
// response ends its connection), so that waiting clients get a turn within one
// request instead of an idle timeout. Keep-alive comes back once the number of
// connections is down by an eighth.
//
// Its connections also give Go's own error replies (400 for a malformed request,
// 431 for oversized headers, written by net/http before any handler runs) the
// security headers every other response has.
type connListener struct {
	net.Listener
	slots     chan struct{} // one per open connection, and one for the Accept in progress
	low       int           // keep-alive comes back at this many connections or fewer
	done      chan struct{} // closed by Close
	closeOnce sync.Once
	kick      chan struct{} // wakes the governor
	keepAlive func(bool)    // http.Server.SetKeepAlivesEnabled
	head      []byte        // "Name: value\r\n" lines for Go's own error replies
	busy      atomic.Bool   // keep-alive is off because the listener is full
}

func newConnListener(ln net.Listener, limit int, head []byte, keepAlive func(bool)) *connListener {
	limit = max(limit, 1)
	l := &connListener{
		Listener:  ln,
		slots:     make(chan struct{}, limit),
		low:       limit - limit/8 - 1,
		done:      make(chan struct{}),
		kick:      make(chan struct{}, 1),
		keepAlive: keepAlive,
		head:      head,
	}
	go l.govern()
	return l
}

func (l *connListener) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	default:
		l.wake() // full: shed idle connections
		select {
		case l.slots <- struct{}{}:
		case <-l.done:
			return nil, net.ErrClosed
		}
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &serverConn{Conn: c, l: l}, nil
}

func (l *connListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// open is the number of connections open now.
func (l *connListener) open() int { return len(l.slots) }

func (l *connListener) release() {
	<-l.slots
	if l.busy.Load() && len(l.slots) <= l.low {
		l.wake()
	}
}

func (l *connListener) wake() {
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

// govern switches keep-alive off when the listener is full and on again when
// enough connections have closed. It alone calls keepAlive, one call at a time and
// from the current count, so that switches cannot overtake each other; and it runs
// apart from Accept and Close, because turning keep-alive off closes idle
// connections, whose Close calls release.
func (l *connListener) govern() {
	for {
		select {
		case <-l.done:
			return
		case <-l.kick:
		}
		n := len(l.slots)
		switch {
		case !l.busy.Load() && n >= cap(l.slots):
			l.busy.Store(true)
			l.keepAlive(false)
		case l.busy.Load() && n <= l.low:
			l.busy.Store(false)
			l.keepAlive(true)
		}
	}
}

// serverConn is an accepted connection: its Close frees its slot, and a reply Go
// writes by itself gets the security headers.
type serverConn struct {
	net.Conn
	l         *connListener
	closeOnce sync.Once
	// inHandler is true from the moment a handler starts on this connection until
	// the connection is idle again: what is written then is the handler's response,
	// which has its headers. Any other response is one of Go's own.
	inHandler atomic.Bool
}

var httpVersionPrefix = []byte("HTTP/1.")

func (c *serverConn) Write(p []byte) (int, error) {
	if len(c.l.head) == 0 || c.inHandler.Load() || !bytes.HasPrefix(p, httpVersionPrefix) {
		return c.Conn.Write(p)
	}
	end := bytes.Index(p, []byte("\r\n"))
	if end < 0 {
		return c.Conn.Write(p)
	}
	end += 2 // after the status line
	buf := make([]byte, 0, len(p)+len(c.l.head))
	buf = append(append(append(buf, p[:end]...), c.l.head...), p[end:]...)
	n, err := c.Conn.Write(buf)
	if n >= len(buf) {
		return len(p), err
	}
	return min(n, end), err
}

func (c *serverConn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(c.l.release)
	return err
}

type serverConnKey struct{}

// connContext lets the handler find its connection (http.Server.ConnContext).
func connContext(ctx context.Context, c net.Conn) context.Context {
	if sc, ok := c.(*serverConn); ok {
		return context.WithValue(ctx, serverConnKey{}, sc)
	}
	return ctx
}

// connState notes that a connection is between requests (http.Server.ConnState).
func connState(c net.Conn, state http.ConnState) {
	if sc, ok := c.(*serverConn); ok && state == http.StateIdle {
		sc.inHandler.Store(false)
	}
}

// markHandled tells the connection that a handler answers its current request.
func markHandled(r *http.Request) {
	if sc, ok := r.Context().Value(serverConnKey{}).(*serverConn); ok {
		sc.inHandler.Store(true)
	}
}
