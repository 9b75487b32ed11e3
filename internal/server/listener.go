//go:build !wasm

package server

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// connListener accepts at most max connections at a time. Past that, a new
// connection waits in the kernel's accept queue until one closes; meanwhile the
// server stops keeping idle connections alive (it closes the idle ones and every
// response ends its connection), so that waiting clients get a turn within one
// request instead of an idle timeout, and it cuts the connections whose client
// has stopped taking its response (see shedStalled). Keep-alive comes back once
// the number of connections is down by an eighth.
//
// One client address holds at most limits.perAddr of the connections: past that
// its idle ones make room, else the new one is answered 503 (peraddr.go).
//
// Its connections also give Go's own error replies (400 for a malformed request,
// 431 for oversized headers, written by net/http before any handler runs) the
// security headers every other response has, and pace what they write (conn.go).
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
	limits    connLimits

	mu     sync.Mutex
	conns  map[*serverConn]struct{} // open connections
	byAddr map[string]int           // open connections by client address (addrKey)

	refusing chan struct{} // one per goroutine answering a refused connection
	refused  atomic.Int64  // connections refused for their address, for tests
	shed     atomic.Int64  // connections cut for a stalled write, for tests
}

// connLimits is what one client may take of the server's connections.
type connLimits struct {
	// perAddr bounds the connections open at once from one client address (an
	// IPv6 /64 counts as one); 0: no bound, for a server behind a proxy, whose
	// connections all come from the proxy.
	perAddr int
	// chunk is how long a client may take to accept each writeChunk bytes of a
	// response: the minimum rate at which it must read. 0: no minimum.
	chunk time.Duration
	// stall is how long a write may wait for a client that takes nothing, while
	// every slot is taken and others wait, before its connection is cut. 0: never.
	stall time.Duration
}

// maxRefusing bounds the goroutines that answer refused connections; past it, a
// refused connection is closed without an answer.
const maxRefusing = 64

func newConnListener(ln net.Listener, limit int, head []byte, keepAlive func(bool), limits connLimits) *connListener {
	limit = max(limit, 1)
	l := &connListener{
		Listener:  ln,
		slots:     make(chan struct{}, limit),
		low:       limit - limit/8 - 1,
		done:      make(chan struct{}),
		kick:      make(chan struct{}, 1),
		keepAlive: keepAlive,
		head:      head,
		limits:    limits,
		conns:     map[*serverConn]struct{}{},
		byAddr:    map[string]int{},
		refusing:  make(chan struct{}, maxRefusing),
	}
	go l.govern()
	return l
}

func (l *connListener) Accept() (net.Conn, error) {
	if err := l.takeSlot(); err != nil {
		return nil, err
	}
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			<-l.slots
			return nil, err
		}
		if sc := l.admit(c); sc != nil {
			return sc, nil
		}
		// Refused for its address: the slot waits for the next connection.
	}
}

// takeSlot waits for a free slot. While none is free, it wakes the governor, at
// once and then every quarter of limits.stall, to make room.
func (l *connListener) takeSlot() error {
	select {
	case l.slots <- struct{}{}:
		return nil
	default:
	}
	l.wake()
	var tick <-chan time.Time
	if l.limits.stall > 0 {
		t := time.NewTicker(max(l.limits.stall/4, time.Millisecond))
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case l.slots <- struct{}{}:
			return nil
		case <-l.done:
			return net.ErrClosed
		case <-tick:
			l.wake()
		}
	}
}

// admit counts a new connection against its address and returns it as a
// serverConn, or refuses it (nil) when its address has all it may have.
func (l *connListener) admit(c net.Conn) *serverConn {
	key := addrKey(c.RemoteAddr())
	var idle *serverConn
	l.mu.Lock()
	if l.limits.perAddr > 0 && l.byAddr[key] >= l.limits.perAddr {
		idle = l.idleFrom(key)
		if idle == nil {
			l.mu.Unlock()
			l.refused.Add(1)
			l.refuse(c)
			return nil
		}
	}
	l.byAddr[key]++
	sc := &serverConn{Conn: c, l: l, addr: key}
	l.conns[sc] = struct{}{}
	l.mu.Unlock()
	if idle != nil {
		// The address's idle keep-alive connection makes room: its client opens
		// another when it needs one.
		idle.Close()
	}
	return sc
}

// idleFrom is an idle connection of the address, nil for none. l.mu is held.
func (l *connListener) idleFrom(key string) *serverConn {
	for c := range l.conns {
		if c.addr == key && c.idle.Load() {
			return c
		}
	}
	return nil
}

func (l *connListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// open is the number of connections open now.
func (l *connListener) open() int { return len(l.slots) }

// release forgets a closed connection and frees its slot.
func (l *connListener) release(c *serverConn) {
	l.mu.Lock()
	delete(l.conns, c)
	if l.byAddr[c.addr]--; l.byAddr[c.addr] <= 0 {
		delete(l.byAddr, c.addr)
	}
	l.mu.Unlock()
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
// enough connections have closed, and cuts stalled writes while it is full. It
// alone calls keepAlive, one call at a time and from the current count, so that
// switches cannot overtake each other; and it runs apart from Accept and Close,
// because turning keep-alive off closes idle connections, whose Close calls
// release.
func (l *connListener) govern() {
	for {
		select {
		case <-l.done:
			return
		case <-l.kick:
		}
		n := len(l.slots)
		full := n >= cap(l.slots)
		switch {
		case !l.busy.Load() && full:
			l.busy.Store(true)
			l.keepAlive(false)
		case l.busy.Load() && n <= l.low:
			l.busy.Store(false)
			l.keepAlive(true)
		}
		if full {
			l.shedStalled()
		}
	}
}

// shedStalled closes the connections whose write has waited limits.stall or
// longer for a client that takes nothing: a client that stopped reading would
// otherwise hold its slot until the minimum rate cuts it, while others wait.
func (l *connListener) shedStalled() {
	if l.limits.stall <= 0 {
		return
	}
	var cut []*serverConn
	now := time.Now()
	l.mu.Lock()
	for c := range l.conns {
		if c.stalledFor(now) >= l.limits.stall {
			cut = append(cut, c)
		}
	}
	l.mu.Unlock()
	for _, c := range cut {
		c.Close()
	}
	l.shed.Add(int64(len(cut)))
}

// stalled counts the connections writing a piece that has waited at least d, for
// tests.
func (l *connListener) stalled(d time.Duration) int {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for c := range l.conns {
		if c.writing.Load() != 0 && c.stalledFor(now) >= d {
			n++
		}
	}
	return n
}

// fromAddr is the number of connections open from the client address of a.
func (l *connListener) fromAddr(a net.Addr) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.byAddr[addrKey(a)]
}
