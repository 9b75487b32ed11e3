//go:build !wasm

package e2e

// The details of issue 23, each as the consultancy saw it.

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestEvidenceBoxInLine: in the compact embed, "The study behind the numbers" is as wide as
// the column above it, at every frame width (it sat at x = 8–968 in a 1100 px
// frame while the rest was at 78–1022).
func TestEvidenceBoxInLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		embed string
		width int
	}{{"1", 1100}, {"1", 900}, {"1", 360}} {
		t.Run(fmt.Sprintf("embed=%s-%d", c.embed, c.width), func(t *testing.T) {
			t.Parallel()
			host := startHost(t, map[string]string{"/": fmt.Sprintf(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consult Example</title></head>
<body style="margin:0"><iframe src="%s/?embed=%s" data-training-roi title="Training ROI calculator" style="width:%dpx;height:900px;border:0"></iframe>
<script src="%s/web/embed.js"></script></body></html>`, baseURL, c.embed, c.width, baseURL)})
			p := newPage(t)
			p.setViewport(1280, 900, 1)
			p.gotoURL(host)
			fw := p.frameOf(baseURL + "/")
			fw.frameWait("the app", `document.documentElement.dataset.ready === "true" && document.getElementById("results").dataset.state === "ok"`, "")
			got := eval[map[string]float64](fw, `(() => {
  const l = document.querySelector(".layout"), s = getComputedStyle(l), r = l.getBoundingClientRect();
  const f = document.querySelector(".evidence-fold").getBoundingClientRect();
  return {left: r.left + parseFloat(s.paddingLeft), right: r.right - parseFloat(s.paddingRight), foldLeft: f.left, foldRight: f.right};
})()`)
			t.Logf("the column at %.0f–%.0f, the study's box at %.0f–%.0f", got["left"], got["right"], got["foldLeft"], got["foldRight"])
			if d := max(abs(got["foldLeft"]-got["left"]), abs(got["foldRight"]-got["right"])); d > 1 {
				t.Errorf("the study's box at %.0f–%.0f, the column above it at %.0f–%.0f", got["foldLeft"], got["foldRight"], got["left"], got["right"])
			}
			p.assertNoProblems()
		})
	}
}

func abs(v float64) float64 { return max(v, -v) }

// TestClearEmbedOnAHost: bg=transparent&theme=auto shows the host page's own
// background through the frame, on a dark host page and on a light one (Chromium
// painted an opaque backdrop where the frame's colour scheme differed from the
// iframe's).
func TestClearEmbedOnAHost(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		scheme  string
		r, g, b uint8
	}{{"dark", 0, 0, 200}, {"light", 200, 0, 0}} {
		t.Run(c.scheme, func(t *testing.T) {
			t.Parallel()
			host := startHost(t, map[string]string{"/": fmt.Sprintf(`<!doctype html><html lang="en" style="color-scheme:%s;background:rgb(%d,%d,%d)"><head><meta charset="utf-8"><title>Consult Example</title></head>
<body style="margin:0"><iframe src="%s/?embed=1&amp;bg=transparent&amp;theme=auto" data-training-roi title="Training ROI calculator" style="width:100%%;height:900px;border:0"></iframe>
<script src="%s/web/embed.js"></script></body></html>`, c.scheme, c.r, c.g, c.b, baseURL, baseURL)})
			p := newPage(t)
			p.setViewport(900, 900, 1)
			p.gotoURL(host)
			fw := p.frameOf(baseURL + "/")
			fw.frameWait("the app, told the iframe's scheme", `document.documentElement.dataset.ready === "true" && document.querySelector(".page.clear") &&
  document.querySelector(".page").classList.contains("host-dark") === `+fmt.Sprint(c.scheme == "dark"), `document.querySelector(".page").className`)
			ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
			defer cancel()
			shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(shot))
			if err != nil {
				t.Fatal(err)
			}
			// The frame's own margin, beside the results card: the host's colour.
			at := eval[map[string]float64](fw, `(() => { const r = document.querySelector(".results").getBoundingClientRect(); return {x: r.left / 2, y: r.top + 40}; })()`)
			frame := eval[map[string]float64](p, `(() => { const r = document.querySelector("iframe").getBoundingClientRect(); return {x: r.left, y: r.top}; })()`)
			r, g, b, _ := img.At(int(frame["x"]+at["x"]), int(frame["y"]+at["y"])).RGBA()
			got := []uint8{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8)}
			if !slices.Equal(got, []uint8{c.r, c.g, c.b}) {
				t.Errorf("beside the results the frame shows rgb%v, want the host's rgb(%d,%d,%d)", got, c.r, c.g, c.b)
			}
			p.assertNoProblems()
		})
	}
}

// TestCompareOffersOnlyOthers: Compare with… does not offer the saved copy of the
// scenario on screen (the comparison showed "B | A | B"), and says so when that
// copy is all there is.
func TestCompareOffersOnlyOthers(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/?mqls=300")
	p.openDialog("save-as", "save-dialog")
	p.saveAs("A")
	p.click("close-saved")
	p.openDialog("compare-with", "compare-dialog")
	if got := eval[string](p, `(document.getElementById("compare-empty") || {textContent: ""}).textContent`); got != "The only scenario saved on this device is the one on screen: save others with Save as… first, then compare it with them." {
		t.Errorf("with only the scenario on screen saved, the dialog says %q", got)
	}
	p.click("close-compare")
	// From valid to valid: the state says nothing, the results of 500 do. A click
	// before they are drawn may land where the button was before the new layout.
	p.typeInto("mqls", "500")
	p.waitOut("revenue_now", num(expected(inputsFromQuery(t, "mqls=500"))["revenue_now"].V))
	p.openDialog("save-as", "save-dialog")
	p.saveAs("B")
	p.click("close-saved")
	p.openDialog("compare-with", "compare-dialog")
	if got := eval[[]string](p, `[...document.querySelectorAll("#compare-dialog .check label")].map((l) => l.textContent)`); !slices.Equal(got, []string{"A"}) {
		t.Errorf("with B on screen, Compare with… offers %q, want [A]", got)
	}
	p.click("compare-pick-0")
	p.click("compare-go")
	p.waitCompare()
	var names []string
	for _, c := range p.columns() {
		names = append(names, c.Name)
	}
	if !slices.Equal(names, []string{"B", "A"}) {
		t.Errorf("the comparison's columns are %q, want B and A", names)
	}
	p.assertNoProblems()
}

// TestLinkInputsGrouped: a link's numbers show in the fields as the results show
// numbers ("3.000" in de-DE), served and in the browser.
func TestLinkInputsGrouped(t *testing.T) {
	t.Parallel()
	path := "/?deal=3000&mqls=1500&lag=4.5&locale=de-DE&currency=EUR"
	doc := getHTML(t, path)
	for id, want := range map[string]string{"in-deal": "3.000", "in-mqls": "1.500", "in-lag": "4,5"} {
		if tag, ok := findByID(doc, id); !ok || tag.Attrs["value"] != want {
			t.Errorf("served #%s: %+v, want the value %s", id, tag.Attrs, want)
		}
	}
	p := newPage(t)
	p.openOK(path)
	for name, want := range map[string]string{"deal": "3.000", "mqls": "1.500", "lag": "4,5"} {
		if got := p.fieldValue(name); got != want {
			t.Errorf("#in-%s shows %q, want %q", name, got, want)
		}
	}
	p.assertNoProblems()
}
