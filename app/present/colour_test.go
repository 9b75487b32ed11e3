package present

import (
	"math/rand/v2"
	"testing"

	"github.com/trainingroi/calculator/app/wcag"
)

// Any brand colour gives text on it with AA contrast for normal text, and control
// colours that stand out 3:1 on the surfaces of both schemes.
func TestAnyAccentIsReadable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	colours := []string{"", "fff", "ffffff", "000", "ffcc00", "f0f0f0", "1f3a5f", "777777", "00ff00", "0000ff", "ff0000"}
	for range 500 {
		colours = append(colours, rgb{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256))}.hex()[1:])
	}
	for _, hex := range colours {
		th := ThemeOf(hex, "light", false)
		if c := wcag.Contrast(parseHex(th.Accent[1:]), parseHex(th.OnAccent[1:])); c < 4.5 {
			t.Errorf("accent %s: text %s on it contrasts %.2f:1, want 4.5:1", th.Accent, th.OnAccent, c)
		}
		for _, s := range lightSurfaces {
			if c := wcag.Contrast(parseHex(th.UILight[1:]), s); c < nonText {
				t.Errorf("accent %s: controls %s on %s contrast %.2f:1", hex, th.UILight, s.hex(), c)
			}
		}
		for _, s := range darkSurfaces {
			if c := wcag.Contrast(parseHex(th.UIDark[1:]), s); c < nonText {
				t.Errorf("accent %s: dark controls %s on %s contrast %.2f:1", hex, th.UIDark, s.hex(), c)
			}
		}
	}
	// A brand colour that already stands out is kept as it is.
	if th := ThemeOf("1f3a5f", "light", false); th.UILight != "#1f3a5f" {
		t.Errorf("the house colour became %s on light pages", th.UILight)
	}
}

// The charts are dark where the page is: always for theme=dark, with the system
// for auto, never for light.
func TestThemeDark(t *testing.T) {
	for _, c := range []struct {
		scheme string
		system bool
		got    bool
	}{{"light", true, false}, {"dark", false, true}, {"auto", false, false}, {"auto", true, true}} {
		if d := ThemeOf("", c.scheme, false).Dark(c.system); d != c.got {
			t.Errorf("scheme %s, system dark %v: Dark() = %v", c.scheme, c.system, d)
		}
	}
}
