package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// Peek is a one-line summary pinned to the bottom of a phone's screen, so the
// effect of a change is visible without scrolling down to the results.
type Peek struct {
	app.Compo

	P       i18n.Printer // the page's language
	Text    string
	Invalid bool
}

func (p *Peek) Render() app.UI {
	return app.Aside().Class("peek-bar").Aria("label", p.P.T("Summary")).Body(
		app.A().ID("peek").Href("#results").Class("peek").Class(classIf(p.Invalid, "invalid")).Text(p.Text),
	)
}
