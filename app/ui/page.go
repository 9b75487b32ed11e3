package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Render lays the page out from the state the handlers keep; it computes nothing.
// The compact embed puts the results first and folds what is not headline.
func (c *Calculator) Render() app.UI {
	d := c.sc.Display
	compact := d.Embed == state.Compact
	main := app.Main().ID("main").Class("layout")
	if compact {
		main = main.Body(c.renderResults(), c.renderForm())
	} else {
		main = main.Body(c.renderForm(), c.renderResults())
	}
	p := c.p
	var evidence app.UI = &Evidence{P: p}
	if compact {
		evidence = app.Details().ID("evidence-fold").Class("fold evidence-fold").Body(
			app.Summary().Text(p.T("The study behind the numbers, and its caveats")),
			evidence,
		)
	}
	title := p.T("Training plan memo")
	if c.today != "" {
		title = p.F("Training plan memo of {date}", "date", c.today)
	}
	return themedPage("page", d.Embedded(), c.hostDark, c.theme).
		Class(classIf(compact, "compact")).
		Body(
			&UpdateBanner{P: p, Ready: c.updateReady},
			&Masthead{P: p, Embed: d.Embedded()},
			&ReportHeader{Title: title, Name: c.name, LinkLabel: p.T("This scenario:"), Link: c.share},
			// Always there, empty before a first valid projection: an element that
			// comes and goes before main would make go-app replace main, and the
			// field being typed in with it.
			&Memo{P: p, M: c.res.Memo},
			main,
			&LiveSummary{P: p, Figures: c.peekText(), Plan: c.res.PeekPlan, Invalid: !c.chk.OK()},
			evidence,
			app.If(!d.Embedded(), func() app.UI {
				return &Footer{P: p, Version: appVersion(), Installable: c.installable, Apple: c.apple}
			}),
			app.If(!d.Embedded(), func() app.UI { return c.renderEmbedDialog() }),
			c.saveDialog(),
			&CompareDialog{P: p, Names: c.libView.names, Saved: len(c.libView.items) > 0, Current: c.libView.current, Note: p.T(c.lib.note)},
		)
}

func (c *Calculator) renderForm() app.UI {
	p := c.p
	picker := &DisplayPicker{P: p, Currency: c.sc.Display.Currency, Locale: c.sc.Display.Locale, Lang: string(p.Lang)}
	reset := app.Div().Class("form-actions").Body(
		app.Button().ID("reset").Type("button").Class("secondary").Text(p.T("Reset to example")).
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionReset) }),
	)
	parts := make([]app.UI, 0, len(c.form.Groups)+2)
	for _, g := range c.form.Groups {
		fields := make([]app.UI, len(g.Fields))
		for i, f := range g.Fields {
			fields[i] = &Field{F: f, Gen: c.gen}
		}
		body := app.Div().Class("fields").Body(fields...)
		intro := app.If(g.Intro != "", func() app.UI { return app.P().Class("intro").Text(g.Intro) })
		if g.Fold {
			// The compact embed folds the display settings with the other inputs.
			extra := app.If(g.ID == "more-inputs", func() app.UI { return app.Div().Body(picker, reset) })
			parts = append(parts, app.Details().ID(g.ID).Class("group assumptions").Open(g.Open).Body(
				app.Summary().Text(g.Title), intro, body, extra))
			continue
		}
		parts = append(parts, app.FieldSet().Class("group").Body(app.Legend().Text(g.Title), intro, body))
	}
	if c.sc.Display.Embed != state.Compact {
		parts = append(parts, picker, reset)
	}
	return app.Form().
		ID("inputs").
		Class("inputs").
		Attr("novalidate", true).
		Aria("label", p.T("Your numbers")).
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(parts...)
}

func (c *Calculator) renderResults() app.UI {
	ok := c.chk.OK()
	dataState := "ok"
	if !ok {
		dataState = "invalid"
	}
	compact := c.sc.Display.Embed == state.Compact
	return app.Section().
		ID("results").
		Class("results").
		Class(classIf(!ok && c.valid, "stale")).
		DataSet("state", dataState).
		Aria("labelledby", "results-title").
		Body(
			app.H2().ID("results-title").Text(c.p.T("Projection")),
			app.If(app.IsServer, func() app.UI { return loadingNotice(c.p) }),
			// One short line for screen readers, not the whole region: every edit
			// changes dozens of numbers.
			app.P().ID("announce").Class("visually-hidden").Aria("live", "polite").Text(c.announce),
			app.If(c.notice != "", func() app.UI { return app.P().ID("notice").Class("notice").Text(c.p.T(c.notice)) }),
			// The confidence decides the headline figures, so it sits beside them:
			// above them, or in the compact embed just below them.
			app.If(!compact || !c.valid, func() app.UI { return c.renderConfidence() }),
			app.If(!ok, func() app.UI { return c.renderInvalid() }),
			app.If(c.valid, func() app.UI { return c.renderProjection(compact) }),
			// In the compact embed the call to action follows the headline figures.
			app.If(!compact || !c.valid, func() app.UI { return c.renderCTA() }),
			&Tools{P: c.p, ShareURL: c.share, CSV: ok, EmbedButton: !c.sc.Display.Embedded(), Saving: true},
		)
}

// loadingNotice says, in the page the server sends, that the results will follow
// edits only once the calculator runs; web/early.js moves its bar as the app loads.
// The app's own render has no notice, so it goes when the app takes over.
func loadingNotice(p i18n.Printer) app.UI {
	return app.Div().ID("loading").Class("loading").Role("status").Body(
		app.P().ID("loading-text").DataSet("failed", p.T("The calculator could not start ({why}): the results are those of the address's scenario. Reload the page to try again.")).
			Text(p.T("The calculator is loading. These results are for the address's scenario; they will follow your edits once it is ready.")),
		app.Progress().ID("loading-progress").Max(100).Value(0).Aria("label", p.T("Loading the calculator")),
		app.NoScript().Body(app.P().Class("noscript").Text(p.T("This calculator needs JavaScript to compute: the results shown are those of the address's scenario, and editing the fields changes nothing. Turn JavaScript on, or change the numbers in the address."))),
	)
}

// renderInvalid names the fields to fix. The last valid projection stays below it,
// dimmed and labelled, so that nothing jumps while a number is being typed.
func (c *Calculator) renderInvalid() app.UI {
	var links []app.UI
	for _, f := range calc.Fields {
		if _, bad := c.chk.Errs[f.Name]; bad {
			links = append(links, app.Li().Body(app.A().Href("#in-"+f.Name).Text(c.p.T(f.Label))))
		}
	}
	lead := c.p.T("Fix these fields to see the projection:")
	if c.valid {
		lead = c.p.T("Fix these fields to update the projection; below are the results for the last valid inputs:")
	}
	return app.Div().ID("invalid").Class("invalid-summary").Role("status").Body(
		app.P().Text(lead),
		app.Ul().Body(links...),
	)
}

func (c *Calculator) renderProjection(compact bool) app.UI {
	r, p := c.res, c.p
	details := []app.UI{
		app.Div().ID("decide").Class("decide").Body(
			&Believe{P: p, B: r.Decision.Believe},
			&Steps{P: p, Rows: r.Decision.Steps, Notes: r.Decision.StepNotes},
			&ChartFigure{Name: "sensitivity", Title: p.T("Which numbers move your plan's net benefit most"), Chart: r.SensitivityChart, Options: c.charts},
		),
		app.Div().Class("tables").Body(
			&FunnelTable{P: p, Rows: r.Funnel},
			&MoneyTable{Caption: r.MoneyCaption, Rows: r.Money},
		),
		c.renderCharts(),
	}
	var rest app.UI = app.Div().Body(details...)
	if compact {
		rest = app.Details().ID("more-results").Class("fold").OnToggle(c.measureAfterToggle).Body(
			append([]app.UI{app.Summary().Text(p.T("What to believe, the funnel, costs and charts"))}, details...)...)
	}
	return app.Div().ID("projection").Class("projection").Body(
		app.P().ID("stale-label").Class("stale-label").Hidden(c.chk.OK()).Text(p.T("Results for the last valid inputs")),
		&Headline{P: p, R: r},
		// In the compact embed the call to action comes first: within the first
		// 900 px at any width.
		app.If(compact, func() app.UI { return c.renderCTA() }),
		&Advice{P: p, A: r.Decision.Advice, Compact: compact, Stale: !c.chk.OK()},
		app.If(compact, func() app.UI { return c.renderConfidence() }),
		&Warnings{P: p, List: r.Warnings},
		rest,
	)
}

func (c *Calculator) renderConfidence() app.UI {
	return app.Div().ID("confidence").Class("confidence").Body(&Field{F: c.form.Confidence, Gen: c.gen})
}

func (c *Calculator) renderCTA() app.UI { return callToAction(c.p, c.sc.Display, c.onCTA) }

// callToAction is the consultancy's call to action from the URL: its link was
// checked to be https: to a host or mailto:, its text is text, and its accessible
// name says where it leads. onClick runs as the link is followed.
func callToAction(p i18n.Printer, d state.Display, onClick app.EventHandler) app.UI {
	if d.CTAURL == "" {
		return nil
	}
	text := d.CTAText
	if text == state.DefaultCTAText {
		text = p.T(state.DefaultCTAText)
	}
	to := state.CTADestination(d.CTAURL)
	if host, mail := strings.CutPrefix(to, "email to "); mail {
		to = p.F("email to {address}", "address", host)
	}
	return app.P().Class("cta").Body(
		app.A().ID("cta").Class("cta-button").Href(attr(d.CTAURL)).Rel("noopener noreferrer").Target("_blank").
			Aria("label", attr(p.F("{text} ({destination}, opens in a new tab)", "text", text, "destination", to))).
			Text(text).OnClick(onClick),
	)
}

func (c *Calculator) peekText() string {
	if !c.chk.OK() {
		return c.p.T("Some fields need fixing: see the results")
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

func (c *Calculator) renderCharts() app.UI {
	return app.Div().ID("charts").Class("charts").Body(
		&ChartFigure{Name: "lift", Title: c.p.T("What the model credits to training days: new-customer revenue"), Chart: c.res.LiftChart, Options: c.charts},
		&ChartFigure{Name: "funnel", Title: c.p.T("The funnel, now and projected"), Chart: c.res.FunnelChart, Options: c.charts},
		&ChartFigure{Name: "payback", Title: c.p.T("When the plan pays back"), Chart: c.res.PaybackChart, Options: c.charts},
	)
}

func (c *Calculator) renderEmbedDialog() app.UI {
	if !c.embedOpen {
		return &EmbedDialog{P: c.p, Origin: pageOrigin()}
	}
	return &EmbedDialog{P: c.p, Open: true, Scenario: c.sc, Origin: pageOrigin()}
}

// themedPage is the element of a whole page: its layout (embedded or not) and its
// theme as classes, the brand colours as CSS variables. hostDark says the iframe
// it is in is dark on its host page, whose colour scheme a page without a
// background of its own takes (style.css).
func themedPage(class string, embedded, hostDark bool, t present.Theme) app.HTMLDiv {
	return app.Div().
		Class(class).
		Class(classIf(embedded, "embed")).
		Class(classIf(hostDark, "host-dark")).
		Class("theme-"+t.Scheme).
		Class(classIf(t.ClearBack, "clear")).
		Style("--accent", t.Accent).
		Style("--on-accent", t.OnAccent).
		Style("--accent-ui-light", t.UILight).
		Style("--accent-ui-dark", t.UIDark)
}
