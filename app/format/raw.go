package format

import (
	"math"
	"strconv"
	"strings"
)

// Raw writes a number for machines: the page hooks' data-value, the URL, saved
// data. Dot decimal, no grouping, no exponent, the shortest text that reads back
// as exactly v, and never "-0". sig > 0 rounds to that many significant digits
// first (the CSV file keeps 12, so 34.349999999999994 is written 34.35).
func Raw(v float64, sig int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	if sig > 0 {
		v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', sig, 64), 64)
	}
	if v == 0 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// DecimalComma reports whether the locale writes decimals after a comma.
func (f Format) DecimalComma() bool { return f.loc.decimal == "," }

// Plain writes a number for a spreadsheet set to the locale: Raw with the
// locale's decimal mark and no grouping ("1234,5" in German), which such a
// spreadsheet reads as a number.
func (f Format) Plain(v float64, sig int) string {
	s := Raw(v, sig)
	if f.DecimalComma() {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Exact writes a number as a person of the locale types it: every digit of the
// shortest text that reads back as exactly v, thousands grouped as the locale
// groups them ("25.000", "1.234,5", "12 500" with a narrow no-break space in
// French, "1234" in Spanish), a plain "-" for a negative number.
func (f Format) Exact(v float64) string {
	s := Raw(v, -1)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if len(whole) > 3+max(f.loc.minGroup-1, 0) {
		for i, d := range []byte(whole) {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteString(f.loc.group)
			}
			b.WriteByte(d)
		}
	} else {
		b.WriteString(whole)
	}
	if hasFrac {
		b.WriteString(f.loc.decimal)
		b.WriteString(frac)
	}
	return b.String()
}
