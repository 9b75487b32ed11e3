//go:build !wasm

package server

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// writeChunk is how much of a response goes to the socket at a time: each piece
// has its own deadline (the minimum rate), and a write that waits longer than
// that for its client is one that the client has stopped reading.
const writeChunk = 16 << 10

// serverConn is an accepted connection: its Close frees its slot, its writes go out
// at a minimum rate, and a reply Go writes by itself gets the security headers.
type serverConn struct {
	net.Conn
	l         *connListener
	addr      string // addrKey of the client
	closeOnce sync.Once
	// inHandler is true from the moment a handler starts on this connection until
	// the connection is idle again: what is written then is the handler's response,
	// which has its headers. Any other response is one of Go's own.
	inHandler atomic.Bool
	idle      atomic.Bool  // between requests (http.StateIdle)
	writing   atomic.Int64 // when the piece being written began to wait, UnixNano; 0: none
	deadline  atomic.Int64 // the write deadline http.Server last set, UnixNano; 0: none
}

var httpVersionPrefix = []byte("HTTP/1.")

func (c *serverConn) Write(p []byte) (int, error) {
	if len(c.l.head) == 0 || c.inHandler.Load() || !bytes.HasPrefix(p, httpVersionPrefix) {
		return c.write(p)
	}
	end := bytes.Index(p, []byte("\r\n"))
	if end < 0 {
		return c.write(p)
	}
	end += 2 // after the status line
	buf := make([]byte, 0, len(p)+len(c.l.head))
	buf = append(append(append(buf, p[:end]...), c.l.head...), p[end:]...)
	n, err := c.write(buf)
	if n >= len(buf) {
		return len(p), err
	}
	return min(n, end), err
}

// write sends p a writeChunk at a time. Each piece must be taken by the client
// within limits.chunk, and never later than the deadline http.Server set (its
// WriteTimeout): a client that reads slower than that loses the connection
// instead of holding it, and its send buffer, until the whole response's timeout.
func (c *serverConn) write(p []byte) (n int, err error) {
	wait := c.l.limits.chunk
	for len(p) > 0 {
		piece := p[:min(len(p), writeChunk)]
		start := time.Now()
		if wait > 0 {
			d := start.Add(wait)
			if end := c.deadline.Load(); end != 0 && end < d.UnixNano() {
				d = time.Unix(0, end)
			}
			if err := c.Conn.SetWriteDeadline(d); err != nil {
				return n, err
			}
		}
		c.writing.Store(start.UnixNano())
		m, err := c.Conn.Write(piece)
		c.writing.Store(0)
		n += m
		p = p[m:]
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// stalledFor is how long the piece being written has waited for the client, 0
// when nothing is being written.
func (c *serverConn) stalledFor(now time.Time) time.Duration {
	if since := c.writing.Load(); since != 0 {
		return now.Sub(time.Unix(0, since))
	}
	return 0
}

// SetWriteDeadline is http.Server's deadline for the response (WriteTimeout),
// which write keeps as the latest any piece may go out.
func (c *serverConn) SetWriteDeadline(t time.Time) error {
	c.deadline.Store(unixNano(t))
	return c.Conn.SetWriteDeadline(t)
}

func (c *serverConn) SetDeadline(t time.Time) error {
	c.deadline.Store(unixNano(t))
	return c.Conn.SetDeadline(t)
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func (c *serverConn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(func() { c.l.release(c) })
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

// connState notes whether a connection is between requests (http.Server.ConnState).
func connState(c net.Conn, state http.ConnState) {
	sc, ok := c.(*serverConn)
	if !ok {
		return
	}
	switch state {
	case http.StateIdle:
		sc.inHandler.Store(false)
		sc.idle.Store(true)
	case http.StateActive:
		sc.idle.Store(false)
	}
}

// markHandled tells the connection that a handler answers its current request.
func markHandled(r *http.Request) {
	if sc, ok := r.Context().Value(serverConnKey{}).(*serverConn); ok {
		sc.inHandler.Store(true)
	}
}
