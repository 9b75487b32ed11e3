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
	s = plainText(s)
	if utf8.RuneCountInString(s) > MaxNameLen {
		s = strings.TrimSpace(string([]rune(s)[:MaxNameLen]))
	}
	return s
}

// plainText is s as one line of plain text: invisible characters go (a name
// or a label with a zero-width space reads as another), invalid UTF-8, control and
// bidirectional-override characters (which could make text display as other
// text) and runs of white space each become one space, and none at either end.
func plainText(s string) string {
	s = strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || isBidi(r) || r == utf8.RuneError
	}), " ")
}

// sameName reports whether two cleaned names are the same name: names differ by
// more than letter case.
func sameName(a, b string) bool { return strings.EqualFold(a, b) }
