package state

import (
	"math"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// hint is a word about a valid value that may not be what was meant; the field
// stays valid. "" when there is nothing to say.
//
//   - A percentage between 0 and 1 may be a fraction: "0.3%; did you mean 30%?".
//   - One decimal mark followed by three digits ("1,500" in German, "1.500" in
//     English) is a decimal here but a thousand and more for a visitor used to the
//     other way: "1,5; did you mean 1.500?", where that reading is valid too.
func hint(fd calc.Field, v float64, r reading, n *Numbers) i18n.Msg {
	switch {
	case fd.Unit == "%" && v > 0 && v < 1:
		f := format.New(n.tag, DefaultCurrency)
		return i18n.M(didYouMean, "typed", f.TrimPercent(v, 6), "meant", f.TrimPercent(v*100, 4))
	case r == thousandsLike:
		// The digits without the mark: an integer of at most six digits, exact.
		k := math.Round(math.Abs(v) * 1000)
		if v < 0 {
			k = -k
		}
		if fd.Check(k) != calc.NoProblem {
			return i18n.Msg{}
		}
		f := format.New(n.tag, DefaultCurrency)
		return i18n.M(didYouMean, "typed", f.Number(v, -1), "meant", f.Number(k, 0))
	}
	return i18n.Msg{}
}

const didYouMean = "{typed}; did you mean {meant}?"
