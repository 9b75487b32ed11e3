package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
)

// library is what the page knows of the scenarios saved by name.
type library struct {
	list []state.SavedScenario
	// stored is the list as read, with the revision a write follows.
	stored state.SavedList
	// note is a standing message about storage on this device, "" when there is
	// nothing to say.
	note string
	// writable: the list may be written over, because storage works and what it
	// held could be read (data that cannot be read whole is never written over).
	writable bool
	// raw is the stored data when it could not be read whole: the page offers it
	// as a file, so that nothing of it is lost to the visitor.
	raw string
}

// What the saved-scenarios dialogs say about storage on this device.
var (
	noteMemoryOnly = i18n.Later("This browser does not let the calculator keep anything on this device here (a private window, blocked site data or a sandboxed frame): scenarios saved now last only until this page is closed.")
	noteFramed     = i18n.Later("Scenarios are saved in this browser, on this device. Embedded in another site, as here, the calculator may keep them apart from those saved on its own site.")
	noteUnreadable = i18n.Later("The scenarios saved on this device could not all be read (saved by another version, or damaged): those that could are listed to open, and nothing is saved over them. Download the saved data to keep all of it.")
	noteNoStorage  = i18n.Later("This browser gives the calculator no storage here, so scenarios cannot be saved. Copy link keeps a scenario instead.")
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
	w := app.Window()
	ls := w.Get("localStorage")
	if !ls.Truthy() {
		return library{note: noteNoStorage}
	}
	lib.writable = true
	// guardBrowserAPIs puts a memory-only stand-in where the browser refuses
	// storage: saving works for this visit only, and the visitor is told.
	if st := w.Get("Storage"); st.Truthy() && !ls.InstanceOf(st) {
		lib.note = noteMemoryOnly
	} else if framedByAnotherOrigin() {
		lib.note = noteFramed
	}
	v := ls.Call("getItem", state.ScenariosKey)
	if v.Type() != app.TypeString {
		return lib
	}
	sl, err := state.DecodeSavedList(v.String())
	if err != nil {
		return library{list: sl.List, note: noteUnreadable, raw: v.String()}
	}
	lib.stored, lib.list = sl, sl.List
	return lib
}

// errNotStored: the browser refused to store the list.
var errNotStored = errors.New("not stored")

// storeLibrary writes the whole list in one setItem, which either stores it or
// throws and leaves what was stored before (a full quota, storage refused). It
// returns errNotStored then, and state.ErrSavedTooLarge for a list that could not
// be read back.
func storeLibrary(l state.SavedList) (err error) {
	defer func() {
		if recover() != nil {
			err = errNotStored
		}
	}()
	data, err := state.EncodeSavedList(l)
	if err != nil {
		return err
	}
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return errNotStored
	}
	ls.Call("setItem", state.ScenariosKey, data)
	return nil
}

// framedByAnotherOrigin reports whether the page is in a frame of a page of
// another origin, whose origin a frame may not read.
func framedByAnotherOrigin() bool {
	w := app.Window()
	parent := w.Get("parent")
	if parent.Equal(w.JSValue()) {
		return false
	}
	o, ok := readProperty(parent, "origin")
	return !ok || o.Type() != app.TypeString || o.String() != w.Get("origin").String()
}
