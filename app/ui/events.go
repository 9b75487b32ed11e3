package ui

import (
	"math"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/calc"
)

// resultMessage is the type of the message an embed with events=1 posts to the
// page that embeds it: what the visitor calculated, so the host page can prefill
// its own form. It goes to the parent window only, never over the network.
const resultMessage = "training-roi:result"

// eventDelay is how long the scenario must stay the same before it is posted.
const eventDelay = 800 * time.Millisecond

// onCTA tells the host page what the visitor calculated as they follow the call
// to action, and whether the link opened: as any link does, or, in a frame that
// may not open a window, by embed.js (onOpened says).
func (c *Calculator) onCTA(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if !openThroughHost(e, c.sc.Display.CTAURL) {
		c.postResult("cta", true)
	}
}

// onOpened follows embed.js's answer to the call to action's link.
func (c *Calculator) onOpened(ctx app.Context, opened bool) {
	ctx.PreventUpdate()
	c.postResult("cta", opened)
}

// postResultLater posts the scenario once it has stopped changing; trigger says
// why ("load", "change").
func (c *Calculator) postResultLater(ctx app.Context, trigger string) {
	if !c.sc.Display.Events {
		return
	}
	n := c.writes.edits
	ctx.After(eventDelay, func(ctx app.Context) {
		ctx.PreventUpdate()
		if n == c.writes.edits {
			c.postResult(trigger, false)
		}
	})
}

// postResult posts the last valid scenario and its results to the parent window:
// inputs by name as numbers, results by their page-hook name as numbers, or null
// when undefined, and the scenario's link; for the call to action, whether its
// link opened.
func (c *Calculator) postResult(trigger string, opened bool) {
	w := app.Window()
	if !c.sc.Display.Events || !c.view.Valid || w.Get("parent").Equal(w.JSValue()) {
		return
	}
	inputs := make(map[string]any, len(calc.Fields))
	for _, f := range calc.Fields {
		if v := *f.Of(&c.view.In); !f.Optional || !math.IsInf(v, 1) {
			inputs[f.Name] = v
		} else {
			inputs[f.Name] = nil // left empty: no limit
		}
	}
	results := make(map[string]any, len(calc.Outputs))
	for _, o := range calc.Outputs {
		if v := o.Of(&c.view.Result); v.OK {
			results[o.Name] = v.V
		} else {
			results[o.Name] = nil
		}
	}
	msg := map[string]any{
		"type":    resultMessage,
		"trigger": trigger,
		"inputs":  inputs,
		"results": results,
		"url":     c.view.Share,
	}
	if trigger == "cta" {
		msg["opened"] = opened
	}
	w.Get("parent").Call("postMessage", msg, "*")
}
