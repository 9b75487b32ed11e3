package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// sliderFields get a slider beside their number box: the training days, which
// people like to drag, and the confidence.
var sliderFields = map[string]bool{
	"mkt_days": true, "mkt_target": true, "sales_days": true, "sales_target": true, "confidence": true,
}

// sliderMax is the slider's right end: the lift chart's range for days (any value up
// to 60 can still be typed), 100 for the confidence.
func sliderMax(f calc.Field) float64 {
	if f.Unit == "days" {
		return calc.CurveMaxDays
	}
	return f.Max
}

func (c *Calculator) renderInputs() app.UI {
	return app.Form().
		ID("inputs").
		Class("inputs").
		Attr("novalidate", true).
		Aria("label", "Your numbers").
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(
			c.renderGroup(calc.GroupTeams, "Your teams", ""),
			c.renderGroup(calc.GroupLeads, "Leads and funnel", ""),
			c.renderGroup(calc.GroupCosts, "Costs", ""),
			c.renderAssumptions(),
			c.renderDisplay(),
			app.Div().Class("form-actions").Body(
				app.Button().
					ID("reset").
					Type("button").
					Class("secondary").
					Text("Reset to example").
					OnClick(c.reset),
			),
		)
}

func (c *Calculator) renderGroup(g calc.Group, title, intro string) app.UI {
	return app.FieldSet().Class("group").Body(
		app.Legend().Text(title),
		app.If(intro != "", func() app.UI { return app.P().Class("intro").Text(intro) }),
		c.renderFields(g),
	)
}

func (c *Calculator) renderFields(g calc.Group) app.UI {
	var items []app.UI
	for _, f := range calc.Fields {
		if f.Group == g {
			items = append(items, c.renderField(f))
		}
	}
	return app.Div().Class("fields").Body(items...)
}

func (c *Calculator) renderAssumptions() app.UI {
	return app.Details().ID("assumptions").Class("group assumptions").Body(
		app.Summary().Text("Assumptions"),
		app.P().Class("intro").Body(
			app.Text("The study found "),
			app.Strong().Text("+29%"),
			app.Text(" more new-customer business with 10 rather than 2 days of sales training a year, and "),
			app.Strong().Text("+26%"),
			app.Text(" with the same for marketing (2013 Sales and Marketing Alignment Study, 500 companies; MathMarketing and Marketo, reported February 2014). The confidence says how much of that you credit to your plan."),
		),
		c.renderFields(calc.GroupAssumptions),
	)
}

// renderField draws one labelled text box (any text can be typed; it is parsed by
// state.ParseNumber), its unit and help, its error when invalid, and a slider for
// the fields that have one.
func (c *Calculator) renderField(f calc.Field) app.UI {
	id := "in-" + f.Name
	text := c.scenario.Form.Get(f.Name)
	msg, invalid := c.check.Errs[f.Name]
	describedBy := "help-" + f.Name
	if invalid {
		describedBy = "err-" + f.Name + " " + describedBy
	}
	name := f.Name
	onText := func(ctx app.Context, e app.Event) {
		c.setField(ctx, name, ctx.JSSrc().Get("value").String())
	}
	box := app.Input().
		ID(id).
		Name(f.Name).
		Type("text").
		Attr("inputmode", inputMode(f)).
		AutoComplete(false).
		Spellcheck(false).
		Value(attr(text)).
		Aria("invalid", ariaBool(invalid)).
		Aria("describedby", describedBy).
		OnInput(onText)
	unit := unitLabel(f, c.fmt)
	return app.Div().
		Class("field").
		Class(classIf(invalid, "invalid")).
		Class(classIf(sliderFields[f.Name], "has-slider")).
		Body(
			app.Label().For(id).Text(f.Label),
			app.Div().Class("control").Body(
				app.If(sliderFields[f.Name], func() app.UI { return c.renderSlider(f, text, onText) }),
				app.Span().Class("box").Body(
					box,
					app.If(unit != "", func() app.UI { return app.Span().Class("unit").Aria("hidden", "true").Text(unit) }),
				),
			),
			app.Small().ID("help-"+f.Name).Class("help").Text(helpText(f)),
			app.If(invalid, func() app.UI {
				return app.P().ID("err-" + f.Name).Class("error").Text(msg)
			}),
		)
}

// renderSlider draws the slider that moves with the text box. It is a second way
// to set the same value, so screen readers get it labelled but the text box
// stays the field's one named input.
func (c *Calculator) renderSlider(f calc.Field, text string, onText app.EventHandler) app.UI {
	return app.Input().
		ID("slider-"+f.Name).
		Type("range").
		Class("slider").
		Min(f.Min).
		Max(sliderMax(f)).
		Step(f.Step).
		Value(sliderText(f, text)).
		Aria("label", f.Label+" ("+f.Unit+", slider)").
		OnInput(onText)
}

// sliderText is the slider's position for the field's text: its number kept to
// the slider's range, or the default while the text is not a number.
func sliderText(f calc.Field, text string) string {
	v, err := state.ParseNumber(text)
	if err != nil {
		v = f.Default
	}
	return state.Text(clampFloat(v, f.Min, sliderMax(f)))
}

func clampFloat(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func inputMode(f calc.Field) string {
	if f.Whole {
		return "numeric"
	}
	return "decimal"
}

func unitLabel(f calc.Field, fm format.Format) string {
	switch f.Unit {
	case "money":
		return fm.Currency()
	case "per month":
		return "/ month"
	}
	return f.Unit
}

// helpText says what the field means and its valid range, so the range is known
// before anything is wrong.
func helpText(f calc.Field) string {
	r := f.Help + ". " + rangeText(f)
	return r
}

func rangeText(f calc.Field) string {
	fm := format.New("en-US", "USD")
	s := fm.Trim(f.Min, 2) + "–" + fm.Trim(f.Max, 2)
	if f.Whole {
		s += ", whole numbers"
	}
	return s + "."
}

// renderDisplay lets the user choose how money and numbers look; it changes no
// number of the model.
func (c *Calculator) renderDisplay() app.UI {
	d := c.scenario.Display
	return app.FieldSet().Class("group display").Body(
		app.Legend().Text("Display"),
		app.Div().Class("fields two").Body(
			app.Div().Class("field").Body(
				app.Label().For("currency").Text("Currency"),
				app.Select().ID("currency").OnChange(func(ctx app.Context, e app.Event) {
					nd := c.scenario.Display
					nd.Currency = ctx.JSSrc().Get("value").String()
					c.setDisplay(ctx, nd)
				}).Body(options(format.Currencies, d.Currency)...),
			),
			app.Div().Class("field").Body(
				app.Label().For("locale").Text("Number format"),
				app.Select().ID("locale").OnChange(func(ctx app.Context, e app.Event) {
					nd := c.scenario.Display
					nd.Locale = ctx.JSSrc().Get("value").String()
					c.setDisplay(ctx, nd)
				}).Body(options(format.Locales, d.Locale)...),
			),
		),
	)
}

func options(values []string, selected string) []app.UI {
	found := false
	for _, v := range values {
		found = found || v == selected
	}
	if !found && selected != "" {
		values = append([]string{selected}, values...)
	}
	opts := make([]app.UI, len(values))
	for i, v := range values {
		o := app.Option().Value(v).Text(v)
		if v == selected {
			// Only ever selected="true": the server writes selected="false" too, which
			// HTML reads as selected, so the prerendered select showed the last one.
			o = o.Selected(true)
		}
		opts[i] = o
	}
	return opts
}

// showEmptyFields empties on screen the fields whose text is empty. go-app v10.1.11
// never sets an empty value (attributes.Set tests the value instead of the name),
// so a field restored empty (saved that way, or ?mqls= in the URL) would keep the
// example's number on screen while its error says "Enter a number".
func (c *Calculator) showEmptyFields() {
	for _, f := range calc.Fields {
		if c.scenario.Form.Get(f.Name) != "" {
			continue
		}
		if el := app.Window().GetElementByID("in-" + f.Name); el.Truthy() && el.Get("value").String() != "" {
			el.Set("value", "")
		}
	}
}
