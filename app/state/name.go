package state

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxNameLen bounds a scenario's name, in characters: a column header and a
// legend entry, not a paragraph.
const MaxNameLen = 60

// CleanName is a scenario's name as it is kept and shown: valid UTF-8, runs of
// white space made one space, no control or bidi-override characters (which
// could make a name display as another), at most MaxNameLen characters. Names are
// text, never markup: the page shows them as text.
func CleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) || isBidiControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > MaxNameLen {
		s = strings.TrimSpace(string([]rune(s)[:MaxNameLen]))
	}
	return s
}

func isBidiControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' ||
		(r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// sameName reports whether two cleaned names are the same name: names differ by
// more than letter case.
func sameName(a, b string) bool { return strings.EqualFold(a, b) }
