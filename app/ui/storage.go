package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/state"
)

// loadSaved returns the saved inputs, or "" when there are none or storage cannot
// be used (a sandboxed iframe, a privacy mode or a full quota make localStorage
// throw; in Go that is a panic, which must not take the app down).
func loadSaved() (data string) {
	defer func() {
		if recover() != nil {
			data = ""
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return ""
	}
	v := ls.Call("getItem", state.StorageKey)
	if v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// saveForm keeps the inputs on this device; failures are ignored for the same
// reasons as in loadSaved: the calculator works without storage.
func saveForm(f state.Form) {
	defer func() { _ = recover() }()
	if !app.IsClient {
		return
	}
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return
	}
	ls.Call("setItem", state.StorageKey, state.Encode(f))
}

// markReady tells tests and automation that the app runs and has rendered.
func markReady(app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
}

// takeEarlyInput returns what web/early.js recorded before the app started, by
// field name, and stops the recording.
func takeEarlyInput() (typed map[string]string) {
	defer func() {
		if recover() != nil {
			typed = nil
		}
	}()
	w := app.Window()
	if stop := w.Get("trainingRoiEarlyStop"); stop.Truthy() {
		w.Call("trainingRoiEarlyStop")
	}
	early := w.Get("trainingRoiEarly")
	if !early.Truthy() {
		return nil
	}
	keys := w.Get("Object").Call("keys", early)
	typed = make(map[string]string, keys.Length())
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		typed[k] = early.Get(k).String()
	}
	w.Set("trainingRoiEarly", nil)
	return typed
}
