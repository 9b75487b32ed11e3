package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/state"
)

// library is what the page knows of the scenarios saved by name.
type library struct {
	list []state.SavedScenario
	// note is a standing message about storage on this device, "" when it works.
	note string
	// writable: the list may be written over, because storage works and what it
	// held could be read (data of another version is never written over).
	writable bool
}

// What the saved-scenarios dialogs say about storage on this device.
const (
	noteMemoryOnly = "This browser does not let the calculator keep anything on this device here (a private window, blocked site data or a sandboxed frame): scenarios saved now last only until this page is closed."
	noteUnreadable = "The scenarios saved on this device could not be read (saved by another version?). They are left as they are, and nothing is saved over them."
	noteNoStorage  = "This browser gives the calculator no storage here, so scenarios cannot be saved. Copy link keeps a scenario instead."
)

// loadLibrary reads the saved scenarios. Reading storage can throw (see
// loadSaved), which in Go is a panic: it is recovered, and the calculator goes
// on without them.
func loadLibrary() (lib library) {
	defer func() {
		if recover() != nil {
			lib = library{note: noteNoStorage}
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return library{note: noteNoStorage}
	}
	lib.writable = true
	// guardBrowserAPIs puts a memory-only stand-in where the browser refuses
	// storage: saving works for this visit only, and the visitor is told.
	if st := app.Window().Get("Storage"); st.Truthy() && !ls.InstanceOf(st) {
		lib.note = noteMemoryOnly
	}
	v := ls.Call("getItem", state.ScenariosKey)
	if v.Type() != app.TypeString {
		return lib
	}
	list, err := state.DecodeScenarios(v.String())
	if err != nil {
		return library{note: noteUnreadable}
	}
	lib.list = list
	return lib
}

// storeLibrary writes the whole list in one setItem, which either stores it or
// throws and leaves what was stored before (a full quota, storage refused): it
// reports whether the list was stored.
func storeLibrary(list []state.SavedScenario) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return false
	}
	ls.Call("setItem", state.ScenariosKey, state.EncodeScenarios(list))
	return true
}
