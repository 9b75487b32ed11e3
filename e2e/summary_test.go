//go:build !wasm

package e2e

// The results in view while editing (issue 23): while a field of the form has
// focus, the live summary is in the visitor's window and off the field, in the
// compact embed (whose frame embed.js sizes to its content, so that the host's
// window shows only part of it) and on the full page, at every width.

import (
	"fmt"
	"strings"
	"testing"
)

// summaryView is where the summary and the field with focus are, in the
// document's window (the frame's, in an embed).
type summaryView struct {
	Shown   bool    `json:"shown"`
	Top     float64 `json:"top"`
	Bottom  float64 `json:"bottom"`
	FTop    float64 `json:"ftop"`
	FBottom float64 `json:"fbottom"`
	Focused string  `json:"focused"`
	Text    string  `json:"text"`
	Live    bool    `json:"live"`
}

const summaryViewJS = `(() => {
  const s = document.getElementById("live-summary"), a = document.activeElement;
  const f = (a && a.closest(".field")) || a || document.body;
  const r = s.getBoundingClientRect(), b = f.getBoundingClientRect();
  const live = "[aria-live],[role=status],[role=alert],[role=log],[role=marquee],[role=timer]";
  return {shown: getComputedStyle(s).display !== "none" && r.height > 0, top: r.top, bottom: r.bottom, ftop: b.top, fbottom: b.bottom,
    focused: a ? a.id : "", text: s.textContent, live: !!(s.closest(live) || s.querySelector(live))};
})()`

// placeFieldJS scrolls the window whose document holds the field at frameTop
// (0 for the page itself) so that the field's box is at the top, the middle or
// the foot of a window vh high, then gives the field focus without scrolling.
func placeFieldJS(id, where string, vh, frameTop float64) string {
	return fmt.Sprintf(`(() => {
  const e = document.getElementById(%q), b = (e.closest(".field") || e).getBoundingClientRect();
  const want = {top: 4, middle: (%v - b.height) / 2, foot: %v - b.height - 4}[%q];
  return {top: b.top + %v, want: want};
})()`, id, vh, vh, where, frameTop)
}

func TestLiveSummaryInView(t *testing.T) {
	t.Parallel()
	for _, embed := range []bool{true, false} {
		for _, width := range []int64{360, 900, 1100, 1280} {
			name := fmt.Sprintf("page-%d", width)
			if embed {
				name = fmt.Sprintf("embed-%d", width)
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				const vh = 760
				p := newPage(t)
				p.setViewport(width, vh, 1)
				fields := []string{"in-mkt_team", "in-mqls", "in-deal"}
				// in is where scripts about the calculator run; frameTop where its
				// window's top is in the visitor's window now.
				var in func(js string) summaryView
				var place func(js string) map[string]float64
				var do func(js string)
				frameTop := func() float64 { return 0 }
				if embed {
					host := embedHost(t, baseURL+"/?embed=1&"+ctaQuery, "", true)
					p.gotoURL(host)
					fw := p.frameOf(baseURL + "/")
					fw.frameWait("the app", `document.documentElement.dataset.ready === "true" && document.getElementById("results").dataset.state === "ok"`, "")
					// embed.js has sized the frame: the host page scrolls, not the frame.
					p.waitUntil("the frame sized to its content", `parseFloat(document.querySelector("iframe").style.height) > 1200`, `document.querySelector("iframe").style.height`)
					in = func(js string) summaryView { return eval[summaryView](fw, js) }
					place = func(js string) map[string]float64 { return eval[map[string]float64](fw, js) }
					do = func(js string) { eval[bool](fw, js) }
					frameTop = func() float64 {
						return eval[float64](p, `document.querySelector("iframe").getBoundingClientRect().top`)
					}
				} else {
					p.openOK("/?mqls=500")
					fields = append(fields, "in-day_rate", "in-budget", "in-confidence")
					in = func(js string) summaryView { return eval[summaryView](p, js) }
					place = func(js string) map[string]float64 { return eval[map[string]float64](p, js) }
					do = func(js string) { eval[bool](p, js) }
				}
				if !embed {
					// Every field is in sight: the folded groups open.
					eval[bool](p, `(document.querySelectorAll("#inputs details").forEach((d) => d.open = true), true)`)
				}
				for _, id := range fields {
					for _, where := range []string{"top", "middle", "foot"} {
						// Scroll the visitor's window (the host's, for an embed), then focus.
						at := place(placeFieldJS(id, where, vh, frameTop()))
						eval[bool](p, fmt.Sprintf(`(scrollBy(0, %v), true)`, at["top"]-at["want"]))
						do(fmt.Sprintf(`(document.getElementById(%q).focus({preventScroll: true}), true)`, id))
						var v summaryView
						var top float64
						ok := pollUntil(settleTimeout, func() bool {
							top, v = frameTop(), in(summaryViewJS)
							inView := v.Shown && v.Top+top >= -0.5 && v.Bottom+top <= vh+0.5
							fieldSeen := v.FTop+top >= -0.5 && v.FBottom+top <= vh+0.5
							clear := v.FBottom <= v.Top+0.5 || v.FTop >= v.Bottom-0.5
							return v.Focused == id && inView && clear && (fieldSeen || where != "middle")
						})
						if !ok {
							t.Fatalf("%s at the %s: the summary at %.0f–%.0f (shown %v), the field at %.0f–%.0f, in a window 0–%d (focus on %q)",
								id, where, v.Top+top, v.Bottom+top, v.Shown, v.FTop+top, v.FBottom+top, vh, v.Focused)
						}
						if where == "foot" {
							t.Logf("%s at the foot (%.0f–%.0f): the summary at %.0f–%.0f", id, v.FTop+top, v.FBottom+top, v.Top+top, v.Bottom+top)
						}
						if v.Live {
							t.Errorf("the summary is, or is in, a live region: screen readers would hear it at each key")
						}
						if !strings.Contains(v.Text, "ROI") || !strings.Contains(v.Text, "Recommended") {
							t.Errorf("the summary says %q, want the ROI and the recommended plan", v.Text)
						}
					}
				}
				p.assertNoProblems()
			})
		}
	}
}
