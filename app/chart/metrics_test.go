package chart

import (
	"math"
	"strings"
	"testing"

	"github.com/golang/freetype/truetype"
	"github.com/trainingroi/calculator/app/format"
	gochart "github.com/wcharczuk/go-chart/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// The tests here compare the width table with truetype faces of the font it was
// made from: go-chart's embedded Roboto, which tests may link (they are not
// part of the wasm).

func roboto(t testing.TB) *truetype.Font {
	t.Helper()
	f, err := gochart.GetDefaultFont()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// mappedRunes lists the runes the table has an entry for.
func mappedRunes() []rune {
	var rs []rune
	for _, run := range robotoRuns {
		for i := range rune(run.n) {
			rs = append(rs, run.first+i)
		}
	}
	return rs
}

// chartSizes are the text sizes the charts use (options.go) and go-chart's
// defaults for text without a size of its own.
var chartSizes = []float64{12, 13, 14, gochart.DefaultFontSize, gochart.DefaultAxisFontSize}

// TestTableIsTheCmap: the table has an entry for exactly the runes the font
// maps to a glyph, so every other rune measures as .notdef, as in the face.
func TestTableIsTheCmap(t *testing.T) {
	f := roboto(t)
	inTable := map[rune]bool{}
	for _, r := range mappedRunes() {
		inTable[r] = true
	}
	n := 0
	for r := rune(0); r <= unicodeMax; r++ {
		if mapped := f.Index(r) != 0; mapped != inTable[r] {
			t.Fatalf("%U: mapped by the font %v, in the table %v", r, mapped, inTable[r])
		}
		if inTable[r] {
			n++
		}
	}
	if n != len(robotoEntries) || n < 2000 {
		t.Fatalf("%d mapped runes, %d entries", n, len(robotoEntries))
	}
	if f.FUnitsPerEm() != robotoUnitsPerEm || f.Name(truetype.NameIDFontFamily) != robotoFamily {
		t.Fatalf("units per em %d, family %q: the table is from another font", f.FUnitsPerEm(), f.Name(truetype.NameIDFontFamily))
	}
}

const unicodeMax = 0x10FFFF

// TestGlyphAdvances compares every rune's advance, in 26.6 pixels, with the
// face's at the charts' sizes and a spread of other sizes and resolutions,
// plus runes the font does not map (which get .notdef's advance).
func TestGlyphAdvances(t *testing.T) {
	f := roboto(t)
	runes := append(mappedRunes(), 0x0378, 0x0001, 0xE000, 0xFFFF, 0x1F600, unicodeMax)
	sizes := append([]float64{0, 1, 5.5, 8, 9, 11, 12.5, 15, 16, 18, 20, 24, 30, 36, 48, 64, 96, 200}, chartSizes...)
	for _, dpi := range []float64{72, gochart.DefaultDPI, 96, 0} {
		for _, size := range sizes {
			face := truetype.NewFace(f, &truetype.Options{Size: size, DPI: dpi})
			scale := faceScale(size, dpi)
			for _, r := range runes {
				want, ok := face.GlyphAdvance(r)
				if got := glyphAdvance(scale, r); !ok || got != want {
					t.Fatalf("%U at %v pt, %v dpi: advance %v, the face says %v (ok %v)", r, size, dpi, got, want, ok)
				}
			}
		}
	}
}

// TestGlyphAdvancesManyScales sweeps scales from 1/64 px to 64 px per em, for
// every rune. A glyph whose advance the table did not model right would be off
// by one at a good part of them. (Every scale takes 13 s; every 7th, 2 s;
// with -short, every 61st.)
func TestGlyphAdvancesManyScales(t *testing.T) {
	f := roboto(t)
	runes := append(mappedRunes(), 0x0378)
	step := fixed.Int26_6(7)
	if testing.Short() {
		step = 61
	}
	for s := fixed.Int26_6(1); s <= 64*64; s += step {
		// At 72 dpi the face's scale is the size in 26.6.
		// One glyph cache entry: advances do not use it, and allocating the
		// default 512 rasterized glyphs per face is most of the time.
		face := truetype.NewFace(f, &truetype.Options{Size: float64(s) / 64, DPI: 72, GlyphCacheEntries: 1})
		if got := faceScale(float64(s)/64, 72); got != s {
			t.Fatalf("scale of %v px: %v", float64(s)/64, got)
		}
		for _, r := range runes {
			if want, _ := face.GlyphAdvance(r); glyphAdvance(s, r) != want {
				t.Fatalf("%U at scale %v: advance %v, the face says %v", r, s, glyphAdvance(s, r), want)
			}
		}
	}
}

// TestTextWidths compares whole strings with font.MeasureString(...).Ceil(),
// as go-chart measured them: tick and value labels in every locale and
// currency, words, and runes that are easy to get wrong.
func TestTextWidths(t *testing.T) {
	f := roboto(t)
	texts := []string{
		"", " ", "0", "Training days per person per year", "Months from the start",
		"break-even", "pays back: month 7.5", "Each row has its own scale; bars start at zero.",
		"€ £ ¥ ₹ $ CA$ A$ CHF SEK", "−1.234,5\u00a0€", "12\u202f345\u00a0€", "-$108K", "+14.5%",
		"ÀÉÎÕÜ àéîõü ßøæœ ĀĒĪŌŪ Ωμπ Жизнь", "ff fi fl ffi AV To Wa", "tab\tnew\nline",
		"bad \xff\xfe bytes", "\x00\x01\x1b controls", "\uFFFD\uFFFF\U0001F600 unmapped \u0378",
		strings.Repeat("W", 300), strings.Repeat("i", 300),
	}
	for _, loc := range format.Locales {
		for _, cur := range format.Currencies {
			fm := format.New(loc, cur)
			for _, v := range []float64{0, 0.5, 7, 950, 1234, -108000, 1.25e6, 3.6e9, -4.2e12, math.Pi * 1e5} {
				texts = append(texts, fm.MoneyCompact(v), fm.Money(v), fm.Trim(v, 1), fm.SignedPercent(v/1e4, 1))
			}
		}
	}
	for _, dpi := range []float64{72, gochart.DefaultDPI} {
		for _, size := range append([]float64{0, 9, 11, 16, 24}, chartSizes...) {
			d := font.Drawer{Face: truetype.NewFace(f, &truetype.Options{Size: size, DPI: dpi})}
			scale := faceScale(size, dpi)
			for _, s := range texts {
				if got, want := textWidth(scale, s), d.MeasureString(s).Ceil(); got != want {
					t.Errorf("%q at %v pt, %v dpi: width %d, the face says %d", s, size, dpi, got, want)
				}
			}
		}
	}
}

// TestNoKerning: the table has no kerning because the truetype package finds
// none in this font (it has no kern table); if it ever did, widths would
// differ.
func TestNoKerning(t *testing.T) {
	face := truetype.NewFace(roboto(t), &truetype.Options{Size: 64, DPI: 72, GlyphCacheEntries: 1})
	rs := mappedRunes()
	for _, a := range rs {
		for _, b := range rs {
			if k := face.Kern(a, b); k != 0 {
				t.Fatalf("kerning %v between %q and %q", k, a, b)
			}
		}
	}
}

// Japanese, which Roboto lacks, is measured as the browser draws it from an
// East Asian font: each character an em wide, wider than Roboto's notdef box.
func TestJapaneseIsAnEmACharacter(t *testing.T) {
	scale := faceScale(12, 72)
	if got, want := textWidth(scale, "投資収益率"), 5*12; got != want {
		t.Errorf("5 Japanese characters at 12 px: %d px, want %d", got, want)
	}
	if textWidth(scale, "ROI 投資") <= textWidth(scale, "ROI ")+23 {
		t.Error("mixed text: the Japanese part is not measured an em a character")
	}
}
