//go:build !wasm

package e2e

import (
	"github.com/chromedp/chromedp"
	"testing"
)

func TestZZDebug(t *testing.T) {
	p := newPage(t)
	p.open("/")
	for _, id := range []string{"in-deal", "in-mqls"} {
		eval[bool](p, `(() => { window.__log = window.__log || []; const el = document.getElementById("`+id+`");
	  const desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
	  Object.defineProperty(el, "value", {get() { return desc.get.call(this); }, set(v) { window.__log.push("set " + v + " (was " + desc.get.call(this) + ") " + new Error().stack.split("\n").slice(1,4).join(" / ")); desc.set.call(this, v); }});
	  el.addEventListener("input", () => window.__log.push("input " + el.value));
	  new MutationObserver((ms) => window.__log.push("mut " + ms.map(m => m.type + " " + m.target.nodeName + "#" + m.target.id + " " + m.attributeName).join(","))).observe(el.parentNode.parentNode.parentNode, {subtree: true, childList: true, attributes: true});
	  return true; })()`)
	}
	for _, c := range [][2]string{{"deal", "40000"}, {"mqls", "1,500"}, {"mqls", "2,500"}, {"deal", "123456"}} {
		p.do(chromedp.Focus(chromedp.ID("in-"+c[0])), chromedp.Evaluate[chromedp.Void](`document.getElementById("in-`+c[0]+`").select()`), chromedp.SendKeys(chromedp.ID("in-"+c[0]), c[1]))
		t.Log(c, p.fieldValue(c[0]))
	}
	for _, l := range eval[[]string](p, `window.__log`) {
		t.Log(l)
	}
}
