package wcag

import (
	"image/color"
	"testing"
)

// The ratios WCAG 2 gives as examples: black on white 21:1, #777 on white
// 4.48:1 (just under AA).
func TestContrast(t *testing.T) {
	black, white, grey := color.Gray{0}, color.Gray{255}, color.RGBA{0x77, 0x77, 0x77, 255}
	if c := Contrast(black, white); c < 20.99 || c > 21.01 {
		t.Errorf("black on white = %.2f, want 21", c)
	}
	if c := Contrast(white, grey); c < 4.47 || c > 4.49 {
		t.Errorf("#777 on white = %.3f, want 4.48", c)
	}
}
