package state

import (
	"strings"
	"unicode/utf8"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
)

// unreadable reads a text whose digits and marks (num.mant) the locale cannot
// read. The rule, also in the README:
//
// A text the locale reads is read so, whatever another locale would make of it
// ("1.500" is 1500 in German, 1.5 in English). A text it cannot read is tried the
// other common way, with dot and comma swapped (English for the locales that
// write a decimal comma, German for the others):
//   - if that fails too, it is not a number;
//   - if it has one dot or comma and nothing else between its digits, that mark
//     is a decimal mark or a misplaced thousands separator, and the message names
//     both readings ("12.5" in German could be 12,5 or 125), unless they are the
//     same number ("5." is 5 either way);
//   - otherwise it is plainly written the other way ("1,500.5" or "1,500,000" in
//     German), and the message says so and how to write it here.
//
// Only the error paths allocate.
func (n *Numbers) unreadable(shown string, num number) (float64, error) {
	dec, group := byte('.'), byte(',')
	if n.decimal == '.' {
		dec, group = ',', '.'
	}
	var buf [MaxTextLen + 16]byte
	digits, ok := readMantissa(buf[:0], num.mant, dec, group)
	if !ok {
		return 0, n.notNum
	}
	a, err := num.value(digits)
	if err != nil {
		return 0, n.problem(err)
	}
	f := format.New(n.tag, DefaultCurrency)
	if marks, others := countMarks(num.mant); marks == 1 && !others {
		joined := buf[:0]
		for i := 0; i < len(num.mant); i++ {
			if c := num.mant[i]; c >= '0' && c <= '9' {
				joined = append(joined, c)
			}
		}
		if b, err := num.value(joined); err == nil {
			if a == b {
				return a, nil
			}
			return 0, &misread{i18n.M(n.misreads.twoWays, "text", abbreviate(shown), "a", f.Number(a, -1), "b", f.Number(b, -1))}
		}
	}
	msg := n.misreads.thousands
	if strings.IndexByte(num.mant, dec) >= 0 {
		msg = n.misreads.decimals
	}
	return 0, &misread{i18n.M(msg, "text", abbreviate(shown), "a", f.Number(a, -1))}
}

// countMarks counts the dots and commas of mant, and tells whether it has any
// other separator.
func countMarks(mant string) (marks int, others bool) {
	for i := 0; i < len(mant); i++ {
		switch c := mant[i]; {
		case c == '.' || c == ',':
			marks++
		case c < '0' || c > '9':
			others = true
		}
	}
	return marks, others
}

// abbreviate shortens a text quoted in a message to what a person reads at a
// glance.
func abbreviate(s string) string {
	const most = 32
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	i := 0
	for n := 0; n < most-1; n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}
