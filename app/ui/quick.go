package ui

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/calc"
)

// The quick paint puts a keystroke's new numbers and charts on screen in the
// keystroke's own event, and the rest of the page follows when typing pauses.
//
// go-app applies updates on a 120 Hz timer that the first event of a burst
// starts, then rebuilds and compares the whole page (docs/performance.md). A
// keystroke's work took longer than that timer, so the full render ran in the
// same task, before the browser could show anything: about 35 ms from key to
// screen. When the page keeps its shape (the results were and stay valid, no
// result turns n/a or back, the same warnings), the only changes that matter at
// once are the texts and data-values of the out-NAME elements, the charts'
// pictures, the peek line and the field's other control (text box or slider).
// The quick paint writes exactly those into the nodes go-app made: the text
// node inside each out-NAME span, its data-value, the children of each chart's
// <svg>, and input values. The event then skips go-app's update and asks for one
// restDelay later; a newer keystroke postpones it again. That render writes the
// same values once more (go-app compares against its own record of the page,
// not the DOM, so nothing stale survives) and everything else: tables, labels,
// links.
//
// Everything it writes comes from outputs(), peekText() and the chart slots,
// which the render reads too.
//
// The charts are drawn in the same event as the numbers. Drawing them in a task
// of their own put the numbers on the page in 6 ms instead of 14 (median), but
// the browser laid out and painted the page in between, and the charts came at
// 30 ms instead of 14 (make bench, docs/performance.md).

// restDelay is how long after a quick-painted keystroke the rest of the page is
// rendered, if no other key comes first: short enough not to be noticed, long
// enough that a burst of keys or a dragged slider does not render the whole
// page for each step.
const restDelay = 60 * time.Millisecond

// shapeOf is what the quick paint needs unchanged since the last render: valid
// or not, which results are n/a, and the warnings shown.
func (c *Calculator) shapeOf() string {
	if c.shown == nil {
		return "invalid"
	}
	var b strings.Builder
	for _, name := range c.shownNames() {
		b.WriteString(name)
		if c.shown[name].na() {
			b.WriteString("=n/a")
		}
		b.WriteByte(';')
	}
	for _, w := range c.result.Warnings {
		b.WriteString(w.Code)
		b.WriteByte(';')
	}
	b.WriteString(c.notice)
	return b.String()
}

// shownNames returns the names of c.shown in order. outputs always gives the
// same names, so the order is kept from the last call rather than sorted again
// on every keystroke.
func (c *Calculator) shownNames() []string {
	if len(c.names) == len(c.shown) {
		same := true
		for _, n := range c.names {
			if _, ok := c.shown[n]; !ok {
				same = false
				break
			}
		}
		if same {
			return c.names
		}
	}
	c.names = slices.Sorted(maps.Keys(c.shown))
	return c.names
}

// rendered records what a render is putting on the page.
func (c *Calculator) rendered() {
	c.paintedShape = c.shapeOf()
	c.painted = maps.Clone(c.shown)
	c.paintedPeek = c.peekText()
}

// quickPaint paints the keystroke into field name (see above) and reports
// whether it did. It does nothing on the server, before the first render, or
// when the page's shape changes: go-app's render then rebuilds it at once.
//
// The writes go to the page in one call to web/paint.js: from Go, each call
// into JavaScript cost more than the write it made.
func (c *Calculator) quickPaint(ctx app.Context, name string) bool {
	if !app.IsClient || c.painted == nil || c.shown == nil || c.shapeOf() != c.paintedShape {
		return false
	}
	var ops paintOps
	for out, s := range c.shown {
		if c.painted[out] != s {
			ops.add("t", "out-"+out, s.text, s.value)
		}
	}
	peek := c.peekText()
	if peek != c.paintedPeek {
		// Into go-app's own text node: replacing it (textContent) would leave
		// go-app writing later changes to a node no longer on the page.
		ops.add("p", "peek", peek)
	}
	// The control the key went to already shows it; the other one follows.
	text := c.scenario.Form.Get(name)
	ops.add("v", "in-"+name, text)
	if f, ok := calc.FieldByName(name); ok && sliderFields[name] {
		ops.add("v", "slider-"+name, sliderText(f, text))
	}
	c.drawCharts()
	var sent []*chartSlot
	for _, s := range []*chartSlot{&c.lift, &c.funnel, &c.payback} {
		if s.paintOp(&ops) {
			sent = append(sent, s)
		}
	}
	paint := app.Window().Get("trainingRoiPaint")
	if ops.bad || paint.Type() != app.TypeFunction || !paint.Invoke(ops.b.String()).Truthy() {
		return false // go-app renders the page as usual
	}
	maps.Copy(c.painted, c.shown)
	c.paintedPeek = peek
	for _, s := range sent {
		s.painted = s.svg
	}

	ctx.PreventUpdate()
	c.rests++
	n := c.rests
	ctx.After(restDelay, func(ctx app.Context) {
		if n != c.rests {
			ctx.PreventUpdate() // a newer keystroke asked for a later render
			return
		}
		collectWhenIdle()
	})
	return true
}

// paintOps is the list of operations web/paint.js applies: each a letter and
// its fields, joined by NUL. A field that holds a NUL itself (a pasted control
// character) cannot be sent, and the page is rendered by go-app instead.
type paintOps struct {
	b   strings.Builder
	n   int  // operations
	bad bool // a field held a NUL
}

func (o *paintOps) add(op string, fields ...string) {
	if o.n > 0 {
		o.b.WriteByte(0)
	}
	o.n++
	o.b.WriteString(op)
	for _, f := range fields {
		if strings.IndexByte(f, 0) >= 0 {
			o.bad = true
		}
		o.b.WriteByte(0)
		o.b.WriteString(f)
	}
}

// append adds the operations of p.
func (o *paintOps) append(p *paintOps) {
	if p.n == 0 {
		return
	}
	if o.n > 0 {
		o.b.WriteByte(0)
	}
	o.n += p.n
	o.bad = o.bad || p.bad
	o.b.WriteString(p.b.String())
}

// paintOp adds the slot's new picture to ops and reports whether it did: if
// it has one, and both it and the one the last render put on the page are
// charts (not error lines), that <svg> is changed into the new one, by the
// attributes and texts that differ (svgpatch.go) or else by its whole content.
func (s *chartSlot) paintOp(ops *paintOps) bool {
	if s.err != nil || s.svg == "" || s.painted == "" || s.svg == s.painted {
		return false
	}
	id, box, content, ok := svgParts(s.svg)
	pid, _, painted, ok2 := svgParts(s.painted)
	if !ok || !ok2 || id != pid {
		return false
	}
	if patchOps(ops, id, box, painted, content) {
		return true
	}
	// The string passed the chart package's element and attribute allowlist
	// (app/chart/guard.go); its text is escaped there.
	ops.add("s", id, box, content)
	return true
}

// svgParts reads the id, the viewBox and the content of a chart's <svg>.
func svgParts(svg string) (id, box, content string, ok bool) {
	open := strings.IndexByte(svg, '>')
	end := strings.LastIndex(svg, "</svg>")
	if open < 0 || end < open {
		return "", "", "", false
	}
	id, ok = attrValue(svg[:open], "id")
	box, ok2 := attrValue(svg[:open], "viewBox")
	return id, box, svg[open+1 : end], ok && ok2
}

// attrValue reads name="value" from an opening tag the chart package wrote
// (double quotes, no quote inside a value).
func attrValue(tag, name string) (string, bool) {
	i := strings.Index(tag, " "+name+`="`)
	if i < 0 {
		return "", false
	}
	v := tag[i+len(name)+3:]
	j := strings.IndexByte(v, '"')
	if j < 0 {
		return "", false
	}
	return v[:j], true
}
