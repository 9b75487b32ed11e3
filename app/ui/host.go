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

// hostSub is a component's handler of one kind of message: the page mounted
// now, or its summary. A page of the other path replaces it (a link from the
// calculator to the comparison stays in the same document).
type hostSub[T any] struct {
	ctx app.Context
	f   func(app.Context, T)
}

func (s *hostSub[T]) call(v T) {
	if s.f != nil {
		f := s.f
		s.ctx.Dispatch(func(ctx app.Context) { f(ctx, v) })
	}
}

// hostLink is what embed.js said last, and who listens.
var hostLink struct {
	listening bool
	info      hostInfo
	view      frameView
	onInfo    hostSub[hostInfo]
	onView    hostSub[frameView]
	onOpened  hostSub[bool]
}

// onHostInfo calls f on ctx's component with what embed.js says of the frame,
// now if it has said it already, and each time it says it.
func onHostInfo(ctx app.Context, f func(app.Context, hostInfo)) {
	listenToHost()
	hostLink.onInfo = hostSub[hostInfo]{ctx, f}
	if hostLink.info.Known {
		hostLink.onInfo.call(hostLink.info)
	}
}

// onHostView calls f on ctx's component each time embed.js says which part of
// the frame is in view.
func onHostView(ctx app.Context, f func(app.Context, frameView)) {
	listenToHost()
	hostLink.onView = hostSub[frameView]{ctx, f}
}

// onHostOpened calls f on ctx's component with whether embed.js opened the
// link the page asked it to.
func onHostOpened(ctx app.Context, f func(app.Context, bool)) {
	listenToHost()
	hostLink.onOpened = hostSub[bool]{ctx, f}
}

// listenToHost starts, once per document, to take the messages of the parent
// window: embed.js's. Messages from any other window are ignored.
func listenToHost() {
	w := app.Window()
	if hostLink.listening || w.Get("parent").Equal(w.JSValue()) {
		return
	}
	hostLink.listening = true
	w.Call("addEventListener", "message", app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		data := ev.Get("data")
		if !ev.Get("source").Equal(w.Get("parent")) || !data.Truthy() || data.Type() != app.TypeObject || data.Get("type").Type() != app.TypeString {
			return nil
		}
		switch data.Get("type").String() {
		case hostMessage:
			// Said again with every height: only news is passed on.
			if info := (hostInfo{Known: true, Popups: isTrue(data.Get("popups")), Dark: isTrue(data.Get("dark"))}); info != hostLink.info {
				hostLink.info = info
				hostLink.onInfo.call(info)
			}
		case viewMessage:
			top, bottom := number(data.Get("top")), number(data.Get("bottom"))
			if math.IsNaN(top) || math.IsNaN(bottom) || bottom < top {
				return nil
			}
			if v := (frameView{Known: true, Top: top, Bottom: bottom}); v != hostLink.view {
				hostLink.view = v
				hostLink.onView.call(v)
			}
		case openedMessage:
			hostLink.onOpened.call(isTrue(data.Get("opened")))
		}
		return nil
	}))
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
func hostOpensLinks() bool { return hostLink.info.Known && !hostLink.info.Popups }

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
