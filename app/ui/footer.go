package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// Footer says where the numbers stay, the version and how to install the app.
type Footer struct {
	app.Compo

	P       i18n.Printer // the page's language
	Version string
}

func (f *Footer) Render() app.UI {
	return app.Elem("footer").Class("footer").Body(
		app.P().Text(f.P.T("Everything is computed in your browser: nothing you type leaves this device. Your inputs are saved on this device only, and the address bar is always a link to this exact scenario.")),
		app.Div().Class("footer-row").Body(
			app.P().Class("version").Body(app.Text(f.P.T("Version")+" "), app.Span().ID("app-version").Text(f.Version)),
			&InstallOffer{P: f.P},
		),
	)
}
