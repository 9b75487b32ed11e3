package ui

import (
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// UpdateBanner offers to start a new version that has been installed in the
// background. It watches for one itself, from mount to dismount.
type UpdateBanner struct {
	app.Compo

	P i18n.Printer // the page's language

	ready     bool // a new version is installed and waits for a reload
	listeners listeners
}

func (b *UpdateBanner) OnMount(ctx app.Context) { b.watchForUpdates(ctx) }

func (b *UpdateBanner) OnDismount() { b.listeners.release() }

// OnAppUpdate runs when go-app has seen a new service worker activate. On a first
// visit it may also run for the first worker, which is no update: checkUpdate
// decides.
func (b *UpdateBanner) OnAppUpdate(ctx app.Context) {
	if ctx.AppUpdateAvailable() {
		b.checkUpdate(ctx)
	}
}

func (b *UpdateBanner) Render() app.UI {
	if !b.ready {
		return app.Div().Hidden(true)
	}
	return app.Div().ID("update-banner").Class("banner").Role("status").Body(
		app.Span().Text(b.P.T("A new version is available.")),
		app.Button().ID("update-reload").Type("button").Text(b.P.T("Reload")).OnClick(func(ctx app.Context, e app.Event) {
			ctx.Reload()
		}),
	)
}

// InstallOffer is the button that installs the app, or how to on an Apple
// browser, while the browser offers installation.
type InstallOffer struct {
	app.Compo

	P i18n.Printer // the page's language

	installable bool // the browser offers to install the app
	apple       bool // an Apple browser: installation is by Share, Add to Home Screen
}

func (o *InstallOffer) OnMount(ctx app.Context) { o.OnAppInstallChange(ctx) }

// OnAppInstallChange runs when the browser starts or stops offering installation.
func (o *InstallOffer) OnAppInstallChange(ctx app.Context) {
	o.installable = ctx.IsAppInstallable()
	o.apple = ctx.IsAppleBrowser()
}

func (o *InstallOffer) Render() app.UI {
	switch {
	case !o.installable:
		return app.Span().Hidden(true)
	case o.apple:
		return app.P().ID("install-hint").Class("install-hint").Text(o.P.T("Install: tap Share, then “Add to Home Screen”."))
	}
	return app.Button().ID("install").Type("button").Class("secondary").Text(o.P.T("Install app")).OnClick(func(ctx app.Context, e app.Event) {
		ctx.ShowAppInstallPrompt()
	})
}

// updateCheckInterval is how often an open page asks whether a new version has been
// deployed. Browsers look for one only when a page loads (and once a day), while an
// installed app may stay open for days.
const updateCheckInterval = 30 * time.Minute

// watchForUpdates makes the page notice a new version, which go-app alone misses or
// gets wrong:
//   - go-app learns of an update from the registration's updatefound event, which it
//     listens to once navigator.serviceWorker.register resolves; after a reload,
//     Chromium resolves it only when the update found by that navigation has
//     installed, and the event has gone. But a new worker that activates takes over
//     the open pages (controllerchange);
//   - on a first visit, go-app may take the first worker for an update when that
//     worker takes over the page before go-app sees it activated;
//   - nothing looks for a new version in a page left open: it does so now when the
//     page becomes visible again and every updateCheckInterval.
func (b *UpdateBanner) watchForUpdates(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	// A page that no worker controls came from the network, and is the newest
	// version; one that a worker serves may have been replaced already.
	if sw.Get("controller").Truthy() || ctx.AppUpdateAvailable() {
		b.checkUpdate(ctx)
	}
	b.listeners.on(sw, "controllerchange", func(app.Value) { b.checkUpdate(ctx) })

	check := func() {
		update, ignore := registrationCallbacks()
		sw.Call("getRegistration").Call("then", update).Call("catch", ignore)
	}
	doc := app.Window().Get("document")
	b.listeners.on(doc, "visibilitychange", func(app.Value) {
		if doc.Get("visibilityState").String() == "visible" {
			check()
		}
	})
	b.listeners.every(updateCheckInterval, check)
}

// registrationCallbacks are the promise callbacks that ask the service worker's
// registration to look for a new version. A promise may settle after the page
// that asked has gone, so they live as long as the document: made once.
var registrationCallbacks = sync.OnceValues(func() (update, ignore app.Func) {
	// registration.update() fails offline: that is no error worth reporting.
	ignore = app.FuncOf(func(app.Value, []app.Value) any { return nil })
	update = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			args[0].Call("update").Call("catch", ignore)
		}
		return nil
	})
	return update, ignore
})

// checkUpdate shows the update banner when another version has been installed. Each
// version has its cache, "app-" + version (named by go-app's worker), and the caches
// are listed in the order they were made: another version's cache made after this
// one's, or this one's gone (a new worker deletes the others' when it activates)
// while another's is there, means a newer version is installed.
func (b *UpdateBanner) checkUpdate(ctx app.Context) {
	caches := app.Window().Get("caches")
	if !caches.Truthy() {
		return
	}
	own := "app-" + appVersion()
	var listed app.Func
	listed = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer listed.Release()
		ownSeen, other, newer := false, false, false
		for i := 0; len(args) > 0 && i < args[0].Length(); i++ {
			switch name := args[0].Index(i).String(); {
			case name == own:
				ownSeen = true
			case strings.HasPrefix(name, "app-"):
				other = true
				newer = newer || ownSeen
			}
		}
		if newer || (!ownSeen && other) {
			ctx.Dispatch(func(app.Context) { b.ready = true })
		}
		return nil
	})
	caches.Call("keys").Call("then", listed)
}
