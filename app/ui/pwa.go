package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// OnAppUpdate runs when a new version has been installed in the background: the
// page then offers to reload into it.
func (c *Calculator) OnAppUpdate(ctx app.Context) {
	c.updateReady = ctx.AppUpdateAvailable()
}

// OnAppInstallChange runs when the browser starts or stops offering installation.
func (c *Calculator) OnAppInstallChange(ctx app.Context) {
	c.installable = ctx.IsAppInstallable()
	c.apple = ctx.IsAppleBrowser()
}

// OnMount picks up the update and install state that may have changed before the
// app started.
func (c *Calculator) OnMount(ctx app.Context) {
	c.updateReady = ctx.AppUpdateAvailable()
	c.installable = ctx.IsAppInstallable()
	c.apple = ctx.IsAppleBrowser()
}

func (c *Calculator) renderUpdateBanner() app.UI {
	if !c.updateReady {
		return nil
	}
	return app.Div().ID("update-banner").Class("banner").Role("status").Body(
		app.Span().Text("A new version is available."),
		app.Button().ID("update-reload").Type("button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) {
			ctx.Reload()
		}),
	)
}

// renderInstall offers installation where the browser allows it; Apple browsers
// have no prompt to show, so they get the steps instead.
func (c *Calculator) renderInstall() app.UI {
	switch {
	case !c.installable:
		return nil
	case c.apple:
		return app.P().ID("install-hint").Class("install-hint").Text("Install: tap Share, then “Add to Home Screen”.")
	}
	return app.Button().ID("install").Type("button").Class("secondary").Text("Install app").OnClick(func(ctx app.Context, e app.Event) {
		ctx.ShowAppInstallPrompt()
	})
}
