package state

import (
	"strings"

	"github.com/trainingroi/calculator/app/format"
)

// Write writes v as a field shows it in n's locale: the shortest exact digits
// with the locale's decimal mark, thousands grouped as the page's results group
// them ("4,5" and "1.500" in German, "1,500" in English). A number so long that
// its groups would take it beyond MaxTextLen is not grouped: any finite float64
// is then at most 330 characters.
func Write(v float64, n *Numbers) string {
	if s := format.New(n.tag, DefaultCurrency).Exact(v); len(s) <= MaxTextLen {
		return s
	}
	s := Text(v)
	if n.decimal == '.' {
		return s
	}
	return strings.Replace(s, ".", string(n.decimal), 1)
}

// Rewrite returns text, written for the locale from, as the locale to must read
// it: a number that to would read as another number (or not at all) is written
// anew; a text that to reads as the same number, and a text that is not a number
// in from, stay as they are. "1.500" from German is "1500" in English, "4.5" from
// a URL is "4,5" in German, "25k" stays "25k", "abc" stays "abc".
func Rewrite(text string, from, to *Numbers) string {
	if from == to {
		return text
	}
	v, err := ParseNumber(text, from)
	if err != nil {
		return text
	}
	if w, err := ParseNumber(text, to); err == nil && w == v {
		return text
	}
	return Write(v, to)
}

// Rewrite rewrites every field's text, written for the locale tag from, for the
// locale tag to (see the function Rewrite), and reports whether a text changed.
func (f *Form) Rewrite(from, to string) bool {
	nf, nt := NumbersOf(from), NumbersOf(to)
	changed := false
	for i, text := range f {
		if t := Rewrite(text, nf, nt); t != text {
			f[i] = t
			changed = true
		}
	}
	return changed
}
