package state

import "github.com/trainingroi/calculator/app/format"

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

// Locale returns the tag of the locale whose writing n reads.
func (n *Numbers) Locale() string { return n.tag }

func dotDecimal(tag string, smallM bool, words ...scaleWord) *Numbers {
	return &Numbers{tag: tag, decimal: '.', group: ',', smallM: smallM, words: words,
		notNum: ErrNotNum, misreads: &dotComma}
}

func commaDecimal(tag string, words ...scaleWord) *Numbers {
	return &Numbers{tag: tag, decimal: ',', group: '.', words: words,
		notNum: errNotNumComma, misreads: &commaDot}
}

// errNotNumComma is ErrNotNum where decimals follow a comma.
const errNotNumComma Problem = "Enter a number, such as 1500 or 12,5."

// numberFormats holds the locales of app/format. The short forms are CLDR's
// (its short decimal formats, as Intl.NumberFormat's compact notation prints
// them): thousands and millions, the magnitudes the fields reach; k, K and M are
// read everywhere. German also reads "Tsd.", the usual abbreviation, though
// CLDR writes German thousands in full.
var numberFormats = map[string]*Numbers{
	"en-US": dotDecimal("en-US", true),
	"en-GB": dotDecimal("en-GB", true),
	"ja-JP": dotDecimal("ja-JP", false, scaleWord{"万", "4"}, scaleWord{"億", "8"}),
	"de-DE": commaDecimal("de-DE", scaleWord{"Tsd.", "3"}, scaleWord{"Tsd", "3"}, scaleWord{"Mio.", "6"}, scaleWord{"Mio", "6"}),
	"es-ES": commaDecimal("es-ES", scaleWord{"mil", "3"}),
	"nl-NL": commaDecimal("nl-NL", scaleWord{"mln.", "6"}, scaleWord{"mln", "6"}),
	"fr-FR": {tag: "fr-FR", decimal: ',', dotGroups: true,
		notNum: errNotNumComma, misreads: &commaSpace},
}

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
