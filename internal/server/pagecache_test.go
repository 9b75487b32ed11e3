//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func testEntry(n int) *pageEntry {
	h := http.Header{}
	h.Set("Content-Type", "text/html")
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", `"v1"`)
	return newPageEntry(h, []byte(strings.Repeat("<p>page</p>", n/11+1)[:n]))
}

// The cache keeps the most recently used pages, never more bytes than its budget.
func TestPageCacheKeepsItsBudget(t *testing.T) {
	const budget = 100 << 10
	c := newPageCache(budget)
	size := testEntry(5000).size() + int64(len("key-00"))
	for i := range 100 {
		c.add(fmt.Sprintf("key-%02d", i), testEntry(5000))
		if _, bytes := c.usage(); bytes > budget {
			t.Fatalf("after %d entries: %d bytes, over the budget of %d", i+1, bytes, budget)
		}
	}
	n, used := c.usage()
	if want := int(budget / size); n != want {
		t.Errorf("%d entries of %d bytes kept in %d, want %d", n, size, budget, want)
	}
	if used != int64(n)*size {
		t.Errorf("%d bytes counted for %d entries of %d", used, n, size)
	}
	// The newest are kept, the oldest dropped.
	if c.get("key-99") == nil || c.get(fmt.Sprintf("key-%02d", 100-n)) == nil || c.get(fmt.Sprintf("key-%02d", 99-n)) != nil {
		t.Errorf("kept the wrong entries")
	}
	// Using an entry keeps it: after one more add, the least recently used goes.
	oldest := fmt.Sprintf("key-%02d", 100-n)
	c.get(oldest)
	c.add("one-more", testEntry(5000))
	if c.get(oldest) == nil || c.get(fmt.Sprintf("key-%02d", 101-n)) != nil {
		t.Errorf("a page just used was dropped before one unused for longer")
	}
	// Replacing an entry does not count it twice.
	before, _ := c.usage()
	c.add("key-99", testEntry(5000))
	if after, bytes := c.usage(); after != before || bytes > budget {
		t.Errorf("replacing an entry: %d entries (was %d), %d bytes", after, before, bytes)
	}
}

func TestPageCacheRefusesHugeEntries(t *testing.T) {
	c := newPageCache(80 << 10)
	c.add("small", testEntry(1000))
	c.add("huge", testEntry(20<<10)) // over an eighth of the budget
	if c.get("huge") != nil || c.get("small") == nil {
		t.Error("an entry of a quarter of the budget was kept, or pushed out a small one")
	}
}

// The example is pinned: no amount of other pages pushes it out, and it takes
// nothing from their budget.
func TestPageCachePinned(t *testing.T) {
	c := newPageCache(64 << 10)
	c.add("/", testEntry(3000))
	example := testEntry(3000)
	c.pin("/", example)
	if n, bytes := c.usage(); n != 0 || bytes != 0 {
		t.Errorf("pinning left %d entries, %d bytes in the LRU part", n, bytes)
	}
	for i := range 1000 {
		c.add(fmt.Sprintf("k%d", i), testEntry(3000))
	}
	if c.get("/") != example {
		t.Error("the pinned page was dropped")
	}
	c.add("/", testEntry(10))
	if c.get("/") != example {
		t.Error("the pinned page was replaced")
	}
}

// An entry holds the response as written and a gzipped form of the same bytes,
// with the header the representation layer would have given it.
func TestPageEntryForms(t *testing.T) {
	e := testEntry(5000)
	if e.gz == nil {
		t.Fatal("no gzipped form")
	}
	if got := decode(t, "gzip", e.gz); !bytes.Equal(got, e.body) {
		t.Error("the gzipped form is not the body")
	}
	// The same bytes as the response compressed on its way out.
	onTheFly := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	representation(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for name, v := range e.header {
			w.Header()[name] = v
		}
		w.Write(e.body)
	})).ServeHTTP(onTheFly, req)
	if !bytes.Equal(e.gz, onTheFly.Body.Bytes()) || onTheFly.Header().Get("ETag") != e.gzHeader.Get("ETag") {
		t.Error("the gzipped form differs from the response compressed on the fly")
	}
	h := e.gzHeader
	if h.Get("Content-Encoding") != "gzip" || h.Get("ETag") != `W/"v1"` || h.Get("Content-Length") != fmt.Sprint(len(e.gz)) ||
		h.Get("Content-Type") != "text/html" || h.Get("Cache-Control") != "no-cache" {
		t.Errorf("gzip header %v", h)
	}
	if e.header.Get("Content-Encoding") != "" || e.header.Get("ETag") != `"v1"` {
		t.Errorf("identity header changed: %v", e.header)
	}
	if small := testEntry(100); small.gz != nil {
		t.Error("a page under 1 KiB got a gzipped form")
	}
}
