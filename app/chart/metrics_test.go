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

// TestTableIsTheFont: the table has an entry for exactly the runes the font
// maps to a glyph, with the glyph's advance in font units, so every other rune
// measures as .notdef, as in the font.
func TestTableIsTheFont(t *testing.T) {
	f := roboto(t)
	if f.FUnitsPerEm() != robotoUnitsPerEm || f.Name(truetype.NameIDFontFamily) != robotoFamily {
		t.Fatalf("units per em %d, family %q: the table is from another font", f.FUnitsPerEm(), f.Name(truetype.NameIDFontFamily))
	}
	mapped := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		i := f.Index(r)
		if i != 0 {
			mapped++
		}
		if got, want := robotoAdvance(r), int(f.HMetric(robotoUnitsPerEm, i).AdvanceWidth); got != want {
			t.Fatalf("%U: advance %d, the font says %d", r, got, want)
		}
	}
	if mapped != len(robotoAdvances) || mapped < 2000 {
		t.Fatalf("%d mapped runes, %d in the table", mapped, len(robotoAdvances))
	}
}

// TestTextWidths compares whole strings with what a truetype face of the font
// measures (font.MeasureString, as go-chart measures), within the pixel that
// the face's rounding of each glyph to 1/64 px may add up to: tick and value
// labels in every locale and currency, words, and runes that are easy to get
// wrong.
func TestTextWidths(t *testing.T) {
	f := roboto(t)
	texts := []string{
		"", " ", "0", "Training days per person per year", "Months from the start",
		"break-even", "pays back: month 7.5", "Each row has its own scale; bars start at zero.",
		"€ £ ¥ ₹ $ CA$ A$ CHF SEK", "−1.234,5\u00a0€", "12\u202f345\u00a0€", "-$108K", "+14.5%",
		"ÀÉÎÕÜ àéîõü ßøæœ ĀĒĪŌŪ Ωμπ Жизнь", "ff fi fl ffi AV To Wa", "tab\tnew\nline",
		"bad \xff\xfe bytes", "\x00\x01\x1b controls", "\uFFFD\uFFFF\U0001F600 unmapped \u0378",
		strings.Repeat("W", 60), strings.Repeat("i", 60),
	}
	for _, loc := range format.Locales {
		for _, cur := range format.Currencies {
			fm := format.New(loc, cur)
			for _, v := range []float64{0, 0.5, 7, 950, 1234, -108000, 1.25e6, 3.6e9, -4.2e12, math.Pi * 1e5} {
				texts = append(texts, fm.MoneyCompact(v), fm.Money(v), fm.Trim(v, 1), fm.SignedPercent(v/1e4, 1))
			}
		}
	}
	for _, size := range []float64{9, 11, 12, 13, 14, 16, 24} {
		d := font.Drawer{Face: truetype.NewFace(f, &truetype.Options{Size: size, DPI: 72})}
		for _, s := range texts {
			got, face := textWidth(size, s), d.MeasureString(s)
			// Each glyph's advance is rounded to 1/64 px by the face.
			slack := fixed.Int26_6(len([]rune(s))/2 + 1)
			if lo, hi := (face - slack).Ceil(), (face + slack).Ceil(); got < lo || got > hi {
				t.Errorf("%q at %v px: width %d, the face says %v", s, size, got, face)
			}
		}
	}
}

// Japanese, which Roboto lacks, is measured as the browser draws it from an
// East Asian font: each character an em wide, wider than Roboto's notdef box.
func TestJapaneseIsAnEmACharacter(t *testing.T) {
	if got, want := textWidth(12, "投資収益率"), 5*12; got != want {
		t.Errorf("5 Japanese characters at 12 px: %d px, want %d", got, want)
	}
	if textWidth(12, "ROI 投資") <= textWidth(12, "ROI ")+23 {
		t.Error("mixed text: the Japanese part is not measured an em a character")
	}
}
