package ui

import (
	"math"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// copyText puts text on the clipboard and calls done on the UI goroutine with
// whether it worked: an iframe without permission, plain http or an old browser
// refuse.
func copyText(ctx app.Context, text string, done func(ok bool)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		done(false)
		return
	}
	var ok, failed app.Func
	settle := func(worked bool) {
		ok.Release()
		failed.Release()
		ctx.Dispatch(func(app.Context) { done(worked) })
	}
	ok = app.FuncOf(func(app.Value, []app.Value) any { settle(true); return nil })
	failed = app.FuncOf(func(app.Value, []app.Value) any { settle(false); return nil })
	clip.Call("writeText", text).Call("then", ok, failed)
}

// downloadText saves text as a file made in the browser: nothing is uploaded.
func downloadText(name, mime, data string) {
	w := app.Window()
	// Bytes, not a JS string: Go hands strings to JS through a TextDecoder, which
	// drops a leading byte order mark (the CSV files' BOM for Excel).
	buf := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(buf, []byte(data))
	blob := w.Get("Blob").New([]any{buf}, map[string]any{"type": mime})
	href := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Call("click")
	// The download reads the blob after the click returns: free it a little later.
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		w.Get("URL").Call("revokeObjectURL", href)
		revoke.Release()
		return nil
	})
	w.Call("setTimeout", revoke, 30000)
}

// heightMessage is the type of the message that tells the host page our height;
// measureMessage is the one embed.js sends to ask for it again (it may load after
// the app has posted, or the iframe may have reloaded).
const (
	heightMessage  = "training-roi:height"
	measureMessage = "training-roi:measure"
)

// watchHeight posts the page's height to the parent window whenever it changes,
// so embed.js can size the iframe with no inner scrollbar, until l is released.
// The height is not secret, hence the "*" target: the host's origin is unknown
// here.
//
// The height is that of the document's content, not documentElement.scrollHeight,
// which is never less than the iframe's own height: with it the frame could grow
// but never shrink again.
func watchHeight(l *listeners) {
	w := app.Window()
	if w.Get("parent").Equal(w.JSValue()) {
		return
	}
	doc := w.Get("document")
	last := -1
	post := func() {
		h := int(math.Ceil(doc.Get("documentElement").Call("getBoundingClientRect").Get("height").Float()))
		if body := doc.Get("body"); body.Truthy() {
			if bh := body.Get("scrollHeight").Int(); bh > h {
				h = bh
			}
		}
		if h <= 0 || h == last {
			return
		}
		last = h
		w.Get("parent").Call("postMessage", map[string]any{"type": heightMessage, "height": h}, "*")
	}
	l.observeSize(post, doc.Get("documentElement"), doc.Get("body"))
	// embed.js asks again when it starts or the iframe loads: answer only our
	// parent, whatever its origin (it learns nothing but the height).
	l.on(w, "message", func(ev app.Value) {
		if data, ok := parentMessage(ev); ok && data.Get("type").String() == measureMessage {
			last = -1
			post()
		}
	})
	post()
}

// parentMessage is a message event's data when the parent window sent it and it
// is an object with a string type, as embed.js's messages are.
func parentMessage(ev app.Value) (data app.Value, ok bool) {
	w := app.Window()
	if !ev.Truthy() || !ev.Get("source").Equal(w.Get("parent")) {
		return data, false
	}
	data = ev.Get("data")
	return data, data.Truthy() && data.Type() == app.TypeObject && data.Get("type").Type() == app.TypeString
}

// onPageHidden calls f on the UI goroutine when the page is hidden or left (a
// closed tab, a switched app, a reload), before it goes.
func onPageHidden(l *listeners, ctx app.Context, f func(app.Context)) {
	w := app.Window()
	doc := w.Get("document")
	l.on(w, "pagehide", func(app.Value) { ctx.Dispatch(f) })
	l.on(doc, "visibilitychange", func(app.Value) {
		if doc.Get("visibilityState").String() == "hidden" {
			ctx.Dispatch(f)
		}
	})
}

// chartWidth is the width the charts are shown at, 0 before the page is laid out.
func chartWidth() int {
	if box := app.Window().GetElementByID("charts"); box.Truthy() {
		return box.Get("clientWidth").Int()
	}
	return 0
}

// measureCharts takes the width of the charts' box into *width and, when it
// changed, makes the page again (remake) and renders it; small changes (a
// scrollbar) are ignored.
func measureCharts(ctx app.Context, width *int, remake func()) {
	if w := chartWidth(); w > 0 && (w-*width > 8 || *width-w > 8) {
		*width = w
		remake()
		ctx.Update()
	}
}

// prefersDark reports whether the visitor's system asks for a dark page.
func prefersDark() bool {
	mq := app.Window().Call("matchMedia", "(prefers-color-scheme: dark)")
	return mq.Truthy() && mq.Get("matches").Bool()
}

// pageOrigin is the page's origin ("https://roi.example"); "" on the server.
func pageOrigin() string {
	if app.IsServer {
		return ""
	}
	if origin == "" {
		origin = app.Window().Get("location").Get("origin").String()
	}
	return origin
}

// origin is the document's origin, which never changes: asked once.
var origin string

// embedderOrigin is the origin of the page this one is embedded in, as the
// browser tells it ("https://consult.example"); "" at the top or when the browser
// does not say. location.ancestorOrigins where the browser has it, else the
// referrer, which a host page may withhold.
func embedderOrigin() string {
	w := app.Window()
	if w.Get("parent").Equal(w.JSValue()) {
		return ""
	}
	if ao := w.Get("location").Get("ancestorOrigins"); ao.Truthy() {
		if ao.Length() > 0 {
			return ao.Index(0).String()
		}
		return ""
	}
	ref := w.Get("document").Get("referrer").String()
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// onStorage calls f on the UI goroutine when another window of this origin
// changes key in localStorage (the "storage" event, which the window that writes
// never gets), with the new value, or removed when the key was removed or the
// storage cleared.
func onStorage(l *listeners, ctx app.Context, key string, f func(ctx app.Context, value string, removed bool)) {
	l.on(app.Window(), "storage", func(ev app.Value) {
		k, v := ev.Get("key"), ev.Get("newValue")
		if k.Type() == app.TypeString && k.String() != key {
			return
		}
		value, removed := "", v.Type() != app.TypeString
		if !removed {
			value = v.String()
		}
		ctx.Dispatch(func(ctx app.Context) { f(ctx, value, removed) })
	})
}
