//go:build !wasm

package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// go-app labels every response with the app version as ETag and answered 304 to
// that tag on any path, missing ones included. Now only a 200 has a validator, and
// only a 200 turns into a 304.
func TestValidatorsOnlyOnSuccess(t *testing.T) {
	srv, s := startSite(t, testConfig(writeWebDir(t, fakeWasm(51))))
	version := `"` + s.app.Version + `"`
	res, _ := get(t, srv.URL+"/app.js")
	if etag := res.Header.Get("ETag"); etag != version {
		t.Fatalf("/app.js: ETag %q, want the version %s", etag, version)
	}
	for _, path := range []string{"/no-such-page", "/web/missing.png", "/web/.env", "/sitemap.xml"} {
		res, _ := get(t, srv.URL+path)
		if res.StatusCode != http.StatusNotFound || res.Header.Get("ETag") != "" {
			t.Errorf("%s: status %d, ETag %q; want 404 without ETag", path, res.StatusCode, res.Header.Get("ETag"))
		}
		for _, inm := range []string{version, "W/" + version, "*"} {
			res, _ := get(t, srv.URL+path, "If-None-Match: "+inm)
			if res.StatusCode != http.StatusNotFound || res.Header.Get("ETag") != "" {
				t.Errorf("%s with If-None-Match %s: status %d, ETag %q; want 404 without ETag", path, inm, res.StatusCode, res.Header.Get("ETag"))
			}
		}
	}
	res, _ = do(t, http.MethodPost, srv.URL+"/app.js", "If-None-Match: "+version)
	if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("ETag") != "" {
		t.Errorf("POST /app.js: status %d, ETag %q", res.StatusCode, res.Header.Get("ETag"))
	}
}

// If-None-Match is evaluated once, on the response as sent: weak comparison, lists
// and "*"; a compressed response's weak tag matches too. With If-None-Match, a
// matching If-Modified-Since no longer makes a 304.
func TestIfNoneMatch(t *testing.T) {
	srv, s := startSite(t, testConfig(writeWebDir(t, fakeWasm(52))))
	version := `"` + s.app.Version + `"`
	for _, c := range []struct {
		inm, accept string
		status      int
		etag        string
	}{
		{version, "", 304, version},
		{"W/" + version, "", 304, version},
		{`"other", ` + version, "", 304, version},
		{"*", "", 304, version},
		{`"other"`, "", 200, version},
		{version, "gzip", 304, "W/" + version},
		{"W/" + version, "gzip", 304, "W/" + version},
		{`"other"`, "gzip", 200, "W/" + version},
	} {
		headers := []string{"If-None-Match: " + c.inm}
		if c.accept != "" {
			headers = append(headers, "Accept-Encoding: "+c.accept)
		}
		res, body := get(t, srv.URL+"/app.js", headers...)
		if res.StatusCode != c.status || res.Header.Get("ETag") != c.etag {
			t.Errorf("If-None-Match %s, Accept-Encoding %q: status %d, ETag %q; want %d, %s",
				c.inm, c.accept, res.StatusCode, res.Header.Get("ETag"), c.status, c.etag)
		}
		if c.status == 304 {
			if len(body) != 0 || res.Header.Get("Content-Encoding") != "" || res.Header.Get("Content-Type") != "" {
				t.Errorf("If-None-Match %s: 304 with %d bytes, Content-Encoding %q, Content-Type %q",
					c.inm, len(body), res.Header.Get("Content-Encoding"), res.Header.Get("Content-Type"))
			}
			if res.Header.Get("Cache-Control") != "no-cache" || !containsToken(res.Header.Values("Vary"), "Accept-Encoding") {
				t.Errorf("If-None-Match %s: 304 without Cache-Control or Vary: %v", c.inm, res.Header)
			}
		}
	}
	future := time.Now().Add(time.Hour).UTC().Format(http.TimeFormat)
	res, _ := get(t, srv.URL+"/web/app.wasm", "Accept-Encoding: br", "If-Modified-Since: "+future)
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("wasm with a later If-Modified-Since: status %d, want 304", res.StatusCode)
	}
	res, _ = get(t, srv.URL+"/web/app.wasm", "Accept-Encoding: br", "If-Modified-Since: "+future, `If-None-Match: "other"`)
	if res.StatusCode != http.StatusOK {
		t.Errorf("wasm with If-None-Match that does not match and a later If-Modified-Since: status %d, want 200", res.StatusCode)
	}
}

// A handler behind the representation layer never sees If-None-Match, so it cannot
// answer 304 for something that is not there.
func TestHandlersDoNotSeeIfNoneMatch(t *testing.T) {
	var seen []string
	h := representation(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Header.Get("If-None-Match")+r.Header.Get("If-Modified-Since"))
		w.Header().Set("ETag", `"v"`)
		http.NotFound(w, r)
	}))
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/x", nil)
	req.Header.Set("If-None-Match", `"v"`)
	req.Header.Set("If-Modified-Since", time.Now().UTC().Format(http.TimeFormat))
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotFound || rec.Header().Get("ETag") != "" || strings.Join(seen, "") != "" {
		t.Errorf("status %d, ETag %q, the handler saw %q", rec.Code, rec.Header().Get("ETag"), seen)
	}
}

func TestETagMatches(t *testing.T) {
	for _, c := range []struct {
		field []string
		etag  string
		want  bool
	}{
		{[]string{`"a"`}, `"a"`, true},
		{[]string{`W/"a"`}, `"a"`, true},
		{[]string{`"a"`}, `W/"a"`, true},
		{[]string{`"b", "a"`}, `"a"`, true},
		{[]string{`"b"`, `"a"`}, `"a"`, true},
		{[]string{`*`}, `"a"`, true},
		{[]string{`"b"`}, `"a"`, false},
		{[]string{`a`}, `"a"`, false},
		{[]string{`""`}, `"a"`, false},
		{nil, `"a"`, false},
	} {
		if got := etagMatches(c.field, c.etag); got != c.want {
			t.Errorf("etagMatches(%q, %s) = %v, want %v", c.field, c.etag, got, c.want)
		}
	}
}
