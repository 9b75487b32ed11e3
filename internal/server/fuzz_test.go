//go:build !wasm

package server

import (
	"slices"
	"strings"
	"testing"
)

// Whatever a client sends, the choice is one of the codings offered, and a coding
// the field refuses alone ("br;q=0") is never chosen.
func FuzzNegotiateEncoding(f *testing.F) {
	for _, seed := range []string{"", "br", "gzip, deflate, br, zstd", "br;q=0, gzip", "*;q=0", "identity;q=0",
		"gzip;q=0.5, identity", "x-gzip", "br;q=abc", ";;,,", "*;q=0.5, br;q=0", "BR;Q=1"} {
		f.Add(seed)
	}
	offered := []string{"br", "gzip", "identity"}
	f.Fuzz(func(t *testing.T, field string) {
		got, ok := negotiateEncoding([]string{field}, offered)
		if ok != (got != "") || (ok && !slices.Contains(offered, got)) {
			t.Fatalf("%q: got %q, %v", field, got, ok)
		}
		if ok && got != "identity" && strings.EqualFold(strings.TrimSpace(field), got+";q=0") {
			t.Fatalf("%q: chose the refused %q", field, got)
		}
		if !strings.ContainsAny(field, ",;") {
			// A single coding without weight is chosen when offered.
			c := strings.ToLower(strings.TrimSpace(field))
			if c == "x-gzip" {
				c = "gzip"
			}
			if slices.Contains(offered, c) && got != c {
				t.Fatalf("%q: got %q", field, got)
			}
		}
	})
}

// An accepted -frame-ancestors value stays inside its directive: the policy keeps
// exactly its eleven directives and no control characters.
func FuzzFrameAncestors(f *testing.F) {
	for _, seed := range []string{"*", "'self' https://example.com", "'none'", "*; script-src *", "https:",
		"a\r\nb", "'self',https://x", "https://*.example.com:443/path"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if checkFrameAncestors(v) != nil {
			return
		}
		csp := contentSecurityPolicy(v)
		if n := strings.Count(csp, ";"); n != 10 {
			t.Fatalf("%q: the policy has %d separators: %s", v, n, csp)
		}
		if strings.ContainsFunc(csp, func(r rune) bool { return r < ' ' || r > '~' }) {
			t.Fatalf("%q: control or non-ASCII character in %q", v, csp)
		}
		if !strings.HasSuffix(csp, "frame-ancestors "+v) || strings.Contains(v, ",") {
			t.Fatalf("%q: policy %q", v, csp)
		}
	})
}
