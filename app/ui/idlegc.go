package ui

import (
	"runtime"
	"time"
)

// Go collects garbage when the heap reaches twice what the last collection
// kept, in whatever code is allocating then. A keystroke and the whole render
// after it allocate about 0.55 MB, so a collection came every few keys, and
// when it fell in a keystroke it made it about twice as slow: make bench's 50
// keys had five at 17–22 ms against a median of 8. So after the whole render
// the app looks at how much room is left before the next collection and, if
// the next few keys could fill it, collects now, while the visitor is between
// keys. Over three alternating runs of 50 keys each, the p95 went from 20–22
// to 13.6–15.7 ms (docs/performance.md).

// gcRoom is what a few keystrokes allocate: about 0.55 MB each, quick paint
// and whole render together (measured with the collector off).
const gcRoom = 2 << 20

// gcAfter is how long after the render the check runs, so that the browser
// shows the render first.
const gcAfter = 20 * time.Millisecond

// collectWhenIdle runs the check gcAfter from now, outside go-app's update.
func collectWhenIdle() {
	go func() {
		time.Sleep(gcAfter)
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.NextGC < m.HeapAlloc+gcRoom {
			runtime.GC()
		}
	}()
}
