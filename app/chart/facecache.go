package chart

import (
	"sync"

	"golang.org/x/image/math/fixed"
)

// A chart measures the same tick labels and names several times while go-chart
// lays it out, so each text size remembers the widths measured at it. The
// widths come from the table in metrics.go: the cache changes speed only.

// Limits that keep a long-running page from growing the cache without end
// (sizes come in a few fixed steps, so in practice a handful of faces exist).
const (
	maxFaces  = 32
	maxWidths = 2048 // remembered strings per face
)

// face is one text size, with the widths measured at it. The mutex guards
// widths; in the browser there is one goroutine and it is uncontended.
type face struct {
	scale  fixed.Int26_6
	mu     sync.Mutex
	widths map[string]int
}

// faceCache maps a text size in pixels to its face.
type faceCache struct {
	mu    sync.Mutex
	faces map[float64]*face
}

// sharedFaces is the cache every render uses.
var sharedFaces = &faceCache{faces: map[float64]*face{}}

func (c *faceCache) get(px float64) *face {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.faces[px]
	if !ok {
		if len(c.faces) >= maxFaces {
			c.faces = map[float64]*face{}
		}
		f = &face{scale: faceScale(px, 72), widths: map[string]int{}}
		c.faces[px] = f
	}
	return f
}

// width is the advance width of s in Roboto at px pixels, rounded up to whole
// pixels.
func (c *faceCache) width(px float64, s string) int {
	f := c.get(px)
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

// measure is the width s is given at px pixels: its width in Roboto plus a
// tenth. The SVG names Roboto first, but the browser may draw with a fallback
// font; Arial and Helvetica are as wide as Roboto Medium within a few percent,
// DejaVu Sans (a common Linux default) up to 13% wider. The extra tenth, with
// the charts' margins, keeps such text inside the chart.
func measure(px float64, s string) int {
	w := sharedFaces.width(px, s)
	return w + (w+9)/10
}
