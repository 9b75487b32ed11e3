//go:build !wasm

package server

import (
	"context"
	"net/http"
	"time"
)

// renderGate bounds how many pages are rendered at once. A render is CPU work of a
// few milliseconds and about a megabyte of garbage: with one per core, a burst of
// uncached pages queues here instead of taking the memory of all of them at once.
type renderGate struct {
	slots chan struct{}
	wait  time.Duration // how long a request may wait for a slot
}

func newRenderGate(n int, wait time.Duration) *renderGate {
	return &renderGate{slots: make(chan struct{}, max(n, 1)), wait: wait}
}

// enter takes a slot, waiting until deadline at the latest; it reports false when
// none came free in time or the request was given up.
func (g *renderGate) enter(ctx context.Context, deadline time.Time) bool {
	select {
	case g.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-ctx.Done():
	}
	return false
}

func (g *renderGate) leave() { <-g.slots }

// busy answers a request whose page could not be rendered in time: the client may
// ask again in a second.
func busy(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Retry-After", "1")
	h.Set("Cache-Control", "no-store")
	http.Error(w, "The server is busy preparing other pages: please try again in a moment.", http.StatusServiceUnavailable)
}
