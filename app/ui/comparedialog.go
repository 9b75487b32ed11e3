package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
)

// actionCompareWith asks the page to open the comparison of the scenario on
// screen with saved ones; Value is their names ([]string), in the list's order.
const actionCompareWith = "compare-with"

// CompareDialog chooses the saved scenarios to compare the one on screen with.
type CompareDialog struct {
	app.Compo

	P i18n.Printer // the page's language

	Names   []string // the saved scenarios but the one on screen
	Saved   bool     // this device keeps scenarios, the one on screen perhaps alone
	Current string   // what the comparison calls the scenario on screen
	Note    string   // a standing message about storage on this device

	chosen []string
}

// OnUpdate forgets a choice whose scenario is no longer saved.
func (d *CompareDialog) OnUpdate(app.Context) {
	kept := d.chosen[:0]
	for _, n := range d.chosen {
		if d.index(n) >= 0 {
			kept = append(kept, n)
		}
	}
	d.chosen = kept
}

func (d *CompareDialog) index(name string) int {
	for i, n := range d.Names {
		if n == name {
			return i
		}
	}
	return -1
}

func (d *CompareDialog) isChosen(name string) bool {
	for _, n := range d.chosen {
		if n == name {
			return true
		}
	}
	return false
}

// most is how many saved scenarios go beside the one on screen.
const most = state.MaxCompared - 1

func (d *CompareDialog) Render() app.UI {
	var body app.UI
	switch {
	case len(d.Names) == 0 && d.Saved:
		body = app.P().ID("compare-empty").Text(d.P.T("The only scenario saved on this device is the one on screen: save others with Save as… first, then compare it with them."))
	case len(d.Names) == 0:
		body = app.P().ID("compare-empty").Text(d.P.T("Nothing is saved on this device yet: save scenarios with Save as… first, then compare the one on screen with them."))
	default:
		boxes := make([]app.UI, len(d.Names))
		full := len(d.chosen) >= most
		for i, name := range d.Names {
			id := "compare-pick-" + strconv.Itoa(i)
			cb := app.Input().ID(id).Type("checkbox").DataSet("name", attr(name)).OnChange(d.toggle)
			if app.IsClient {
				// The box owns its state while clicked; this keeps each box in step
				// with its own scenario when the list changes under it. Only in the
				// browser: the server would write checked="false", which reads as
				// checked.
				cb = cb.Checked(d.isChosen(name))
			}
			if full && !d.isChosen(name) {
				cb = cb.Disabled(true)
			}
			boxes[i] = app.Div().Class("check").Body(cb, app.Label().For(id).Text(name))
		}
		body = app.Elem("fieldset").Class("picks").Body(
			app.Elem("legend").Text(d.P.T("Saved scenarios (choose 1 to 3)")),
			app.Div().Body(boxes...),
			app.P().ID("compare-count").Class("help").Aria("live", "polite").Text(d.P.F("{n} of 3 chosen", "n", strconv.Itoa(len(d.chosen)))),
		)
	}
	compareBtn := app.Button().ID("compare-go").Type("button").Text(d.P.T("Compare")).OnClick(d.compare)
	if len(d.chosen) == 0 {
		compareBtn = compareBtn.Disabled(true)
	}
	var note app.UI
	if d.Note != "" {
		note = app.P().Class("notice").Text(d.Note)
	}
	return app.Dialog().ID("compare-dialog").Class("dialog").Aria("labelledby", "compare-dialog-title").Body(
		app.H2().ID("compare-dialog-title").Text(d.P.T("Compare with saved scenarios")),
		app.P().Text(d.P.F("The scenario on screen (“{name}”) and up to 3 saved ones, side by side.", "name", d.Current)),
		note,
		body,
		app.Div().Class("form-actions").Body(
			compareBtn,
			app.Button().ID("close-compare").Type("button").Class("secondary").Text(d.P.T("Close")).OnClick(closeDialog),
		),
	)
}

// toggle follows a box: chosen in the list's order, at most three.
func (d *CompareDialog) toggle(ctx app.Context, e app.Event) {
	name, on := ctx.JSSrc().Call("getAttribute", "data-name").String(), ctx.JSSrc().Get("checked").Bool()
	var next []string
	for _, n := range d.Names {
		if (n == name && on) || (n != name && d.isChosen(n)) {
			next = append(next, n)
		}
	}
	if len(next) > most {
		next = next[:most]
	}
	d.chosen = next
}

func (d *CompareDialog) compare(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionCompareWith, append([]string(nil), d.chosen...))
}
