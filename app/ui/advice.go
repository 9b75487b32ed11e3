package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// actionUseBest asks the page to put the recommended plan's days into the
// targets.
const actionUseBest = "use-best"

// Advice is the recommendation beside the headline results: the plan, what it
// nets, how it compares with the plan typed, how sure, and why. In the compact
// embed all but the plan and its figures are folded.
type Advice struct {
	app.Compo

	P       i18n.Printer // the page's language
	A       present.Advice
	Compact bool
	// Stale says the advice is for the last valid inputs while a field is
	// invalid: it cannot be used then.
	Stale bool
}

func (v *Advice) Render() app.UI {
	a := v.A
	var notes []app.UI
	for _, n := range a.Notes {
		notes = append(notes, app.Li().Text(n))
	}
	var study app.UI
	if len(a.Study.Items) > 0 || a.Study.Lead != "" {
		study = believeList("advice-study", a.Study)
	}
	more := []app.UI{
		app.P().ID("advice-typed").Body(line(a.Typed)...),
		app.P().ID("advice-holds").Body(line(a.Holds)...),
		study,
		app.Ul().Class("advice-notes").Body(append([]app.UI{app.Li().Text(a.Why)}, notes...)...),
	}
	// Each element goes into one parent only: go-app refuses to mount it twice.
	var rest app.UI
	if v.Compact {
		rest = app.Details().ID("advice-more").Class("explain").Body(
			append([]app.UI{app.Summary().Text(v.P.T("How sure, and why this plan"))}, more...)...)
	} else {
		rest = app.Div().Body(more...)
	}
	var use app.UI
	if a.Use {
		b := app.Button().ID("use-best").Type("button").Aria("label", a.UseLabel).Text(v.P.T("Use this plan")).
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionUseBest) })
		if v.Stale {
			b = b.Disabled(true) // never disabled="false", which reads as disabled
		}
		use = b
	}
	return app.Section().ID("advice").Class("advice").Class(classIf(a.Keep, "keep")).Aria("labelledby", "advice-title").Body(
		app.H3().ID("advice-title").Text(v.P.T("Recommendation")),
		app.P().ID("advice-plan").Class("advice-plan").Body(line(a.Headline)...),
		app.P().ID("advice-figures").Body(line(a.Figures)...),
		use,
		rest,
	)
}

// believeList is what one must believe for a plan to pay: a lead and a list.
func believeList(id string, b present.Believe) app.UI {
	items := make([]app.UI, len(b.Items))
	for i, l := range b.Items {
		items[i] = app.Li().Body(line(l)...)
	}
	var list app.UI
	if len(items) > 0 {
		list = app.Ul().Body(items...)
	}
	return app.Div().ID(id).Class("believe").Body(app.P().Text(b.Lead), list)
}
