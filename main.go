// Command trainingroi is the sales and marketing training-ROI calculator: a go-app
// WebAssembly app that runs entirely in the browser, and the small server that
// prerenders and serves it (server.go and handler.go, left out of the wasm build).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/ui"
)

func main() {
	app.Route("/", func() app.Composer { return ui.NewCalculator() })
	app.Route("/compare", func() app.Composer { return ui.NewComparePage() })
	// In the browser this starts the app and never returns; on the server it is a no-op.
	app.RunWhenOnBrowser()
	serve()
}
