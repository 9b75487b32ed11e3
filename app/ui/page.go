package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
)

// Render lays the page out from the state the handlers keep; it computes nothing.
// The compact embed puts the results first and folds what is not headline.
func (c *Calculator) Render() app.UI {
	d := c.sc.Display
	compact := d.Embed == state.Compact
	main := app.Elem("main").ID("main").Class("layout")
	if compact {
		main = main.Body(c.renderResults(), c.renderForm())
	} else {
		main = main.Body(c.renderForm(), c.renderResults())
	}
	p := c.view.P
	var evidence app.UI = &Evidence{P: p}
	if compact {
		evidence = app.Details().ID("evidence-fold").Class("fold evidence-fold").Body(
			app.Summary().Text(p.T("The study behind the numbers, and its caveats")),
			evidence,
		)
	}
	var footer, embed app.UI
	if !d.Embedded() {
		footer, embed = &Footer{P: p, Version: appVersion()}, c.renderEmbedDialog()
	}
	return themedPage("page", d.Embedded(), c.env.HostDark, c.view.Theme).
		Class(classIf(compact, "compact")).
		Body(
			&UpdateBanner{P: p},
			&Masthead{P: p, Embed: d.Embedded()},
			&ReportHeader{Title: c.view.MemoTitle, Name: c.view.Name, LinkLabel: p.T("This scenario:"), Link: c.view.Share},
			// Always there, empty before a first valid projection: an element that
			// comes and goes before main would make go-app replace main, and the
			// field being typed in with it.
			&Memo{P: p, M: c.view.Results.Memo},
			main,
			&LiveSummary{P: p, Figures: c.view.Peek, Plan: c.view.Results.PeekPlan, Invalid: !c.view.Check.OK()},
			evidence,
			footer,
			embed,
			c.saveDialog(),
			&CompareDialog{P: p, Names: c.saved.view.names, Saved: len(c.saved.view.items) > 0, Current: c.saved.view.current, Note: p.T(c.saved.lib.note)},
		)
}

func (c *Calculator) renderForm() app.UI {
	p := c.view.P
	picker := &DisplayPicker{P: p, Currency: c.sc.Display.Currency, Locale: c.sc.Display.Locale, Lang: string(p.Lang)}
	reset := app.Div().Class("form-actions").Body(
		app.Button().ID("reset").Type("button").Class("secondary").Text(p.T("Reset to example")).
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionReset) }),
	)
	parts := make([]app.UI, 0, len(c.view.Form.Groups)+2)
	for _, g := range c.view.Form.Groups {
		fields := make([]app.UI, len(g.Fields))
		for i, f := range g.Fields {
			fields[i] = &Field{F: f, Gen: c.gen}
		}
		body := app.Div().Class("fields").Body(fields...)
		var intro, extra app.UI
		if g.Intro != "" {
			intro = app.P().Class("intro").Text(g.Intro)
		}
		if g.Fold {
			// The compact embed folds the display settings with the other inputs.
			if g.ID == "more-inputs" {
				extra = app.Div().Body(picker, reset)
			}
			parts = append(parts, app.Details().ID(g.ID).Class("group assumptions").Open(g.Open).Body(
				app.Summary().Text(g.Title), intro, body, extra))
			continue
		}
		parts = append(parts, app.Elem("fieldset").Class("group").Body(app.Elem("legend").Text(g.Title), intro, body))
	}
	if c.sc.Display.Embed != state.Compact {
		parts = append(parts, picker, reset)
	}
	return app.Elem("form").
		ID("inputs").
		Class("inputs").
		Attr("novalidate", true).
		Aria("label", p.T("Your numbers")).
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(parts...)
}

func (c *Calculator) renderResults() app.UI {
	ok := c.view.Check.OK()
	dataState := "ok"
	if !ok {
		dataState = "invalid"
	}
	compact := c.sc.Display.Embed == state.Compact
	// Each part is there or not (nil, which go-app leaves out).
	var loading, notice, confidence, invalid, projection, cta app.UI
	if app.IsServer {
		loading = loadingNotice(c.view.P)
	}
	if c.view.Notice != "" {
		notice = app.P().ID("notice").Class("notice").Text(c.view.Notice)
	}
	if !compact || !c.view.Valid {
		confidence, cta = c.renderConfidence(), c.renderCTA()
	}
	if !ok {
		invalid = c.renderInvalid()
	}
	if c.view.Valid {
		projection = c.renderProjection(compact)
	}
	return app.Section().
		ID("results").
		Class("results").
		Class(classIf(c.view.Stale, "stale")).
		DataSet("state", dataState).
		Aria("labelledby", "results-title").
		Body(
			app.H2().ID("results-title").Text(c.view.P.T("Projection")),
			loading,
			// One short line for screen readers, not the whole region: every edit
			// changes dozens of numbers.
			app.P().ID("announce").Class("visually-hidden").Aria("live", "polite").Text(c.view.Announce),
			notice,
			// The confidence decides the headline figures, so it sits beside them:
			// above them, or in the compact embed just below them.
			confidence,
			invalid,
			projection,
			// In the compact embed the call to action follows the headline figures.
			cta,
			&Tools{P: c.view.P, ShareURL: c.view.Share, CSV: ok, EmbedButton: !c.sc.Display.Embedded(), Saving: true},
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
	links := make([]app.UI, len(c.view.Fix))
	for i, f := range c.view.Fix {
		links[i] = app.Li().Body(app.A().Href(f.Href).Text(f.Text))
	}
	return app.Div().ID("invalid").Class("invalid-summary").Role("status").Body(
		app.P().Text(c.view.FixLead),
		app.Ul().Body(links...),
	)
}

func (c *Calculator) renderProjection(compact bool) app.UI {
	r, p := c.view.Results, c.view.P
	details := []app.UI{
		app.Div().ID("decide").Class("decide").Body(
			&Believe{P: p, B: r.Decision.Believe},
			&Steps{P: p, Rows: r.Decision.Steps, Notes: r.Decision.StepNotes},
			&ChartFigure{Name: "sensitivity", Title: p.T("Which numbers move your plan's net benefit most"), Chart: r.SensitivityChart, Options: c.view.Charts},
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
	var cta, confidence app.UI
	if compact {
		cta, confidence = c.renderCTA(), c.renderConfidence()
	}
	return app.Div().ID("projection").Class("projection").Body(
		app.P().ID("stale-label").Class("stale-label").Hidden(!c.view.Stale).Text(p.T("Results for the last valid inputs")),
		&Headline{P: p, R: r},
		// In the compact embed the call to action comes first: within the first
		// 900 px at any width.
		cta,
		&Advice{P: p, A: r.Decision.Advice, Compact: compact, Stale: c.view.Stale},
		confidence,
		&Warnings{P: p, List: r.Warnings},
		rest,
	)
}

func (c *Calculator) renderConfidence() app.UI {
	return app.Div().ID("confidence").Class("confidence").Body(&Field{F: c.view.Form.Confidence, Gen: c.gen})
}

func (c *Calculator) renderCTA() app.UI { return callToAction(c.view.P, c.sc.Display, c.onCTA) }

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

// appVersion is the build's version (a hash of the wasm), set by the server.
func appVersion() string {
	if v := app.Getenv("GOAPP_VERSION"); v != "" {
		return v
	}
	return "dev"
}

func (c *Calculator) renderCharts() app.UI {
	return app.Div().ID("charts").Class("charts").Body(
		&ChartFigure{Name: "lift", Title: c.view.P.T("What the model credits to training days: new-customer revenue"), Chart: c.view.Results.LiftChart, Options: c.view.Charts},
		&ChartFigure{Name: "funnel", Title: c.view.P.T("The funnel, now and projected"), Chart: c.view.Results.FunnelChart, Options: c.view.Charts},
		&ChartFigure{Name: "payback", Title: c.view.P.T("When the plan pays back"), Chart: c.view.Results.PaybackChart, Options: c.view.Charts},
	)
}

func (c *Calculator) renderEmbedDialog() app.UI {
	if !c.embedOpen {
		return &EmbedDialog{P: c.view.P, Origin: c.env.Origin}
	}
	return &EmbedDialog{P: c.view.P, Open: true, Scenario: c.sc, Origin: c.env.Origin}
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
