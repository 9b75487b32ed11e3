//go:build !wasm

package server

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

func TestHostLanguage(t *testing.T) {
	for accept, want := range map[string]string{
		"":                        "",
		"en-US,en;q=0.9":          "",
		"en":                      "",
		"de-DE,de;q=0.9,en;q=0.8": "de",
		"de":                      "de",
		"de-CH":                   "de-CH", // francs
		"de-AT":                   "de",    // euros, as in Germany
		"en-GB,en;q=0.9":          "en-GB",
		"fr-CA":                   "fr-CA",
		"pt-BR,es;q=0.8":          "es",
		"pt-BR,pt;q=0.9":          "",
		"en;q=0.5,ja":             "ja",
		"ja;q=0,fr;q=0.1":         "fr",
		"*":                       "",
		"qps":                     "", // the pseudo-language is for addresses only
		"zh-Hant-TW,nl-NL;q=0.3":  "nl",
		"es-419":                  "es",
		"de-DE;q=abc,fr":          "fr",
	} {
		if got := hostLanguage(accept); got != want {
			t.Errorf("hostLanguage(%q) = %q, want %q", accept, got, want)
		}
	}
}

func TestAcceptedLanguagesByWeight(t *testing.T) {
	got := acceptedLanguages("en;q=0.5, de-CH , fr;q=0.9, nl;q=0.9, *;q=0.1, ja;q=0")
	if want := []string{"de-CH", "fr", "nl", "en"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if n := len(acceptedLanguages(strings.Repeat("de,", 1000))); n > 32 {
		t.Errorf("%d languages read from a long field", n)
	}
}

// The page the app renders is the request with hl set from Accept-Language; an
// hl the request came with is not the visitor's to set; the rest of the query
// keeps its order.
func TestInHostLanguage(t *testing.T) {
	for _, c := range []struct{ target, accept, want string }{
		{"/?s=a&n=1&s=b", "de-DE", "s=a&n=1&s=b&hl=de"},
		{"/?mqls=5&hl=ja", "fr", "mqls=5&hl=fr"},
		{"/?mqls=5&hl=ja", "en-US", "mqls=5"},
		{"/", "ja", "hl=ja"},
		{"/?mqls=5", "", "mqls=5"},
	} {
		r := httptest.NewRequest("GET", c.target, nil)
		r.Header.Set("Accept-Language", c.accept)
		got := inHostLanguage(r)
		if got.URL.RawQuery != c.want {
			t.Errorf("%s (%s): query %q, want %q", c.target, c.accept, got.URL.RawQuery, c.want)
		}
		if got.RequestURI != got.URL.RequestURI() && got != r {
			t.Errorf("%s: RequestURI %q, URL %q", c.target, got.RequestURI, got.URL.RequestURI())
		}
		if r.URL.RawQuery != strings.TrimPrefix(strings.TrimPrefix(c.target, "/"), "?") {
			t.Errorf("%s: the request itself was changed", c.target)
		}
	}
}

// Pages in different languages have different cache keys; the same language
// asked for in other words has the same.
func TestPageKeyByLanguage(t *testing.T) {
	key := func(target, accept string) string {
		r := httptest.NewRequest("GET", target, nil)
		r.Header.Set("Accept-Language", accept)
		r = inHostLanguage(r)
		k, ok := pageKey(r.URL.Path, r.URL.RawQuery)
		if !ok {
			t.Fatalf("%s: no key", target)
		}
		return k
	}
	for _, target := range []string{"/?mqls=500", "/compare?s=mqls%3D5&s=mqls%3D6"} {
		en, de, de2, ch := key(target, "en-US"), key(target, "de-DE"), key(target, "de,en;q=0.5"), key(target, "de-CH")
		if en == de || de == ch {
			t.Errorf("%s: the same key for two languages or currencies: %q, %q, %q", target, en, de, ch)
		}
		if de != de2 {
			t.Errorf("%s: German asked two ways, two keys: %q, %q", target, de, de2)
		}
		if withLang := key(target+"&lang=de", "en-US"); withLang == en {
			t.Errorf("%s: lang=de has the English key", target)
		}
	}
	if key("/", "") != exampleKey {
		t.Error("the example in English is not the example's key")
	}
}
