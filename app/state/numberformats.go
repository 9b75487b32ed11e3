package state

import (
	"strings"

	"github.com/trainingroi/calculator/app/format"
)

// Numbers is how one locale writes numbers, as far as reading what people type
// goes: the decimal mark, the mark that groups thousands, and the short forms of
// thousands and millions. Spaces (also no-break and narrow ones) and apostrophes
// group thousands in every locale.
type Numbers struct {
	tag     string // the locale of app/format it is for, e.g. "de-DE"
	decimal byte   // '.' or ','
	group   byte   // ',' or '.'; 0 where only spaces group (French)
	// dotGroups: a dot groups thousands too, where it cannot be a decimal mark: in
	// a number with two dots or more, or with a decimal comma after it (French).
	dotGroups bool
	// smallM: "m" is a million, as CLDR's en-GB writes it ("£1.2m").
	smallM bool
	words  []scaleWord // the locale's own short forms, beside k, K and M
	notNum error       // the message for a text that is not a number, a Problem
	// (held as an error, so that returning it does not allocate)
	misreads *misreadings // the messages of a text written another locale's way
}

// scaleWord is a short form of a power of ten written after a number ("1,2 Mio.").
type scaleWord struct {
	text string // as CLDR writes it, matched ignoring ASCII case
	exp  string // the power of ten, as an exponent: "6"
}

// errNotNumComma is ErrNotNum where decimals follow a comma.
const errNotNumComma Problem = "Enter a number, such as 1500 or 12,5."

// shortForms are the locales' own short forms of powers of ten, beside k, K and
// M, which are read everywhere: CLDR's (its short decimal formats, as
// Intl.NumberFormat's compact notation prints them), for thousands and
// millions, the magnitudes the fields reach. German also reads "Tsd.", the
// usual abbreviation, though CLDR writes German thousands in full.
var shortForms = map[string][]scaleWord{
	"ja-JP": {{"万", "4"}, {"億", "8"}},
	"de-DE": {{"Tsd.", "3"}, {"Tsd", "3"}, {"Mio.", "6"}, {"Mio", "6"}},
	"es-ES": {{"mil", "3"}},
	"nl-NL": {{"mln.", "6"}, {"mln", "6"}},
}

// numberFormats holds the locales of app/format, read with the marks format
// prints them with.
var numberFormats = func() map[string]*Numbers {
	m := map[string]*Numbers{}
	for _, tag := range format.Locales {
		decimal, group := format.New(tag, DefaultCurrency).Marks()
		n := &Numbers{tag: tag, decimal: decimal[0], words: shortForms[tag],
			// "m" is a million where CLDR writes it so ("£1.2m").
			smallM: strings.HasPrefix(tag, "en-")}
		switch {
		case decimal == ".":
			n.group, n.notNum, n.misreads = group[0], ErrNotNum, &dotComma
		case group == ".":
			n.group, n.notNum, n.misreads = '.', errNotNumComma, &commaDot
		default: // a space groups
			n.dotGroups, n.notNum, n.misreads = true, errNotNumComma, &commaSpace
		}
		m[tag] = n
	}
	return m
}()

// DotDecimal is how URLs, sliders and data saved before locales were read
// write numbers: a dot before the decimals, commas between thousands (en-US).
var DotDecimal = numberFormats["en-US"]

// NumbersOf returns how the locale tag writes numbers. Unknown tags fall back as
// app/format's do: to the locale of their language, else en-US.
func NumbersOf(tag string) *Numbers {
	if n, ok := numberFormats[tag]; ok {
		return n
	}
	return numberFormats[format.New(tag, DefaultCurrency).Locale()]
}

// misreadings are the messages of a text written another locale's way, whole
// sentences that say how numbers are written here: when the text could mean two
// numbers, when it has the other decimal mark, when it groups thousands the
// other way.
type misreadings struct{ twoWays, decimals, thousands string }

var (
	dotComma = misreadings{
		"“{text}” could mean {a} or {b}. Type the one you mean: here a dot marks decimals and a comma groups thousands.",
		"“{text}” has a comma for decimals, but here a dot marks decimals and a comma groups thousands: type {a}.",
		"“{text}” groups thousands with dots, but here a dot marks decimals and a comma groups thousands: type {a}.",
	}
	commaDot = misreadings{
		"“{text}” could mean {a} or {b}. Type the one you mean: here a comma marks decimals and a dot groups thousands.",
		"“{text}” has a dot for decimals, but here a comma marks decimals and a dot groups thousands: type {a}.",
		"“{text}” groups thousands with commas, but here a comma marks decimals and a dot groups thousands: type {a}.",
	}
	commaSpace = misreadings{
		"“{text}” could mean {a} or {b}. Type the one you mean: here a comma marks decimals and a space groups thousands.",
		"“{text}” has a dot for decimals, but here a comma marks decimals and a space groups thousands: type {a}.",
		"“{text}” groups thousands with commas, but here a comma marks decimals and a space groups thousands: type {a}.",
	}
)
