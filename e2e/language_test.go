//go:build !wasm

package e2e

// The page's language: from the browser's languages (navigator.languages and,
// for the server's page, Accept-Language), from lang= in the address and in an
// embed's snippet, and from the language picker; each language fitting a phone
// and a desktop screen, and the machine-readable parts the same in every one.

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/calc"
)

// languages emulates a browser whose languages are these, most wanted first
// ("de-DE,de;q=0.9"): its Accept-Language and navigator.languages.
func languages(list string) PageOption { return func(c *pageConfig) { c.languages = list } }

// getHTMLIn is the server's page at path for a request with this Accept-Language,
// with the response's Vary.
func getHTMLIn(t *testing.T, path, accept string) (string, []string) {
	t.Helper()
	status, h, b := httpGet(t, baseURL+path, "Accept-Language: "+accept)
	if status != http.StatusOK {
		t.Fatalf("GET %s (Accept-Language %s): status %d", path, accept, status)
	}
	return string(b), h.Values("Vary")
}

// pageWords are what the page says of itself and of a field, to compare with the
// language's catalogue.
type pageWords struct {
	Lang, Title, Label, Currency, Locale, Search string
	Languages                                    []string
}

const pageWordsJS = `({
  Lang: document.documentElement.lang,
  Title: document.title,
  Label: document.querySelector("label[for=in-mqls]").textContent,
  Currency: document.getElementById("currency").value,
  Locale: document.getElementById("locale").value,
  Search: location.search,
  Languages: navigator.languages,
})`

// TestLanguageOfTheBrowser: with no lang= in the address, the page speaks the
// first of the browser's languages it has, in the server's page as in the app,
// with that language's number format and the region's currency.
func TestLanguageOfTheBrowser(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		accept           string
		lang             i18n.Lang
		currency, locale string
	}{
		{"de-DE,de;q=0.9,en;q=0.8", i18n.DE, "EUR", "de-DE"},
		{"fr-CH,fr;q=0.9", i18n.FR, "CHF", "fr-FR"},
		{"pt-BR,es;q=0.8,en;q=0.5", i18n.ES, "EUR", "es-ES"},
		{"ja", i18n.JA, "JPY", "ja-JP"},
		{"en-GB,en;q=0.9", i18n.EN, "GBP", "en-GB"},
		{"nl-BE,nl;q=0.9", i18n.NL, "EUR", "nl-NL"},
		{"pt-BR", i18n.EN, "USD", "en-US"},
	} {
		t.Run(c.accept, func(t *testing.T) {
			p := newPage(t, languages(c.accept))
			pre, vary := getHTMLIn(t, "/?mqls=600", c.accept)
			if !containsToken(vary, "Accept-Language") {
				t.Errorf("the server's page does not vary by Accept-Language: Vary %v", vary)
			}
			if want := `<html lang="` + string(c.lang) + `"`; !strings.Contains(pre, want) {
				t.Errorf("the server's page for %s lacks %s", c.accept, want)
			}
			p.openOK("/?mqls=600")
			w := eval[pageWords](p, pageWordsJS)
			pr := i18n.For(c.lang)
			mqls, _ := calc.FieldByName("mqls")
			want := pageWords{Lang: string(c.lang), Title: pr.T("Training ROI calculator"), Label: pr.T(mqls.Label), Currency: c.currency, Locale: c.locale}
			got := w
			got.Search, got.Languages = "", nil
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: the page says %+v, want %+v", c.accept, got, want)
			}
			if q, _ := url.ParseQuery(strings.TrimPrefix(w.Search, "?")); q.Has("lang") || q.Has("hl") || q.Has("locale") {
				t.Errorf("%s: the address %s names a language or format the visitor did not choose", c.accept, w.Search)
			}
			if c.lang != i18n.EN && !strings.Contains(pre, pr.T("Training ROI calculator")) {
				t.Errorf("%s: the server's page is not in %s", c.accept, c.lang)
			}
			// The server's page and the app say the same, number for number.
			sameOuts(t, c.accept, eval[map[string]string](p, shownOutsJS), prerenderedOutsIn(t, "/?mqls=600", c.accept))
			p.assertNoProblems()
		})
	}
}

// prerenderedOutsIn is prerenderedOuts for a request with this Accept-Language.
func prerenderedOutsIn(t *testing.T, path, accept string) map[string]string {
	t.Helper()
	doc, _ := getHTMLIn(t, path, accept)
	return outsOfHTML(doc)
}

// TestLanguagePickerKeepsEveryNumber: choosing another language re-renders the
// page in place: every number typed keeps its value (written the new language's
// way), text that is not a number stays as typed, the results and the address's
// numbers do not change. The choice is kept on this device, not in the address.
func TestLanguagePickerKeepsEveryNumber(t *testing.T) {
	t.Parallel()
	p := newPage(t, languages("en-US,en"))
	p.open("/?sales_target=8")
	p.typeInto("mqls", "2500")
	p.typeInto("lag", "4.5")
	p.waitState("ok")
	// The address follows the results: once it has lag=4.5, they are lag 4.5's.
	p.waitUntil("the address to follow", `location.search.includes("lag=4.5")`, `location.search`)
	before := p.outs(outNames)
	search := eval[string](p, `location.search`)
	p.typeInto("win_rate", "abc")
	p.waitState("invalid")

	p.chooseOption("lang", "de")
	p.waitUntil("the page in German", `document.documentElement.lang === "de"`, `document.documentElement.lang`)
	// 2500 is 2500 in German too; 4.5 is not 4,5.
	for name, want := range map[string]string{"mqls": "2500", "lag": "4,5", "win_rate": "abc", "sales_target": "8"} {
		if got := p.fieldValue(name); got != want {
			t.Errorf("after choosing German #in-%s holds %q, want %q", name, got, want)
		}
	}
	if f := p.field("win_rate"); f.Invalid != "true" || f.ErrText == "" {
		t.Errorf("the invalid field is no longer marked: %+v", f)
	}
	p.typeInto("win_rate", "20") // the example's, as before
	p.waitState("ok")
	after := p.outs(outNames)
	for name, o := range before {
		if after[name].Value != o.Value {
			t.Errorf("#out-%s: %s in English, %s in German", name, o.Value, after[name].Value)
		}
	}
	if got := eval[string](p, `document.title`); got != i18n.For(i18n.DE).T("Training ROI calculator") {
		t.Errorf("the title in German is %q", got)
	}
	p.waitUntil("the address to follow", `!location.search.includes("win_rate")`, `location.search`)
	q, _ := url.ParseQuery(strings.TrimPrefix(eval[string](p, `location.search`), "?"))
	q0, _ := url.ParseQuery(strings.TrimPrefix(search, "?"))
	for _, name := range []string{"mqls", "lag", "sales_target"} {
		if q.Get(name) != q0.Get(name) {
			t.Errorf("the address's %s is %q in German, %q in English", name, q.Get(name), q0.Get(name))
		}
	}
	if q.Has("lang") {
		t.Errorf("the address names the language chosen: %v", q)
	}

	// The choice outlives a reload, and wins over the browser's languages.
	p.open("/?mqls=700")
	if got := eval[string](p, `document.documentElement.lang`); got != "de" {
		t.Errorf("after a reload the page is in %q, want the German chosen", got)
	}
	// An address that names a language wins over the choice.
	p.open("/?mqls=700&lang=ja")
	if got := eval[pageWords](p, pageWordsJS); got.Lang != "ja" || got.Currency != "JPY" {
		t.Errorf("lang=ja: the page is in %q with %s", got.Lang, got.Currency)
	}
	p.assertNoProblems()
}

// TestEveryLanguageFits: each language at 360 and 1280 px, with warnings, the
// decision support and an open embed configurator: nothing scrolls sideways,
// axe finds nothing, no message shows in English where the language has it.
func TestEveryLanguageFits(t *testing.T) {
	t.Parallel()
	for _, size := range []struct {
		name string
		opts []PageOption
	}{{"360", []PageOption{phone}}, {"1280", nil}} {
		t.Run(size.name, func(t *testing.T) {
			t.Parallel()
			browser := newPage(t, size.opts...)
			for _, l := range i18n.Langs {
				t.Run(string(l), func(t *testing.T) {
					p := browser.as(t)
					p.openOK("/?lang=" + string(l) + "&mkt_target=12&sal_rate=90&confidence=100")
					p.waitUntil("the language", `document.documentElement.lang === `+js(string(l)), `document.documentElement.lang`)
					p.noSideways(string(l) + " at " + size.name + " px")
					p.axeAudit(string(l) + " at " + size.name + " px")
					if l != i18n.EN {
						// A few messages from each part of the page, as the catalogue has them.
						text := p.innerText()
						pr := i18n.For(l)
						for _, msg := range []string{"Reset to example", "Read with care", "Return on investment", "Recommendation"} {
							if tr := pr.T(msg); tr == msg || !strings.Contains(text, tr) {
								t.Errorf("%s: the page lacks %q for %q", l, tr, msg)
							}
						}
					}
					p.screenshot(fmt.Sprintf("lang-%s-%s.png", l, size.name))
					p.openEmbedDialog()
					p.noSideways(string(l) + " at " + size.name + " px, the embed configurator open")
				})
			}
			browser.assertNoProblems()
		})
	}
}

// TestEmbedInALanguage: the configurator writes lang= into the snippet; an embed
// with lang= speaks it whatever the visitor's browser says; its events, its
// CSV's machine names and its page hooks are the same in every language.
func TestEmbedInALanguage(t *testing.T) {
	t.Parallel()
	p := newPage(t, languages("en-US,en"))
	p.open("/?mqls=800")
	p.openEmbedDialog()
	p.chooseOption("cfg-lang", "fr")
	p.waitUntil("the snippet with lang=fr", `document.getElementById("embed-code").value.includes("lang=fr")`, `document.getElementById("embed-code").value`)
	snippet := eval[string](p, `document.getElementById("embed-code").value`)
	p.chooseOption("cfg-lang", "-")
	p.waitUntil("the snippet without lang=", `!document.getElementById("embed-code").value.includes("lang=")`, `document.getElementById("embed-code").value`)

	// The French snippet on a host page, and the same scenario in Japanese with
	// the same currency, events on: the events say the same but the address.
	ja := strings.Replace(strings.Replace(snippet, "lang=fr", "lang=ja", 1), "data-training-roi", `data-training-roi id="ja"`, 1)
	host := startHost(t, map[string]string{"/": `<!doctype html><html lang="en"><head><title>Host</title></head><body>` +
		strings.Replace(snippet, "embed=1", "embed=1&amp;events=1", 1) + strings.Replace(ja, "embed=1", "embed=1&amp;events=1", 1) +
		`<script>window.__events = []; addEventListener("training-roi:result", (e) => window.__events.push(e.detail), true);
for (const f of document.querySelectorAll("iframe")) f.addEventListener("training-roi:result", (e) => window.__events.push(Object.assign({frame: f.id || "fr"}, e.detail)));</script></body></html>`})
	p.gotoURL(host)
	fr := p.frameOf(baseURL + "/?mqls=800&currency=")
	fr.frameWait("the French embed", `document.documentElement.lang === "fr" && document.documentElement.dataset.ready === "true"`, `document.documentElement.lang`)
	p.waitUntil("a load event from each", `new Set(window.__events.filter((d) => d.trigger === "load").map((d) => d.frame)).size === 2`, `JSON.stringify(window.__events)`)
	events := eval[[]map[string]any](p, `window.__events.filter((d) => d.trigger === "load")`)
	a, b := events[0], events[1]
	for _, key := range []string{"inputs", "results", "trigger", "type"} {
		if !reflect.DeepEqual(a[key], b[key]) {
			t.Errorf("the events' %s differ between languages:\n%v\n%v", key, a[key], b[key])
		}
	}
	ua, _ := a["url"].(string)
	ub, _ := b["url"].(string)
	if strings.NewReplacer("lang=fr", "", "lang=ja", "").Replace(ua) != strings.NewReplacer("lang=fr", "", "lang=ja", "").Replace(ub) {
		t.Errorf("the events' links differ by more than the language: %s, %s", ua, ub)
	}
	p.assertNoProblems()
}

// TestCSVIsTheSameInEveryLanguage: the figures file's identifiers and values are
// the same in every language, its sections, labels and units in the page's.
func TestCSVIsTheSameInEveryLanguage(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	dir := t.TempDir()
	p.allowDownloads(dir)
	name := "training-roi-" + time.Now().Format("2006-01-02") + ".csv"
	files := map[i18n.Lang]figuresFile{}
	for _, l := range []i18n.Lang{i18n.EN, i18n.DE, i18n.JA} {
		os.Remove(filepath.Join(dir, name))
		p.openOK("/?mqls=500&currency=EUR&locale=de-DE&lang=" + string(l))
		p.click("download-csv")
		files[l] = readFigures(t, commaSheet, waitDownload(t, dir, name))
	}
	en := files[i18n.EN]
	for _, l := range []i18n.Lang{i18n.DE, i18n.JA} {
		f := files[l]
		if !slices.Equal(f.order, en.order) {
			t.Errorf("%s: the identifiers are %q, in English %q", l, f.order, en.order)
		}
		words := 0
		for _, id := range en.order {
			if g, e := f.rows[id], en.rows[id]; g != nil && id != "url" && g[2] != e[2] {
				t.Errorf("%s: %s is %q, in English %q", l, id, g[2], e[2])
			} else if g != nil && g[1] != e[1] {
				words++
			}
		}
		if words < len(en.order)*9/10 {
			t.Errorf("%s: only %d of %d labels are not the English ones", l, words, len(en.order))
		}
	}
	p.assertNoProblems()
}

// containsToken reports whether a header's values list the token (Vary: a, b).
func containsToken(values []string, token string) bool {
	for _, v := range values {
		for f := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), token) {
				return true
			}
		}
	}
	return false
}
