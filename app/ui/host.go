package ui

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What a page in an iframe and web/embed.js on the host page say to each other,
// beside the height (browser.go) and the results (events.go). embed.js says what
// only the host page knows; the page asks it to open the call to action's link
// when the frame may not. Nothing the visitor typed is in any of them.
const (
	hostMessage   = "training-roi:host"   // embed.js: what the iframe may do and how it looks
	viewMessage   = "training-roi:view"   // embed.js: the part of the frame the host's window shows
	openMessage   = "training-roi:open"   // the page: open this link, the call to action's
	openedMessage = "training-roi:opened" // embed.js: whether it opened
)

// hostInfo is what embed.js says of the iframe the page is in; the zero value
// while it has said nothing (no embed.js, or no frame).
type hostInfo struct {
	Known  bool // embed.js has said
	Popups bool // a link in the frame opens a window as any link does
	Dark   bool // the iframe's colour scheme on the host page is dark
}

// frameView is the part of the frame that the host's window shows, in the
// frame's pixels from its top (embed.js sizes the frame to its content, so the
// frame's own window is all of it).
type frameView struct {
	Known       bool
	Top, Bottom float64
}

// hostSaid is what embed.js said last in this document: a page that mounts
// after it spoke (a link from the calculator to the comparison stays in the
// same document) knows it at once, and embed.js says it again only when it
// changes or the frame's height does.
var hostSaid struct {
	info hostInfo
	view frameView
}

// hostHandlers are a component's handlers of embed.js's messages; any may be nil.
type hostHandlers struct {
	info   func(app.Context, hostInfo)  // what it says of the frame: now, if said already, and when it changes
	view   func(app.Context, frameView) // which part of the frame is in view, when that changes
	opened func(app.Context, bool)      // whether it opened the link the page asked it to
}

// listenToHost calls h's handlers on ctx's component with the messages of the
// parent window, embed.js's, until l is released. Messages from any other
// window are ignored.
func listenToHost(l *listeners, ctx app.Context, h hostHandlers) {
	w := app.Window()
	if w.Get("parent").Equal(w.JSValue()) {
		return
	}
	if h.info != nil && hostSaid.info.Known {
		info := hostSaid.info
		ctx.Dispatch(func(ctx app.Context) { h.info(ctx, info) })
	}
	lastInfo, lastView := hostSaid.info, hostSaid.view
	l.on(w, "message", func(ev app.Value) {
		data, ok := parentMessage(ev)
		if !ok {
			return
		}
		switch data.Get("type").String() {
		case hostMessage:
			// Said again with every height: only news is passed on.
			info := hostInfo{Known: true, Popups: isTrue(data.Get("popups")), Dark: isTrue(data.Get("dark"))}
			hostSaid.info = info
			if info != lastInfo && h.info != nil {
				ctx.Dispatch(func(ctx app.Context) { h.info(ctx, info) })
			}
			lastInfo = info
		case viewMessage:
			top, bottom := number(data.Get("top")), number(data.Get("bottom"))
			if math.IsNaN(top) || math.IsNaN(bottom) || bottom < top {
				return
			}
			v := frameView{Known: true, Top: top, Bottom: bottom}
			hostSaid.view = v
			if v != lastView && h.view != nil {
				ctx.Dispatch(func(ctx app.Context) { h.view(ctx, v) })
			}
			lastView = v
		case openedMessage:
			if h.opened != nil {
				opened := isTrue(data.Get("opened"))
				ctx.Dispatch(func(ctx app.Context) { h.opened(ctx, opened) })
			}
		}
	})
}

func isTrue(v app.Value) bool { return v.Type() == app.TypeBoolean && v.Bool() }

// number is a message's number, NaN when it is none.
func number(v app.Value) float64 {
	if v.Type() != app.TypeNumber {
		return math.NaN()
	}
	f := v.Float()
	if math.IsInf(f, 0) {
		return math.NaN()
	}
	return f
}

// hostOpensLinks reports whether the call to action's link must be opened by
// the host page: embed.js says the frame may not open a window of its own.
func hostOpensLinks() bool { return hostSaid.info.Known && !hostSaid.info.Popups }

// openThroughHost follows a click on the call to action's link in a frame that
// may not open it: the click opens nothing (the browser would block it), and
// embed.js is asked to open the link, which it does only if it is the one its
// iframe's address names. It reports whether it asked.
func openThroughHost(e app.Event, link string) bool {
	if !hostOpensLinks() {
		return false
	}
	e.PreventDefault()
	w := app.Window()
	w.Get("parent").Call("postMessage", map[string]any{"type": openMessage, "url": link}, "*")
	return true
}
