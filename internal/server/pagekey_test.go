//go:build !wasm

package server

import (
	"net/url"
	"testing"
)

// Queries the app reads the same way share a key; queries it shows differently do
// not. (TestCachedPagesAreRenderedPages checks the keys against the pages.)
func TestPageKey(t *testing.T) {
	key := func(path, query string) string {
		t.Helper()
		q, err := url.ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		k, ok := pageKey(path, q)
		if !ok {
			t.Fatalf("pageKey(%q, %q): not cached", path, query)
		}
		return k
	}
	for _, same := range [][2]string{
		{"", "utm_source=newsletter&fbclid=x"},
		{"mqls=500&sal_rate=25", "sal_rate=25&mqls=500"},
		{"mqls=500", "mqls=500&mqls=600"},
		{"currency=EUR", "currency=eur"},
		{"currency=EUR", "currency=%20EUR%20"},
		{"embed=1", "embed=true"},
		{"accent=0A7D4F", "accent=%230a7d4f"},
		{"cta_text=Book", "cta_text=Other"}, // no cta_url: no button
		{"locale=xx-", "locale=not a locale"},
	} {
		if a, b := key("/", same[0]), key("/", same[1]); a != b {
			t.Errorf("?%s and ?%s: keys differ:\n%s\n%s", same[0], same[1], a, b)
		}
	}
	for _, other := range [][2]string{
		{"", "mqls=200"}, // the link names an input: the scenario comes from the URL
		{"mqls=1500", "mqls=1,500"},
		{"mqls=1500", "mqls=1500.0"},
		{"mqls=500", "mqls=501"},
		{"", "embed=1"},
		{"", "currency=EUR"},
		{"", "locale=de-DE"},
		{"mqls=abc", "mqls=abd"},
		{"cta_url=https://a.example&cta_text=A", "cta_url=https://a.example&cta_text=B"},
	} {
		if a, b := key("/", other[0]), key("/", other[1]); a == b {
			t.Errorf("?%s and ?%s share the key %s", other[0], other[1], a)
		}
	}
	for _, path := range []string{"/index.html", "/x", "//"} {
		if k, ok := pageKey(path, url.Values{}); ok {
			t.Errorf("pageKey(%q) = %q: a path without a cached page", path, k)
		}
	}
}
