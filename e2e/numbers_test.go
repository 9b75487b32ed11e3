//go:build !wasm

package e2e

// Numbers typed the way the display locale writes them: German input read as
// German, short forms, the hint for a percentage typed as a fraction, texts that
// could mean two things, and a change of locale that changes no number.

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// param is the value of a URL parameter of the page's address, null when absent.
func param(name string) string {
	return `new URLSearchParams(location.search).get(` + js(name) + `)`
}

// typeAndSettle types text into name and waits for the results of in and for the
// address to say want for name (absent for "").
func (p *Page) typeAndSettle(name, text string, in calc.Inputs, want string) {
	p.t.Helper()
	p.typeInto(name, text)
	exp := expected(in)
	p.waitOut("revenue_now", num(exp["revenue_now"].V))
	p.waitState("ok")
	p.settleOuts(name+"="+text, exp)
	if fl := p.field(name); fl.Invalid == "true" || fl.ErrFound {
		p.t.Errorf("%s=%q is marked invalid: %q", name, text, fl.ErrText)
	}
	cond := param(name) + ` === ` + js(want)
	if want == "" {
		cond = param(name) + ` === null`
	}
	p.eventually("the address to hold "+name+"="+want, cond, `location.search`)
}

func TestLocaleGermanTyping(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/?currency=EUR&locale=de-DE")
	in := calc.Defaults()

	// A dot groups thousands, a comma marks decimals; the address has a dot decimal.
	in.MQLs = 1500
	p.typeAndSettle("mqls", "1.500", in, "1500")
	in.Deal = 30000
	p.typeAndSettle("deal", "30.000 €", in, "30000")
	// The example's own 25000 (read as 25 before): the address leaves it out.
	in.Deal = 25000
	p.typeAndSettle("deal", "25.000 €", in, "")
	in.MktTarget = 12.5
	p.typeAndSettle("mkt_target", "12,5", in, "12.5")

	// Short forms: German's own and k.
	in.Deal = 1200000
	p.typeAndSettle("deal", "1,2 Mio.", in, "1200000")
	in.Deal = 40000
	p.typeAndSettle("deal", "40k", in, "40000")

	// A text that could mean two things is no guess: the field is invalid, its
	// message names both readings, the results stay those of the last valid inputs.
	p.typeInto("lag", "12.5")
	p.waitState("invalid")
	fl := p.field("lag")
	if fl.Invalid != "true" || !fl.ErrShown || !strings.HasPrefix(fl.DescribedBy, "err-lag") {
		t.Errorf("lag=12.5 in German: %+v, want invalid with its message", fl)
	}
	for _, reading := range []string{"12,5", "125"} {
		if !strings.Contains(fl.ErrText, reading) {
			t.Errorf("lag=12.5 in German: the message %q does not name %s", fl.ErrText, reading)
		}
	}
	// Typed key by key, "12" and "12." (12 either way) were the last valid texts.
	stale := in
	stale.Lag = 12
	p.settleOuts("lag=12.5 (invalid)", expected(stale))
	// The address keeps the text as typed, marked so that it is not read as 12.5.
	p.eventually("the address to hold lag=~12.5", param("lag")+` === "~12.5"`, `location.search`)
	in.Lag = 4.5
	p.typeAndSettle("lag", "4,5", in, "4.5")

	// A slider's value is written the German way in its box.
	p.do(chromedp.Focus(chromedp.ID("slider-mkt_days")), chromedp.KeyEvent(kb.ArrowRight))
	p.waitUntil("ArrowRight on the slider to write 2,5", `document.getElementById("in-mkt_days").value === "2,5"`,
		`document.getElementById("in-mkt_days").value`)
	in.MktDays = 2.5
	p.settleOuts("mkt_days by the slider", expected(in))
	p.eventually("the address to hold mkt_days=2.5", param("mkt_days")+` === "2.5"`, `location.search`)
	p.assertNoProblems()

	// Saved in German, opened in English: the same numbers, written the English way.
	p.waitUntil("the inputs saved in German", `(() => { try { const s = JSON.parse(localStorage.getItem(`+js(state.StorageKey)+`));
  return s.locale === "de-DE" && s.inputs.mqls === "1.500" && s.inputs.mkt_days === "2,5"; } catch (e) { return false; } })()`,
		`localStorage.getItem(`+js(state.StorageKey)+`)`)
	p.openOK("/")
	for name, want := range map[string]string{"mqls": "1,500", "mkt_target": "12.5", "lag": "4.5", "mkt_days": "2.5", "deal": "40k"} {
		if got := p.fieldValue(name); got != want {
			t.Errorf("saved in German, opened in English: #in-%s shows %q, want %q", name, got, want)
		}
	}
	p.settleOuts("saved in German, opened in English", expected(in))
	p.assertNoProblems()
}

func TestLocaleEnglishShortFormsAndHint(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")
	in := calc.Defaults()

	in.Deal = 30000
	p.typeAndSettle("deal", "30k", in, "30000")
	in.Deal = 1200000
	p.typeAndSettle("deal", "1.2M", in, "1200000")
	in.MQLs = 1500
	p.typeAndSettle("mqls", "1,500", in, "1500")

	// A percentage typed as a fraction is taken as typed, with a hint tied to the
	// box; the field stays valid.
	in.SALRate = 0.3
	p.typeAndSettle("sal_rate", "0.3", in, "0.3")
	hint := `document.getElementById("hint-sal_rate")`
	p.waitUntil("the hint under sal_rate", `!!`+hint+` && `+hint+`.getClientRects().length > 0`, `document.querySelector("#in-sal_rate").closest(".field").innerHTML`)
	if got := eval[string](p, hint+`.innerText`); got != "0.3%; did you mean 30%?" {
		t.Errorf("the hint says %q", got)
	}
	if fl := p.field("sal_rate"); !strings.Contains(" "+fl.DescribedBy+" ", " hint-sal_rate ") || fl.Invalid == "true" {
		t.Errorf("sal_rate with a hint: %+v, want aria-describedby to name hint-sal_rate and no aria-invalid", fl)
	}
	in.SALRate = 30
	p.typeAndSettle("sal_rate", "30", in, "")
	p.waitUntil("the hint to go", `!`+hint, `(`+hint+` || {}).innerText`)

	// "1,5" in English could be 1.5 or 15.
	p.typeInto("mkt_target", "1,5")
	p.waitState("invalid")
	if fl := p.field("mkt_target"); fl.Invalid != "true" || !strings.Contains(fl.ErrText, "1.5") || !strings.Contains(fl.ErrText, "15") {
		t.Errorf("mkt_target=1,5 in English: %+v, want invalid naming 1.5 and 15", fl)
	}
	in.MktTarget = 12.5
	p.typeAndSettle("mkt_target", "12.5", in, "12.5")
	p.assertNoProblems()
}

// A link's numbers have a dot decimal; the page shows them as its locale writes
// numbers, prerendered and running. Changing the locale changes no number: valid
// fields are written anew, invalid ones stay as typed.
func TestLocaleSwitchKeepsNumbers(t *testing.T) {
	t.Parallel()
	const path = "/?lag=4.5&currency=EUR&locale=de-DE"
	if tag, ok := findByID(getHTML(t, path), "in-lag"); !ok || tag.Attrs["value"] != "4,5" {
		t.Errorf("prerendered #in-lag: %+v, want the value 4,5", tag)
	}
	p := newPage(t)
	p.openOK(path)
	if got := p.fieldValue("lag"); got != "4,5" {
		t.Errorf("%s: #in-lag shows %q, want 4,5", path, got)
	}
	in := calc.Defaults()
	in.Lag = 4.5
	in.MQLs = 1500
	p.typeAndSettle("mqls", "1.500", in, "1500")
	in.MktTarget = 12.5
	p.typeAndSettle("mkt_target", "12,5", in, "12.5")
	in.Deal = 30000
	p.typeAndSettle("deal", "30.000 €", in, "30000")
	before := p.outs(outNames)

	for _, step := range []struct {
		locale string
		fields map[string]string
	}{
		// A number the new locale would read otherwise is written anew, grouped
		// as the page writes numbers; one it reads alike stays as it is.
		{"en-US", map[string]string{"mqls": "1,500", "mkt_target": "12.5", "lag": "4.5", "deal": "30,000"}},
		{"fr-FR", map[string]string{"mqls": "1\u202f500", "mkt_target": "12,5", "lag": "4,5", "deal": "30\u202f000"}},
		{"de-DE", map[string]string{"mqls": "1\u202f500", "mkt_target": "12,5", "lag": "4,5", "deal": "30\u202f000"}},
	} {
		p.chooseOption("locale", step.locale)
		p.waitUntil("the fields written for "+step.locale, `document.getElementById("in-mkt_target").value === `+js(step.fields["mkt_target"]),
			`document.getElementById("in-mkt_target").value`)
		p.waitState("ok")
		for name, want := range step.fields {
			if got := p.fieldValue(name); got != want {
				t.Errorf("%s: #in-%s shows %q, want %q", step.locale, name, got, want)
			}
		}
		settle(t, func(e errorReporter) {
			after := p.outs(outNames)
			for _, name := range outNames {
				if after[name].Value != before[name].Value {
					e.Errorf("%s: #out-%s data-value %s, was %s before the change of locale", step.locale, name, after[name].Value, before[name].Value)
				}
			}
		})
		for name, want := range map[string]string{"mqls": "1500", "mkt_target": "12.5", "lag": "4.5", "deal": "30000"} {
			p.eventually(step.locale+": the address to hold "+name+"="+want, param(name)+` === `+js(want), `location.search`)
		}
	}

	// The fields, drawn anew, take typing; a bad text stays as typed.
	in.MQLs = 1600
	p.typeAndSettle("mqls", "1.600", in, "1600")
	p.typeInto("win_rate", "abc")
	p.waitState("invalid")
	p.chooseOption("locale", "en-GB")
	p.waitUntil("the fields written for en-GB", `document.getElementById("in-mqls").value === "1,600"`, `document.getElementById("in-mqls").value`)
	if got := p.fieldValue("win_rate"); got != "abc" || p.field("win_rate").Invalid != "true" {
		t.Errorf("en-GB: #in-win_rate shows %q, want abc, invalid", got)
	}
	p.assertNoProblems()
}

// TestLocaleHintAccessible audits, light and dark, a page with a hint and a field
// whose text could mean two things; the hint is under its box.
func TestLocaleHintAccessible(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, scheme := range []string{"light", "dark"} {
		p.emulateMedia("", map[string]string{"prefers-color-scheme": scheme})
		p.openOK("/?sal_rate=0.3&currency=EUR&locale=de-DE")
		if got := p.fieldValue("sal_rate"); got != "0,3" {
			t.Errorf("sal_rate=0.3 in German shows %q, want 0,3", got)
		}
		p.waitUntil("the hint under sal_rate", `document.getElementById("hint-sal_rate")`, `""`)
		if got := eval[string](p, `document.getElementById("hint-sal_rate").innerText`); got != "0,3\u00a0%; did you mean 30\u00a0%?" {
			t.Errorf("the hint says %q", got)
		}
		if below := eval[bool](p, `document.getElementById("hint-sal_rate").getBoundingClientRect().top >= document.getElementById("in-sal_rate").getBoundingClientRect().bottom`); !below {
			t.Errorf("%s: the hint is not under the box", scheme)
		}
		p.typeInto("mkt_target", "12.5")
		p.waitState("invalid")
		p.axeAudit(scheme + ": a hint and a text that could mean two things")
	}
	p.assertNoProblems()
}
