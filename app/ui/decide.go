package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// Believe is what one must believe for the plan typed to pay: the value of each
// input, the others as entered, at which it breaks even.
type Believe struct {
	app.Compo

	P i18n.Printer // the page's language
	B present.Believe
}

func (b *Believe) Render() app.UI {
	return app.Section().Class("decide-part believe-part").Aria("labelledby", "believe-title").Body(
		app.H3().ID("believe-title").Text(b.P.T("What you must believe")),
		believeList("believe", b.B),
	)
}

// Steps is what one training day more or less per person changes, per team.
type Steps struct {
	app.Compo

	P     i18n.Printer // the page's language
	Rows  []present.StepRow
	Notes []string
}

func (s *Steps) Render() app.UI {
	p := s.P
	caption := p.T("One training day more or less per person: the change over the horizon")
	rows := make([]app.UI, len(s.Rows))
	for i, r := range s.Rows {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(r.Label),
			app.Td().Body(out(r.Benefit, true)), app.Td().Body(out(r.Cost, true)), app.Td().Body(out(r.Net, true)))
	}
	notes := make([]app.UI, len(s.Notes))
	for i, n := range s.Notes {
		notes[i] = app.Li().Text(n)
	}
	var table, list, none app.UI
	if len(rows) > 0 {
		table = scrollBox(caption, app.Table().ID("steps").Class("data").Body(
			app.Elem("caption").Text(caption),
			app.Elem("thead").Body(app.Tr().Body(
				app.Td(),
				app.Th().Scope("col").Text(p.T("Benefit")),
				app.Th().Scope("col").Text(p.T("Cost")),
				app.Th().Scope("col").Text(p.T("Net")),
			)),
			app.TBody().Body(rows...),
		))
	} else {
		none = app.P().Text(p.T("Neither team has anyone in it to train."))
	}
	if len(notes) > 0 {
		list = app.Ul().Class("step-notes").Body(notes...)
	}
	return app.Section().Class("decide-part").Aria("labelledby", "steps-title").Body(
		app.H3().ID("steps-title").Text(p.T("One day more or less")),
		table, list, none,
	)
}
