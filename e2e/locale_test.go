//go:build !wasm

package e2e

// Currency and number format: the selectors on the page, the URL parameters, and
// the same text in the server's prerendered HTML and in the running app.

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/calc"
)

// moneyOuts are the results shown as an amount of money.
var moneyOuts = []string{"revenue_now", "revenue_new", "revenue_gain", "benefit", "cost", "net"}

// shownOuts reads the text of every #out-NAME of the page, and of the tables, the
// peek line and the break-even sentence, in one round trip.
const shownOutsJS = `(() => {
  const r = {};
  for (const e of document.querySelectorAll("[id^=out-]")) r[e.id] = e.textContent;
  for (const id of ["funnel", "money", "breakeven-sentence"]) {
    const e = document.getElementById(id);
    if (!e) { r[id] = "<missing>"; continue; }
    const parts = [], w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    while (w.nextNode()) parts.push(w.currentNode.data);
    r[id] = parts.join(" ");
  }
  return r;
})()`

// prerenderedOuts is shownOutsJS for the server's HTML of path.
func prerenderedOuts(t *testing.T, path string) map[string]string {
	t.Helper()
	return outsOfHTML(getHTML(t, path))
}

// outsOfHTML is shownOutsJS for a page's HTML.
func outsOfHTML(doc string) map[string]string {
	root := parseHTML(doc)
	r := map[string]string{}
	for e := range elements(root) {
		if id, _ := attr(e, "id"); strings.HasPrefix(id, "out-") {
			r[id] = leadingText(e)
		}
	}
	for _, id := range []string{"funnel", "money", "breakeven-sentence"} {
		if e := byID(root, id); e != nil {
			r[id] = words(e)
		} else {
			r[id] = "<missing>"
		}
	}
	return r
}

// sameOuts reports every difference between the app's texts and the server's.
func sameOuts(e errorReporter, label string, live, pre map[string]string) {
	if len(live) < len(outNames) {
		e.Errorf("%s: the page shows %d results, want %d or more", label, len(live), len(outNames))
	}
	for id, s := range live {
		if id == "funnel" || id == "money" || id == "breakeven-sentence" {
			// Text around tags: compare the words.
			s = strings.Join(strings.Fields(s), " ")
		}
		if pre[id] != s {
			e.Errorf("%s: #%s shows %q in the app, %q in the prerendered HTML", label, id, spaces(s), spaces(pre[id]))
		}
	}
}

var germanEuros = regexp.MustCompile(`^[+−]?\d{1,3}(\.\d{3})*\x{00a0}€$`)

func TestCurrencyAndLocale(t *testing.T) {
	t.Parallel()
	const path = "/?currency=EUR&locale=de-DE"
	in := calc.Defaults()
	r := calc.Project(in)
	de := format.New("de-DE", "EUR")

	// The prerendered HTML is already in euros and German numbers.
	pre := prerenderedOuts(t, path)
	for _, name := range moneyOuts {
		if s := pre["out-"+name]; !germanEuros.MatchString(s) {
			t.Errorf("prerendered #out-%s = %q, want the 1.234.567 € style", name, spaces(s))
		}
	}
	for id, want := range map[string]string{
		"out-revenue_now": de.Money(r.Now.Revenue), "out-revenue_new": de.Money(r.Projected.Revenue),
		"out-lift": "+29,4\u00a0%", "out-roi": "414\u00a0%", "out-sal_rate_new": "34,35\u00a0%", "out-payback": "4,8 months",
		"out-bcr": "5,14 : 1", "out-breakeven": "10,2\u00a0%", "out-sals_new": "824,4",
	} {
		if pre[id] != want {
			t.Errorf("prerendered #%s = %q, want %q", id, spaces(pre[id]), spaces(want))
		}
	}
	doc := parseHTML(getHTML(t, path))
	for id, want := range map[string]string{"currency": "EUR", "locale": "de-DE"} {
		// HTML selects an option that has the attribute selected, whatever its
		// value, and the last such one.
		var chosen []string
		if sel := byID(doc, id); sel != nil {
			for e := range elements(sel) {
				if _, ok := attr(e, "selected"); ok && e.Data == "option" {
					v, _ := attr(e, "value")
					chosen = append(chosen, v)
				}
			}
		}
		if len(chosen) != 1 || chosen[0] != want {
			t.Errorf("prerendered #%s selects %q, want only %s", id, chosen, want)
		}
	}
	if csv := byID(doc, "download-csv"); csv == nil {
		t.Errorf("prerendered: no #download-csv")
	} else if _, disabled := attr(csv, "disabled"); disabled {
		t.Errorf("prerendered #download-csv is disabled (%+v) for a valid scenario", attrs(csv))
	}

	// The app shows the very same text.
	p := newPage(t)
	p.open(path)
	settle(t, func(e errorReporter) { sameOuts(e, path, eval[map[string]string](p, shownOutsJS), pre) })
	if got := eval[string](p, `document.getElementById("currency").value + " " + document.getElementById("locale").value`); got != "EUR de-DE" {
		t.Errorf("the selectors show %q, want EUR de-DE", got)
	}

	// Switching with the selectors: every currency, every locale, and a few
	// pairs, each checked against the formatter, the URL and the prerendered HTML.
	type combo struct{ cur, loc string }
	var combos []combo
	for _, c := range format.Currencies {
		combos = append(combos, combo{c, "en-US"})
	}
	for _, l := range format.Locales {
		combos = append(combos, combo{"EUR", l})
	}
	combos = append(combos, combo{"JPY", "ja-JP"}, combo{"CHF", "fr-FR"})
	start := time.Now()
	for _, c := range combos {
		for id, v := range map[string]string{"currency": c.cur, "locale": c.loc} {
			if eval[string](p, `document.getElementById(`+js(id)+`).value`) != v {
				p.chooseOption(id, v)
			}
		}
		f := format.New(c.loc, c.cur)
		want := f.Money(r.Now.Revenue)
		p.waitUntil(c.cur+" "+c.loc, `document.getElementById("out-revenue_now").textContent === `+js(want),
			`document.getElementById("out-revenue_now").textContent`)
		label := c.cur + " " + c.loc
		live := eval[map[string]string](p, shownOutsJS)
		for _, name := range moneyOuts {
			v, err := strconv.ParseFloat(eval[string](p, `document.getElementById("out-`+name+`").getAttribute("data-value")`), 64)
			if err != nil {
				t.Fatal(err)
			}
			want := f.Money(v)
			if name == "revenue_gain" && v > 0 {
				want = "+" + want
			}
			if live["out-"+name] != want {
				t.Errorf("%s: #out-%s = %q, want %q", label, name, spaces(live["out-"+name]), spaces(want))
			}
		}
		if c.cur == "JPY" && strings.Contains(live["out-revenue_now"]+live["out-benefit"]+live["out-cost"], ".") {
			t.Errorf("%s: yen amounts with a minor unit: %q", label, live["out-benefit"])
		}
		search := eval[string](p, `location.search`)
		q, _ := url.ParseQuery(strings.TrimPrefix(search, "?"))
		// A chosen currency stays in the link, so that its amounts keep their
		// currency for a reader in another language; a number format is the
		// reader's own unless it differs from the default.
		wantCur, wantLoc := c.cur, c.loc
		if wantLoc == "en-US" {
			wantLoc = ""
		}
		if q.Get("currency") != wantCur || q.Get("locale") != wantLoc {
			t.Errorf("%s: the address is %s, want currency=%s locale=%s", label, search, wantCur, wantLoc)
		}
		sameOuts(t, label, live, prerenderedOuts(t, "/"+search))
	}
	t.Logf("%d currency and locale switches checked in %v", len(combos), time.Since(start).Round(time.Millisecond))

	// Where Chromium's own formatter (Intl, from CLDR) and ours are meant to agree,
	// they do: euros in every locale, every currency in en-US.
	intl := eval[map[string]string](p, `(() => {
  const r = {};
  const fmt = (loc, cur, v) => new Intl.NumberFormat(loc, {style: "currency", currency: cur, maximumFractionDigits: 0, minimumFractionDigits: 0}).format(v);
  for (const loc of `+js(format.Locales)+`) r[loc + " EUR"] = fmt(loc, "EUR", 1234567);
  for (const cur of `+js(format.Currencies)+`) r["en-US " + cur] = fmt("en-US", cur, 1234567);
  r["es-ES EUR 1234"] = fmt("es-ES", "EUR", 1234);
  r["de-DE CHF"] = fmt("de-DE", "CHF", 1234567);
  r["de-DE SEK"] = fmt("de-DE", "SEK", 1234567);
  return r;
})()`)
	for key, want := range intl {
		parts := strings.Fields(key)
		v := 1234567.0
		if len(parts) == 3 {
			v, _ = strconv.ParseFloat(parts[2], 64)
		}
		if got := format.New(parts[0], parts[1]).Money(v); got != want {
			t.Errorf("%s: we print %q, Intl.NumberFormat %q", key, spaces(got), spaces(want))
		}
	}
	p.assertNoProblems()
}
