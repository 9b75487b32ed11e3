package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// Footer says where the numbers stay, the version and how to install the app.
type Footer struct {
	app.Compo

	P           i18n.Printer // the page's language
	Version     string
	Installable bool
	Apple       bool // an Apple browser: installation is by Share, Add to Home Screen
}

func (f *Footer) Render() app.UI {
	return app.Footer().Class("footer").Body(
		app.P().Text(f.P.T("Everything is computed in your browser: nothing you type leaves this device. Your inputs are saved on this device only, and the address bar is always a link to this exact scenario.")),
		app.Div().Class("footer-row").Body(
			app.P().Class("version").Body(app.Text(f.P.T("Version")+" "), app.Span().ID("app-version").Text(f.Version)),
			f.renderInstall(),
		),
	)
}

func (f *Footer) renderInstall() app.UI {
	switch {
	case !f.Installable:
		return nil
	case f.Apple:
		return app.P().ID("install-hint").Class("install-hint").Text(f.P.T("Install: tap Share, then “Add to Home Screen”."))
	}
	return app.Button().ID("install").Type("button").Class("secondary").Text(f.P.T("Install app")).OnClick(func(ctx app.Context, e app.Event) {
		ctx.ShowAppInstallPrompt()
	})
}

// UpdateBanner offers to start a new version that has been installed in the
// background.
type UpdateBanner struct {
	app.Compo

	P     i18n.Printer // the page's language
	Ready bool
}

func (b *UpdateBanner) Render() app.UI {
	if !b.Ready {
		return app.Div().Hidden(true)
	}
	return app.Div().ID("update-banner").Class("banner").Role("status").Body(
		app.Span().Text(b.P.T("A new version is available.")),
		app.Button().ID("update-reload").Type("button").Text(b.P.T("Reload")).OnClick(func(ctx app.Context, e app.Event) {
			ctx.Reload()
		}),
	)
}
