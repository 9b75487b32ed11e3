package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// listeners is what a component added to the browser when it mounted: event
// listeners, observers, timers. It removes them all when the component
// dismounts, so that a page left within the app (the calculator for the
// comparison) leaves nothing behind that still calls it.
type listeners struct {
	undo []func()
}

// on calls f with each event of the given type on target, until release.
func (l *listeners) on(target app.Value, event string, f func(ev app.Value), options ...map[string]any) {
	if !target.Truthy() {
		return
	}
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		ev := app.Null()
		if len(args) > 0 {
			ev = args[0]
		}
		f(ev)
		return nil
	})
	if len(options) > 0 {
		target.Call("addEventListener", event, fn, options[0])
	} else {
		target.Call("addEventListener", event, fn)
	}
	l.undo = append(l.undo, func() {
		target.Call("removeEventListener", event, fn)
		fn.Release()
	})
}

// every calls f every d, until release: a browser timer, which a hidden page
// slows down instead of a goroutine that nothing stops.
func (l *listeners) every(d time.Duration, f func()) {
	fn := app.FuncOf(func(app.Value, []app.Value) any { f(); return nil })
	id := app.Window().Call("setInterval", fn, d.Milliseconds())
	l.undo = append(l.undo, func() {
		app.Window().Call("clearInterval", id)
		fn.Release()
	})
}

// observeSize calls f whenever one of the elements changes size, until release.
func (l *listeners) observeSize(f func(), elements ...app.Value) {
	ro := app.Window().Get("ResizeObserver")
	if !ro.Truthy() {
		return
	}
	fn := app.FuncOf(func(app.Value, []app.Value) any { f(); return nil })
	obs := ro.New(fn)
	for _, el := range elements {
		if el.Truthy() {
			obs.Call("observe", el)
		}
	}
	l.undo = append(l.undo, func() {
		obs.Call("disconnect")
		fn.Release()
	})
}

// release removes everything added, newest first.
func (l *listeners) release() {
	for i := len(l.undo) - 1; i >= 0; i-- {
		l.undo[i]()
	}
	l.undo = nil
}
