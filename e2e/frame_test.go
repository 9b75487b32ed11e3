//go:build !wasm

package e2e

// The one way into a frame of a page: frameOf gives it as a Page, whatever
// process Chromium runs it in.

import (
	"context"
	"strings"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// frameOf waits until the page has a frame (not the main one) whose URL starts
// with prefix, and returns it as a Page. Chromium runs a frame of another
// site, or one sandboxed without allow-same-origin, in a process of its own: the
// test attaches to it, and every helper of Page works in it. Another frame (the
// same host on another port is the same site) shares the page's process: the test
// gets an isolated world in it, which shares the frame's DOM (and so sees what the
// app draws) but none of its script variables; eval and the waits work in it, the
// mouse and keyboard actions do not (click by script there).
func (p *Page) frameOf(prefix string) *Page {
	p.t.Helper()
	var f *Page
	var last error
	found := pollUntil(readyTimeout, func() bool {
		ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
		defer cancel()
		if id, err := frameTarget(ctx, prefix); err != nil || id != "" {
			last = err
			if id != "" {
				f = p.attach(id)
			}
			return f != nil
		}
		tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
		if err != nil {
			last = err
			return false
		}
		fr := findFrame(tree.FrameTree.ChildFrames, prefix)
		if fr == nil {
			return false
		}
		// A frame of another process is in the tree too, until its target shows.
		w, err := chromedp.Call(ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: fr.ID, WorldName: "e2e"})
		if err != nil {
			last = err
			return false
		}
		f = &Page{t: p.t, browser: p.browser, world: w.ExecutionContextID}
		return true
	})
	if !found {
		p.t.Fatalf("no frame at %s… within %v (last error: %v)%s", prefix, readyTimeout, last, p.problemsSuffix())
	}
	return f
}

// frameTarget is the target of a frame of another process at prefix, or "".
func frameTarget(ctx context.Context, prefix string) (target.ID, error) {
	ts, err := chromedp.Targets(ctx)
	if err != nil {
		return "", err
	}
	for _, ti := range ts {
		if ti.Type == "iframe" && strings.HasPrefix(ti.URL, prefix) {
			return ti.TargetID, nil
		}
	}
	return "", nil
}

// attach returns the frame of another process with this target as a Page that
// records its console from now on.
func (p *Page) attach(id target.ID) *Page {
	p.t.Helper()
	ctx, cancel := chromedp.NewContext(p.ctx, chromedp.WithTargetID(id))
	p.t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		p.t.Fatalf("attaching to the frame: %v", err)
	}
	f := &Page{t: p.t, browser: &browser{ctx: ctx}}
	f.recordConsole()
	return f
}

// frameWait waits in the frame until a JavaScript condition holds; the frame may
// still be loading the app.
func (f *Page) frameWait(what, cond, describe string) {
	f.t.Helper()
	f.wait(f.t.Fatalf, "in the frame, "+what, cond, describe, readyTimeout)
}

func findFrame(trees []*page.FrameTree, prefix string) *cdp.Frame {
	for _, ft := range trees {
		if strings.HasPrefix(ft.Frame.URL, prefix) {
			return ft.Frame
		}
		if f := findFrame(ft.ChildFrames, prefix); f != nil {
			return f
		}
	}
	return nil
}
