//go:build !wasm

package server

import (
	"bytes"
	"log"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// pages answers every request that go-app renders a page for: the app's routes,
// and any other path that is not a file (go-app answers 404 for those). Each render
// happens under the render gate and into memory, so a slow client never holds a
// render slot; pages that pageKey names are kept in the cache.
type pages struct {
	render http.Handler                               // go-app's handler
	key    func(path, rawQuery string) (string, bool) // pageKey
	cache  *pageCache                                 // nil: every page is rendered
	gate   *renderGate
	// finish, when set, edits each page go-app rendered before it is kept or sent.
	finish func(page []byte) []byte

	mu       sync.Mutex
	inflight map[string]*pageFlight // keys being rendered, so each renders once
}

// pageFlight is one render that requests for the same key wait for.
type pageFlight struct {
	done   chan struct{}
	joined int        // requests waiting for it, besides the one rendering
	entry  *pageEntry // the page, when it was a 200
	other  *recorded  // the response, when it was not
}

func newPages(render http.Handler, key func(path, rawQuery string) (string, bool), cache *pageCache, gate *renderGate) *pages {
	return &pages{render: render, key: key, cache: cache, gate: gate, inflight: map[string]*pageFlight{}}
}

func (p *pages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	deadline := time.Now().Add(p.gate.wait)
	r = inHostLanguage(r)
	key, ok := p.key(r.URL.Path, r.URL.RawQuery)
	if !ok || p.cache == nil {
		rec := p.produce(r, deadline)
		if rec == nil {
			busy(w)
			return
		}
		rec.replay(w)
		return
	}
	for {
		if e := p.cache.get(key); e != nil {
			e.serve(w, r)
			return
		}
		p.mu.Lock()
		f, waiting := p.inflight[key]
		if waiting {
			f.joined++
		} else {
			f = &pageFlight{done: make(chan struct{})}
			p.inflight[key] = f
		}
		p.mu.Unlock()
		if !waiting {
			p.lead(w, r, key, f, deadline)
			return
		}
		select {
		case <-f.done:
		case <-r.Context().Done():
			return
		}
		switch {
		case f.entry != nil:
			f.entry.serve(w, r)
			return
		case f.other != nil:
			f.other.replay(w)
			return
		}
		// The request that rendered got no slot in time or went away: try again,
		// within this request's own deadline.
		if !time.Now().Before(deadline) {
			busy(w)
			return
		}
	}
}

// lead renders the page for key, shares it with the requests that wait for it,
// keeps it when it is a 200, and answers.
func (p *pages) lead(w http.ResponseWriter, r *http.Request, key string, f *pageFlight, deadline time.Time) {
	rec := p.produce(r, deadline)
	if rec != nil && rec.status == http.StatusOK {
		f.entry = newPageEntry(rec.header, rec.body.Bytes())
		p.cache.add(key, f.entry)
	} else {
		f.other = rec
	}
	p.mu.Lock()
	delete(p.inflight, key)
	p.mu.Unlock()
	close(f.done)
	switch {
	case f.entry != nil:
		f.entry.serve(w, r)
	case rec != nil:
		rec.replay(w)
	default:
		busy(w)
	}
}

// produce renders the response to r into memory under the render gate; nil when no
// slot came free before deadline.
func (p *pages) produce(r *http.Request, deadline time.Time) *recorded {
	if !p.gate.enter(r.Context(), deadline) {
		return nil
	}
	defer p.gate.leave()
	return p.renderPage(r)
}

// renderPage has go-app render the response to r into memory, finished. A render
// that panics is a 500: the requests waiting for it are answered, and the next
// request for its key renders again.
func (p *pages) renderPage(r *http.Request) (rec *recorded) {
	defer func() {
		if v := recover(); v != nil {
			log.Printf("rendering %s failed: %v", r.URL, v)
			rec = &recorded{header: http.Header{"Content-Type": {"text/plain; charset=utf-8"}}, status: http.StatusInternalServerError}
			rec.body.WriteString("This page could not be prepared. Please try again, or change the link.\n")
		}
	}()
	rec = &recorded{header: http.Header{}}
	p.render.ServeHTTP(rec, r)
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	addVary(rec.header, "Accept-Language") // the page is in the language it asks for
	if p.finish != nil && strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") {
		page := p.finish(rec.body.Bytes())
		rec.body.Reset()
		rec.body.Write(page)
		if rec.header.Get("Content-Length") != "" {
			rec.header.Set("Content-Length", strconv.Itoa(len(page)))
		}
	}
	return rec
}

// prime renders the page at path (a GET without headers) and pins it in the
// cache, so it is never rendered again. It reports whether it was a page.
func (p *pages) prime(path string) bool {
	if p.cache == nil {
		return false
	}
	u, err := url.Parse(path)
	if err != nil {
		return false
	}
	key, ok := p.key(u.Path, u.RawQuery)
	if !ok {
		return false
	}
	r, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return false
	}
	rec := p.renderPage(r)
	if rec.status != http.StatusOK {
		return false
	}
	p.cache.pin(key, newPageEntry(rec.header, rec.body.Bytes()))
	return true
}

// recorded is a response kept in memory.
type recorded struct {
	status int
	header http.Header
	body   bytes.Buffer
}

func (rec *recorded) Header() http.Header { return rec.header }

func (rec *recorded) WriteHeader(code int) {
	if rec.status == 0 {
		rec.status = code
	}
}

func (rec *recorded) Write(p []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	addVary(rec.header, "Accept-Language") // the page is in the language it asks for
	return rec.body.Write(p)
}

// replay writes the response to w.
func (rec *recorded) replay(w http.ResponseWriter) {
	dst := w.Header()
	for name, values := range rec.header {
		dst[name] = slices.Clone(values)
	}
	w.WriteHeader(rec.status)
	w.Write(rec.body.Bytes())
}
