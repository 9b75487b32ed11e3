package chart

import (
	"sync"

	"golang.org/x/image/math/fixed"
)

// Layout measures the same tick labels and names several times per render, so
// each face (a text size at a DPI) remembers the widths it has measured. The
// widths come from the table in metrics.go, so the cache changes speed only,
// never a width.

// Limits that keep a long-running page from growing the cache without end
// (sizes come in a few fixed steps, so in practice a handful of faces exist).
const (
	maxFaces  = 32
	maxWidths = 2048 // remembered strings per face
)

type faceKey struct {
	size, dpi float64
}

// face is one text size at one DPI, with the widths measured at it. The mutex
// guards widths; in the browser there is one goroutine and it is uncontended.
type face struct {
	scale  fixed.Int26_6
	mu     sync.Mutex
	widths map[string]int
}

// faceCache maps size and DPI to a shared face. The zero value is not usable;
// see newFaceCache.
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
		f = &face{scale: faceScale(k.size, k.dpi), widths: map[string]int{}}
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
	w := textWidth(f.scale, s)
	if len(f.widths) >= maxWidths {
		clear(f.widths)
	}
	f.widths[s] = w
	return w
}

// uncachedWidth measures without the cache. Only the benchmarks use it, to
// show what the cache saves.
func uncachedWidth(k faceKey, s string) int {
	return textWidth(faceScale(k.size, k.dpi), s)
}
