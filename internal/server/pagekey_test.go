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
		k, ok := pageKey(path, query)
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
		// The fields show a link's numbers as the page writes numbers: "1,500".
		{"mqls=1500", "mqls=1,500"},
		{"mqls=1500", "mqls=1500.0"},
	} {
		if a, b := key("/", same[0]), key("/", same[1]); a != b {
			t.Errorf("?%s and ?%s: keys differ:\n%s\n%s", same[0], same[1], a, b)
		}
	}
	for _, other := range [][2]string{
		{"", "mqls=200"},            // the link names an input: the scenario comes from the URL
		{"mqls=1500", "mqls=~1500"}, // text as typed
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
	s := func(query string) string { return "s=" + url.QueryEscape(query) }
	for _, same := range [][2]string{
		{s("mqls=500") + "&" + s("mqls=600"), s("mqls=500&utm=1") + "&" + s("?mqls=600") + "&utm_source=x"},
		{s("mqls=1500"), s("mqls=1500.0")}, // the comparison shows numbers formatted
		{s("mqls=500") + "&n=A", s("mqls=500") + "&n=A&n=B"},
		{"currency=EUR&" + s("mqls=500"), s("mqls=500") + "&currency=eur"},
	} {
		if a, b := key("/compare", same[0]), key("/compare", same[1]); a != b {
			t.Errorf("/compare?%s and ?%s: keys differ:\n%s\n%s", same[0], same[1], a, b)
		}
	}
	for _, other := range [][2]string{
		{s("mqls=500") + "&" + s("mqls=600"), s("mqls=600") + "&" + s("mqls=500")},
		{s("mqls=500") + "&n=A", s("mqls=500") + "&n=B"},
		{s("mqls=abc"), s("mqls=abd")},
		{s("mqls=500"), s("mqls=500") + "&locale=de-DE"},
	} {
		if a, b := key("/compare", other[0]), key("/compare", other[1]); a == b {
			t.Errorf("/compare?%s and ?%s share the key %s", other[0], other[1], a)
		}
	}
	if a, b := key("/", "mqls=500"), key("/compare", "mqls=500"); a == b {
		t.Errorf("the calculator and the comparison share the key %s", a)
	}
	for _, path := range []string{"/index.html", "/x", "//"} {
		if k, ok := pageKey(path, ""); ok {
			t.Errorf("pageKey(%q) = %q: a path without a cached page", path, k)
		}
	}
}
