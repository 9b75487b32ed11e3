// Command floor is the smallest go-app page that answers typing: one text box and
// one text that follows it. make bench types into it as into the calculator, so
// the calculator's input latency can be read against go-app's own.
//
// Built for GOOS=js it is the app; built natively it serves that app with the
// calculator's own server, flags and all:
//
//	floor -addr 127.0.0.1:0 -web DIR    # DIR holds app.wasm
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// page has the hooks the benchmark's probe reads: #in-mqls and #out-revenue_now.
type page struct {
	app.Compo

	text string
}

func (p *page) OnMount(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
	})
}

func (p *page) Render() app.UI {
	return app.Div().Body(
		app.Label().For("in-mqls").Text("Type a number"),
		app.Input().ID("in-mqls").Type("text").OnInput(func(ctx app.Context, e app.Event) {
			p.text = ctx.JSSrc().Get("value").String()
		}),
		app.Span().ID("out-revenue_now").DataSet("value", p.text).Text(p.text),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &page{} })
	app.RunWhenOnBrowser()
	serve()
}
