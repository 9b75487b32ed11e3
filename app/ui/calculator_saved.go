package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
)

// The calculator's scenarios saved by name: what the dialogs show (SaveDialog,
// CompareDialog) and the handlers of their actions. Every change reads the list
// from storage again (another window may have changed it), applies itself and
// writes the new list whole; when the write fails, storage and the page keep the
// list as it was.

// savedView is the saved scenarios as the dialogs show them, made when the list
// or the page's display settings may have changed: when a dialog opens, and
// after each change.
type savedView struct {
	items   []present.SavedItem
	names   []string
	suggest string // the name offered for the next scenario saved
	current string // what a comparison calls the scenario on screen
}

func (c *Calculator) handleSaved(ctx app.Context) {
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
	c.lib, c.libStatus = loadLibrary(), ""
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
	v := savedView{items: present.SavedItems(c.lib.list, c.sc.Display), suggest: state.NewName(c.lib.list), current: present.ScenarioName(c.lib.list, c.sc.Form, c.sc.Display.Locale)}
	for _, s := range c.lib.list {
		v.names = append(v.names, s.Name)
	}
	c.libView = v
	c.name = present.SavedName(c.lib.list, c.sc.Form, c.sc.Display.Locale)
}

const notStored = "Not saved: this device's storage is full or refuses to keep more. The scenarios saved before are kept as they were."

// onChangeSaved saves the scenario on screen under a name, or renames, duplicates
// or deletes a saved one (tag "name"; Value the new name): to the list as stored
// now, written whole.
func (c *Calculator) onChangeSaved(ctx app.Context, a app.Action) {
	defer c.viewSaved()
	c.lib = loadLibrary()
	if !c.lib.writable {
		c.libStatus = "Nothing was saved. " + c.lib.note
		return
	}
	name, list := a.Tags.Get("name"), c.lib.list
	text, _ := a.Value.(string)
	var next []state.SavedScenario
	var done string
	var err error
	switch a.Name {
	case actionSaveAs:
		next, err = state.AddScenario(list, text, c.sc.Form, c.sc.Display.Locale)
		done = "Saved as “" + state.CleanName(text) + "”."
	case actionRename:
		next, err = state.RenameScenario(list, name, text)
		done = "Renamed “" + name + "” to “" + state.CleanName(text) + "”."
	case actionDuplicate:
		var copied string
		next, copied, err = state.DuplicateScenario(list, name)
		done = "Saved a copy as “" + copied + "”."
	case actionDelete:
		next, err = state.DeleteScenario(list, name)
		done = "Deleted “" + name + "”."
	}
	switch {
	case err != nil:
		c.libStatus = err.Error()
	case !storeLibrary(next):
		c.libStatus = notStored
	default:
		c.lib.list, c.libStatus = next, done
	}
}

// onOpenSaved shows a saved scenario, as its link does when followed (go-app
// follows it unless it is the address it last navigated to): the scenario and
// its address, once.
func (c *Calculator) onOpenSaved(ctx app.Context, a app.Action) {
	i := state.FindScenario(c.lib.list, a.Tags.Get("name"))
	if i < 0 {
		return
	}
	sc := state.Scenario{Form: c.lib.list[i].Form(c.sc.Display.Locale), Display: c.sc.Display, FromURL: true}
	u := *ctx.Page().URL()
	u.RawQuery = sc.Encode()
	if u.String() == c.loadedURL {
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
	list := []state.Compared{{Name: c.libView.current, Form: c.sc.Form}}
	for _, n := range names {
		if i := state.FindScenario(c.lib.list, n); i >= 0 {
			list = append(list, state.Compared{Name: c.lib.list[i].Name, Form: c.lib.list[i].Form(c.sc.Display.Locale)})
		}
	}
	// The address and this device's copy first: Back returns to this scenario.
	c.flush(ctx)
	ctx.Navigate(pageOrigin() + present.CompareLink(c.sc.Display, list))
}
