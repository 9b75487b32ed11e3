package ui

import (
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// LiveSummary is the headline results and the recommended plan in a few words,
// in view while a field of the form has focus (style.css shows it then; on a
// phone's full page, always), where it does not cover that field: at the foot of
// what is in view, or at its top when the field is at the foot. In a frame that
// embed.js sizes to its content, what is in view is what the host's window shows
// of the frame. It is no live region: #announce says the results once an edit
// settles, and this says nothing of its own.
type LiveSummary struct {
	app.Compo

	P       i18n.Printer // the page's language
	Figures string       // lift, net, ROI and payback; or that fields need fixing
	Plan    string       // the recommended plan
	Invalid bool         // fields need fixing

	place     summaryPlace
	listeners listeners
}

// summaryPlace is where the summary shows, as the visitor's scrolling and the
// field with focus decide.
type summaryPlace struct {
	Set    bool    // worked out for the field with focus (else style.css's foot of the window)
	Top    bool    // at the top of what is in view
	Offset float64 // from the window's top (Top) or foot, in CSS pixels
}

// OnMount follows what decides the summary's place.
func (s *LiveSummary) OnMount(ctx app.Context) {
	followFocus(&s.listeners, ctx, func(ctx app.Context, p summaryPlace) { s.place = p })
}

func (s *LiveSummary) OnDismount() { s.listeners.release() }

func (s *LiveSummary) Render() app.UI {
	a := app.Elem("aside").ID("live-summary").Class("live-summary").
		Class(classIf(s.Invalid, "invalid")).Class(classIf(s.place.Top, "at-top")).
		Aria("label", s.P.T("Summary"))
	if s.place.Set {
		a = a.Style("--summary-offset", strconv.FormatFloat(s.place.Offset, 'f', 0, 64)+"px")
	}
	var plan app.UI
	if !s.Invalid && s.Plan != "" {
		plan = app.P().ID("peek-plan").Class("peek-plan").Text(s.Plan)
	}
	return a.Body(app.P().ID("peek").Class("peek").Text(s.Figures), plan)
}

// placeSummary is the summary's place for a field from fieldTop to fieldBottom,
// with what is in view from viewTop to viewBottom of a window as high as window,
// the summary being height high: at the foot of the view, unless the field is
// under it there and free of it at the top.
func placeSummary(viewTop, viewBottom, height, fieldTop, fieldBottom, window float64) summaryPlace {
	overlaps := func(top, bottom float64) bool { return fieldTop < bottom && fieldBottom > top }
	if overlaps(viewBottom-height, viewBottom) && !overlaps(viewTop, viewTop+height) {
		return summaryPlace{Set: true, Top: true, Offset: math.Round(viewTop)}
	}
	return summaryPlace{Set: true, Offset: math.Round(window - viewBottom)}
}

// followFocus calls f on ctx's component with the summary's place whenever it
// changes while a field of the form has focus, until l is released: as the
// focus moves, the page or the host page scrolls, the window or the summary
// changes size.
func followFocus(l *listeners, ctx app.Context, f func(app.Context, summaryPlace)) {
	var last summaryPlace
	again := func(app.Value) {
		if p, ok := summaryPlaceNow(); ok && p != last {
			last = p
			ctx.Dispatch(func(ctx app.Context) { f(ctx, p) })
		}
	}
	listenToHost(l, ctx, hostHandlers{view: func(ctx app.Context, _ frameView) {
		ctx.PreventUpdate()
		again(app.Null())
	}})
	w := app.Window()
	l.on(w.Get("document"), "focusin", again)
	l.on(w, "scroll", again, map[string]any{"passive": true})
	l.on(w, "resize", again)
	l.on(w.Get("visualViewport"), "resize", again)
	l.on(w.Get("visualViewport"), "scroll", again)
	l.observeSize(func() { again(app.Null()) },
		w.Get("document").Get("documentElement"), w.Get("document").Call("getElementById", "live-summary"))
}

// summaryPlaceNow works out the summary's place for the field with focus; ok is
// false when no field of the form has it.
func summaryPlaceNow() (p summaryPlace, ok bool) {
	w := app.Window()
	doc := w.Get("document")
	field := doc.Get("activeElement")
	if !field.Truthy() || !field.Call("closest", "#inputs, #confidence").Truthy() {
		return
	}
	bar := doc.Call("getElementById", "live-summary")
	if !bar.Truthy() {
		return
	}
	if box := field.Call("closest", ".field"); box.Truthy() {
		field = box
	}
	window := w.Get("innerHeight").Float()
	top, bottom := 0.0, window
	if v := hostSaid.view; v.Known {
		top, bottom = max(0, v.Top), min(window, v.Bottom)
	} else if vv := w.Get("visualViewport"); vv.Truthy() {
		top = vv.Get("offsetTop").Float()
		bottom = top + vv.Get("height").Float()
	}
	f := field.Call("getBoundingClientRect")
	return placeSummary(top, bottom, bar.Call("getBoundingClientRect").Get("height").Float(), f.Get("top").Float(), f.Get("bottom").Float(), window), true
}
