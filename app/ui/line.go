package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/present"
)

// line lays out a sentence with results in it: its text, and each result as
// its page hook (out-NAME), with the reason beside an n/a.
func line(l present.Line) []app.UI {
	parts := make([]app.UI, len(l))
	for i, p := range l {
		switch {
		case p.Out == nil:
			parts[i] = app.Text(p.Text)
		case p.Strong:
			parts[i] = app.Elem("strong").Body(out(*p.Out, true))
		default:
			parts[i] = out(*p.Out, true)
		}
	}
	return parts
}
