//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// A cached page is the page the server renders for that very URL: the same
// headers and, as HTML, the same document (go-app writes attributes in map order,
// so two renders of one URL differ in that alone). The URLs come in an order where
// many are answered from a page cached for another URL with the same key. And its
// gzipped form is exactly its bytes, compressed.
func TestCachedPagesAreRenderedPages(t *testing.T) {
	webDir := writeWebDir(t, fakeWasm(61))
	cached := startCommand(t, webDir)
	uncached := startCommand(t, webDir, "-page-cache", "0")

	queries := []string{
		"", "utm_source=x", "mqls=200", "mqls=500", "x=1&mqls=500", "mqls=500&mqls=9",
		"mqls=1500", "mqls=1,500", "mqls=1500.0", "mqls=abc", "mqls=", "win_rate=101",
		"currency=EUR&locale=de-DE", "locale=de-DE&currency=eur", "embed=1", "embed=true&utm=1",
		"accent=0a7d4f&cta_url=" + url.QueryEscape("https://consult.example/book?a=1&b=2") + "&cta_text=" + url.QueryEscape(`Book "now" <b>`),
		"cta_url=javascript:alert(1)&cta_text=x",
	}
	r := rand.New(rand.NewPCG(61, 1))
	for range 12 {
		q := url.Values{}
		for _, name := range []string{"mqls", "sal_rate", "win_rate", "deal", "sales_target", "currency"} {
			if r.IntN(2) == 0 {
				q.Set(name, fmt.Sprint(r.IntN(400)))
			}
		}
		q.Set("ref", fmt.Sprint(r.Int()))
		queries = append(queries, q.Encode(), strings.ReplaceAll(q.Encode(), "ref=", "other="))
	}
	paths := make([]string, 0, len(queries)+8)
	for _, q := range queries {
		paths = append(paths, "/?"+q)
	}
	s := func(query string) string { return "s=" + url.QueryEscape(query) }
	paths = append(paths, "/compare", "/compare?utm=1",
		"/compare?"+s("mqls=500")+"&n=A&"+s("mqls=1500"), "/compare?"+s("mqls=500&x=1")+"&n=A&n=B&"+s("mqls=1500.0"),
		"/compare?"+s("mqls=1500")+"&n=A&"+s("mqls=500"), "/compare?"+s("mqls=abc")+"&"+s("win_rate=101")+"&"+s("nothing=1"),
		"/compare?"+s("mqls=500")+"&"+s("mqls=600")+"&currency=EUR&locale=de-DE", "/compare?currency=eur&locale=de-DE&"+s("mqls=500")+"&"+s("mqls=600"))
	for _, path := range paths {
		plain, plainBody := get(t, cached.URL+path)
		zipped, zippedBody := get(t, cached.URL+path, "Accept-Encoding: gzip, deflate, br")
		want, wantBody := get(t, uncached.URL+path)
		wantZipped, wantZippedBody := get(t, uncached.URL+path, "Accept-Encoding: gzip, deflate, br")
		if plain.StatusCode != 200 || want.StatusCode != 200 {
			t.Fatalf("%s: status %d (cached), %d (rendered)", path, plain.StatusCode, want.StatusCode)
		}
		if a, b := normalizeHTML(plainBody), normalizeHTML(wantBody); a != b {
			t.Errorf("%s: the cached page is not the page rendered for it:\n%s", path, firstDifference(a, b))
		}
		if zipped.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(decode(t, "gzip", zippedBody), plainBody) {
			t.Errorf("%s: the cached gzip form is not the cached page's bytes", path)
		}
		if a, b := normalizeHTML(decode(t, "gzip", wantZippedBody)), normalizeHTML(wantBody); a != b {
			t.Errorf("%s: the rendered gzip form is another page", path)
		}
		compareHeaders(t, path, plain.Header, want.Header)
		compareHeaders(t, path+" (gzip)", zipped.Header, wantZipped.Header)
		if zipped.ContentLength != int64(len(zippedBody)) || plain.ContentLength != int64(len(plainBody)) {
			t.Errorf("%s: Content-Length %d and %d for %d and %d bytes", path, plain.ContentLength, zipped.ContentLength, len(plainBody), len(zippedBody))
		}
		// Revalidation and HEAD answer as the rendering server does.
		for _, headers := range [][]string{{"If-None-Match: " + plain.Header.Get("ETag")}, {"Accept-Encoding: gzip", "If-None-Match: " + zipped.Header.Get("ETag")}} {
			a, _ := get(t, cached.URL+path, headers...)
			b, _ := get(t, uncached.URL+path, headers...)
			if a.StatusCode != http.StatusNotModified || b.StatusCode != http.StatusNotModified {
				t.Errorf("%s %q: status %d (cached), %d (rendered), want 304", path, headers, a.StatusCode, b.StatusCode)
			}
			compareHeaders(t, fmt.Sprintf("%s %q", path, headers), a.Header, b.Header)
		}
		head, headBody := do(t, http.MethodHead, cached.URL+path)
		if head.StatusCode != 200 || len(headBody) != 0 || head.ContentLength != int64(len(plainBody)) {
			t.Errorf("HEAD %s: status %d, %d bytes, Content-Length %d", path, head.StatusCode, len(headBody), head.ContentLength)
		}
	}
	stopCommand(t, cached)
	stopCommand(t, uncached)
}

// compareHeaders checks that two responses have the same header fields, but for
// the date and the framing of the body: a cached gzip form has its length, one
// compressed on the fly is chunked.
func compareHeaders(t *testing.T, what string, got, want http.Header) {
	t.Helper()
	skip := map[string]bool{"Date": true, "Content-Length": true, "Transfer-Encoding": true}
	for name := range mergeKeys(got, want) {
		if skip[name] {
			continue
		}
		if !slices.Equal(got[name], want[name]) {
			t.Errorf("%s: %s = %q, want %q (as rendered)", what, name, got[name], want[name])
		}
	}
}

func mergeKeys(a, b http.Header) map[string]bool {
	m := map[string]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

var (
	startTagRE = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>`)
	attrRE     = regexp.MustCompile(`([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?`)
)

// normalizeHTML writes every start tag with its attributes in name order.
func normalizeHTML(page []byte) string {
	return startTagRE.ReplaceAllStringFunc(string(page), func(tag string) string {
		m := startTagRE.FindStringSubmatch(tag)
		attrs := attrRE.FindAllString(m[2], -1)
		slices.Sort(attrs)
		selfClosing := strings.HasSuffix(strings.TrimSpace(m[2]), "/")
		var b strings.Builder
		b.WriteString("<" + m[1])
		for _, a := range attrs {
			if a != "/" {
				b.WriteString(" " + a)
			}
		}
		if selfClosing {
			b.WriteString(" /")
		}
		return b.String() + ">"
	})
}

func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(i-120, 0)
	return fmt.Sprintf("cached:   …%s…\nrendered: …%s…", a[from:min(i+120, len(a))], b[from:min(i+120, len(b))])
}
