package state

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
)

// Problem is a parse error worded as a sentence for the person who typed the text
// (so, unlike most Go errors, it is capitalised and ends with a full stop), in
// English: the message the page puts in the visitor's language.
type Problem string

func (p Problem) Error() string { return string(p) }

// misread is a parse error that quotes the text: a message with placeholders.
type misread struct{ msg i18n.Msg }

func (m *misread) Error() string { return m.msg.String() }

// messageOf is a parse error as a message to translate.
func messageOf(err error) i18n.Msg {
	switch e := err.(type) {
	case Problem:
		return i18n.M(string(e))
	case *misread:
		return e.msg
	}
	return i18n.M(string(ErrNotNum))
}

// Parse errors; a locale that writes decimals with a comma says "12,5" in
// ErrNotNum's place, and a text written in another locale's way gets a message of
// its own (see unreadable).
const (
	ErrEmpty    Problem = "Enter a number."
	ErrNotNum   Problem = "Enter a number, such as 1500 or 12.5."
	ErrTooLarge Problem = "That number is too large."
)

// MaxTextLen bounds a field's text: longer text is not a number anyone means
// (the largest float64 written out in full has 309 digits).
const MaxTextLen = 400

// ParseNumber reads a number the way n's locale writes it. In English "1,500",
// "12.5", "$25,000", "30%", "25k", "1.2M"; in German "1.500", "12,5", "25.000 €",
// "1,2 Mio."; spaces group thousands everywhere ("1 500"). A text the locale
// cannot read but another common format can is an error that says what it could
// mean ("12.5" in German could be 12,5 or 125): never a guess. It never returns
// NaN, an infinity or negative zero: "NaN", "Inf" and numbers too large for a
// float64 are errors.
//
// It runs on every key for every field, so it does not allocate when it reads a
// number of up to 32 digits; only errors do.
func ParseNumber(text string, n *Numbers) (float64, error) {
	v, _, err := n.read(text)
	return v, err
}

// reading says how a valid text was read, for the hints.
type reading uint8

const (
	plainReading reading = iota
	// thousandsLike is one decimal mark with exactly three digits after it and
	// one to three before, not starting with 0: "1,500" in German, "1.500" in
	// English, which a visitor used to the other way would mean as a thousand or
	// more.
	thousandsLike
)

// number is a text taken apart: the digits and marks, and what surrounds them.
type number struct {
	mant  string // digits and marks: "1.234,5"
	exp   string // the written exponent's digits, with their sign: "-3"
	scale string // the exponent a short form stands for: "6" for "Mio."
	neg   bool
}

func (n *Numbers) read(text string) (float64, reading, error) {
	s := strings.TrimSpace(text)
	if s == "" {
		return 0, plainReading, ErrEmpty
	}
	if len(s) > MaxTextLen {
		return 0, plainReading, n.notNum
	}
	num, ok := n.split(s)
	if !ok {
		return 0, plainReading, n.notNum
	}
	var buf [MaxTextLen + 16]byte
	digits, ok := readMantissa(buf[:0], num.mant, n.decimal, n.groupFor(num.mant))
	if !ok {
		v, err := n.unreadable(s, num)
		return v, plainReading, err
	}
	v, err := num.value(digits)
	if err != nil {
		return 0, plainReading, n.problem(err)
	}
	r := plainReading
	if i := strings.IndexByte(num.mant, n.decimal); i >= 1 && i <= 3 && len(num.mant) == i+4 &&
		num.mant[0] != '0' && num.exp == "" && num.scale == "" {
		r = thousandsLike
	}
	return v, r, nil
}

// split takes a trimmed text apart: a sign and a currency before the number, a
// percent sign, a currency and a short form after it, an exponent. The currency
// sign and the percent sign are what the field's unit already says; accepting
// them is kinder than scolding.
func (n *Numbers) split(s string) (number, bool) {
	var num number
	signed := false
	if neg, size := signAt(s); size > 0 {
		num.neg, signed, s = neg, true, s[size:]
	}
	if size := currencyPrefix(s); size > 0 {
		s = strings.TrimSpace(s[size:])
		if neg, size := signAt(s); size > 0 && !signed {
			num.neg, s = neg, s[size:]
		}
	}
	if rest, ok := strings.CutSuffix(s, "%"); ok {
		s = strings.TrimSpace(rest)
	} else if size := currencySuffix(s); size > 0 {
		s = strings.TrimSpace(s[:len(s)-size])
	}
	s, num.scale = n.cutScale(s)
	if s == "" {
		return num, false
	}
	num.mant = s
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		num.mant, num.exp = s[:i], s[i+1:]
		if num.scale != "" || !isExponent(num.exp) {
			return num, false
		}
	}
	return num, true
}

// signAt reads a leading sign: '+', '-' or the minus sign app/format writes.
func signAt(s string) (neg bool, size int) {
	switch {
	case s == "":
		return false, 0
	case s[0] == '+':
		return false, 1
	case s[0] == '-':
		return true, 1
	case strings.HasPrefix(s, "−"):
		return true, len("−")
	}
	return false, 0
}

// currencySigns are the signs app/format writes, longest first.
var currencySigns = []string{"CA$", "A$", "$", "€", "£", "¥", "₹"}

func currencyPrefix(s string) int {
	if s == "" || s[0] >= '0' && s[0] <= '9' || s[0] == '.' || s[0] == ',' {
		return 0
	}
	for _, sym := range currencySigns {
		if strings.HasPrefix(s, sym) {
			return len(sym)
		}
	}
	if len(s) >= 3 && isCurrencyCode(s[:3]) {
		return 3
	}
	return 0
}

func currencySuffix(s string) int {
	if s == "" || s[len(s)-1] >= '0' && s[len(s)-1] <= '9' {
		return 0
	}
	for _, sym := range currencySigns {
		if strings.HasSuffix(s, sym) {
			return len(sym)
		}
	}
	if len(s) >= 3 && isCurrencyCode(s[len(s)-3:]) {
		return 3
	}
	return 0
}

// isCurrencyCode tells whether s is the code of a currency the page offers,
// in any case: the unit beside a money field is that code.
func isCurrencyCode(s string) bool {
	for _, c := range format.Currencies {
		if strings.EqualFold(s, c) {
			return true
		}
	}
	return false
}

// cutScale takes a short form of thousands or millions off the end of s: k, K and
// M everywhere, m in English, and the locale's own (see numberFormats).
func (n *Numbers) cutScale(s string) (string, string) {
	if s == "" {
		return s, ""
	}
	exp := ""
	switch last := s[len(s)-1]; {
	case last >= '0' && last <= '9':
		return s, ""
	case last == 'k' || last == 'K':
		exp = "3"
	case last == 'M' || last == 'm' && n.smallM:
		exp = "6"
	}
	if exp != "" {
		return strings.TrimSpace(s[:len(s)-1]), exp
	}
	for _, w := range n.words {
		if len(s) > len(w.text) && strings.EqualFold(s[len(s)-len(w.text):], w.text) {
			return strings.TrimSpace(s[:len(s)-len(w.text)]), w.exp
		}
	}
	return s, ""
}

// isExponent tells whether s is an exponent's sign and digits: "3", "+3", "-3".
func isExponent(s string) bool {
	if _, size := signAt(s); size > 0 {
		s = s[size:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// groupFor is the mark that groups thousands in mant: the locale's, or, in
// French, a dot where it cannot be a decimal mark ("1.500.000", "1.500,5").
func (n *Numbers) groupFor(mant string) byte {
	if !n.dotGroups {
		return n.group
	}
	first := strings.IndexByte(mant, '.')
	if first < 0 {
		return n.group
	}
	if strings.LastIndexByte(mant, '.') > first || strings.LastIndexByte(mant, ',') > first {
		return '.'
	}
	return n.group
}

// readMantissa appends to buf the digits of mant, with '.' before its decimals,
// when mant is written with dec as the decimal mark and group (or a space, or an
// apostrophe) between thousands: after the first group of one to three digits,
// not starting with 0, every group has three, all separated by the same mark.
// It reports false for anything else: "NaN", "Inf", hex, underscores, "1.2.3".
func readMantissa(buf []byte, mant string, dec, group byte) ([]byte, bool) {
	sep := byte(0) // the kind of separator in use: see sepAt
	run := 0       // digits since the start or the last separator
	whole := 0     // digits before the decimal mark
	i := 0
	for i < len(mant) {
		c := mant[i]
		if c >= '0' && c <= '9' {
			buf = append(buf, c)
			run++
			whole++
			i++
			continue
		}
		if c == dec {
			break
		}
		kind, size := sepAt(mant[i:], group)
		switch {
		case kind == 0 || run == 0:
			return buf, false
		case sep == 0 && (run > 3 || mant[0] == '0'):
			return buf, false
		case sep != 0 && (kind != sep || run != 3):
			return buf, false
		}
		sep, run = kind, 0
		i += size
	}
	if sep != 0 && run != 3 {
		return buf, false
	}
	frac := 0
	if i < len(mant) { // at the decimal mark
		buf = append(buf, '.')
		for i++; i < len(mant) && mant[i] >= '0' && mant[i] <= '9'; i++ {
			buf = append(buf, mant[i])
			frac++
		}
	}
	return buf, i == len(mant) && whole+frac > 0
}

// sepAt reads a thousands separator at the start of s: the locale's mark (kind
// 1), a space, no-break space, narrow no-break space or thin space (kind 2, as
// app/format and other programs write French numbers), or an apostrophe (kind 3,
// as the Swiss write them). kind 0: none.
func sepAt(s string, group byte) (kind byte, size int) {
	switch {
	case group != 0 && s[0] == group:
		return 1, 1
	case s[0] == ' ':
		return 2, 1
	case s[0] == '\'':
		return 3, 1
	case strings.HasPrefix(s, "\u00a0"):
		return 2, len("\u00a0")
	case strings.HasPrefix(s, "\u202f"), strings.HasPrefix(s, "\u2009"):
		return 2, len("\u202f")
	case strings.HasPrefix(s, "’"):
		return 3, len("’")
	}
	return 0, 0
}

// value is the number whose digits readMantissa wrote to digits.
func (num number) value(digits []byte) (float64, error) {
	switch {
	case num.exp != "":
		digits = append(digits, 'e')
		if neg, size := signAt(num.exp); size > 0 {
			if neg {
				digits = append(digits, '-')
			}
			digits = append(digits, num.exp[size:]...)
		} else {
			digits = append(digits, num.exp...)
		}
	case num.scale != "":
		// An exponent, so that "1.2M" is exactly 1200000, as 1.2 × 1e6 is not
		// always.
		digits = append(digits, 'e')
		digits = append(digits, num.scale...)
	}
	v, err := strconv.ParseFloat(string(digits), 64)
	switch {
	case err == nil:
	case !errors.Is(err, strconv.ErrRange):
		return 0, err
	case math.IsInf(v, 0):
		return 0, ErrTooLarge
	}
	// Too close to zero for a float64 (1e-400) is a valid, if odd, zero; and
	// "-0" is shown and saved as 0.
	if num.neg && v != 0 {
		v = -v
	}
	return v, nil
}

// problem words an error of value for n's locale.
func (n *Numbers) problem(err error) error {
	if err == ErrTooLarge {
		return ErrTooLarge
	}
	return n.notNum
}
