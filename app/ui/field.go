package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
)

// actionInput is the action a field posts when its text changes; Value is the text,
// tag "name" the field's name, tag "control" "box" or "slider" (whose value has a
// dot decimal whatever the locale). The page handles it.
const actionInput = "input"

// Field is one labelled text box (any text can be typed; the page parses it), its
// unit and help, its error when invalid or a hint about a value that may not be
// what was meant, and a slider for the fields that have one.
type Field struct {
	app.Compo

	F present.Field
	// Gen changes when the page replaces what is typed (a reset, a link opened in the
	// app): the field is then drawn anew, since go-app v10.1.11 never sets an empty
	// value on an input that has one (its attribute check tests the value, not the
	// name), and a field restored empty would keep its old number on screen.
	Gen int

	// The control the visitor uses owns its value: go-app writes a value only to
	// the other control. Its frame can run between a key's change of the text and
	// the page's handling of that key, and would then write an older text into the
	// box, losing a key (seen with keys 20 ms apart). Text changes from elsewhere
	// (a reset, a link opened in the app) come with a new Gen, so a new field.
	box, pos string // the box's and the slider's value as last rendered
	sentBy   string // which control last reported a text: "box" or "slider"
}

// CompoID makes go-app mount a new field when Gen changes.
func (f *Field) CompoID() string { return f.F.Name + "/" + strconv.Itoa(f.Gen) }

func (f *Field) OnInit() { f.box, f.pos = f.F.Text, f.F.Slider.Value }

// OnUpdate moves the control the visitor is not using to the new text.
func (f *Field) OnUpdate(app.Context) {
	if f.sentBy == "slider" {
		f.box = f.F.Text
	} else {
		f.pos = f.F.Slider.Value
	}
}

func (f *Field) Render() app.UI {
	d := f.F
	id := "in-" + d.Name
	invalid := d.Error != ""
	hinted := d.Hint != "" && !invalid
	describedBy := "help-" + d.Name
	if hinted {
		describedBy = "hint-" + d.Name + " " + describedBy
	}
	if invalid {
		describedBy = "err-" + d.Name + " " + describedBy
	}
	hasSlider := d.Slider.Max > 0
	var slider, unit, hint, beyond, problem app.UI
	if hasSlider {
		slider = f.renderSlider()
	}
	if d.Unit != "" {
		unit = app.Span().Class("unit").Aria("hidden", "true").Text(d.Unit)
	}
	if hinted {
		hint = app.P().ID("hint-" + d.Name).Class("hint").Text(d.Hint)
	}
	if d.Slider.Beyond != "" {
		beyond = app.Elem("small").Class("beyond").Text(d.Slider.Beyond)
	}
	if invalid {
		problem = app.P().ID("err-" + d.Name).Class("error").Text(d.Error)
	}
	return app.Div().
		Class("field").
		Class(classIf(invalid, "invalid")).
		Class(classIf(hasSlider, "has-slider")).
		Body(
			app.Label().For(id).Text(d.Label),
			app.Div().Class("control").Body(
				slider,
				app.Span().Class("box").Body(
					app.Input().
						ID(id).
						Name(d.Name).
						Type("text").
						Attr("inputmode", d.Mode).
						AutoComplete(false).
						Spellcheck(false).
						Value(attr(f.box)).
						Placeholder(d.Placeholder).
						Aria("invalid", ariaBool(invalid)).
						Aria("describedby", describedBy).
						OnInput(f.report("box")),
					unit,
				),
			),
			// Under the box, before the help: a valid value, but maybe not the one meant.
			hint,
			beyond,
			app.Elem("small").ID("help-"+d.Name).Class("help").Text(d.Help),
			problem,
		)
}

// renderSlider draws the slider that moves with the text box: a second way to set
// the same value, labelled for screen readers, while the text box stays the
// field's one named input.
func (f *Field) renderSlider() app.UI {
	d := f.F
	return app.Input().
		ID("slider-"+d.Name).
		Type("range").
		Class("slider").
		Min(d.Slider.Min).
		Max(d.Slider.Max).
		Step(d.Slider.Step).
		Value(f.pos).
		Aria("label", d.SliderLabel).
		OnInput(f.report("slider"))
}

// report tells the page the text of one of the field's controls. The handler
// only calls send: the compiler copies a closure into each caller it inlines
// report into, so its work is kept in one method.
func (f *Field) report(control string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { f.send(ctx, control) }
}

func (f *Field) send(ctx app.Context, control string) {
	f.sentBy = control
	ctx.NewActionWithValue(actionInput, ctx.JSSrc().Get("value").String(), app.T("name", f.F.Name), app.T("control", control))
}

func classIf(ok bool, class string) string {
	if ok {
		return class
	}
	return ""
}
