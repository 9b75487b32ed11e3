package chart

import (
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
)

// go-chart's SVG renderer parses a new truetype face every time it measures a
// string, which was 88% of the allocations of a line chart (3.6 ms and 40 MB per
// render natively). A face depends only on the font, its size and the DPI, so
// one per key is built once and shared by every render. The measured widths of
// strings are remembered too: layout measures the same tick labels several
// times per render, and the results are exactly what a fresh face would give,
// so the SVG stays byte-identical.

// Limits that keep a long-running page from growing the cache without end
// (sizes come in a few fixed steps, so in practice a handful of faces exist).
const (
	maxFaces  = 32
	maxWidths = 2048 // remembered strings per face
)

type faceKey struct {
	font      *truetype.Font
	size, dpi float64
}

// face is one cached truetype face. truetype faces keep a scratch glyph buffer
// and are not safe for concurrent use, hence the mutex; in the browser there is
// one goroutine and the lock is uncontended.
type face struct {
	mu     sync.Mutex
	draw   font.Drawer
	widths map[string]int
}

// faceCache maps font, size and DPI to a shared face. The zero value is not
// usable; see newFaceCache.
type faceCache struct {
	mu    sync.Mutex
	faces map[faceKey]*face
}

func newFaceCache() *faceCache { return &faceCache{faces: map[faceKey]*face{}} }

// sharedFaces is the cache every render uses.
var sharedFaces = newFaceCache()

func (c *faceCache) get(k faceKey) *face {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.faces[k]
	if !ok {
		if len(c.faces) >= maxFaces {
			c.faces = map[faceKey]*face{}
		}
		f = &face{draw: font.Drawer{Face: newFace(k)}, widths: map[string]int{}}
		c.faces[k] = f
	}
	return f
}

// width is the advance width of s in whole pixels, rounded up, as go-chart
// computes it.
func (c *faceCache) width(k faceKey, s string) int {
	f := c.get(k)
	f.mu.Lock()
	defer f.mu.Unlock()
	if w, ok := f.widths[s]; ok {
		return w
	}
	w := f.draw.MeasureString(s).Ceil()
	if len(f.widths) >= maxWidths {
		clear(f.widths)
	}
	f.widths[s] = w
	return w
}

// uncachedWidth measures like go-chart does: a fresh face per call. Only the
// benchmarks use it, to show what the cache saves.
func uncachedWidth(k faceKey, s string) int {
	d := font.Drawer{Face: newFace(k)}
	return d.MeasureString(s).Ceil()
}

func newFace(k faceKey) font.Face {
	return truetype.NewFace(k.font, &truetype.Options{DPI: k.dpi, Size: k.size})
}
