package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
)

// Actions of the saved-scenarios dialog, handled by the page. Value is the new
// name (save, rename); tag "name" the scenario acted on (rename, duplicate,
// delete).
const (
	actionSaveAs      = "save-as"
	actionRename      = "rename"
	actionDuplicate   = "duplicate"
	actionDelete      = "delete"
	actionOpenSaved   = "open-saved"
	actionExportSaved = "export-saved"
)

// SaveDialog saves the scenario on screen by name, and lists the scenarios saved
// on this device to open, rename, duplicate and delete.
//
// It has no <form>: a frame sandboxed without allow-forms blocks every form
// submission, and with it Save. Enter in the name box and the Save button are
// handled as the events they are.
type SaveDialog struct {
	app.Compo

	P        i18n.Printer // the page's language
	Items    []present.SavedItem
	Suggest  string // the name offered for the scenario on screen
	Status   string // what the last action did
	Note     string // a standing message about storage on this device
	Writable bool   // the list can be written (else saving is off, Note says why)
	Export   bool   // offer the stored data as a file (it could not be read whole)

	renaming string // the scenario whose name is being edited
	deleting string // the scenario whose deletion awaits confirmation
}

// OnUpdate follows the page's answer to an action: a scenario renamed or deleted
// leaves its editing state.
//
// A rename takes the name box at the top, not one of its own in the list: one box
// for both.
func (d *SaveDialog) OnUpdate(ctx app.Context) {
	if !d.has(d.renaming) {
		d.renaming = ""
	}
	if !d.has(d.deleting) {
		d.deleting = ""
	}
}

func (d *SaveDialog) has(name string) bool {
	for _, it := range d.Items {
		if it.Name == name {
			return true
		}
	}
	return false
}

// Render shows one name box: for the scenario on screen, or, while a saved one
// is being renamed, for its new name.
func (d *SaveDialog) Render() app.UI {
	p := d.P
	label, value, submit := p.T("Name"), d.Suggest, p.T("Save")
	if d.renaming != "" {
		label, value, submit = p.F("New name for “{name}”", "name", d.renaming), d.renaming, p.T("Save name")
	}
	save := app.Button().ID("save-confirm").Type("button").DataSet("action", "save").Text(submit)
	if !d.Writable {
		save = save.Disabled(true) // never disabled="false" (see Tools)
	}
	var list app.UI = app.P().ID("saved-empty").Text(p.T("Nothing is saved yet."))
	if len(d.Items) > 0 {
		items := make([]app.UI, len(d.Items))
		for i, it := range d.Items {
			items[i] = d.renderItem(it)
		}
		list = app.Ul().ID("saved-list").Class("saved-list").Aria("labelledby", "saved-title").Body(items...)
	}
	var cancel, note, export app.UI
	if d.renaming != "" {
		cancel = action("cancel", "", p.T("Cancel")).ID("rename-cancel")
	}
	if d.Note != "" {
		note = app.P().ID("saved-note").Class("notice").Text(d.Note)
	}
	if d.Export {
		export = action("export", "", p.T("Download the saved data")).ID("saved-export")
	}
	return app.Dialog().ID("save-dialog").Class("dialog").Aria("labelledby", "save-title").OnClick(d.onClick).Body(
		app.H2().ID("save-title").Text(p.T("Save this scenario")),
		note,
		export,
		app.Div().ID("save-form").Body(
			app.Label().For("save-name").Text(label),
			app.Div().Class("inline-form").Body(
				app.Input().ID("save-name").Type("text").MaxLength(state.MaxNameLen).AutoComplete(false).Spellcheck(false).Value(attr(value)).
					OnKeyDown(d.onKey),
				save,
				cancel,
			),
		),
		app.P().ID("saved-status").Class("dialog-status").TabIndex(-1).Aria("live", "polite").Text(d.Status),
		app.H3().ID("saved-title").Text(p.T("Saved on this device")),
		list,
		app.Div().Class("form-actions").Body(action("close", "", p.T("Close")).ID("close-saved")),
	)
}

// renderItem is one saved scenario: its name and actions, or the question that
// confirms its deletion. Every control names its scenario for screen readers
// ("Rename" alone would be the same for all).
func (d *SaveDialog) renderItem(it present.SavedItem) app.UI {
	p := d.P
	if it.Name == d.deleting {
		return app.Li().Class("saved-item").Body(
			app.P().Class("saved-confirm").Text(p.F("Delete “{name}” from this device?", "name", it.Name)),
			app.Div().Class("saved-actions").Body(
				action("confirm-delete", it.Name, p.T("Delete")).ID("delete-confirm").Class("danger"),
				action("cancel", "", p.T("Keep it")).ID("delete-cancel"),
			),
		)
	}
	open := app.A().Class("button-link").Href(attr(it.Href)).DataSet("action", "open").DataSet("name", attr(it.Name)).Body(app.Text(p.T("Open")), hidden(" “"+it.Name+"”"))
	if !d.Writable {
		// A list that cannot be written is shown to open, not to change.
		return app.Li().Class("saved-item").Body(app.Span().Class("saved-name").Text(it.Name), app.Div().Class("saved-actions").Body(open))
	}
	return app.Li().Class("saved-item").Body(
		app.Span().Class("saved-name").Text(it.Name),
		app.Div().Class("saved-actions").Body(
			open,
			action("rename", it.Name, p.T("Rename")),
			action("duplicate", it.Name, p.T("Duplicate")),
			action("delete", it.Name, p.T("Delete")),
		),
	)
}

// action is a button of the dialog: what it does (data-action) to which scenario
// (data-name), handled by onClick.
func action(what, name, label string) app.HTMLButton {
	b := app.Button().Type("button").Class("secondary").DataSet("action", what)
	if name == "" {
		return b.Text(label)
	}
	return b.DataSet("name", attr(name)).Body(app.Text(label), hidden(" “"+name+"”"))
}

// onClick handles every button of the dialog, found by its data-action from the
// element clicked. One handler on the dialog, which stays while the buttons come
// and go: go-app keeps a handler bound to the element it was first rendered on
// (it compares handlers by code pointer), and runs a deferred focus only while the
// element that took the event is still there.
func (d *SaveDialog) onClick(ctx app.Context, e app.Event) {
	b := e.Get("target").Call("closest", "[data-action]")
	if !b.Truthy() {
		ctx.PreventUpdate()
		return
	}
	name := b.Call("getAttribute", "data-name").String()
	focus := ""
	switch b.Call("getAttribute", "data-action").String() {
	case "open":
		// The link navigates too, but go-app ignores a link to the address it
		// last navigated to, which the page may have left since by typing.
		ctx.NewAction(actionOpenSaved, app.T("name", name))
		fallthrough
	case "close":
		ctx.PreventUpdate()
		app.Window().GetElementByID("save-dialog").Call("close")
		return
	case "save":
		d.submit(ctx)
		return
	case "export":
		ctx.PreventUpdate()
		ctx.NewAction(actionExportSaved)
		return
	case "rename":
		d.renaming, d.deleting, focus = name, "", "save-name"
	case "delete":
		d.deleting, d.renaming, focus = name, "", "delete-cancel"
	case "cancel":
		d.renaming, d.deleting, focus = "", "", "save-name"
	case "duplicate":
		ctx.NewAction(actionDuplicate, app.T("name", name))
	case "confirm-delete":
		// The item comes back if the delete fails; the focus, whose button is
		// gone, goes to the line that says what happened.
		d.deleting, focus = "", "saved-status"
		ctx.NewAction(actionDelete, app.T("name", name))
	}
	if focus != "" {
		ctx.Defer(func(app.Context) {
			if el := focusID(focus); el.Truthy() && focus == "save-name" {
				el.Call("select")
			}
		})
	}
}

// onKey saves as Save does when Enter is pressed in the name box (not while an
// input method is composing text).
func (d *SaveDialog) onKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Enter" || e.Get("isComposing").Bool() {
		ctx.PreventUpdate()
		return
	}
	e.PreventDefault()
	if d.Writable {
		d.submit(ctx)
	}
}

// submit saves the scenario on screen, or renames the one being renamed.
func (d *SaveDialog) submit(ctx app.Context) {
	if d.renaming == "" {
		ctx.NewActionWithValue(actionSaveAs, valueOf("save-name"))
		return
	}
	ctx.NewActionWithValue(actionRename, valueOf("save-name"), app.T("name", d.renaming))
}

// valueOf is the text of an input, read when it is needed: the box owns its text
// while the visitor types (see Field).
func valueOf(id string) string {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		return el.Get("value").String()
	}
	return ""
}

// focusID moves the focus to the element with this id, if there is one, and
// returns it.
func focusID(id string) app.Value {
	el := app.Window().GetElementByID(id)
	if el.Truthy() {
		el.Call("focus")
	}
	return el
}

// closeDialog closes the dialog that holds the element clicked.
func closeDialog(ctx app.Context, e app.Event) {
	if dlg := ctx.JSSrc().Call("closest", "dialog"); dlg.Truthy() {
		dlg.Call("close")
	}
}
