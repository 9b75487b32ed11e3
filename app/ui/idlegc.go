package ui

import (
	"runtime"
	"time"
)

// Go collects garbage when the heap reaches twice what the last collection
// kept, in whatever code allocates then. With the page's whole render after a
// pause in typing and the quick paint on every key, that was every eight or so
// keystrokes, and when it fell in a keystroke it added about 9 ms to it
// (make bench, docs/performance.md). So after the whole render the app looks
// at how much room is left before the next collection and, if the next few
// keystrokes could fill it, collects now, while the visitor is between keys.

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
