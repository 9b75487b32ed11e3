//go:build !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// brokenWordsJS lists the words of the visible page that do not lie on one line,
// and the table cells narrower than their longest word. A word is what lies
// between spaces; a hyphen, a dash or a slash may end a line, as in print.
const brokenWordsJS = `(() => {
  const out = [];
  const root = document.body;
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => {
    const el = n.parentElement;
    if (!el || !n.nodeValue.trim() || el.closest("script, style, svg, .visually-hidden, dialog:not([open]), details:not([open]) > :not(summary), [hidden]")) return NodeFilter.FILTER_REJECT;
    return el.getClientRects().length ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
  }});
  const range = document.createRange();
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const text = n.nodeValue;
    const re = /[^\s\u2010-\u2015\/-]+[\u2010-\u2015\/-]?/g;
    let m;
    while ((m = re.exec(text))) {
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
      const tops = new Set(rects.map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push("word broken: " + JSON.stringify(m[0]) + " in " + n.parentElement.tagName.toLowerCase() + (n.parentElement.id ? "#" + n.parentElement.id : "") + " (" + [...tops].join(",") + ")");
    }
  }
  for (const cell of document.querySelectorAll("td, th")) {
    if (!cell.getClientRects().length || cell.closest("details:not([open])")) continue;
    const cs = getComputedStyle(cell);
    const inner = cell.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const w = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const re = /[^\s\u2010-\u2015\/-]+[\u2010-\u2015\/-]?/g;
      let m;
      while ((m = re.exec(n.nodeValue))) {
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const width = range.getBoundingClientRect().width;
        if (width > inner + 1) out.push("cell narrower than its word: " + JSON.stringify(m[0]) + " " + Math.round(width) + " px in " + Math.round(inner) + " px");
      }
    }
  }
  return [...new Set(out)].slice(0, 20);
})()`

// TestNoBrokenWords: at 320, 360, 390, 900 and 1280 px, for the example, a plan that
// changes nothing, a training cut, enterprise sizes and yen, no word or number is
// broken across lines and no table column is narrower than its longest word.
func TestNoBrokenWords(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, sc := range []struct{ name, query string }{
		{"example", "/"},
		{"no change", "/?mkt_target=2&sales_target=2"},
		{"training cut", "/?mkt_target=1&sales_target=0"},
		{"enterprise", "/?mqls=10000000&deal=1000000000&mkt_team=100000&sales_team=100000"},
		{"yen", "/?currency=JPY&locale=ja-JP&deal=3000000"},
	} {
		p.setViewport(1280, 900, 1)
		p.openOK(sc.query)
		for _, w := range []int64{320, 360, 390, 900, 1280} {
			label := fmt.Sprintf("%s at %d px", sc.name, w)
			p.setViewport(w, 900, 1)
			p.waitUntil(label+": the page laid out at its width", fmt.Sprintf(`window.innerWidth === %d`, w), `window.innerWidth`)
			// The charts follow the width once the resize is handled; what is checked
			// here is text outside them, laid out by the browser at once.
			if bad := eval[[]string](p, brokenWordsJS); len(bad) > 0 {
				t.Errorf("%s:\n  %s", label, strings.Join(bad, "\n  "))
				p.screenshot(fmt.Sprintf("words-%s-%d.png", fileName(sc.name), w))
			}
		}
	}
	p.assertNoProblems()
}
