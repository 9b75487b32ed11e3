package state

import (
	"errors"
	"strconv"
	"strings"
)

// Problem is a parse error worded as a sentence for the person who typed the text
// (so, unlike most Go errors, it is capitalised and ends with a full stop).
type Problem string

func (p Problem) Error() string { return string(p) }

// Parse errors.
const (
	ErrEmpty    Problem = "Enter a number."
	ErrNotNum   Problem = "Enter a number, such as 1500 or 12.5."
	ErrTooLarge Problem = "That number is too large."
	ErrComma    Problem = "Use a dot for decimals, such as 12.5; commas only group thousands (1,500)."
)

// MaxTextLen bounds a field's text: longer text is not a number anyone means
// (the largest float64 written out in full has 309 digits).
const MaxTextLen = 400

// ParseNumber reads a number the way people type it: "1500", "1,500", "12.5",
// " 1 500 ", "$25,000" or "30%". Commas and spaces may only group thousands. It
// never returns NaN or an infinity: words such as "NaN" or "Inf" and numbers too
// large for a float64 are errors.
func ParseNumber(text string) (float64, error) {
	s := strings.TrimSpace(text)
	if s == "" {
		return 0, ErrEmpty
	}
	if len(s) > MaxTextLen {
		return 0, ErrNotNum
	}
	// A currency sign before the number or a percent sign after it is what the
	// field's unit already says; accept it rather than scold.
	s = strings.TrimSuffix(s, "%")
	for _, sym := range []string{"$", "€", "£", "¥", "₹"} {
		s = strings.Replace(s, sym, "", 1)
	}
	s = strings.TrimSpace(s)
	clean, err := ungroup(s)
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) && !isTiny(clean) {
			return 0, ErrTooLarge
		}
		if !errors.Is(err, strconv.ErrRange) {
			return 0, ErrNotNum
		}
	}
	if v == 0 {
		v = 0 // no negative zero: "-0" is shown and saved as 0
	}
	return v, nil
}

// ungroup checks that s is a plain decimal number (sign, digits, at most one dot,
// an optional exponent) whose thousands may be grouped by commas or spaces, and
// returns it without the grouping. It rejects what strconv would accept but people
// do not mean: "NaN", "Inf", hex, underscores.
func ungroup(s string) (string, error) {
	var b strings.Builder
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		b.WriteByte(s[i])
		i++
	}
	// Integer part, with optional grouping: after the first separator every group
	// has exactly three digits, and the first group at most three.
	start := i
	groupSep := rune(0)
	digits := 0 // digits since the start or the last separator
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= 0x80 {
			r, size = decodeRune(s[i:])
		}
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
			digits++
			i += size
			continue
		}
		if !isGroupSep(r) {
			break
		}
		switch {
		case digits == 0 || (groupSep != 0 && r != groupSep):
			return "", ErrNotNum
		case groupSep != 0 && digits != 3, groupSep == 0 && digits > 3:
			return "", groupErr(r)
		}
		groupSep, digits = r, 0
		i += size
	}
	if groupSep != 0 && digits != 3 {
		return "", groupErr(groupSep)
	}
	if i == start && (i >= len(s) || s[i] != '.') {
		return "", ErrNotNum
	}
	if i < len(s) && s[i] == '.' {
		b.WriteByte('.')
		i++
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
			i++
			n++
		}
		if n == 0 && i == start+1 {
			return "", ErrNotNum
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		b.WriteByte('e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			b.WriteByte(s[i])
			i++
		}
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
			i++
			n++
		}
		if n == 0 {
			return "", ErrNotNum
		}
	}
	if i != len(s) {
		return "", ErrNotNum
	}
	return b.String(), nil
}

func groupErr(sep rune) error {
	if sep == ',' {
		return ErrComma
	}
	return ErrNotNum
}

func isGroupSep(r rune) bool {
	return r == ',' || r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\''
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 1
}

// isTiny reports whether an out-of-range number is one too close to zero (1e-400),
// which strconv rounds to 0 with ErrRange: that is a valid, if odd, zero.
func isTiny(s string) bool {
	_, exp, ok := strings.Cut(s, "e")
	return ok && strings.HasPrefix(exp, "-")
}
