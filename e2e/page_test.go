//go:build !wasm

package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// TestPrerenderedHTML: the server's HTML, read with no JavaScript, already holds the
// results of the scenario in the address.
func TestPrerenderedHTML(t *testing.T) {
	t.Parallel()
	cases := []struct {
		path  string
		query string
	}{
		{"/", ""},
		{"/?mqls=500", "mqls=500"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			doc := getHTML(t, c.path)
			in := inputsFromQuery(t, c.query)
			got := map[string]outNode{}
			for _, name := range outNames {
				tag, ok := findByID(doc, "out-"+name)
				v, hasValue := tag.Attrs["data-value"]
				if ok && !hasValue {
					v = "<no data-value>"
				}
				got[name] = outNode{Found: ok, Value: v, Text: "x"}
			}
			checkOuts(t, "prerendered "+c.path, got, expected(in))
			if res, ok := findByID(doc, "results"); !ok {
				t.Errorf("prerendered %s: no #results", c.path)
			} else if res.Attrs["data-state"] != "ok" {
				t.Errorf("prerendered %s: #results data-state=%q, want ok", c.path, res.Attrs["data-state"])
			}
			for _, f := range calc.Fields {
				tag, ok := findByID(doc, "in-"+f.Name)
				if !ok {
					t.Errorf("prerendered %s: no #in-%s", c.path, f.Name)
					continue
				}
				if !fieldShows(f, tag.Attrs["value"], *f.Of(&in)) {
					t.Errorf("prerendered %s: #in-%s value=%q, want %v", c.path, f.Name, tag.Attrs["value"], *f.Of(&in))
				}
			}
			if bad := badWord(textOf(parseHTML(doc))); bad != "" {
				t.Errorf("prerendered %s: the page text contains %q", c.path, bad)
			}
		})
	}
}

// TestDefaultPage: a first visit shows the worked example, with no console error, no
// exception and no CSP violation on the way.
func TestDefaultPage(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")

	// The numbers are calc's, which calc's tests hold to the worked example of
	// docs/model.md; the texts below are the example's as the page writes them.
	p.settleOuts("default page", expected(calc.Defaults()))
	t.Run("texts", func(t *testing.T) {
		p := p.as(t)
		got := p.outs(outNames)
		for name, want := range map[string]string{
			"lift": "29.4%", "roi": "414%", "roi_low": "149%", "roi_high": "696%", "payback": "4.8",
		} {
			if !strings.Contains(got[name].Text, want) {
				t.Errorf("#out-%s shows %q, want it to contain %q", name, got[name].Text, want)
			}
		}
		if !strings.Contains(strings.ToLower(got["payback"].Text+" "+p.innerText()), "month") {
			t.Errorf("the payback (%q) is not said to be in months", got["payback"].Text)
		}
		if bad := badWord(p.innerText()); bad != "" {
			t.Errorf("the page text contains %q", bad)
		}
		if w := p.warningCodes(); !slices.Equal(w, []string{"beyond_study"}) {
			t.Errorf("the worked example shows warnings %v, want [beyond_study]", w)
		}
	})

	t.Run("fields", func(t *testing.T) {
		p := p.as(t)
		for _, f := range calc.Fields {
			fl := p.field(f.Name)
			if !fl.Found {
				t.Errorf("#in-%s is missing", f.Name)
				continue
			}
			if !fieldShows(f, fl.Value, f.Default) {
				t.Errorf("#in-%s shows %q, want the default %v (empty for no limit)", f.Name, fl.Value, f.Default)
			}
			// Any text can be typed (type=text), with a numeric keyboard on phones; a
			// whole-number field may do without the decimal key.
			if fl.Type != "text" || !(fl.InputMode == "decimal" || f.Whole && fl.InputMode == "numeric") {
				t.Errorf("#in-%s has type=%q inputmode=%q, want type=text inputmode=decimal", f.Name, fl.Type, fl.InputMode)
			}
			if fl.Invalid == "true" {
				t.Errorf("#in-%s is aria-invalid on the worked example", f.Name)
			}
		}
	})

	t.Run("charts", func(t *testing.T) {
		p := p.as(t)
		type chart struct {
			Found    bool   `json:"found"`
			SVG      bool   `json:"svg"`
			Title    string `json:"title"`
			Table    bool   `json:"table"`
			TableBad string `json:"tableBad"`
			SVGBad   string `json:"svgBad"`
		}
		for _, id := range []string{"chart-lift", "chart-funnel", "chart-payback"} {
			c := eval[chart](p, `((id) => {
  const el = document.getElementById(id);
  if (!el) return {found: false};
  const svg = el.tagName.toLowerCase() === "svg" ? el : el.querySelector("svg");
  const title = svg ? svg.querySelector("title") : null;
  // The data table follows the chart: look in the chart's parents, nearest first.
  let table = null;
  for (let a = el.parentElement, i = 0; a && !table && i < 3; a = a.parentElement, i++) {
    table = [...a.querySelectorAll("table")].find((t) => el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) || null;
  }
  const bad = (s) => ["NaN", "Infinity", "undefined"].find((w) => s.includes(w)) || "";
  return {found: true, svg: !!svg, title: title ? title.textContent.trim() : "",
    table: !!table && table.querySelectorAll("tr").length >= 2,
    tableBad: table ? bad(table.textContent) : "", svgBad: svg ? bad(svg.outerHTML) : ""};
})(`+js(id)+`)`)
			switch {
			case !c.Found:
				t.Errorf("#%s is missing", id)
			case !c.SVG:
				t.Errorf("#%s has no inline <svg>", id)
			default:
				if c.Title == "" {
					t.Errorf("#%s: the <svg> has no <title>", id)
				}
				if !c.Table {
					t.Errorf("#%s is not followed by a data table", id)
				}
				if c.SVGBad != "" || c.TableBad != "" {
					t.Errorf("#%s contains %q%q", id, c.SVGBad, c.TableBad)
				}
			}
		}
	})

	p.screenshot("default-1280.png")
	t.Run("no-errors", func(t *testing.T) { p.as(t).assertNoProblems() })
}

// TestURLScenarios: a share link reproduces its scenario exactly, and its
// warnings show in the page's text (sal_rate=90 at full confidence caps the SAL
// rate at 100%: the lift is 0.4, and the page says so next to the results).
func TestURLScenarios(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, q := range []string{
		"mqls=300&win_rate=25&sales_target=8&confidence=80",
		"years=2&lag=4",
		"mkt_target=1&sales_target=2",
		"mqls=250&utm_source=newsletter&foo=bar", // unknown parameters are ignored
		"lag=12&deal=1500.5&margin=35.5&mkt_team=3&sales_days=4",
		"sal_rate=90&confidence=100",
	} {
		t.Run(q, func(t *testing.T) {
			p := p.as(t)
			p.openOK("/?" + q)
			in := inputsFromQuery(t, q)
			p.settleOuts(q, expected(in))
			for _, f := range calc.Fields {
				fl := p.field(f.Name)
				if !fl.Found {
					t.Errorf("#in-%s is missing", f.Name)
				} else if !fieldShows(f, fl.Value, *f.Of(&in)) {
					t.Errorf("#in-%s shows %q, want %v", f.Name, fl.Value, *f.Of(&in))
				}
			}
			p.settleWarnings(expectedWarnings(in))
			text := p.innerText()
			for _, w := range eval[[]string](p, `[...document.querySelectorAll("#warnings li")].map((li) => li.innerText.trim())`) {
				if w == "" || !strings.Contains(text, w) {
					t.Errorf("the warning %q is not visible in the page text", w)
				}
			}
			if bad := badWord(text); bad != "" {
				t.Errorf("the page text contains %q", bad)
			}
		})
	}
	p.assertNoProblems()
}

// TestTyping: the results follow what is typed, with no button, and each
// training-day field has a range slider in step with its text; the address bar
// follows too, replacing the history entry.
func TestTyping(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")
	histLen := eval[int](p, `history.length`)
	for _, n := range daysFields {
		f, _ := calc.FieldByName(n)
		typ := eval[string](p, `((e) => e ? e.type + " " + e.value : "")(document.getElementById("slider-`+n+`"))`)
		if want := fmt.Sprintf("range %v", f.Default); typ != want {
			t.Errorf("#slider-%s is %q, want %q", n, typ, want)
		}
	}
	// The keyboard moves a slider; the field and the results follow.
	in := calc.Defaults()
	in.MktDays = 2 + 0.5
	p.mustExist("slider-mkt_days")
	p.do(chromedp.Focus(chromedp.ID("slider-mkt_days")), chromedp.KeyEvent(kb.ArrowRight))
	p.waitUntil("#in-mkt_days to follow its slider", `(() => { const v = document.getElementById("in-mkt_days").value; return v !== "2"; })()`,
		`document.getElementById("in-mkt_days").value + " / slider " + document.getElementById("slider-mkt_days").value`)
	if v, err := parseShown(p.fieldValue("mkt_days")); err != nil || v != in.MktDays {
		t.Errorf("after ArrowRight on #slider-mkt_days the field shows %q, want %v (step %v)", p.fieldValue("mkt_days"), in.MktDays, 0.5)
	} else {
		p.waitOut("revenue_new", num(expected(in)["revenue_new"].V))
		p.settleOuts("slider", expected(in))
	}
	// Typing moves the slider.
	p.typeInto("mkt_days", "3")
	p.waitUntil("#slider-mkt_days to follow its field", `document.getElementById("slider-mkt_days").value === "3"`,
		`document.getElementById("slider-mkt_days").value`)
	in.MktDays = 3

	// Each key's results, and the address, follow the text typed (1,500 is
	// grouped, not a decimal).
	in.MQLs = 500
	p.typeAndSettle("mqls", "500", in, "500")
	in.MQLs = 1500
	p.typeAndSettle("mqls", "1,500", in, "1500")
	in.MktTarget = 12.5
	p.typeAndSettle("mkt_target", "12.5", in, "12.5")
	p.settleWarnings(expectedWarnings(in))

	if got := eval[int](p, `history.length`); got != histLen {
		t.Errorf("history.length went from %d to %d: the address must be replaced, not pushed", histLen, got)
	}
	if v := p.fieldValue("mqls"); v != "1,500" {
		t.Errorf("the field #in-mqls changed what was typed (1,500) to %q while focused", v)
	}
	p.assertNoProblems()
}

// badEntries are texts no field accepts (101 is bad as a percentage).
var badEntries = []struct{ name, text string }{
	{"mqls", "-5"},
	{"mqls", "abc"},
	{"sal_rate", "101"},
	{"mqls", ""},
	{"mqls", "1e400"},
	{"mqls", "NaN"},
	{"deal", "Infinity"},
	{"years", "2.5"},
	{"mkt_days", "61"},
}

// lastValid is what the page must keep showing once text has been typed into the
// field name of the example, key by key: the results of the longest prefix of text
// that was valid ("10" on the way to "101"), else of the example.
func lastValid(name, text string) map[string]calc.Value {
	in := calc.Defaults()
	f, _ := calc.FieldByName(name)
	for i := len(text); i > 0; i-- {
		v, err := state.ParseNumber(text[:i], state.NumbersOf(state.DefaultLocale))
		if err == nil && f.Check(v) == calc.NoProblem {
			*f.Of(&in) = v
			break
		}
	}
	return expected(in)
}

// checkInvalid checks the page once name holds the bad text.
func checkInvalid(t errorReporter, p *Page, name, text string, last map[string]calc.Value) {
	t.Helper()
	fl := p.field(name)
	if !fl.Found {
		t.Errorf("#in-%s is missing", name)
		return
	}
	if fl.Value != text {
		t.Errorf("#in-%s holds %q, want the text as entered, %q", name, fl.Value, text)
	}
	if fl.Invalid != "true" {
		t.Errorf("#in-%s has aria-invalid=%q, want \"true\"", name, fl.Invalid)
	}
	if !fl.ErrFound {
		t.Errorf("#err-%s is missing", name)
	} else {
		msg := strings.TrimSpace(fl.ErrText)
		if len(msg) < 5 || !fl.ErrShown {
			t.Errorf("#err-%s says %q (shown: %v), want a visible message", name, msg, fl.ErrShown)
		}
		if bad := badWord(msg); bad != "" {
			t.Errorf("#err-%s says %q, which contains %q", name, msg, bad)
		}
	}
	if !slices.Contains(strings.Fields(fl.DescribedBy), "err-"+name) {
		t.Errorf("#in-%s aria-describedby=%q, want it to contain err-%s", name, fl.DescribedBy, name)
	}
	if s := p.state(); s != "invalid" {
		t.Errorf("#results data-state=%q, want invalid", s)
	}
	if bad := badWord(p.innerText()); bad != "" {
		t.Errorf("the page text contains %q", bad)
	}
	if bad := badWord(eval[string](p, `(document.getElementById("results") || {outerHTML: ""}).outerHTML`)); bad != "" {
		t.Errorf("the markup of #results contains %q", bad)
	}
	// While an input is invalid the last valid results stay, labelled as such; with
	// none (a bad link opened), no number is shown.
	shown := eval[[]string](p, `[...document.querySelectorAll('#results [id^="out-"]')]
  .filter((e) => e.getClientRects().length > 0 && /\d/.test(e.innerText)).map((e) => e.id + ": " + e.innerText)`)
	if last == nil && len(shown) > 0 {
		t.Errorf("results are shown while #in-%s is invalid and there were no valid inputs: %v", name, shown)
	}
	if last != nil {
		checkOuts(t, "the last valid results, while #in-"+name+" is invalid", p.outs(outNames), last)
		label := eval[string](p, `(() => { const l = document.getElementById("stale-label"); return l && l.getClientRects().length ? l.innerText : ""; })()`)
		if !strings.Contains(label, "last valid") {
			t.Errorf("while #in-%s is invalid, the results are not labelled as those of the last valid inputs (%q)", name, label)
		}
	}
	f, _ := calc.FieldByName(name)
	if rt := eval[string](p, `(document.getElementById("results") || {innerText: ""}).innerText`); !strings.Contains(strings.ToLower(rt), strings.ToLower(f.Label)) {
		t.Errorf("#results (%q) does not name the field to fix, %q", abbrev(rt, 200), f.Label)
	}
}

// TestBadEntries: each bad entry marks its field invalid and explains why, keeps the
// last valid results on screen labelled as such, shows no NaN; fixing it brings the
// results up to date.
func TestBadEntries(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/")
	want := expected(calc.Defaults())
	for _, b := range badEntries {
		t.Run(b.name+"="+b.text, func(t *testing.T) {
			p := p.as(t)
			p.typeInto(b.name, b.text)
			p.waitState("invalid")
			p.waitUntil("#in-"+b.name+"[aria-invalid=true]",
				`document.querySelector('#in-`+b.name+`[aria-invalid="true"]')`, "")
			settle(t, func(e errorReporter) { checkInvalid(e, p, b.name, b.text, lastValid(b.name, b.text)) })

			f, _ := calc.FieldByName(b.name)
			p.typeInto(b.name, num(f.Default))
			p.waitState("ok")
			p.settleOuts("fixed "+b.name, want)
			if fl := p.field(b.name); fl.Invalid == "true" || fl.DescribedBy != "" && strings.Contains(fl.ErrText, " ") && fl.ErrShown {
				t.Errorf("after the fix #in-%s is aria-invalid=%q, its error %q still shown: %v", b.name, fl.Invalid, fl.ErrText, fl.ErrShown)
			}
		})
	}
	p.assertNoProblems()
}

// TestBadURLValues: a bad parameter is shown as typed and marked invalid, in the
// prerendered HTML and in the running app.
func TestBadURLValues(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, c := range []struct{ name, text string }{
		{"mqls", "-5"},
		{"mqls", "abc"},
		{"win_rate", "101"},
		{"mqls", "1e400"},
		{"mqls", "NaN"},
	} {
		path := "/?" + c.name + "=" + c.text
		t.Run(path, func(t *testing.T) {
			p := p.as(t)
			doc := getHTML(t, path)
			if tag, ok := findByID(doc, "in-"+c.name); !ok {
				t.Errorf("prerendered: no #in-%s", c.name)
			} else {
				if tag.Attrs["value"] != c.text {
					t.Errorf("prerendered: #in-%s value=%q, want %q", c.name, tag.Attrs["value"], c.text)
				}
				if tag.Attrs["aria-invalid"] != "true" {
					t.Errorf("prerendered: #in-%s aria-invalid=%q, want true", c.name, tag.Attrs["aria-invalid"])
				}
				if !slices.Contains(strings.Fields(tag.Attrs["aria-describedby"]), "err-"+c.name) {
					t.Errorf("prerendered: #in-%s aria-describedby=%q, want err-%s", c.name, tag.Attrs["aria-describedby"], c.name)
				}
			}
			root := parseHTML(doc)
			if e := byID(root, "err-"+c.name); e == nil || words(e) == "" {
				t.Errorf("prerendered: #err-%s missing or empty", c.name)
			}
			if res, ok := findByID(doc, "results"); !ok || res.Attrs["data-state"] != "invalid" {
				t.Errorf("prerendered: #results data-state=%q, want invalid", res.Attrs["data-state"])
			}
			if res := byID(root, "results"); res != nil {
				if bad := badWord(outerHTML(res)); bad != "" {
					t.Errorf("prerendered: #results contains %q", bad)
				}
			}
			// The printed report's link to the scenario holds the text as given (it is
			// the address): every other text must be free of it.
			if link := byID(root, "report-header"); link != nil {
				link.Parent.RemoveChild(link)
			}
			if bad := badWord(textOf(root)); bad != "" {
				t.Errorf("prerendered: the page text contains %q", bad)
			}

			p.open(path)
			p.waitState("invalid")
			settle(t, func(e errorReporter) { checkInvalid(e, p, c.name, c.text, nil) })
		})
	}
	p.assertNoProblems()
}

// TestReset: "Reset to example" brings back the worked example, and the address says
// so explicitly (a bare address would open what a device saved); what the device
// saves comes back.
func TestReset(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK("/?mqls=300&win_rate=25")
	p.typeInto("sal_rate", "40")
	p.waitUntil("the address to follow sal_rate=40", `new URLSearchParams(location.search).get("sal_rate") === "40"`, `location.search`)
	p.typeInto("mkt_days", "abc")
	p.waitState("invalid")

	label := eval[string](p, `(document.getElementById("reset") || {innerText: "<no #reset>"}).innerText`)
	if !strings.Contains(strings.ToLower(label), "reset") {
		t.Errorf("#reset says %q, want \"Reset to example\"", label)
	}
	p.click("reset")
	p.waitState("ok")
	p.waitUntil("the address to name the example", `location.search === "?mkt_team=5"`, `location.search`)
	checkFieldsDefault := func() {
		t.Helper()
		for _, f := range calc.Fields {
			fl := p.field(f.Name)
			if !fl.Found {
				t.Errorf("#in-%s is missing", f.Name)
			} else if !fieldShows(f, fl.Value, f.Default) {
				t.Errorf("after reset #in-%s shows %q, want %v", f.Name, fl.Value, f.Default)
			}
			if fl.Invalid == "true" {
				t.Errorf("after reset #in-%s is still aria-invalid", f.Name)
			}
		}
	}
	checkFieldsDefault()
	p.settleOuts("after reset", expected(calc.Defaults()))

	// The reset is what this device remembers now.
	p.openOK("/")
	checkFieldsDefault()

	// What is typed comes back on the next visit to the bare address, even when the
	// page is left right after the last key (well within the pause the address and
	// storage wait for), and a link's parameters win over it.
	p.typeInto("mqls", "777")
	p.open("/")
	if v := p.fieldValue("mqls"); v != "777" {
		t.Fatalf("after leaving the page right after typing 777, a new visit to / shows #in-mqls %q, want 777", v)
	}
	p.waitState("ok")
	in := calc.Defaults()
	in.MQLs = 777
	p.settleOuts("restored mqls=777", expected(in))

	p.open("/?mqls=300")
	if v := p.fieldValue("mqls"); v != "300" {
		t.Errorf("/?mqls=300 with 777 saved shows %q, want 300 (the link wins)", v)
	}
	p.assertNoProblems()
}

// TestPhone: on a 360 px phone the page does not scroll sideways; every field has a
// label; the results are announced politely; then checkSensitivityOnAPhone.
func TestPhone(t *testing.T) {
	t.Parallel()
	p := newPage(t, phone)
	p.openOK("/")
	p.laidOut()
	p.screenshot("default-360.png")
	if vp := eval[string](p, `(document.querySelector('meta[name="viewport"]') || {content: ""}).content`); !strings.Contains(vp, "width=device-width") {
		t.Errorf("<meta name=viewport> content=%q, want width=device-width", vp)
	}
	// A mobile browser widens its layout viewport to the content when the content is
	// wider than the screen: innerWidth above 360 is sideways scrolling too.
	if w := eval[int](p, `window.innerWidth`); w != 360 {
		t.Errorf("window.innerWidth=%d, want 360: the page is wider than a 360 px phone", w)
	}
	p.noSideways("default page")

	type labelled struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	const nameJS = `(e) => {
  let name = "";
  if (e.id) { const l = document.querySelector('label[for="' + e.id + '"]'); if (l) name = l.textContent.trim(); }
  const lb = e.getAttribute("aria-labelledby");
  if (!name && lb) name = lb.split(/\s+/).map((id) => (document.getElementById(id) || {textContent: ""}).textContent.trim()).join(" ").trim();
  if (!name && e.closest("label")) name = e.closest("label").textContent.trim();
  return {id: e.id, name};
}`
	inputs := eval[[]labelled](p, `[...document.querySelectorAll('input[id^="in-"]')].map(`+nameJS+`)`)
	var ids []string
	for _, in := range inputs {
		ids = append(ids, in.ID)
		if in.Name == "" {
			t.Errorf("#%s has no label (label[for] or aria-labelledby)", in.ID)
		}
	}
	var wantIDs []string
	for _, n := range fieldNames() {
		wantIDs = append(wantIDs, "in-"+n)
	}
	if !slices.Equal(sortedCopy(ids), sortedCopy(wantIDs)) {
		t.Errorf("inputs %v, want %v", ids, wantIDs)
	}
	for _, n := range daysFields {
		s := eval[labelled](p, `((e) => e ? (`+nameJS+`)(e) : {id: "", name: ""})(document.getElementById("slider-`+n+`"))`)
		if s.ID == "" {
			t.Errorf("#slider-%s is missing", n)
			continue
		}
		if s.Name == "" && eval[string](p, `document.getElementById("slider-`+n+`").getAttribute("aria-label") || ""`) == "" {
			t.Errorf("#slider-%s has no accessible name", n)
		}
	}

	// Screen readers hear the headline results after an edit: a polite live region
	// in the results says them in one line.
	live := eval[string](p, `(() => {
  const a = document.querySelector("#results [aria-live=polite]#announce");
  return a ? a.textContent : "<no #announce>";
})()`)
	if roi := eval[string](p, `document.getElementById("out-roi").textContent`); !strings.Contains(live, "ROI "+roi) {
		t.Errorf("the results' live region says %q, want the headline results (ROI %s)", live, roi)
	}

	// Opened, the collapsed parts (assumptions, data tables, ...) must fit too.
	// (Those of the closed Embed dialog are not on the page.)
	const closed = `[...document.querySelectorAll("details:not([open]) > summary")].find((s) => !s.closest("dialog:not([open])"))`
	for i := 0; i < 20; i++ {
		if !eval[bool](p, `!!`+closed) {
			break
		}
		p.do(chromedp.Click(chromedp.JSPath(closed)))
	}
	p.laidOut()
	p.noSideways("every <details> open")
	t.Run("sensitivity", func(t *testing.T) { checkSensitivityOnAPhone(t, p.as(t)) })
	p.assertNoProblems()
}
