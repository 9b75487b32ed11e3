package loadgen

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Every request is sent once and reported once, with its status, size and
// timings; a check's verdict is the outcome's error; Stop ends a connection.
func TestRun(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(strings.Repeat("x", 100<<10)))
	}))
	defer srv.Close()
	paths := []string{"/a", "/b", "/missing"}
	check := func(res *http.Response, body []byte) error {
		if res.StatusCode != http.StatusOK {
			return errors.New(res.Status)
		}
		return nil
	}
	const n = 300
	seen := map[string]int{}
	failed := 0
	for o := range (Load{Base: srv.URL, Conns: 8, Next: func(i int) (Request, bool) {
		return Request{Path: paths[i%3], Check: check}, i < n
	}}).Run(context.Background()) {
		seen[o.Path]++
		switch {
		case o.Path == "/missing":
			if o.Err == nil || o.Status != http.StatusNotFound {
				failed++
			}
		case o.Err != nil || o.Status != 200 || o.Bytes != 100<<10 || !o.Answered || o.Wrote.IsZero() || o.Latency() <= 0:
			t.Errorf("%+v", o)
		}
	}
	if seen["/a"] != n/3 || seen["/b"] != n/3 || seen["/missing"] != n/3 || failed != 0 {
		t.Errorf("outcomes %v, %d 404s not reported as errors", seen, failed)
	}

	// Stop after each connection's first outcome: one request per connection.
	count := 0
	for range (Load{Base: srv.URL, Conns: 4, Next: func(int) (Request, bool) { return Request{Path: "/a"}, true },
		Stop: func(Outcome) bool { return true }}).Run(context.Background()) {
		count++
	}
	if count != 4 {
		t.Errorf("%d requests with Stop after the first, want 4", count)
	}
}
