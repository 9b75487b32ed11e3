// Package format writes the model's numbers for people: money in a currency,
// percentages, counts and months, with the separators of a locale. It is small
// tables rather than golang.org/x/text, to keep the wasm download small, and it is
// pure, so the server's prerendered HTML and the running app print the same text.
package format

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// Format prints numbers for one locale and currency.
type Format struct {
	loc locale
	cur currency
}

type locale struct {
	tag     string
	group   string // thousands separator
	decimal string // decimal separator
	// after puts the currency sign after the amount ("1.234 €"); sep goes between.
	after bool
	sep   string
	// pctSep goes between a number and "%" ("12 %" in French).
	pctSep string
	// minGroup is the least number of digits before the first separator is used:
	// Spanish writes 1234 but 12.345 (CLDR's minimumGroupingDigits 2).
	minGroup int
}

// currency is a currency's code and sign. Amounts are projections, printed in
// whole units in every currency, so minor units (none for JPY, two for the
// others) are never shown.
type currency struct {
	code   string
	symbol string
}

const (
	nbsp  = "\u00a0"
	nnbsp = "\u202f"
)

var locales = map[string]locale{
	"en-US": {tag: "en-US", group: ",", decimal: "."},
	"en-GB": {tag: "en-GB", group: ",", decimal: "."},
	"de-DE": {tag: "de-DE", group: ".", decimal: ",", after: true, sep: nbsp, pctSep: nbsp},
	"fr-FR": {tag: "fr-FR", group: nnbsp, decimal: ",", after: true, sep: nbsp, pctSep: nnbsp},
	"es-ES": {tag: "es-ES", group: ".", decimal: ",", after: true, sep: nbsp, pctSep: nbsp, minGroup: 2},
	"nl-NL": {tag: "nl-NL", group: ".", decimal: ",", sep: nbsp},
	"ja-JP": {tag: "ja-JP", group: ",", decimal: "."},
}

var currencies = map[string]currency{
	"USD": {code: "USD", symbol: "$"},
	"EUR": {code: "EUR", symbol: "€"},
	"GBP": {code: "GBP", symbol: "£"},
	"CHF": {code: "CHF", symbol: "CHF"},
	"CAD": {code: "CAD", symbol: "CA$"},
	"AUD": {code: "AUD", symbol: "A$"},
	"JPY": {code: "JPY", symbol: "¥"},
	"INR": {code: "INR", symbol: "₹"},
	// "kr" is also the Danish and Norwegian krone: outside Swedish, CLDR writes SEK.
	"SEK": {code: "SEK", symbol: "SEK"},
}

// Locales lists the supported locale tags, for the page's selector.
var Locales = []string{"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "nl-NL", "ja-JP"}

// Currencies lists the supported currency codes, for the page's selector.
var Currencies = []string{"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "INR", "SEK"}

// New returns a Format for a locale tag and a currency code. Unknown tags fall back
// to the locale of their language where there is one, else en-US; unknown
// currencies are shown by their code, and anything that is not a code is USD.
func New(localeTag, currencyCode string) Format {
	l, ok := locales[localeTag]
	if !ok {
		lang, _, _ := strings.Cut(localeTag, "-")
		l = locales["en-US"]
		for _, t := range Locales {
			if tl, _, _ := strings.Cut(t, "-"); strings.EqualFold(tl, lang) {
				l = locales[t]
				break
			}
		}
	}
	code := strings.ToUpper(currencyCode)
	c, ok := currencies[code]
	if !ok && isCode(code) {
		c = currency{code: code, symbol: code}
	} else if !ok {
		c = currencies["USD"] // not an ISO 4217 code: never print it
	}
	return Format{loc: l, cur: c}
}

// Locale returns the locale tag in use.
func (f Format) Locale() string { return f.loc.tag }

// Marks returns the locale's decimal mark and the mark that groups thousands,
// for reading what people type the way it is printed.
func (f Format) Marks() (decimal, group string) { return f.loc.decimal, f.loc.group }

// Currency returns the currency code in use.
func (f Format) Currency() string { return f.cur.code }

// Number prints v with the given number of decimals and thousands separators.
func (f Format) Number(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	s := strconv.FormatFloat(halfUp(math.Abs(v), decimals), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	// One allocation: the sign, the digits, separators and the decimals.
	b.Grow(len("−") + len(s) + len(whole)/3*len(f.loc.group) + len(f.loc.decimal))
	if v < 0 && strings.Trim(s, "0.") != "" {
		b.WriteString("−")
	}
	grouped := len(whole) > 3+max(f.loc.minGroup-1, 0)
	for i, r := range whole {
		if grouped && i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(f.loc.group)
		}
		b.WriteByte(byte(r))
	}
	if frac != "" {
		b.WriteString(f.loc.decimal)
		b.WriteString(frac)
	}
	return b.String()
}

// halfUp moves a (not negative) up when it lies halfway between two numbers of
// the given decimals, as people round what they read ($447,376.50 is $447,377,
// 2.675 is 2.68), where strconv rounds the binary value, a half to even. Halfway
// is judged nine decimals further on, so that arithmetic's last bit
// (447,376.49999999994) does not turn a half into less.
func halfUp(a float64, decimals int) float64 {
	const further = 9
	if decimals < 0 || decimals > 6 {
		return a
	}
	p := math.Pow10(decimals)
	x := a * p
	if x >= 1<<52 {
		return a // beyond whole numbers' exact range: strconv's rounding stands
	}
	// Most numbers are nowhere near a half: only those near one are written out.
	if frac := x - math.Floor(x); frac < 0.4999 || frac > 0.5001 {
		return a
	}
	var buf [48]byte
	b := strconv.AppendFloat(buf[:0], a, 'f', decimals+further, 64)
	if !bytes.HasSuffix(b, []byte("500000000")) {
		return a
	}
	return (math.Floor(x) + 1) / p
}

// Trim prints v with at most the given decimals, dropping trailing zeros.
func (f Format) Trim(v float64, decimals int) string {
	s := f.Number(v, decimals)
	if decimals == 0 || !strings.Contains(s, f.loc.decimal) {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, f.loc.decimal)
}

// Money prints an amount in whole currency units ("$3,600,000", "3.600.000 €").
func (f Format) Money(v float64) string {
	return f.withSymbol(f.Number(v, 0))
}

// MoneyCompact prints an amount briefly, for chart ticks and tight spaces:
// "$1.2M", "$850k", "$0".
func (f Format) MoneyCompact(v float64) string {
	return f.withSymbol(f.Compact(v))
}

// Compact prints a number briefly, as MoneyCompact does without the currency:
// "1.2M", "850k", "950".
func (f Format) Compact(v float64) string {
	a := math.Abs(v)
	// The unit follows the number as printed (whole units below a thousand,
	// tenths of a unit above), so that 999,960 is "1M", not "1,000k".
	s := f.Number(v, 0)
	shown := math.Round(a)
	for _, u := range compactUnits {
		if !(shown >= u.div) {
			break
		}
		s = f.Trim(v/u.div, 1) + u.suffix
		shown = math.Round(a/u.div*10) / 10 * u.div
	}
	return s
}

var compactUnits = [...]struct {
	div    float64
	suffix string
}{{1e3, "k"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}}

func (f Format) withSymbol(num string) string {
	neg := strings.HasPrefix(num, "−")
	num = strings.TrimPrefix(num, "−")
	sym := f.cur.symbol
	var s string
	if f.loc.after {
		s = num + f.loc.sep + sym
	} else {
		sep := f.loc.sep
		if sep == "" && isLetters(sym) {
			sep = nbsp
		}
		s = sym + sep + num
	}
	if neg {
		return "−" + s
	}
	return s
}

// isCode tells whether s is three letters A–Z, the form of an ISO 4217 code.
func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	if s == "" {
		return false
	}
	last := s[len(s)-1]
	return last >= 'A' && last <= 'Z' || last >= 'a' && last <= 'z'
}

// Percent prints a percentage given in percent (29.4 → "29.4%").
func (f Format) Percent(v float64, decimals int) string {
	return f.Number(v, decimals) + f.loc.pctSep + "%"
}

// TrimPercent prints a percentage with at most the given decimals, dropping
// trailing zeros (34.35 → "34.35%", 22.6 → "22,6 %" in German).
func (f Format) TrimPercent(v float64, decimals int) string {
	return f.Trim(v, decimals) + f.loc.pctSep + "%"
}

// SignedPercent prints a percentage with its sign: "+29.4%", "−3.0%".
func (f Format) SignedPercent(v float64, decimals int) string {
	s := f.Percent(v, decimals)
	if v > 0 && strings.Trim(f.Number(v, decimals), "0.,"+f.loc.group) != "" {
		return "+" + s
	}
	return s
}

// MoneyFit prints an amount in full while it has at most 15 digits, and compactly
// beyond ("$2.1Q" would be unreadable as 19 digits), then with the full amount as
// exact for a tooltip.
func (f Format) MoneyFit(v float64) (text, exact string) {
	if math.Abs(v) < 1e15 {
		return f.Money(v), ""
	}
	return f.MoneyCompact(v), f.Money(v)
}
