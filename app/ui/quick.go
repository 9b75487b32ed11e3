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
	for _, name := range slices.Sorted(maps.Keys(c.shown)) {
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

// rendered records what a render is putting on the page.
func (c *Calculator) rendered() {
	c.paintedShape = c.shapeOf()
	c.painted = maps.Clone(c.shown)
	c.paintedPeek = c.peekText()
}

// quickPaint paints the keystroke into field name (see above) and reports
// whether it did. It does nothing on the server, before the first render, or
// when the page's shape changes: go-app's render then rebuilds it at once.
func (c *Calculator) quickPaint(ctx app.Context, name string) bool {
	if !app.IsClient || c.painted == nil || c.shown == nil || c.shapeOf() != c.paintedShape {
		return false
	}
	doc := app.Window().Get("document")
	for out, s := range c.shown {
		if c.painted[out] == s {
			continue
		}
		el := doc.Call("getElementById", "out-"+out)
		if !el.Truthy() {
			continue
		}
		if t := el.Get("firstChild"); t.Truthy() {
			t.Set("nodeValue", s.text)
		}
		el.Call("setAttribute", "data-value", s.value)
		c.painted[out] = s
	}
	if peek := c.peekText(); peek != c.paintedPeek {
		// Into go-app's own text node: replacing it (textContent) would leave
		// go-app writing later changes to a node no longer on the page.
		if t := doc.Call("getElementById", "peek").Get("firstChild"); t.Truthy() {
			t.Set("nodeValue", peek)
			c.paintedPeek = peek
		}
	}
	// The control the key went to already shows it; the other one follows.
	text := c.scenario.Form.Get(name)
	setValue(doc.Call("getElementById", "in-"+name), text)
	if f, ok := calc.FieldByName(name); ok && sliderFields[name] {
		setValue(doc.Call("getElementById", "slider-"+name), sliderText(f, text))
	}

	c.paintCharts()

	ctx.PreventUpdate()
	c.rests++
	n := c.rests
	ctx.After(restDelay, func(ctx app.Context) {
		if n != c.rests {
			ctx.PreventUpdate() // a newer keystroke asked for a later render
		}
	})
	return true
}

// paintCharts brings the chart slots up to date and writes the pictures that
// changed into the page.
func (c *Calculator) paintCharts() {
	c.drawCharts()
	doc := app.Window().Get("document")
	for _, s := range []*chartSlot{&c.lift, &c.funnel, &c.payback} {
		s.paint(doc)
	}
}

func setValue(el app.Value, v string) {
	if el.Truthy() && el.Get("value").String() != v {
		el.Set("value", v)
	}
}

// paint writes the slot's new picture into the <svg> the last render put on
// the page, if both it and the new picture are charts (not error lines).
func (s *chartSlot) paint(doc app.Value) {
	if s.err != nil || s.svg == "" || s.painted == "" || s.svg == s.painted {
		return
	}
	open := strings.IndexByte(s.svg, '>')
	end := strings.LastIndex(s.svg, "</svg>")
	id, ok := attrValue(s.svg[:max(open, 0)], "id")
	box, ok2 := attrValue(s.svg[:max(open, 0)], "viewBox")
	if open < 0 || end < open || !ok || !ok2 {
		return
	}
	el := doc.Call("getElementById", id)
	if !el.Truthy() || el.Get("namespaceURI").String() != "http://www.w3.org/2000/svg" {
		return
	}
	el.Call("setAttribute", "viewBox", box)
	// The string passed the chart package's element and attribute allowlist
	// (app/chart/check.go); its text is escaped there. setHTMLUnsafe parses as
	// innerHTML does (no sanitizer, scripts inert either way) and took half the
	// time here: 0.6 against 1.2 ms for the lift chart in Chromium 156.
	if el.Get("setHTMLUnsafe").Truthy() {
		el.Call("setHTMLUnsafe", s.svg[open+1:end])
	} else {
		el.Set("innerHTML", s.svg[open+1:end])
	}
	s.painted = s.svg
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
