package ui

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
)

// The calculator's scenarios saved by name: what the dialogs show (SaveDialog,
// CompareDialog) and the handlers of their actions. Every change reads the list
// from storage again (another window may have changed it), applies itself and
// writes the new list whole; when the write fails, storage and the page keep the
// list as it was. When another window writes the list, this one merges what it
// changed a moment before and that the other could not know of (state.Reconcile),
// and the dialogs show the list as it is then.

// savedState is the scenarios saved by name as the page knows them.
type savedState struct {
	lib    library   // as last read
	view   savedView // as the dialogs show them
	status string    // what the last change to them did
	sync   savedSync // this window's recent changes to them, merged with others'
}

// savedSync is what a window keeps to merge its changes with another window's.
type savedSync struct {
	me      string              // this window's ID in what it writes
	seen    int                 // the highest revision it has written or read
	pending []state.SavedChange // its recent changes
}

// savedView is the saved scenarios as the dialogs show them, made when the list
// or the page's display settings may have changed: when a dialog opens, and
// after each change.
type savedView struct {
	items   []present.SavedItem
	names   []string // those the scenario on screen may be compared with
	suggest string   // the name offered for the next scenario saved
	current string   // what a comparison calls the scenario on screen
}

func (c *Calculator) handleSaved(ctx app.Context) {
	c.saved.sync.me = state.NewID()
	onStorage(&c.listeners, ctx, state.ScenariosKey, c.onSavedElsewhere)
	ctx.Handle(actionExportSaved, c.onExportSaved)
	ctx.Handle(actionLibrary, c.onLibrary)
	for _, a := range []string{actionSaveAs, actionRename, actionDuplicate, actionDelete} {
		ctx.Handle(a, c.onChangeSaved)
	}
	ctx.Handle(actionCompareWith, c.onCompareWith)
	ctx.Handle(actionOpenSaved, c.onOpenSaved)
}

// onLibrary reads the saved scenarios and opens the dialog Value names.
func (c *Calculator) onLibrary(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	c.saved.lib, c.saved.status = loadLibrary(), ""
	c.viewSaved()
	ctx.Defer(func(app.Context) {
		if dlg := app.Window().GetElementByID(id); dlg.Truthy() && !dlg.Get("open").Bool() {
			dlg.Call("showModal")
			// The name offered is selected: typing replaces it.
			if box := app.Window().GetElementByID("save-name"); id == "save-dialog" && box.Truthy() {
				box.Call("select")
			}
		}
	})
}

func (c *Calculator) viewSaved() {
	v := savedView{items: present.SavedItems(c.saved.lib.list, c.sc.Display), suggest: state.NewName(c.saved.lib.list),
		names: present.OtherSaved(c.saved.lib.list, c.sc.Form, c.sc.Display.Locale), current: present.ScenarioName(c.saved.lib.list, c.sc.Form, c.sc.Display.Locale, c.view.P)}
	c.saved.view = v
	c.env.Saved = c.saved.lib.list
	c.compute()
}

// saveDialog is the Save dialog with what the page knows of the saved scenarios.
func (c *Calculator) saveDialog() *SaveDialog {
	return &SaveDialog{P: c.view.P, Items: c.saved.view.items, Suggest: c.saved.view.suggest, Status: c.saved.status, Note: c.view.P.T(c.saved.lib.note),
		Writable: c.saved.lib.writable, Export: c.saved.lib.raw != ""}
}

// storeFailure says why a write of the list failed.
func storeFailure(p i18n.Printer, err error) string {
	if errors.Is(err, state.ErrSavedTooLarge) {
		return p.T("Not saved: the saved scenarios would take more room than this calculator reads back. Delete one first.")
	}
	return p.T("Not saved: this device's storage is full or refuses to keep more. The scenarios saved before are kept as they were.")
}

// onChangeSaved saves the scenario on screen under a name, or renames, duplicates
// or deletes a saved one (tag "name"; Value the new name): to the list as stored
// now, written whole.
func (c *Calculator) onChangeSaved(ctx app.Context, a app.Action) {
	defer c.viewSaved()
	c.saved.lib = loadLibrary()
	if !c.saved.lib.writable {
		c.saved.status = c.view.P.Sentences(c.view.P.T("Nothing was saved."), c.view.P.T(c.saved.lib.note))
		return
	}
	name, list := a.Tags.Get("name"), c.saved.lib.list
	text, _ := a.Value.(string)
	var next []state.SavedScenario
	var done string
	var err error
	switch a.Name {
	case actionSaveAs:
		next, err = state.AddScenario(list, text, c.sc.Form, c.sc.Display.Locale)
		done = c.view.P.F("Saved as “{name}”.", "name", state.CleanName(text))
	case actionRename:
		next, err = state.RenameScenario(list, name, text)
		done = c.view.P.F("Renamed “{old}” to “{name}”.", "old", name, "name", state.CleanName(text))
	case actionDuplicate:
		var copied string
		next, copied, err = state.DuplicateScenario(list, name)
		done = c.view.P.F("Saved a copy as “{name}”.", "name", copied)
	case actionDelete:
		next, err = state.DeleteScenario(list, name)
		done = c.view.P.F("Deleted “{name}”.", "name", name)
	}
	if err != nil {
		c.saved.status = c.view.P.T(err.Error())
		return
	}
	l := c.saved.lib.stored.Next(c.saved.sync.me, c.saved.sync.seen, next)
	if err := storeLibrary(l); err != nil {
		c.saved.status = storeFailure(c.view.P, err)
		return
	}
	now := time.Now()
	c.saved.sync.seen = l.Rev
	c.saved.sync.pending = state.Track(c.saved.sync.pending, state.Diff(c.saved.lib.list, next, l.SavedRev, now), now)
	c.saved.lib.list, c.saved.lib.stored, c.saved.status = next, l, done
}

// onSavedElsewhere follows a write of the list by another window: it applies
// again what this window changed a moment before and that write could not know
// of, writes the result, and says what became of this window's changes.
func (c *Calculator) onSavedElsewhere(ctx app.Context, value string, removed bool) {
	// The name offered stays: the visitor may be typing over it.
	defer func(suggest string) {
		c.viewSaved()
		c.saved.view.suggest = suggest
	}(c.saved.view.suggest)
	theirs, _ := state.DecodeSavedList(value)
	c.saved.sync.seen = max(c.saved.sync.seen, theirs.Rev)
	c.saved.lib = loadLibrary()
	if removed || !c.saved.lib.writable {
		// Cleared, or no longer ours to write: nothing to merge into.
		c.saved.sync.pending = nil
		return
	}
	r := state.Reconcile(c.saved.lib.stored, theirs, c.saved.sync.pending, time.Now())
	c.saved.sync.pending = r.Pending
	if r.Write {
		l := c.saved.lib.stored.Next(c.saved.sync.me, c.saved.sync.seen, r.List)
		if err := storeLibrary(l); err != nil {
			c.saved.status, c.saved.sync.pending = storeFailure(c.view.P, err), nil
			return
		}
		c.saved.sync.seen = l.Rev
		c.saved.sync.pending = state.Written(r.Pending, l.SavedRev)
		c.saved.lib.list, c.saved.lib.stored = r.List, l
	}
	switch {
	case len(r.Lost) > 0:
		c.saved.status = c.view.P.T("Not saved: another window saved scenarios at the same moment, and 50 scenarios are saved, the most this calculator keeps: delete one first.")
	case len(r.GivenUp) > 0:
		c.saved.status = c.view.P.T("Another window changed the same scenario at the same moment: its change was kept.")
	case len(r.Renamed) > 0:
		c.saved.status = c.view.P.F("Saved as “{name}”: another window saved a scenario as “{other}” at the same moment.", "name", r.Renamed[0][1], "other", r.Renamed[0][0])
	}
}

// onExportSaved downloads the stored list as it is, when it could not be read
// whole: the visitor keeps what the page cannot show.
func (c *Calculator) onExportSaved(ctx app.Context, a app.Action) {
	ctx.PreventUpdate()
	if raw := loadLibrary().raw; raw != "" {
		downloadText("training-roi-scenarios-"+time.Now().Format("2006-01-02")+".json", "application/json", raw)
	}
}

// onOpenSaved shows a saved scenario, as its link does when followed (go-app
// follows it unless it is the address it last navigated to): the scenario and
// its address, once.
func (c *Calculator) onOpenSaved(ctx app.Context, a app.Action) {
	i := state.FindScenario(c.saved.lib.list, a.Tags.Get("name"))
	if i < 0 {
		return
	}
	sc := state.Scenario{Form: c.saved.lib.list[i].Form(c.sc.Display.Locale), Display: c.sc.Display, FromURL: true}
	u := *ctx.Page().URL()
	u.RawQuery = sc.Encode()
	if u.String() == c.writes.loadedURL {
		return
	}
	c.load(u.String(), sc, false)
	c.gen++
	c.compute()
	c.syncURL(ctx)
}

// onCompareWith opens the comparison of the scenario on screen with the saved
// ones chosen, shown with the page's display settings.
func (c *Calculator) onCompareWith(ctx app.Context, a app.Action) {
	names, _ := a.Value.([]string)
	list := []state.Compared{{Name: c.saved.view.current, Form: c.sc.Form}}
	for _, n := range names {
		if i := state.FindScenario(c.saved.lib.list, n); i >= 0 {
			list = append(list, state.Compared{Name: c.saved.lib.list[i].Name, Form: c.saved.lib.list[i].Form(c.sc.Display.Locale)})
		}
	}
	// The address and this device's copy first: Back returns to this scenario.
	c.flush(ctx)
	ctx.Navigate(pageOrigin() + present.CompareLink(c.sc.Display, list))
}
