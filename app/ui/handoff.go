package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// What passes between the page before the app runs (web/early.js) and the app:
// what was typed meanwhile, and the mark that the app has taken over.

// markReady tells tests and automation that the app runs and has rendered.
func markReady(app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
}

// takeEarlyInput returns what web/early.js recorded before the app started, by
// field name, and the fields whose slider (not box) set it last; and stops the
// recording.
func takeEarlyInput() (typed map[string]string, slid map[string]bool) {
	defer func() {
		if recover() != nil {
			typed, slid = nil, nil
		}
	}()
	w := app.Window()
	if stop := w.Get("trainingRoiEarlyStop"); stop.Truthy() {
		w.Call("trainingRoiEarlyStop")
	}
	early, from := w.Get("trainingRoiEarly"), w.Get("trainingRoiEarlyFrom")
	if !early.Truthy() {
		return nil, nil
	}
	keys := w.Get("Object").Call("keys", early)
	typed = make(map[string]string, keys.Length())
	slid = make(map[string]bool)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		typed[k] = early.Get(k).String()
		slid[k] = from.Truthy() && from.Get(k).Truthy() && from.Get(k).String() == "slider"
	}
	w.Set("trainingRoiEarly", nil)
	w.Set("trainingRoiEarlyFrom", nil)
	return typed, slid
}
