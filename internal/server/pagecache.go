//go:build !wasm

package server

import (
	"bytes"
	"container/list"
	"net/http"
	"slices"
	"strconv"
	"sync"
)

// pageEntry is a prerendered page as go-app answered it (200, its header and
// body), with the gzipped form made once so that no cached page is compressed per
// request.
type pageEntry struct {
	header   http.Header
	body     []byte
	gzHeader http.Header // nil when the page is not sent gzipped
	gz       []byte
}

// newPageEntry keeps a 200 response as it was written. The bodies are copied to
// their exact size: a buffer that grew while writing may be twice as big, and the
// cache counts what it keeps.
func newPageEntry(header http.Header, body []byte) *pageEntry {
	e := &pageEntry{header: header, body: bytes.Clone(body)}
	if header.Get("Content-Encoding") == "" && isCompressibleType(header.Get("Content-Type")) && len(body) >= minGzipSize {
		e.gz = bytes.Clone(gzipped(body))
		e.gzHeader = header.Clone()
		markGzipped(e.gzHeader)
		e.gzHeader.Set("Content-Length", strconv.Itoa(len(e.gz)))
	}
	return e
}

// serve writes the entry in the form the request accepts. What is written is what
// go-app's own response would have become on its way out (see representation).
func (e *pageEntry) serve(w http.ResponseWriter, r *http.Request) {
	h, body := e.header, e.body
	if e.gz != nil && wantsGzip(r) {
		h, body = e.gzHeader, e.gz
	}
	dst := w.Header()
	for name, values := range h {
		dst[name] = slices.Clone(values) // later layers may change them
	}
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

// size is what the entry holds in memory, about.
func (e *pageEntry) size() int64 {
	n := len(e.body) + len(e.gz) + 256
	for _, h := range []http.Header{e.header, e.gzHeader} {
		for name, values := range h {
			n += len(name) + 16
			for _, v := range values {
				n += len(v) + 16
			}
		}
	}
	return int64(n)
}

// pageCache keeps the most recently used pages within a budget of bytes, and
// pinned pages (the example, rendered at start) outside it.
type pageCache struct {
	mu     sync.Mutex
	max    int64 // budget of the LRU part
	bytes  int64
	lru    *list.List // of *cached, most recently used first
	byKey  map[string]*list.Element
	pinned map[string]*pageEntry
}

type cached struct {
	key   string
	entry *pageEntry
	size  int64
}

func newPageCache(maxBytes int64) *pageCache {
	return &pageCache{max: maxBytes, lru: list.New(), byKey: map[string]*list.Element{}, pinned: map[string]*pageEntry{}}
}

func (c *pageCache) get(key string) *pageEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.pinned[key]; ok {
		return e
	}
	el, ok := c.byKey[key]
	if !ok {
		return nil
	}
	c.lru.MoveToFront(el)
	return el.Value.(*cached).entry
}

// add stores an entry, then drops the least recently used ones until the cache is
// within its budget. An entry bigger than an eighth of the budget is not kept: it
// would push out many others.
func (c *pageCache) add(key string, e *pageEntry) {
	size := e.size() + int64(len(key))
	if size > c.max/8 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.pinned[key]; ok {
		return
	}
	if el, ok := c.byKey[key]; ok {
		old := el.Value.(*cached)
		c.bytes += size - old.size
		old.entry, old.size = e, size
		c.lru.MoveToFront(el)
	} else {
		c.byKey[key] = c.lru.PushFront(&cached{key: key, entry: e, size: size})
		c.bytes += size
	}
	for c.bytes > c.max {
		last := c.lru.Back()
		old := last.Value.(*cached)
		c.lru.Remove(last)
		delete(c.byKey, old.key)
		c.bytes -= old.size
	}
}

// pin stores an entry that is never dropped.
func (c *pageCache) pin(key string, e *pageEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok {
		c.bytes -= el.Value.(*cached).size
		c.lru.Remove(el)
		delete(c.byKey, key)
	}
	c.pinned[key] = e
}

// usage reports the entries and bytes of the LRU part.
func (c *pageCache) usage() (entries int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len(), c.bytes
}
