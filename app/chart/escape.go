package chart

import (
	"html"
	"strings"
	"unicode/utf8"
)

// escapeText makes s safe as SVG/XML character data: it drops what XML 1.0 does
// not allow (control characters, invalid UTF-8, surrogates, U+FFFE/U+FFFF), so
// the document stays well-formed, and escapes & < > " ' so that no text can open
// an element or an attribute. A label such as `"><img src=x onerror=alert(1)>`
// is drawn as those characters.
func escapeText(s string) string {
	return html.EscapeString(xmlChars(s))
}

// xmlChars returns s without the characters XML 1.0 forbids. It returns s itself
// (no allocation) in the common case where there are none.
func xmlChars(s string) string {
	clean := true
	for i, r := range s {
		if !xmlChar(r) || (r == utf8.RuneError && isBadRune(s, i)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r == utf8.RuneError && isBadRune(s, i) {
			continue
		}
		if xmlChar(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isBadRune tells an invalid byte (decoded as RuneError) from a real U+FFFD.
func isBadRune(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF:
		return false
	case r == 0xFFFE || r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}
