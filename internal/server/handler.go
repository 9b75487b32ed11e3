//go:build !wasm

package server

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/ui"
)

// What go-app needs to describe the app: only the server uses it (it writes the
// page head, the manifest and the service worker), so it stays out of the wasm.

const (
	appName        = "Training ROI calculator"
	appShortName   = "Training ROI"
	appDescription = ui.PageDescription
	// themeColor matches the page header; backgroundColor the page background.
	themeColor      = "#1f3a5f"
	backgroundColor = "#f7f8fa"
)

// handler describes the app to go-app: what the server prerenders and what the
// service worker caches. version identifies the build (a hash of the wasm), so that
// a restart of the same build is not announced as an update.
func handler(version string) *app.Handler {
	return &app.Handler{
		Name:            appName,
		ShortName:       appShortName,
		Title:           appName,
		Description:     appDescription,
		Lang:            "en",
		Author:          "Training ROI calculator contributors",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		LoadingLabel:    "Loading calculator {progress}%",
		Version:         version,
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/icon-maskable-512.png",
			SVG:      "/web/icons/icon.svg",
		},
		// go-app points apple-touch-icon at the maskable icon; iOS prefers a
		// 180 px opaque one, and the later, sized link wins.
		RawHeaders: []string{`<link rel="apple-touch-icon" sizes="180x180" href="/web/icons/apple-touch-icon.png">`},
		Styles:     []string{"/web/style.css"},
		// early.js keeps what is typed into the prerendered page before the wasm
		// runs; it is tiny and blocking on purpose, so no keystroke is missed.
		Scripts: []string{"/web/early.js"},
		// Cached for offline use besides what go-app lists itself: go-app leaves
		// out the SVG favicon and the Apple touch icon, which the page links to.
		CacheableResources: []string{"/web/embed.js", "/web/icons/icon.svg", "/web/icons/apple-touch-icon.png"},
	}
}
