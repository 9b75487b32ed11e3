package ui

import (
	"html"
	"strconv"
	"strings"
	"testing"
)

// prerendered is what the browser reads from an attribute the server wrote as
// go-app v10.1.11 does: strconv.Quote of the value, decoded as HTML.
func prerendered(t testing.TB, s string) string {
	t.Helper()
	q := strconv.Quote(attr(s))
	inner := q[1 : len(q)-1]
	if strings.ContainsAny(inner, `"<>`) {
		t.Fatalf("attr(%q) quoted as %s: a quote or angle bracket would end the attribute or make markup", s, q)
	}
	return html.UnescapeString(inner)
}

func TestAttrIsExactInPrerenderedHTML(t *testing.T) {
	for _, s := range []string{
		"", "1500", "$25,000", `"><img src=x onerror=alert(1)>`, `\"><b>`, `a\b`, "tab\there", "line\nbreak",
		"1\u00a0000", "1\u202f000", "\u202eevil", "zero\u200bwidth", "€ 1.234", "日本語", "'single'", "&amp;",
	} {
		if got := prerendered(t, s); got != s {
			t.Errorf("attr(%q) reads back as %q", s, got)
		}
	}
}

func FuzzAttr(f *testing.F) {
	for _, s := range []string{`"><script>`, `\`, "\x00\x7f", "\u00a0", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := prerendered(t, s)
		// What HTML itself cannot carry through a character reference: invalid
		// UTF-8 and NUL read as U+FFFD, C1 controls as Windows-1252 characters.
		want := strings.ReplaceAll(string([]rune(s)), "\x00", "\ufffd")
		if strings.ContainsFunc(want, func(r rune) bool { return r >= 0x80 && r <= 0x9f }) {
			return
		}
		if got != want {
			t.Errorf("attr(%q) reads back as %q", s, got)
		}
	})
}
