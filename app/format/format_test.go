package format

import (
	"math"
	"strings"
	"testing"
)

func TestMoneyPerLocale(t *testing.T) {
	for _, c := range []struct {
		locale, currency string
		v                float64
		want             string
	}{
		{"en-US", "USD", 3600000, "$3,600,000"},
		{"en-US", "USD", -4500, "−$4,500"},
		{"en-GB", "GBP", 1234.4, "£1,234"},
		{"de-DE", "EUR", 1234567, "1.234.567\u00a0€"},
		{"fr-FR", "EUR", 1234567, "1\u202f234\u202f567\u00a0€"},
		{"es-ES", "EUR", 1234567, "1.234.567\u00a0€"},
		{"nl-NL", "EUR", 1234567, "€\u00a01.234.567"},
		{"ja-JP", "JPY", 1234567, "¥1,234,567"},
		{"en-US", "CHF", 1000, "CHF\u00a01,000"},
		{"en-US", "SEK", 1000, "SEK\u00a01,000"},
		{"de-DE", "SEK", 1000, "1.000\u00a0SEK"},
		{"de-DE", "CHF", 1234567, "1.234.567\u00a0CHF"},
		{"nl-NL", "CHF", 1000, "CHF\u00a01.000"},
		{"es-ES", "EUR", 1234, "1234\u00a0€"},
		{"es-ES", "EUR", 12345, "12.345\u00a0€"},
		{"es-ES", "EUR", -1234, "−1234\u00a0€"},
		{"en-US", "JPY", 1234567.89, "¥1,234,568"},
		{"en-US", "CAD", 1000, "CA$1,000"},
		{"en-US", "AUD", 1000, "A$1,000"},
		{"en-GB", "INR", 1000, "₹1,000"},
		{"en-US", "usd", 5, "$5"},
		{"en-US", "<b>", 5, "$5"},
		{"en-US", "", 5, "$5"},
		{"en-IN", "INR", 1000, "₹1,000"},
		{"xx-YY", "ZZZ", 5, "ZZZ\u00a05"},
		{"en-US", "USD", 0.4, "$0"},
	} {
		if got := New(c.locale, c.currency).Money(c.v); got != c.want {
			t.Errorf("%s %s Money(%v) = %q, want %q", c.locale, c.currency, c.v, got, c.want)
		}
	}
}

func TestCompactPercentAndNumbers(t *testing.T) {
	us := New("en-US", "USD")
	de := New("de-DE", "EUR")
	for _, c := range []struct{ got, want string }{
		{us.MoneyCompact(1234567), "$1.2M"},
		{us.MoneyCompact(850000), "$850k"},
		{us.MoneyCompact(1000000), "$1M"},
		{us.MoneyCompact(-2500), "−$2.5k"},
		{us.MoneyCompact(0), "$0"},
		{us.MoneyCompact(3e9), "$3B"},
		{de.MoneyCompact(1234567), "1,2M\u00a0€"},
		{us.MoneyCompact(999960), "$1M"},
		{us.MoneyCompact(-999960), "−$1M"},
		{us.MoneyCompact(999.6), "$1k"},
		{us.MoneyCompact(999.4), "$999"},
		{us.MoneyCompact(999_949_999), "$999.9M"},
		{us.MoneyCompact(999_960_000), "$1B"},
		{us.MoneyCompact(1e15), "$1,000T"},
		{de.MoneyCompact(999960), "1M\u00a0€"},
		{us.Compact(36_000_000), "36M"},
		{us.Compact(824.4), "824"},
		{us.Compact(-12_345), "−12.3k"},
		{de.Compact(1_260_000), "1,3M"},
		{us.Percent(414.2375, 0), "414%"},
		{us.SignedPercent(29.385, 1), "+29.4%"},
		{us.SignedPercent(0.01, 1), "0.0%"},
		{us.SignedPercent(-3, 1), "−3.0%"},
		{de.Percent(29.385, 1), "29,4\u00a0%"},
		{us.Trim(4.75016, 1), "4.8"},
		{us.TrimPercent(34.35, 2), "34.35%"},
		{de.TrimPercent(22.599999999999998, 2), "22,6\u00a0%"},
		{New("fr-FR", "EUR").TrimPercent(30, 2), "30\u202f%"},
		{New("es-ES", "EUR").Number(1234.5, 1), "1234,5"},
		{New("es-ES", "EUR").Number(123456.5, 1), "123.456,5"},
		{us.Trim(5.0, 1), "5"},
		{de.Trim(1234.5, 2), "1.234,5"},
		{us.Number(math.NaN(), 1), "n/a"},
		{us.Number(math.Inf(1), 1), "n/a"},
		{us.Number(-0.0001, 1), "0.0"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestZeroFormatIsUsable(t *testing.T) {
	var f Format
	if got := f.Money(1000); !strings.Contains(got, "1") {
		t.Fatalf("zero Format: %q", got)
	}
}

func FuzzNumber(f *testing.F) {
	f.Add(1234.5, 2, "de-DE", "EUR")
	f.Add(-1e300, 0, "fr-FR", "JPY")
	f.Fuzz(func(t *testing.T, v float64, decimals int, loc, cur string) {
		if decimals < 0 || decimals > 6 {
			return
		}
		fm := New(loc, cur)
		for _, s := range []string{fm.Number(v, decimals), fm.Money(v), fm.MoneyCompact(v), fm.Percent(v, decimals)} {
			if strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
				t.Fatalf("%q for %v", s, v)
			}
		}
	})
}

// An amount halfway as written rounds up, as people round money; strconv alone would
// round the binary value, a half to even.
func TestHalfUp(t *testing.T) {
	f := New("en-US", "USD")
	for _, c := range []struct {
		v        float64
		decimals int
		want     string
	}{
		{447376.5, 0, "447,377"},
		{-447376.5, 0, "−447,377"},
		{0.125, 2, "0.13"},
		{2.5, 0, "3"},
		{2.675, 2, "2.68"}, // as written, though 2.67499999… in binary
		{1.4999999, 0, "1"},
		{555376.5 - 108000.00000000006, 0, "447,377"}, // a half but for the last bit
		{0.0625, 3, "0.063"},
	} {
		if got := f.Number(c.v, c.decimals); got != c.want {
			t.Errorf("Number(%v, %d) = %q, want %q", c.v, c.decimals, got, c.want)
		}
	}
}
