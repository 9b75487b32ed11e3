package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Render lays the page out from the state the handlers keep; it computes nothing.
func (c *Calculator) Render() app.UI {
	d := c.sc.Display
	return app.Div().
		Class("page").
		Class(classIf(d.Embed, "embed")).
		Style("--accent", c.theme.Accent).
		Style("--on-accent", c.theme.OnAccent).
		Body(
			&UpdateBanner{Ready: c.updateReady},
			&Masthead{Embed: d.Embed},
			app.Main().ID("main").Class("layout").Body(
				c.renderForm(),
				c.renderResults(),
			),
			&Peek{Text: c.peekText(), Invalid: !c.chk.OK()},
			&Evidence{},
			app.If(!d.Embed, func() app.UI {
				return &Footer{Version: appVersion(), Installable: c.installable, Apple: c.apple}
			}),
			app.If(!d.Embed, func() app.UI { return &EmbedDialog{Snippet: present.EmbedSnippet(pageOrigin(), c.sc)} }),
			&SaveDialog{Items: c.libView.items, Suggest: c.libView.suggest, Status: c.libStatus, Note: c.lib.note, Writable: c.lib.writable},
			&CompareDialog{Names: c.libView.names, Current: c.libView.current, Note: c.lib.note},
		)
}

func (c *Calculator) renderForm() app.UI {
	parts := make([]app.UI, 0, len(c.form.Groups)+2)
	for _, g := range c.form.Groups {
		fields := make([]app.UI, len(g.Fields))
		for i, f := range g.Fields {
			fields[i] = &Field{F: f, Gen: c.gen}
		}
		body := app.Div().Class("fields").Body(fields...)
		intro := app.If(g.Intro != "", func() app.UI { return app.P().Class("intro").Text(g.Intro) })
		if g.Fold {
			parts = append(parts, app.Details().ID(g.ID).Class("group assumptions").Open(g.Open).Body(
				app.Summary().Text(g.Title), intro, body))
			continue
		}
		parts = append(parts, app.FieldSet().Class("group").Body(app.Legend().Text(g.Title), intro, body))
	}
	parts = append(parts,
		&DisplayPicker{Currency: c.sc.Display.Currency, Locale: c.sc.Display.Locale},
		app.Div().Class("form-actions").Body(
			app.Button().ID("reset").Type("button").Class("secondary").Text("Reset to example").
				OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionReset) }),
		),
	)
	return app.Form().
		ID("inputs").
		Class("inputs").
		Attr("novalidate", true).
		Aria("label", "Your numbers").
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(parts...)
}

func (c *Calculator) renderResults() app.UI {
	ok := c.chk.OK()
	state := "ok"
	if !ok {
		state = "invalid"
	}
	return app.Section().
		ID("results").
		Class("results").
		Class(classIf(!ok && c.valid, "stale")).
		DataSet("state", state).
		Aria("labelledby", "results-title").
		Body(
			app.H2().ID("results-title").Text("Projection"),
			// One short line for screen readers, not the whole region: every edit
			// changes dozens of numbers.
			app.P().ID("announce").Class("visually-hidden").Aria("live", "polite").Text(c.announce),
			app.If(c.notice != "", func() app.UI { return app.P().ID("notice").Class("notice").Text(c.notice) }),
			// The confidence decides the headline figures, so it sits beside them.
			app.Div().ID("confidence").Class("confidence").Body(&Field{F: c.form.Confidence, Gen: c.gen}),
			app.If(!ok, func() app.UI { return c.renderInvalid() }),
			app.If(c.valid, func() app.UI { return c.renderProjection() }),
			c.renderCTA(),
			&Tools{ShareURL: present.ShareURL(pageOrigin(), c.sc), CSV: ok, EmbedButton: !c.sc.Display.Embed, Saving: true},
		)
}

// renderInvalid names the fields to fix. The last valid projection stays below it,
// dimmed and labelled, so that nothing jumps while a number is being typed.
func (c *Calculator) renderInvalid() app.UI {
	var links []app.UI
	for _, f := range calc.Fields {
		if _, bad := c.chk.Errs[f.Name]; bad {
			links = append(links, app.Li().Body(app.A().Href("#in-"+f.Name).Text(f.Label)))
		}
	}
	lead := "Fix these fields to see the projection:"
	if c.valid {
		lead = "Fix these fields to update the projection; below are the results for the last valid inputs:"
	}
	return app.Div().ID("invalid").Class("invalid-summary").Role("status").Body(
		app.P().Text(lead),
		app.Ul().Body(links...),
	)
}

func (c *Calculator) renderProjection() app.UI {
	r := c.res
	return app.Div().ID("projection").Class("projection").Body(
		app.P().ID("stale-label").Class("stale-label").Hidden(c.chk.OK()).Text("Results for the last valid inputs"),
		&Headline{R: r},
		&Warnings{List: r.Warnings},
		app.Div().Class("tables").Body(
			&FunnelTable{Rows: r.Funnel},
			&MoneyTable{Caption: r.MoneyCaption, Rows: r.Money},
		),
		c.renderCharts(),
	)
}

func (c *Calculator) renderCharts() app.UI {
	return app.Div().ID("charts").Class("charts").Body(
		&ChartFigure{Name: "lift", Title: "What training days do to new-customer revenue", Chart: c.res.LiftChart, Options: c.charts},
		&ChartFigure{Name: "funnel", Title: "The funnel, now and projected", Chart: c.res.FunnelChart, Options: c.charts},
		&ChartFigure{Name: "payback", Title: "When the training pays back", Chart: c.res.PaybackChart, Options: c.charts},
	)
}

func (c *Calculator) renderCTA() app.UI { return callToAction(c.sc.Display) }

// callToAction is the consultancy's call to action from the URL: its link was
// checked to be https: or mailto:, and its text is text.
func callToAction(d state.Display) app.UI {
	if d.CTAURL == "" {
		return nil
	}
	return app.P().Class("cta").Body(
		app.A().ID("cta").Class("cta-button").Href(attr(d.CTAURL)).Rel("noopener noreferrer").Target("_blank").Text(d.CTAText),
	)
}

func (c *Calculator) peekText() string {
	if !c.chk.OK() {
		return "Some fields need fixing: see the results"
	}
	return c.res.Peek
}

// appVersion is the build's version (a hash of the wasm), set by the server.
func appVersion() string {
	if v := app.Getenv("GOAPP_VERSION"); v != "" {
		return v
	}
	return "dev"
}
