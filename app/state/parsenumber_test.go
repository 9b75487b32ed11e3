package state

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/format"
)

func TestParseNumberPerLocale(t *testing.T) {
	for _, c := range []struct {
		locale, in string
		want       float64
	}{
		// English (and what worked before locales were read).
		{"en-US", "1500", 1500},
		{"en-US", "1,500", 1500},
		{"en-US", "12.5", 12.5},
		{"en-US", " 1 500 ", 1500},
		{"en-US", "1,234,567.89", 1234567.89},
		{"en-US", "$25,000", 25000},
		{"en-US", "€ 400", 400},
		{"en-US", "30%", 30},
		{"en-US", ".5", 0.5},
		{"en-US", "5.", 5},
		{"en-US", "+3", 3},
		{"en-US", "-5", -5},
		{"en-US", "-$5", -5},
		{"en-US", "$-5", -5},
		{"en-US", "−4,500", -4500},
		{"en-US", "-0", 0},
		{"en-US", "1e3", 1000},
		{"en-US", "2.5E-1", 0.25},
		{"en-US", "1e-400", 0},
		{"en-US", "0", 0},
		{"en-US", "1\u00a0500", 1500},
		{"en-US", "1'500", 1500},
		{"en-US", "1’500", 1500},
		{"en-US", "1.500", 1.5}, // an English decimal, with a hint (TestHints)
		{"en-US", "25000 USD", 25000},
		{"en-US", "eur 400", 400},
		{"en-US", "CA$5", 5},
		{"en-US", "25k", 25000},
		{"en-US", "25 K", 25000},
		{"en-US", "1.2M", 1200000},
		{"en-US", "1.2m", 1200000},
		{"en-US", "$1.5k", 1500},
		{"en-US", "0.3", 0.3},
		{"en-US", "5,", 5}, // a comma or a misplaced separator: 5 either way
		{"en-GB", "£1.2m", 1200000},
		{"en-GB", "1,500", 1500},
		{"ja-JP", "¥25,000", 25000},
		{"ja-JP", "2.5万", 25000},
		{"ja-JP", "120万", 1200000},
		{"ja-JP", "1億", 1e8},
		// German: a dot groups, a comma marks decimals.
		{"de-DE", "1.500", 1500},
		{"de-DE", "1 500", 1500},
		{"de-DE", "1\u202f500", 1500},
		{"de-DE", "12,5", 12.5},
		{"de-DE", "25.000 €", 25000},
		{"de-DE", "25.000\u00a0€", 25000},
		{"de-DE", "€25.000", 25000},
		{"de-DE", "−1.234\u00a0€", -1234},
		{"de-DE", "1.234.567,89", 1234567.89},
		{"de-DE", "1,500", 1.5}, // a German decimal, with a hint
		{"de-DE", "0,3", 0.3},
		{"de-DE", ",5", 0.5},
		{"de-DE", "5,", 5},
		{"de-DE", "5.", 5},
		{"de-DE", "1,5e3", 1500},
		{"de-DE", "25k", 25000},
		{"de-DE", "1,2M", 1200000},
		{"de-DE", "1,2 Mio.", 1200000},
		{"de-DE", "1,2 Mio", 1200000},
		{"de-DE", "1,2 mio.", 1200000},
		{"de-DE", "1,2 Mio. €", 1200000},
		{"de-DE", "25 Tsd.", 25000},
		{"de-DE", "25Tsd", 25000},
		{"de-DE", "30 %", 30},
		{"de-AT", "1.500", 1500}, // another German: German numbers
		// French: spaces group, a comma marks decimals; a dot groups only where
		// it cannot be a decimal mark.
		{"fr-FR", "1 500", 1500},
		{"fr-FR", "1\u202f500", 1500},
		{"fr-FR", "1\u00a0500,5", 1500.5},
		{"fr-FR", "12,5", 12.5},
		{"fr-FR", "1.500.000", 1500000},
		{"fr-FR", "1.500,5", 1500.5},
		{"fr-FR", "25 k", 25000},
		{"fr-FR", "25 k€", 25000},
		{"fr-FR", "1,2 M", 1200000},
		{"fr-FR", "1,2M€", 1200000},
		{"fr-FR", "30\u202f%", 30},
		// Spanish and Dutch.
		{"es-ES", "1.500", 1500},
		{"es-ES", "1500", 1500},
		{"es-ES", "12,5", 12.5},
		{"es-ES", "25 mil", 25000},
		{"es-ES", "25 MIL €", 25000},
		{"es-ES", "1,2 M", 1200000},
		{"nl-NL", "€ 1.500", 1500},
		{"nl-NL", "1,5 mln.", 1500000},
		{"nl-NL", "1,5mln", 1500000},
		{"nl-NL", "25K", 25000},
		// Anything else: its language's format, else English.
		{"xx-YY", "1,500", 1500},
	} {
		got, err := ParseNumber(c.in, NumbersOf(c.locale))
		if err != nil || got != c.want || math.Signbit(got) != math.Signbit(c.want) {
			t.Errorf("%s: ParseNumber(%q) = %v, %v; want %v", c.locale, c.in, got, err, c.want)
		}
	}
}

// Texts the locale cannot read but another common format can: the message names
// what they could mean, as the locale writes it.
func TestParseNumberNamesBothReadings(t *testing.T) {
	for _, c := range []struct {
		locale, in string
		want       []string // in the message
	}{
		{"de-DE", "12.5", []string{"“12.5”", "12,5", "125", "a comma marks decimals"}},
		{"de-DE", "1.50", []string{"1,5 ", "150"}},
		{"de-DE", "0.5", []string{"0,5", " 5."}},
		{"de-DE", ".5", []string{"0,5", " 5."}},
		{"de-DE", "1.5000", []string{"1,5 ", "15.000"}},
		{"de-DE", "0.500", []string{"0,5 ", "500"}},
		{"de-DE", "1.2M", []string{"1.200.000", "12.000.000"}},
		{"de-DE", "1.5e3", []string{"1.500", "15.000"}},
		{"es-ES", "12.5", []string{"12,5", "125"}},
		{"nl-NL", "12.5", []string{"12,5", "125"}},
		{"fr-FR", "12.5", []string{"12,5", "125", "a space groups thousands"}},
		{"fr-FR", "1.500", []string{"1,5 ", "1\u202f500"}},
		{"en-US", "1,5", []string{"“1,5”", "1.5", "15", "a dot marks decimals"}},
		{"en-US", "12,5", []string{"12.5", "125"}},
		{"en-US", "0,500", []string{"0.5", "500"}},
		{"en-US", ",500", []string{"0.5", "500"}},
		{"en-US", "1500,000", []string{"1,500 ", "1,500,000"}},
		{"en-US", "1,2k", []string{"1,200", "12,000"}},
		{"en-US", "01,500", []string{"1.5", "1,500"}},
		{"en-GB", "1,5", []string{"1.5", "15"}},
		{"ja-JP", "1,5", []string{"1.5", "15"}},
	} {
		v, err := ParseNumber(c.in, NumbersOf(c.locale))
		if err == nil {
			t.Errorf("%s: %q read as %v, want an error naming both readings", c.locale, c.in, v)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q: message %q does not say %q", c.locale, c.in, err, w)
			}
		}
	}
}

// Texts plainly written the other way: the message says how, and how to write
// the number here.
func TestParseNumberWrittenTheOtherWay(t *testing.T) {
	for _, c := range []struct{ locale, in, want string }{
		{"de-DE", "1,500.5", "“1,500.5” has a dot for decimals, but here a comma marks decimals and a dot groups thousands: type 1.500,5."},
		{"de-DE", "1,500,000", "“1,500,000” groups thousands with commas, but here a comma marks decimals and a dot groups thousands: type 1.500.000."},
		{"de-DE", "1 500.5", "“1 500.5” has a dot for decimals, but here a comma marks decimals and a dot groups thousands: type 1.500,5."},
		{"fr-FR", "1,500.5", "“1,500.5” has a dot for decimals, but here a comma marks decimals and a space groups thousands: type 1\u202f500,5."},
		{"en-US", "1.500,5", "“1.500,5” has a comma for decimals, but here a dot marks decimals and a comma groups thousands: type 1,500.5."},
		{"en-US", "1.500.000", "“1.500.000” groups thousands with dots, but here a dot marks decimals and a comma groups thousands: type 1,500,000."},
	} {
		_, err := ParseNumber(c.in, NumbersOf(c.locale))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: ParseNumber(%q): %v; want %q", c.locale, c.in, err, c.want)
		}
	}
}

func TestParseNumberErrors(t *testing.T) {
	deNotNum := Problem("Enter a number, such as 1500 or 12,5.")
	for _, c := range []struct {
		locale, in string
		want       error
	}{
		{"en-US", "", ErrEmpty},
		{"de-DE", "   ", ErrEmpty},
		{"en-US", "abc", ErrNotNum},
		{"de-DE", "abc", deNotNum},
		{"fr-FR", "abc", deNotNum},
		{"en-US", "NaN", ErrNotNum},
		{"en-US", "nan", ErrNotNum},
		{"en-US", "Inf", ErrNotNum},
		{"de-DE", "-Infinity", deNotNum},
		{"en-US", "0x10", ErrNotNum},
		{"en-US", "1_000", ErrNotNum},
		{"en-US", "--1", ErrNotNum},
		{"en-US", ".", ErrNotNum},
		{"de-DE", ",", deNotNum},
		{"en-US", "1.2.3", ErrNotNum},
		{"de-DE", "1.2.3", deNotNum},
		{"en-US", "1e", ErrNotNum},
		{"en-US", "5 5", ErrNotNum},
		{"en-US", "1, 000", ErrNotNum},
		{"en-US", "1,000 000", ErrNotNum},
		{"en-US", "1$5", ErrNotNum},
		{"en-US", "1e3k", ErrNotNum},
		{"en-US", "k", ErrNotNum},
		{"en-US", "25 kk", ErrNotNum},
		{"en-US", "25 mil", ErrNotNum}, // Spanish
		{"de-DE", "1,2m", deNotNum},    // "m" is a million in English only
		{"de-DE", "Mio.", deNotNum},
		{"es-ES", "25 Mio.", deNotNum}, // German
		{"en-US", "1e400", ErrTooLarge},
		{"en-US", "-1e400", ErrTooLarge},
		{"de-DE", "1,5e400", ErrTooLarge},
		{"en-US", strings.Repeat("1", MaxTextLen), ErrTooLarge},
		{"en-US", strings.Repeat("1", MaxTextLen+1), ErrNotNum},
		{"de-DE", strings.Repeat("1", MaxTextLen+1), deNotNum},
	} {
		got, err := ParseNumber(c.in, NumbersOf(c.locale))
		if err != c.want {
			t.Errorf("%s: ParseNumber(%.30q) = %v, %v; want error %q", c.locale, c.in, got, err, c.want)
		}
	}
}

func TestEveryLocaleOfFormatIsRead(t *testing.T) {
	for _, tag := range format.Locales {
		if n := numberFormats[tag]; n == nil || n.tag != tag {
			t.Errorf("no number format for %s", tag)
		}
	}
}

// Valid texts of up to 32 characters are read without allocating; errors may.
func TestParseNumberDoesNotAllocate(t *testing.T) {
	for _, tag := range format.Locales {
		n := NumbersOf(tag)
		for _, s := range []string{"1500", "1 500", "12" + string(n.decimal) + "5", "25k", "30 %", "$25,000", "25.000 €", "1 234 567 890 123 456 789,5"} {
			if _, err := ParseNumber(s, n); err != nil {
				continue
			}
			if a := testing.AllocsPerRun(100, func() { _, _ = ParseNumber(s, n) }); a != 0 {
				t.Errorf("%s: ParseNumber(%q) allocates %v times", tag, s, a)
			}
		}
	}
}

func TestRewrite(t *testing.T) {
	de, en, fr := NumbersOf("de-DE"), NumbersOf("en-US"), NumbersOf("fr-FR")
	for _, c := range []struct {
		text     string
		from, to *Numbers
		want     string
	}{
		{"1.500", de, en, "1,500"},
		{"1,500", en, de, "1.500"},
		{"12,5", de, en, "12.5"},
		{"12.5", en, de, "12,5"},
		{"1,2 Mio.", de, en, "1,200,000"},
		{"1.500", de, fr, "1\u202f500"},
		{"4.5", DotDecimal, de, "4,5"},
		{"-0.25", DotDecimal, fr, "-0,25"},
		// Read the same: kept as typed.
		{"1500", de, en, "1500"},
		{"25k", de, en, "25k"},
		{"1 500,5", fr, de, "1 500,5"},
		{"30%", en, de, "30%"},
		// Not a number where it was typed: kept as typed.
		{"12.5", de, en, "12.5"},
		{"abc", de, en, "abc"},
		{"", de, en, ""},
	} {
		if got := Rewrite(c.text, c.from, c.to); got != c.want {
			t.Errorf("Rewrite(%q, %s, %s) = %q, want %q", c.text, c.from.tag, c.to.tag, got, c.want)
		}
	}
}

// FuzzParseNumber: in every locale, parsing never gives NaN, an infinity or
// negative zero, an error always comes with a sentence and no value, and a
// number reads back the same from the text a field and a URL write for it.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1500", "1,500", "12.5", "-5", "abc", "101", "", "1e400", "NaN", "$1,234.5", "1 000", "٣",
		"1.500", "12,5", "1,2 Mio.", "25k", "2.5万", "1.500.000", "0,3 %", "−1.234 €", "5.", "1,5e3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tag := range format.Locales {
			n := NumbersOf(tag)
			v, err := ParseNumber(s, n)
			if err != nil {
				if v != 0 {
					t.Fatalf("%s: error with a value: %v", tag, v)
				}
				if msg := err.Error(); msg == "" || strings.ContainsAny(msg[:1], "abcdefghijklmnopqrstuvwxyz") || !strings.HasSuffix(msg, ".") {
					t.Fatalf("%s: message %q is not a sentence", tag, msg)
				}
				continue
			}
			if math.IsNaN(v) || math.IsInf(v, 0) || v == 0 && math.Signbit(v) {
				t.Fatalf("%s: ParseNumber(%q) = %v", tag, s, v)
			}
			if w := Write(v, n); len(w) > MaxTextLen {
				t.Fatalf("%s: %v is written in %d characters", tag, v, len(w))
			} else if again, err := ParseNumber(w, n); err != nil || again != v {
				t.Fatalf("%s: %q -> %v -> %q -> %v, %v", tag, s, v, w, again, err)
			}
			if again, err := ParseNumber(Text(v), DotDecimal); err != nil || again != v {
				t.Fatalf("%s: %q -> %v -> URL %q -> %v, %v", tag, s, v, Text(v), again, err)
			}
		}
	})
}

// FuzzFormattedReadsBack: in every locale, what app/format prints for a number
// (Number, Trim, Money in every currency, TrimPercent) parses back to the number
// it shows.
func FuzzFormattedReadsBack(f *testing.F) {
	for _, v := range []float64{0, 1500, 1234567.891, -4500, 0.3, 12.5, 999.9995, 1e15, -0.0004, 5e-324} {
		f.Add(v, uint8(2))
	}
	f.Fuzz(func(t *testing.T, v float64, decimals uint8) {
		d := int(decimals % 7)
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) >= 1e100 {
			return
		}
		// What the text shows: v to nine more decimals than shown, rounded to d
		// decimals with a half rounded away from zero, as people round.
		shown := func(d int) float64 {
			if math.Abs(v)*math.Pow10(d) >= 1<<52 {
				// Beyond whole numbers' exact range, strconv's rounding.
				x, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', d, 64), 64)
				return x + 0
			}
			r, _ := new(big.Rat).SetString(strconv.FormatFloat(math.Abs(v), 'f', d+9, 64))
			p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
			r.Mul(r, p).Add(r, big.NewRat(1, 2))
			q := new(big.Int).Quo(r.Num(), r.Denom())
			x, _ := new(big.Rat).SetFrac(q, p.Num()).Float64()
			if v < 0 {
				x = -x
			}
			return x + 0 // no negative zero
		}
		for _, tag := range format.Locales {
			n := NumbersOf(tag)
			fm := format.New(tag, "EUR")
			texts := map[string]float64{
				fm.Number(v, d):      shown(d),
				fm.TrimPercent(v, d): shown(d),
			}
			for _, cur := range format.Currencies {
				texts[format.New(tag, cur).Money(v)] = shown(0)
			}
			trimmed := fm.Trim(v, d)
			texts[trimmed] = shown(d)
			for s, want := range texts {
				got, err := ParseNumber(s, n)
				if err != nil || got != want || got == 0 && math.Signbit(got) {
					t.Fatalf("%s: %q (for %v) reads as %v, %v; want %v", tag, s, v, got, err, want)
				}
			}
		}
	})
}
