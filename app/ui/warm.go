package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/calc"
)

// The first keystrokes of a visit are the slowest. In one run of 150 keys
// the p95 from key to updated page was 24 ms over the first 50, 18 over the
// next 50 and 15 over the last (make bench, docs/performance.md). V8 first runs
// WebAssembly as a quick baseline compiler made it, and recompiles a function
// for speed once it has run enough; that recompiling, on background threads,
// took the CPU the keystrokes needed on a two-core machine. So once the page is
// ready and idle, the app does a keystroke's work on made-up variations of the
// scenario a few dozen times, one small task each: the model, the numbers and
// the operations that would write them, the three charts and the patch from one
// picture to the next. Nothing is written to the page, and it stops at the first real keystroke, which does that work
// itself. It costs 0.2 to 0.3 s of CPU after the page is ready; over four
// alternating runs of 50 keys it took the median from 9.5 to 8.7 ms and the
// p95 from 19.0 to 17.5.

const (
	warmRuns = 60                   // about 3 ms each once compiled for speed
	warmGap  = 4 * time.Millisecond // between runs, for input and rendering to come first
)

// warmUp starts the runs, once per page.
func (c *Calculator) warmUp(ctx app.Context) {
	if c.warmStarted || !app.IsClient {
		return
	}
	c.warmStarted = true
	c.warmLeft = warmRuns
	c.warmStep(ctx, [3]string{})
}

// stopWarmUp ends the runs: a keystroke does the same work for real.
func (c *Calculator) stopWarmUp() { c.warmLeft = 0 }

func (c *Calculator) warmStep(ctx app.Context, prev [3]string) {
	ctx.After(warmGap, func(ctx app.Context) {
		ctx.PreventUpdate() // nothing on the page changes
		if c.warmLeft <= 0 || !c.check.OK() {
			return
		}
		c.warmLeft--
		if c.warmLeft == 0 {
			collectWhenIdle() // what the runs left behind, before the first key
		}
		// A made-up scenario: the leads scaled by 0.25 to 4, as typed digits
		// would, so that every chart and label changes.
		in := c.check.Inputs
		in.MQLs *= []float64{4, 0.25, 2, 0.5, 3}[c.warmLeft%5]
		w := &Calculator{fmt: c.fmt, check: c.check, result: calc.Project(in)}
		w.check.Inputs = in
		w.shown = w.outputs()
		_ = w.shapeOf()
		var ops paintOps
		for _, name := range w.shownNames() {
			ops.add("t", "out-"+name, w.shown[name].text, w.shown[name].value)
		}
		ops.add("p", "peek", w.peekText())
		opts := c.chartOptions()
		var next [3]string
		next[0], _ = chart.Lift(w.result, chart.DaysOf(in), opts)
		next[1], _ = chart.Funnel(w.result, opts)
		next[2], _ = chart.Payback(w.result, opts)
		for i := range next {
			id, box, after, ok := svgParts(next[i])
			_, _, before, ok2 := svgParts(prev[i])
			if ok && ok2 {
				patchOps(&ops, id, box, before, after)
			}
		}
		c.warmStep(ctx, next)
	})
}
