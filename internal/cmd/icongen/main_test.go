package main

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// The maskable icon must keep every mark inside the safe zone, a circle of radius
// 40% of the size around the centre, or launchers cut it off.
func TestMaskableMarksInSafeZone(t *testing.T) {
	for _, m := range placed(maskable) {
		for _, p := range m.pts {
			if d := math.Hypot(p.x-canvas/2, p.y-canvas/2); d > 0.4*canvas {
				t.Errorf("point (%.1f, %.1f) is %.1f from the centre, outside the safe zone (%.1f)", p.x, p.y, d, 0.4*canvas)
			}
		}
	}
}

// The committed icons must be what the program draws: a change to the design needs
// `make icons`.
func TestCommittedIconsAreCurrent(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "web", "icons")
	svgFile, err := os.ReadFile(filepath.Join(dir, "icon.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(svgFile, svg(rounded)) {
		t.Error("web/icons/icon.svg differs from the design: run make icons")
	}
	for _, c := range []struct {
		name string
		st   style
		size int
	}{
		{"icon-192.png", rounded, 192},
		{"icon-512.png", rounded, 512},
		{"icon-maskable-512.png", maskable, 512},
		{"apple-touch-icon.png", apple, 180},
	} {
		want, err := pngIcon(c.st, c.size)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, c.name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if b := got.Bounds(); b.Dx() != c.size || b.Dy() != c.size {
			t.Errorf("%s is %dx%d, want %dx%d", c.name, b.Dx(), b.Dy(), c.size, c.size)
			continue
		}
		wantImg, _ := png.Decode(bytes.NewReader(want))
		if !samePixels(got, wantImg) {
			t.Errorf("%s differs from the design: run make icons", c.name)
		}
	}
}

// Icons for home screens are opaque (iOS would fill transparent corners with black).
func TestSquareIconsAreOpaque(t *testing.T) {
	for _, st := range []style{maskable, apple} {
		data, err := pngIcon(st, 64)
		if err != nil {
			t.Fatal(err)
		}
		img, _ := png.Decode(bytes.NewReader(data))
		for _, p := range []image.Point{{0, 0}, {63, 0}, {0, 63}, {63, 63}, {32, 32}} {
			if _, _, _, a := img.At(p.X, p.Y).RGBA(); a != 0xffff {
				t.Errorf("style %+v: pixel %v is not opaque", st, p)
			}
		}
	}
}

func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}
