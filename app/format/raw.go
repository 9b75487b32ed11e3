package format

import (
	"math"
	"strconv"
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
