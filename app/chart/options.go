package chart

import (
	"math"
	"strconv"
	"strings"
)

// Options are the display settings of a chart. The zero value is usable.
type Options struct {
	// Width and Height are the size the chart is shown at, in CSS pixels. Render
	// at the width shown: the SVG scales, and text drawn for 1000 px becomes
	// unreadable when shrunk to a 360 px phone. Zero picks a default; Height 0
	// lets each chart choose a height that suits its width. Widths are kept
	// within 280-4000 px, heights within 180-3000 px.
	Width, Height int
	// Money formats a currency amount compactly for ticks and labels, e.g.
	// "$1.2M". Nil uses CompactMoney. Its output is escaped like all text.
	Money func(float64) string
	// Number formats a plain number (days, months, counts, percentages without
	// the % sign) for labels. Nil uses PlainNumber.
	Number func(float64) string
	// Dark selects the dark palette.
	Dark bool
}

// Size limits: below minWidth the text no longer fits whatever we do; the upper
// limits only stop absurd values from allocating huge strings.
const (
	defaultWidth = 640
	minWidth     = 280
	maxWidth     = 4000
	minHeight    = 180
	maxHeight    = 3000
)

// resolved is Options with every default filled in, plus the text metrics the
// builders use.
type resolved struct {
	w, h   int
	money  func(float64) string
	num    func(float64) string
	pal    palette
	text   float64 // body text size, px
	tick   float64 // tick label size, px
	narrow bool    // phone-sized: fewer ticks, shorter labels
}

// resolve fills in defaults. defHeight gives the chart's preferred height for a
// width when Options.Height is 0.
func (o Options) resolve(defHeight func(w int) int) resolved {
	r := resolved{w: o.Width, h: o.Height, money: o.Money, num: o.Number, pal: lightPalette}
	if r.w <= 0 {
		r.w = defaultWidth
	}
	r.w = clampInt(r.w, minWidth, maxWidth)
	if r.h <= 0 {
		r.h = defHeight(r.w)
	}
	r.h = clampInt(r.h, minHeight, maxHeight)
	if r.money == nil {
		r.money = CompactMoney
	}
	if r.num == nil {
		r.num = PlainNumber
	}
	if o.Dark {
		r.pal = darkPalette
	}
	r.text, r.tick, r.narrow = textSizes(r.w)
	return r
}

// textSizes gives the body and tick text sizes (px) for a chart width. They
// come in three steps rather than scaling continuously: fewer font faces to
// cache, and 12 px is the smallest size that stays legible on a phone, where
// the SVG is drawn at its real size.
func textSizes(w int) (text, tick float64, narrow bool) {
	switch {
	case w < 480:
		return 12, 12, true
	case w < 800:
		return 13, 12, false
	}
	return 14, 13, false
}

// lineHeight is the vertical room one line of body text needs.
func (r resolved) lineHeight() int { return lineHeight(r.text) }

func lineHeight(text float64) int { return int(math.Ceil(text * 1.35)) }

// maxTicks is how many tick intervals fit along length px when each label needs
// about per px.
func maxTicks(length, per int) int {
	if per <= 0 {
		return 2
	}
	return clampInt(length/per, 2, 10)
}

// CompactMoney formats an amount with a dollar sign and at most three
// significant digits: 950 → "$950", 1234 → "$1.23K", -108000 → "-$108K",
// 4657860 → "$4.66M".
func CompactMoney(v float64) string {
	return compact(v, "$")
}

func compact(v float64, sym string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	units := []struct {
		div  float64
		name string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}}
	for i, u := range units {
		if v < u.div && i < len(units)-1 {
			continue
		}
		x := v / u.div
		// Rounding can carry into the next unit: 999.6K is $1M, not $1000K.
		if r := roundSig(x, 3); r >= 1000 && i > 0 {
			x, u = v/units[i-1].div, units[i-1]
		}
		x = roundSig(x, 3)
		if u.div == 1 {
			x = math.Round(x*100) / 100 // cents at most
		}
		s := groupThousands(strconv.FormatFloat(x, 'f', -1, 64))
		if sign == "-" && s == "0" {
			sign = ""
		}
		return sign + sym + s + u.name
	}
	return sym + "0"
}

// roundSig rounds x (≥ 0) to n significant digits.
func roundSig(x float64, n int) float64 {
	if x == 0 {
		return 0
	}
	p := math.Pow(10, float64(n)-math.Ceil(math.Log10(x)))
	return math.Round(x*p) / p
}

// PlainNumber formats a number for labels: thousands separated by commas, no
// decimals from 100 up, at most two below (824.4 → "824", 4.75 → "4.75",
// 14.5 → "14.5", 12000 → "12,000").
func PlainNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	dec := 2
	switch a := math.Abs(v); {
	case a >= 100:
		dec = 0
	case a >= 10:
		dec = 1
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return groupThousands(s)
}

func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String() + frac
	if neg {
		out = "-" + out
	}
	return out
}

func clampInt(v, lo, hi int) int {
	return max(lo, min(hi, v))
}
