package chart

import (
	"math"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
)

// Width limits: below minWidth the text no longer fits whatever we do; the
// upper limit only stops absurd values from allocating huge strings.
const (
	defaultWidth = 640
	minWidth     = 280
	maxWidth     = 2400
)

// look is Options resolved: everything a chart needs to draw itself.
type look struct {
	w      int
	f      format.Format
	p      i18n.Printer // the words' language
	pal    palette
	text   float64 // body text size, px
	tick   float64 // tick label size, px
	narrow bool    // phone-sized: shorter labels
}

func (o Options) look() look {
	w := o.Width
	if w <= 0 {
		w = defaultWidth
	}
	l := look{w: clampInt(w, minWidth, maxWidth), f: format.New(o.Locale, o.Currency), p: i18n.For(o.Lang), pal: lightPalette}
	if o.Dark {
		l.pal = darkPalette
	}
	// Three steps rather than a continuous scale: 12 px is the smallest size
	// that stays legible on a phone, where the SVG is drawn at its real size,
	// and a chart drawn at 640 px prints at about that width, so its 12 px
	// come out at 9 pt.
	switch {
	case l.w < 480:
		l.text, l.tick, l.narrow = 12, 12, true
	case l.w < 800:
		l.text, l.tick = 13, 12
	default:
		l.text, l.tick = 14, 13
	}
	return l
}

// lh is the vertical room one line of body text takes.
func (l look) lh() int { return int(math.Ceil(l.text * 1.35)) }

// money, count and num format values for labels and ticks.
func (l look) money(v float64) string { return l.f.MoneyCompact(v) }
func (l look) num(v float64) string   { return l.f.Trim(v, 1) }
func (l look) count(v float64) string {
	if math.Abs(v) < 1e4 {
		return l.f.Trim(v, 1)
	}
	return l.f.Compact(v)
}

// Table cells: in full, and "n/a" for what is not a finite number.
func (l look) moneyCell(v float64) string { return cell(v, l.f.Money) }
func (l look) numCell(v float64) string {
	return cell(v, func(v float64) string { return l.f.Trim(v, 1) })
}

func cell(v float64, f func(float64) string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a" // never shown: the page's numbers are finite
	}
	return f(v)
}

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }

// sep is what goes between two sentences in the chart's language.
func (l look) sep() string {
	if l.p.Lang == i18n.JA {
		return ""
	}
	return " "
}
