package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// OnAppUpdate runs when go-app has seen a new service worker activate. On a first
// visit it may also run for the first worker, which is no update: checkUpdate
// decides.
func (c *Calculator) OnAppUpdate(ctx app.Context) {
	if ctx.AppUpdateAvailable() {
		c.checkUpdate(ctx)
	}
}

// OnAppInstallChange runs when the browser starts or stops offering installation.
func (c *Calculator) OnAppInstallChange(ctx app.Context) {
	c.installable = ctx.IsAppInstallable()
	c.apple = ctx.IsAppleBrowser()
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
func (c *Calculator) watchForUpdates(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	// A page that no worker controls came from the network, and is the newest
	// version; one that a worker serves may have been replaced already.
	if sw.Get("controller").Truthy() || ctx.AppUpdateAvailable() {
		c.checkUpdate(ctx)
	}
	sw.Call("addEventListener", "controllerchange", app.FuncOf(func(app.Value, []app.Value) any {
		c.checkUpdate(ctx)
		return nil
	}))

	// registration.update() fails offline: that is no error worth reporting.
	ignore := app.FuncOf(func(app.Value, []app.Value) any { return nil })
	update := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			args[0].Call("update").Call("catch", ignore)
		}
		return nil
	})
	check := func() { sw.Call("getRegistration").Call("then", update).Call("catch", ignore) }
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "visibilitychange", app.FuncOf(func(app.Value, []app.Value) any {
		if doc.Get("visibilityState").String() == "visible" {
			check()
		}
		return nil
	}))
	ctx.Async(func() {
		for range time.Tick(updateCheckInterval) {
			check()
		}
	})
}

// checkUpdate shows the update banner when another version has been installed. Each
// version has its cache, "app-" + version (named by go-app's worker), and the caches
// are listed in the order they were made: another version's cache made after this
// one's, or this one's gone (a new worker deletes the others' when it activates)
// while another's is there, means a newer version is installed.
func (c *Calculator) checkUpdate(ctx app.Context) {
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
			ctx.Dispatch(func(app.Context) { c.updateReady = true })
		}
		return nil
	})
	caches.Call("keys").Call("then", listed)
}
