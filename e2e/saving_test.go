//go:build !wasm

package e2e

// Saving scenarios by name wherever the page runs (issue 21): in frames sandboxed
// without allow-forms, with the most scenarios as large as they can be, with a
// list that cannot be read whole, and from two tabs at once.

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/app/state"
)

// TestSaveInSandboxes: the calculator framed by a page of another site saves with
// Enter and with the Save button in a frame sandboxed with allow-scripts only (no
// storage: the note says scenarios last until the page closes), with
// allow-scripts allow-same-origin, and not sandboxed (the note says where they
// are kept); neither needs allow-forms.
func TestSaveInSandboxes(t *testing.T) {
	t.Parallel()
	pages := map[string]string{}
	for name, attr := range map[string]string{"scripts": `sandbox="allow-scripts"`, "same-origin": `sandbox="allow-scripts allow-same-origin"`, "none": ""} {
		pages["/"+name] = `<!doctype html><html lang="en"><title>A consultancy</title><h1>Our calculator</h1>
<iframe ` + attr + ` src="` + baseURL + `/?embed=1&amp;mqls=500" title="Training ROI calculator" style="width:100%;height:900px;border:0"></iframe>`
	}
	// localhost is another site than 127.0.0.1: the frame runs in a process of its
	// own, which the test attaches to.
	hostURL := strings.Replace(startHost(t, pages), "127.0.0.1", "localhost", 1)

	for _, name := range []string{"scripts", "same-origin", "none"} {
		t.Run(name, func(t *testing.T) {
			p := newPage(t)
			p.gotoURL(hostURL + "/" + name)
			f := p.frameOf(baseURL + "/")
			if err := f.poll(`document.documentElement.getAttribute("data-ready") === "true"`, readyTimeout); err != nil {
				t.Fatalf("the framed calculator never became ready: %v%s", err, f.problemsSuffix())
			}
			f.openDialog("save-as", "save-dialog")
			note := eval[string](f, `(document.getElementById("saved-note") || {textContent: ""}).textContent`)
			memoryOnly := eval[bool](f, `!(localStorage instanceof Storage)`)
			if memoryOnly != (name == "scripts") {
				t.Errorf("storage is memory-only: %v, want it so only without allow-same-origin", memoryOnly)
			}
			if memoryOnly && !strings.Contains(note, "last only until this page is closed") ||
				!memoryOnly && !strings.Contains(note, "Embedded in another site") {
				t.Errorf("the note does not say where scenarios are kept: %q", note)
			}

			f.saveAs("With Enter")
			f.statusIs("Saved as “With Enter”.")
			f.typeText("save-name", "With the button")
			f.click("save-confirm")
			f.statusIs("Saved as “With the button”.")
			if got := f.listed(); !slices.Equal(got, []string{"With Enter", "With the button"}) {
				t.Errorf("listed %v", got)
			}
			if got := f.stored(); !slices.Equal(got, []string{"With Enter", "With the button"}) {
				t.Errorf("stored %v", got)
			}
			f.mu.Lock()
			for _, m := range f.console {
				if strings.Contains(m.Text, "form submission") {
					t.Errorf("the frame submitted a form: %s", m.Text)
				}
			}
			f.mu.Unlock()
			f.assertNoCrash()
		})
	}
}

// TestMaximalScenariosAreReadBack: 49 scenarios as large as they can be on this
// device, and a 50th saved from a link with 800 "<" in every field: after a
// reload all 50 are listed, saving stays on, and a 51st is refused for the count,
// not found unreadable later.
func TestMaximalScenariosAreReadBack(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	data := maximalList(t, 49)
	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.ScenariosKey)+`, `+js(data)+`)`)
	// Opened without p.open, which would log the whole 43 kB address.
	p.do(chromedp.Navigate(baseURL + "/?" + maximalQuery()))
	p.waitFor("the app to run", `document.documentElement.getAttribute("data-ready") === "true"`, `location.pathname`, readyTimeout)
	p.waitState("invalid")
	start := time.Now()
	// A click of the page's own (the button's click()): on this page, 18 fields
	// of 800 characters, Chromium's synthetic mouse click at the button's box
	// lands on nothing.
	eval[chromedp.Void](p, `document.getElementById("save-as").click()`)
	p.waitFor("#save-dialog to open", `document.getElementById("save-dialog").open`, `document.getElementById("save-dialog").open`, readyTimeout)
	t.Logf("the dialog opened with 49 maximal scenarios after %v", time.Since(start).Round(time.Millisecond))
	p.saveAs("The fiftieth")
	p.statusIs("Saved as “The fiftieth”.")
	size := eval[int](p, `localStorage.getItem(`+js(state.ScenariosKey)+`).length`)
	t.Logf("50 maximal scenarios take %d characters of storage", size)
	if size <= 1<<20 {
		t.Errorf("the list is %d characters: not the case of the issue (past 1 MiB)", size)
	}

	p.open("/")
	p.openDialog("save-as", "save-dialog")
	if got := p.listed(); len(got) != 50 || got[49] != "The fiftieth" {
		t.Fatalf("after a reload %d scenarios are listed (the last %q)", len(got), got[len(got)-1:])
	}
	if note := eval[string](p, `(document.getElementById("saved-note") || {textContent: ""}).textContent`); note != "" {
		t.Errorf("the dialog says %q", note)
	}
	if eval[bool](p, `document.getElementById("save-confirm").disabled`) {
		t.Errorf("saving is off")
	}
	p.saveAs("One more")
	p.statusIs(string(state.ErrTooMany))
	p.assertNoCrash()
}

// TestUnreadableListIsShownAndOffered: a list of another version is never hidden:
// its scenarios are listed to open, nothing is written over it, and the stored
// data downloads as it is.
func TestUnreadableListIsShownAndOffered(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	raw := `{"v":2,"scenarios":[{"name":"Kept A","query":"mqls=300"},{"name":"Kept B","query":"mqls=400"},{"name":5}],"future":true}`
	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.ScenariosKey)+`, `+js(raw)+`)`)
	p.open("/?mqls=500")
	p.openDialog("save-as", "save-dialog")
	if got := p.listed(); !slices.Equal(got, []string{"Kept A", "Kept B"}) {
		t.Errorf("listed %v, want the scenarios that can be read", got)
	}
	note := eval[string](p, `(document.getElementById("saved-note") || {textContent: ""}).textContent`)
	if !strings.Contains(note, "could not all be read") || !eval[bool](p, `document.getElementById("save-confirm").disabled`) {
		t.Errorf("note %q, and saving must be off", note)
	}
	if eval[bool](p, `!!document.querySelector('#saved-list [data-action="delete"]')`) {
		t.Errorf("a list that cannot be written offers Delete")
	}
	dir := t.TempDir()
	p.allowDownloads(dir)
	p.click("saved-export")
	name := "training-roi-scenarios-" + eval[string](p, `new Date().toISOString().slice(0, 10)`) + ".json"
	if got := waitDownload(t, dir, name); string(got) != raw {
		t.Errorf("the download is %q, want the stored data %q", got, raw)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files downloaded", len(entries))
	}
	// Open works.
	p.do(chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll("#saved-list a")].find((a) => a.textContent.includes("Kept B"))`)))
	p.waitUntil("Kept B to open", `document.getElementById("in-mqls").value === "400"`, `document.getElementById("in-mqls").value`)
	if got := eval[string](p, `localStorage.getItem(`+js(state.ScenariosKey)+`)`); got != raw {
		t.Errorf("the stored data changed: %s", got)
	}
	p.assertNoCrash()
}

// TestTwoTabsSaveAtOnce: two tabs press Enter in their Save dialogs at the same
// moment, 20 times: all 40 scenarios are kept, each tab's status says so, and
// both lists show them all.
func TestTwoTabsSaveAtOnce(t *testing.T) {
	t.Parallel()
	a := newPage(t)
	b := newTab(t, a)
	a.open("/?mqls=300")
	b.open("/?mqls=400")
	a.openDialog("save-as", "save-dialog")
	b.openDialog("save-as", "save-dialog")
	var want []string
	for i := range 20 {
		na, nb := fmt.Sprintf("Tab A %d", i), fmt.Sprintf("Tab B %d", i)
		a.typeText("save-name", na)
		b.typeText("save-name", nb)
		enterAtOnce(t, a, b)
		a.statusIs("Saved as “" + na + "”.")
		b.statusIs("Saved as “" + nb + "”.")
		want = append(want, na, nb)
	}
	slices.Sort(want)
	storedAll := `(() => { try { return JSON.parse(localStorage.getItem(` + js(state.ScenariosKey) + `)).scenarios.length === 40; } catch (e) { return false; } })()`
	for _, p := range []*Page{a, b} {
		p.waitUntil("all 40 saved", storedAll, `localStorage.getItem(`+js(state.ScenariosKey)+`).length`)
		got := p.stored()
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("stored %d: %v", len(got), got)
		}
		p.waitUntil("the dialog to list all 40", `document.querySelectorAll("#saved-list .saved-name").length === 40`,
			`document.querySelectorAll("#saved-list .saved-name").length`)
		p.assertNoCrash()
	}
}
