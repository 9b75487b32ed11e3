//go:build !wasm

package e2e

// Scenarios side by side (the README's "Compare scenarios"): scenarios saved by
// name on the device, the comparison page of 2 to 4 of them checked against calc,
// its chart, link, prerendering, print, CSV, the way there from the calculator
// and back, keyboard and screen readers, a phone, the dark theme, embedding,
// offline use, and links that are wrong.

import (
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
	"golang.org/x/net/html"
)

// TestCompareColumnsMatchCalc: each column of the manager's three plans shows
// calc's results for its inputs, in the link's currency and format; the best of
// each row is marked by its rule; the inputs that differ are rows and the others
// are listed once.
func TestCompareColumnsMatchCalc(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	link := compareLink(managerPlans, "currency=EUR&locale=de-DE")
	p.openCompare(link)
	want := []*calc.Inputs{inputsOf(t, managerPlans[0].query), inputsOf(t, managerPlans[1].query), inputsOf(t, managerPlans[2].query)}
	names := []string{managerPlans[0].name, managerPlans[1].name, managerPlans[2].name}
	settle(t, func(e errorReporter) { checkColumns(e, "three plans", p.columns(), want, names) })

	cols := p.columns()
	// Inputs that differ, in the link's format; the others once.
	for i, c := range cols {
		if got := c.Inputs["sales_target"]; got != strings.Split(managerPlans[i].query, "=")[2]+" days" {
			t.Errorf("column %d shows sales_target %q", i+1, got)
		}
		if len(c.Inputs) != 2 {
			t.Errorf("column %d shows the inputs %v, want the two that differ", i+1, c.Inputs)
		}
	}
	same := eval[string](p, `document.getElementById("same-inputs").innerText`)
	if !strings.Contains(spaces(same), "25.000 €") || strings.Contains(same, "Sales training planned") {
		t.Errorf("the inputs the same in all: %q", same)
	}
	if net := cols[2].Texts["net"]; !strings.Contains(net, "€") {
		t.Errorf("net benefit shows %q, want euros (currency=EUR from the link)", net)
	}
	// The manager's answer: 10 days for everyone has the most lift, and 8 days
	// for sales only costs as much as 6 days for everyone, the least.
	if !slices.Contains(cols[2].Best, "lift") || !slices.Contains(cols[0].Best, "cost") || !slices.Contains(cols[1].Best, "cost") {
		t.Errorf("best marks: %v | %v | %v", cols[0].Best, cols[1].Best, cols[2].Best)
	}
	// Each column opens its scenario in the calculator, as its link writes it
	// (the third plan is the example, which a link writes as mkt_team=5).
	for i, c := range cols {
		sc := state.FromQuery(mustQuery(t, managerPlans[i].query+"&currency=EUR&locale=de-DE"))
		if wantOpen := "/?" + sc.Encode(); c.Open != wantOpen {
			t.Errorf("column %d opens %q, want %q", i+1, c.Open, wantOpen)
		}
	}
	if title := eval[string](p, `document.title`); !strings.Contains(title, "Compare scenarios") {
		t.Errorf("document title %q", title)
	}
	p.assertNoProblems()
}

// TestCompareChart: one chart of every scenario's payback timeline, drawn with
// the page's width (readable on a phone), with its data table: a column per
// scenario named as in the table, and the payback months of calc; on the phone,
// checkComparePhone.
func TestCompareChart(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		label string
		opt   []PageOption
	}{{"1280", nil}, {"360", []PageOption{phone}}} {
		t.Run(c.label, func(t *testing.T) {
			p := newPage(t, c.opt...)
			plans := append(slices.Clone(managerPlans), plan{"years=2&lag=4", "Two years"})
			p.openCompare(compareLink(plans, ""))
			p.waitUntil("the chart", `document.querySelector("#chart-compare-box svg#chart-compare")`, `document.getElementById("charts") && document.getElementById("charts").innerText`)
			type drawn struct {
				ViewBox, Shown float64
				MinFont        float64
				Legend         string
				Header         []string
				Last           []string
				Rows           int
			}
			// The chart is drawn at the width it is shown at, once the page has
			// measured it.
			p.waitUntil("the chart drawn at its width", `(() => { const s = document.getElementById("chart-compare");
  return s && Math.abs(s.viewBox.baseVal.width - s.getBoundingClientRect().width) <= 10; })()`,
				`(() => { const s = document.getElementById("chart-compare"); return s.viewBox.baseVal.width + " drawn, " + s.getBoundingClientRect().width + " shown"; })()`)
			d := eval[drawn](p, `(() => {
  const s = document.getElementById("chart-compare");
  const fonts = [...s.querySelectorAll("text")].map((e) => parseFloat(e.getAttribute("font-size") || getComputedStyle(e).fontSize));
  const t = document.querySelector("#charts details table");
  const rows = [...t.querySelectorAll("tbody tr")];
  return {ViewBox: s.viewBox.baseVal.width, Shown: s.getBoundingClientRect().width, MinFont: Math.min(...fonts),
    Legend: [...s.querySelectorAll("text")].map((e) => e.textContent).join(" | "),
    Header: [...t.querySelectorAll("thead th")].map((e) => e.textContent),
    Last: [...rows[rows.length - 1].children].map((e) => e.textContent), Rows: rows.length};
})()`)
			if d.MinFont < 12 {
				t.Errorf("the chart's smallest text is %v px, want 12 or more", d.MinFont)
			}
			wantHeader := []string{"Month", plans[0].name, plans[1].name, plans[2].name, plans[3].name}
			if !slices.Equal(d.Header, wantHeader) {
				t.Errorf("data table header %q, want %q", d.Header, wantHeader)
			}
			if d.Rows != 24+1+1 {
				t.Errorf("data table has %d rows, want months 0-24 and the payback row", d.Rows)
			}
			for i, pl := range plans {
				r := calc.Project(inputsFromQuery(t, pl.query))
				if got, want := d.Last[i+1], strconv.FormatFloat(r.Payback.V, 'f', 1, 64); !r.Payback.OK || got != want {
					t.Errorf("%s pays back in month %q, calc says %s (%v)", pl.name, got, want, r.Payback.OK)
				}
				if !strings.Contains(d.Legend, shortName(pl.name)) {
					t.Errorf("the legend lacks %q: %s", pl.name, d.Legend)
				}
			}
			if c.label == "360" {
				checkComparePhone(t, p)
			}
			p.assertNoProblems()
		})
	}
}

func mustQuery(t *testing.T, q string) url.Values {
	t.Helper()
	v, err := url.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// shortName is the start of a name, which a phone's legend may shorten.
func shortName(s string) string { return s[:min(len(s), 6)] }

// TestCompareLinkAndPrerender: Copy link gives the comparison's canonical link
// (no embed flag); that link, fetched without JavaScript, already holds the table
// with calc's numbers and the chart; opened, it shows the same columns.
func TestCompareLinkAndPrerender(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.grantClipboard()
	// Written loosely: parameters after the scenarios, a number grouped, an n
	// repeated, embed on.
	loose := compareLink([]plan{{"sales_target=8&mkt_target=2&mqls=1,500", "8 days for sales"}, {"mkt_target=6&sales_target=6", "Six"}}, "n=ignored&currency=GBP&embed=1")
	p.openCompare(loose)
	shown := p.columns()
	p.click("copy-link")
	p.waitUntil("the copy to be confirmed", `(document.getElementById("share-status") || {}).textContent === "Link copied to the clipboard."`,
		`(document.getElementById("share-status") || {}).textContent`)
	link := p.clipboardText()
	want := baseURL + compareLink([]plan{{"mkt_target=2&sales_target=8&mqls=1500", "8 days for sales"}, {"mkt_target=6&sales_target=6", "Six"}}, "currency=GBP")
	if link != want {
		t.Errorf("Copy link gave %s, want %s", link, want)
	}
	if key := state.CompareKey(strings.SplitN(loose, "?", 2)[1]); key != strings.SplitN(want, "?", 2)[1]+"&embed=1" {
		t.Errorf("the page cache's key of the loose link is %s", key)
	}

	// The server's HTML, no JavaScript: the table with calc's values, the chart.
	doc := parseHTML(getHTML(t, strings.TrimPrefix(link, baseURL)))
	table := byID(doc, "compare-table")
	if table == nil {
		t.Fatalf("the prerendered comparison has no #compare-table:\n%.2000s", words(doc))
	}
	cells := prerenderedCells(table)
	for i, pl := range []string{"mkt_target=2&sales_target=8&mqls=1500", "mkt_target=6&sales_target=6"} {
		r := calc.Project(inputsFromQuery(t, pl))
		for name := range compareRules {
			v := calcValue(&r, name)
			got, ok := cells[itoa(i+1)+"/"+name]
			if g, err := parseNum(got); !ok || v.OK && (err != nil || !closeRel(g, v.V, relTol)) || !v.OK && got != "n/a" {
				t.Errorf("prerendered: scenario %d %s = %q (found %v), calc says %+v", i+1, name, got, ok, v)
			}
		}
	}
	if chart := byID(doc, "chart-compare"); chart == nil || chart.Data != "svg" && !hasElement(chart, "svg") {
		t.Errorf("the prerendered comparison has no chart")
	}
	colHeader := false
	for e := range elements(table) {
		colHeader = colHeader || e.Data == "th" && attrs(e)["scope"] == "col"
	}
	if !colHeader || !hasElement(table, "caption") {
		t.Errorf("the prerendered table has no column headers or caption")
	}

	// The link opens the same comparison.
	p.openCompare(strings.TrimPrefix(link, baseURL))
	settle(t, func(e errorReporter) {
		again := p.columns()
		for i := range shown {
			if i >= len(again) || again[i].Name != shown[i].Name || !maps.Equal(again[i].Values, shown[i].Values) {
				e.Errorf("the copied link shows column %d %+v, the page had %+v", i+1, again, shown[i])
			}
		}
	})
	p.assertNoProblems()
}

// prerenderedCells are the result cells of raw HTML by "scenario/result" (the
// ranges inside them aside).
func prerenderedCells(table *html.Node) map[string]string {
	out := map[string]string{}
	for e := range elements(table) {
		if a := attrs(e); a["data-scenario"] != "" && a["data-out"] != "" {
			out[a["data-scenario"]+"/"+a["data-out"]] = a["data-value"]
		}
	}
	return out
}

// TestComparePrintAndCSV: the printed report is one page, A4 or Letter, with every
// scenario's name and results as shown; the CSV has the calculator's columns and a
// row per scenario with results (the invalid one is left out, as the page says).
func TestComparePrintAndCSV(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	dir := t.TempDir()
	p.allowDownloads(dir)
	plans := append(slices.Clone(managerPlans), plan{"win_rate=101", "Typo"})
	p.openCompare(compareLink(plans, "currency=EUR"))
	cols := p.columns()

	t.Run("print", func(t *testing.T) {
		p := p.as(t)
		// In print the chart keeps text of 8 pt or more: its smallest text, scaled
		// from the width it was drawn at to the width it prints at (CSS px at
		// 96 per inch, 0.75 pt each).
		p.emulateMedia("print", nil)
		pt := eval[float64](p, `(() => {
  const s = document.getElementById("chart-compare");
  const fonts = [...s.querySelectorAll("text")].map((e) => parseFloat(e.getAttribute("font-size") || getComputedStyle(e).fontSize));
  return Math.min(...fonts) * s.getBoundingClientRect().width / s.viewBox.baseVal.width * 0.75;
})()`)
		if pt < 8 {
			t.Errorf("the printed chart's smallest text is %.2f pt, want 8 or more", pt)
		}
		p.emulateMedia("", nil)
		for _, paper := range []struct {
			name string
			size chromedp.PaperSize
		}{{"compare-a4", chromedp.PaperA4}, {"compare-letter", chromedp.PaperLetter}} {
			out := printPDF(t, p, paper.name, paper.size)
			if n := pdfPages(t, out); n != 1 {
				t.Errorf("the printed comparison (%s) has %d pages, want 1", paper.name, n)
			}
			text := pdfText(t, out)
			if text == "" {
				continue
			}
			for _, c := range cols[:3] {
				for _, s := range []string{c.Name, spaces(c.Texts["roi"]), spaces(c.Texts["net"]), spaces(c.Texts["payback"])} {
					if !strings.Contains(text, s) {
						t.Errorf("%s: the printed comparison lacks %q", paper.name, s)
					}
				}
			}
			for _, s := range []string{"best", "When each scenario pays back", "Typo", "Win rate",
				"Scenarios compared on " + time.Now().Format("2 January 2006"), baseURL + "/compare?",
				"2013 Sales and Marketing Alignment Study", "not causes"} {
				if !strings.Contains(text, s) {
					t.Errorf("%s: the printed comparison lacks %q", paper.name, s)
				}
			}
			for _, s := range []string{"Copy link", "Download CSV", "Print / PDF"} {
				if strings.Contains(text, s) {
					t.Errorf("%s: the printed comparison shows the button %q", paper.name, s)
				}
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		p := p.as(t)
		if note := eval[string](p, `(document.getElementById("csv-note") || {textContent: ""}).textContent`); !strings.Contains(note, "scenario 4 (“Typo”) is left out") {
			t.Errorf("the page does not say the files leave out scenario 4: %q", note)
		}
		// A column per scenario with results, headed by its name, in the
		// calculator's rows (the invalid scenario left out).
		p.click("download-csv")
		f := readFigures(t, dotSheet, waitDownload(t, dir, "training-roi-compare-"+time.Now().Format("2006-01-02")+".csv"))
		want := []string{"Section", "Figure", managerPlans[0].name, managerPlans[1].name, managerPlans[2].name, "Unit", "Identifier"}
		if !slices.Equal(f.header, want) {
			t.Errorf("the CSV's header is %q, want %q", f.header, want)
		}
		for i, pl := range managerPlans {
			in := inputsFromQuery(t, pl.query)
			r := calc.Project(in)
			for _, name := range append(append(outNames, decideNames...), "revenue_gain", "annual_gain") {
				o, _ := calc.OutputByName(name)
				v := o.Of(&r)
				if got := f.value(name, i); !v.OK && got != "n/a" || v.OK && !sameTo12(got, num(v.V)) {
					t.Errorf("%s: CSV %s = %q, want %v", pl.name, name, got, v)
				}
			}
			if got := f.value("url", i); !strings.HasPrefix(got, baseURL+"/?") || inputsFromQuery(t, strings.TrimPrefix(got, baseURL+"/?")) != in {
				t.Errorf("%s: the CSV's link %q does not open it", pl.name, got)
			}
		}
		// The cash flow: each scenario's months, named.
		p.click("download-cashflow")
		recs := dotSheet.read(t, waitDownload(t, dir, "training-roi-compare-cashflow-"+time.Now().Format("2006-01-02")+".csv"))
		if len(recs) != 1+3*12 || !strings.HasPrefix(recs[0][0], "scenario (") {
			t.Fatalf("the cash flow file has %d rows, header %q; want a scenario column and 36 months", len(recs)-1, recs[0])
		}
		for i, pl := range managerPlans {
			last := recs[(i+1)*12]
			in := inputsFromQuery(t, pl.query)
			if last[0] != pl.name || last[1] != "12" || !sameTo12(last[5], num(calc.Project(in).Net)) {
				t.Errorf("%s: the cash flow's last month %q, want month 12 at the net %v", pl.name, last, calc.Project(in).Net)
			}
		}
	})
	p.assertNoProblems()
}

// TestCompareSavedScenarios: Save as… keeps scenarios by name on the device; the
// list opens, renames, duplicates and deletes them (after confirming), names stay
// unique, and nothing leaves the device.
func TestCompareSavedScenarios(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	reqs := p.recordRequests()
	p.openOK("/?mkt_target=2&sales_target=8")
	p.openDialog("save-as", "save-dialog")
	if got := eval[string](p, `document.activeElement.id`); got != "save-name" {
		t.Errorf("the dialog opened with the focus on #%s, want the name box", got)
	}
	if got := p.fieldValueOf("save-name"); got != "Scenario 1" {
		t.Errorf("the name offered is %q", got)
	}
	p.saveAs("8 days for sales")
	p.statusIs("Saved as “8 days for sales”.")
	if got := p.stored(); !slices.Equal(got, []string{"8 days for sales"}) {
		t.Errorf("stored %v", got)
	}
	p.do(chromedp.KeyEvent(kb.Escape))
	p.waitUntil("Escape to close the dialog", `!document.getElementById("save-dialog").open`, `""`)

	// A second scenario; a name taken (letter case aside) is refused.
	p.typeInto("mkt_target", "6")
	p.typeInto("sales_target", "6")
	p.waitOut("lift", num(expected(inputsFromQuery(t, "mkt_target=6&sales_target=6"))["lift"].V))
	p.openDialog("save-as", "save-dialog")
	p.saveAs("  8 DAYS for sales ")
	p.statusIs(string(state.ErrNameTaken))
	p.saveAs("6 days")
	p.statusIs("Saved as “6 days”.")

	// Rename in the name box at the top; duplicate; delete after confirming.
	p.clickItem("Rename", "6 days")
	p.waitUntil("the rename box", `document.querySelector("label[for=save-name]").textContent.includes("6 days")`, `document.querySelector("label[for=save-name]").textContent`)
	p.saveAs("6 days for everyone")
	p.statusIs("Renamed “6 days” to “6 days for everyone”.")
	p.clickItem("Duplicate", "8 days for sales")
	p.statusIs("Saved a copy as “8 days for sales (copy)”.")
	if got := p.listed(); !slices.Equal(got, []string{"8 days for sales", "8 days for sales (copy)", "6 days for everyone"}) {
		t.Errorf("listed %v", got)
	}
	p.clickItem("Delete", "8 days for sales (copy)")
	p.waitUntil("the confirmation", `document.getElementById("delete-confirm")`, `document.getElementById("saved-list").innerText`)
	if got := eval[string](p, `document.activeElement.id`); got != "delete-cancel" {
		t.Errorf("the confirmation has the focus on #%s, want Keep it", got)
	}
	p.click("delete-cancel")
	p.waitUntil("Keep it", `!document.getElementById("delete-confirm")`, `""`)
	p.clickItem("Delete", "8 days for sales (copy)")
	p.waitUntil("the confirmation again", `document.getElementById("delete-confirm")`, `document.getElementById("saved-list").innerText`)
	p.click("delete-confirm")
	p.statusIs("Deleted “8 days for sales (copy)”.")
	if got := p.stored(); !slices.Equal(got, []string{"8 days for sales", "6 days for everyone"}) {
		t.Errorf("stored %v", got)
	}
	// Names are text: markup in a name is shown as typed.
	p.saveAs(`<img src=x onerror="document.title='x'">`)
	p.statusIs(`Saved as “<img src=x onerror="document.title='x'">”.`)
	if eval[bool](p, `!!document.querySelector("#saved-list img")`) {
		t.Errorf("a name became markup")
	}

	// Open: the scenario's link, in the app.
	p.do(chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll("#saved-list a")].find((a) => a.textContent.includes("8 days for sales"))`)))
	p.waitUntil("the saved scenario to open", `document.getElementById("in-sales_target").value === "8" && document.getElementById("in-mkt_target").value === "2"`,
		`document.getElementById("in-sales_target").value + " " + location.href`)
	p.settleOuts("opened “8 days for sales”", expected(inputsFromQuery(t, "mkt_target=2&sales_target=8")))
	if eval[bool](p, `document.getElementById("save-dialog").open`) {
		t.Errorf("the dialog stays open over the scenario opened")
	}
	// Kept across a reload.
	p.open("/")
	p.openDialog("save-as", "save-dialog")
	if got := p.listed(); len(got) != 3 || got[0] != "8 days for sales" {
		t.Errorf("after a reload the list is %v", got)
	}
	if foreign, n := reqs.foreign(baseURL); len(foreign) > 0 {
		t.Errorf("of %d requests, these left the app's origin: %v", n, foreign)
	}
	p.assertNoProblems()
}

// fieldValueOf is the value of the input with this id.
func (p *Page) fieldValueOf(id string) string {
	p.t.Helper()
	return eval[string](p, `(document.getElementById(`+js(id)+`) || {value: "<missing>"}).value`)
}

// addScript runs js before the page's own scripts from the next load on.
func (p *Page) addScript(js string) {
	p.t.Helper()
	command(p, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js})
}

// TestCompareStorageFull: when the device refuses to store more, saving,
// renaming and deleting say so, and what was saved before stays as it was.
func TestCompareStorageFull(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	before := `{"v":1,"scenarios":[{"name":"Kept","query":"mqls=300"},{"name":"Also kept","query":"mqls=400"}]}`
	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.ScenariosKey)+`, `+js(before)+`)`)
	p.addScript(storageBlockers[2].js) // setItem throws, as with a full quota
	p.open("/?mqls=500")
	p.openDialog("save-as", "save-dialog")
	if got := p.listed(); !slices.Equal(got, []string{"Kept", "Also kept"}) {
		t.Errorf("listed %v", got)
	}
	p.clickItem("Delete", "Kept")
	p.waitUntil("the confirmation", `document.getElementById("delete-confirm")`, `document.getElementById("saved-list").innerText`)
	p.click("delete-confirm")
	p.statusIs("Not saved: this device's storage is full or refuses to keep more. The scenarios saved before are kept as they were.")
	if got := eval[string](p, `document.activeElement.id`); got != "saved-status" {
		t.Errorf("after the delete the focus is on #%s, want the line that says what happened", got)
	}
	p.saveAs("New")
	p.waitUntil("the name box to keep the name not saved", `document.getElementById("save-name").value === "New"`, `document.getElementById("save-name").value`)
	p.statusIs("Not saved: this device's storage is full or refuses to keep more. The scenarios saved before are kept as they were.")
	if got := p.listed(); !slices.Equal(got, []string{"Kept", "Also kept"}) {
		t.Errorf("after the failed writes the list is %v", got)
	}
	if got := eval[string](p, `localStorage.getItem(`+js(state.ScenariosKey)+`)`); got != before {
		t.Errorf("the stored list changed: %s", got)
	}
	p.assertNoCrash()
}

// TestCompareStorageUnavailable: where the browser gives no storage (blocked site
// data, a sandboxed frame), the dialogs say scenarios last only for this visit,
// and saving and comparing still work within it.
func TestCompareStorageUnavailable(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.addScript(storageBlockers[0].js) // reading localStorage throws
	const query = "?mkt_target=2&sales_target=8"
	p.openOK("/" + query)
	p.openDialog("save-as", "save-dialog")
	if note := eval[string](p, `(document.getElementById("saved-note") || {textContent: ""}).textContent`); !strings.Contains(note, "last only until this page is closed") {
		t.Errorf("the dialog does not say saving lasts for this visit only: %q", note)
	}
	p.saveAs("For now")
	p.statusIs("Saved as “For now”.")
	p.click("close-saved")
	// The scenario on screen is not offered to compare with itself: another one is.
	in := inputsFromQuery(t, query)
	in.MQLs = 300
	p.typeInto("mqls", "300")
	p.waitOut("revenue_now", num(expected(in)["revenue_now"].V))
	p.openDialog("compare-with", "compare-dialog")
	if got := eval[[]string](p, `[...document.querySelectorAll("#compare-dialog .check label")].map((l) => l.textContent)`); !slices.Equal(got, []string{"For now"}) {
		t.Errorf("Compare with… lists %v", got)
	}
	p.assertNoCrash()
}

// TestCompareWithSaved: Compare with… puts the scenario on screen beside saved
// ones; each column opens its scenario back in the calculator.
func TestCompareWithSaved(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	list, _ := state.AddScenario(nil, "8 days for sales", state.FromQuery(map[string][]string{"mkt_target": {"2"}, "sales_target": {"8"}}).Form, state.DefaultLocale)
	list, _ = state.AddScenario(list, "6 days for everyone", state.FromQuery(map[string][]string{"mkt_target": {"6"}, "sales_target": {"6"}}).Form, state.DefaultLocale)
	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.ScenariosKey)+`, `+js(state.EncodeScenarios(list))+`)`)
	p.openOK("/?mkt_target=10&sales_target=10&currency=EUR")
	p.openDialog("compare-with", "compare-dialog")
	if eval[bool](p, `!document.getElementById("compare-go").disabled`) {
		t.Errorf("Compare is enabled with nothing chosen")
	}
	p.click("compare-pick-1")
	p.click("compare-pick-0")
	p.waitUntil("two chosen", `document.getElementById("compare-count").textContent === "2 of 3 chosen"`, `document.getElementById("compare-count").textContent`)
	p.click("compare-go")
	p.waitCompare()
	p.waitUntil("the comparison's address", `location.pathname === "/compare"`, `location.href`)
	want := []*calc.Inputs{inputsOf(t, "mkt_target=10&sales_target=10"), inputsOf(t, "mkt_target=2&sales_target=8"), inputsOf(t, "mkt_target=6&sales_target=6")}
	names := []string{"Unsaved scenario", "8 days for sales", "6 days for everyone"}
	settle(t, func(e errorReporter) { checkColumns(e, "compared with saved", p.columns(), want, names) })
	if cur := eval[string](p, `new URLSearchParams(location.search).get("currency")`); cur != "EUR" {
		t.Errorf("the comparison's currency is %q, want the page's EUR", cur)
	}
	// Back to a column's scenario: the calculator with its inputs and results.
	p.click("open-2")
	p.waitUntil("the calculator", `location.pathname === "/" && document.getElementById("in-sales_target")`, `location.href`)
	p.waitUntil("scenario 2's inputs", `document.getElementById("in-sales_target").value === "8"`, `document.getElementById("in-sales_target").value`)
	p.settleOuts("column 2 opened", expected(inputsFromQuery(t, "mkt_target=2&sales_target=8")))
	if title := eval[string](p, `document.title`); strings.Contains(title, "Compare") {
		t.Errorf("the calculator keeps the comparison's title %q", title)
	}
	p.assertNoProblems()
}

// TestCompareBadLinks: a broken s, five scenarios, an invalid value, one scenario
// and none: the page names the scenario and the field with the calculator's own
// message, compares what it can, and is never blank.
func TestCompareBadLinks(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/?win_rate=101")
	calcMsg := p.field("win_rate").ErrText
	if calcMsg == "" {
		t.Fatalf("the calculator shows no message for win_rate=101")
	}
	type problem struct {
		Scenario, Field, Text string
	}
	problems := func() []problem {
		return eval[[]problem](p, `[...document.querySelectorAll("#compare-problems li")].map((li) => ({
  Scenario: li.getAttribute("data-scenario") || "", Field: li.getAttribute("data-field") || "", Text: li.textContent}))`)
	}
	for _, c := range []struct {
		label, link string
		cols        []*calc.Inputs
		names       []string
		want        []problem // Text: what it must contain
	}{
		{"broken s", "/compare?s=%25zz&n=Broken&" + strings.TrimPrefix(compareLink(managerPlans[:1], ""), "/compare?"),
			[]*calc.Inputs{nil, inputsOf(t, managerPlans[0].query)}, []string{"Broken", managerPlans[0].name},
			[]problem{{"1", "", "Scenario 1 (“Broken”): " + string(state.ErrCompareUnreadable)}}},
		{"an invalid value", compareLink([]plan{managerPlans[0], {"win_rate=101&mqls=abc", "Typo"}}, ""),
			[]*calc.Inputs{inputsOf(t, managerPlans[0].query), nil}, []string{managerPlans[0].name, "Typo"},
			[]problem{{"2", "mqls", "Scenario 2 (“Typo”): MQLs per month: Enter a number"}, {"2", "win_rate", "Scenario 2 (“Typo”): Win rate: " + calcMsg}}},
		{"five scenarios", compareLink(append(slices.Clone(managerPlans), plan{"mqls=100", ""}, plan{"mqls=900", "Fifth"}), ""),
			[]*calc.Inputs{inputsOf(t, managerPlans[0].query), inputsOf(t, managerPlans[1].query), inputsOf(t, managerPlans[2].query), inputsOf(t, "mqls=100")},
			[]string{managerPlans[0].name, managerPlans[1].name, managerPlans[2].name, "Scenario 4"},
			[]problem{{"", "", "This link names 5 scenarios, and a comparison shows at most 4: scenario 5 (“Fifth”) is left out."}}},
		{"one scenario", compareLink(managerPlans[:1], ""), []*calc.Inputs{inputsOf(t, managerPlans[0].query)}, []string{managerPlans[0].name},
			[]problem{{"", "", "This link names one scenario: a comparison needs 2 to 4."}}},
	} {
		t.Run(strings.ReplaceAll(c.label, " ", "-"), func(t *testing.T) {
			p := p.as(t)
			p.openCompare(c.link)
			got := problems()
			if len(got) != len(c.want) {
				t.Errorf("problems %+v, want %+v", got, c.want)
			}
			for i := range min(len(got), len(c.want)) {
				if got[i].Scenario != c.want[i].Scenario || got[i].Field != c.want[i].Field || !strings.Contains(got[i].Text, c.want[i].Text) {
					t.Errorf("problem %d: %+v, want %+v", i+1, got[i], c.want[i])
				}
			}
			settle(t, func(e errorReporter) { checkColumns(e, c.label, p.columns(), c.cols, c.names) })
		})
	}
	// No scenario at all: what a comparison is and how to make one, not a blank page.
	p.open("/compare")
	if intro := eval[string](p, `(document.getElementById("compare-intro") || {innerText: ""}).innerText`); !strings.Contains(intro, "2 to 4 scenarios") {
		t.Errorf("/compare without scenarios shows %q", eval[string](p, `document.body.innerText.slice(0, 300)`))
	}
	p.assertNoCrash()
}

// checkComparePhone, on TestCompareChart's phone: at 360 px the page does not
// scroll sideways; four scenarios scroll inside the table's own box, which shows a
// shadow where there is more, keeps its row headers in view and breaks no word.
func checkComparePhone(t *testing.T, p *Page) {
	if w := eval[int](p, `window.innerWidth`); w != 360 {
		t.Errorf("window.innerWidth=%d, want 360: the page is wider than the phone", w)
	}
	p.noSideways("the comparison at 360 px")
	type box struct {
		Scroll, Client     int
		Background, Sticky string
		Wrap, Break        string
		Focusable          bool
		Name               string
	}
	b := eval[box](p, `(() => {
  const s = document.querySelector(".compare-scroll"), th = document.querySelector('#compare-table tbody th[scope="row"]');
  const cs = getComputedStyle(document.querySelector("#compare-table td"));
  return {Scroll: s.scrollWidth, Client: s.clientWidth, Background: getComputedStyle(s).backgroundImage, Sticky: getComputedStyle(th).position,
    Wrap: cs.overflowWrap, Break: cs.wordBreak, Focusable: s.tabIndex === 0,
    Name: (document.getElementById(s.getAttribute("aria-labelledby")) || {textContent: ""}).textContent};
})()`)
	if b.Scroll <= b.Client {
		t.Logf("four scenarios fit 360 px without scrolling (%d <= %d)", b.Scroll, b.Client)
	}
	if !strings.Contains(b.Background, "gradient") || b.Sticky != "sticky" {
		t.Errorf("the table's box: background %q (the scroll shadow), row headers %q", b.Background, b.Sticky)
	}
	if b.Wrap != "normal" || b.Break != "normal" {
		t.Errorf("table cells may break words: overflow-wrap %s, word-break %s", b.Wrap, b.Break)
	}
	if !b.Focusable || b.Name == "" {
		t.Errorf("the scrolling box is not a named, focusable region (keyboard users scroll it): %+v", b)
	}
	// No word is split over two lines: each word's box is one line (a
	// hyphenated word may break at its hyphen, as text does).
	split := eval[[]string](p, `(() => {
  const out = [];
  for (const cell of document.querySelectorAll("#compare-table th, #compare-table td")) {
    const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const re = /[^\s-]+/g;
      let m;
      while ((m = re.exec(n.nodeValue))) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
})()`)
	if len(split) > 0 {
		t.Errorf("words broken across lines in the table: %v", split)
	}
	p.screenshot("compare-360.png")
}

// TestCompareEmbed: embed=1 gives the compact page (no masthead, no footer) whose
// iframe, sized by embed.js, follows its content.
func TestCompareEmbed(t *testing.T) {
	t.Parallel()
	src := baseURL + compareLink(managerPlans, "embed=1&accent=0a7d4f")
	host := startHost(t, map[string]string{"/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>Our plans</h1>
<iframe src="` + src + `" data-training-roi title="Training ROI comparison" style="width:100%;border:0"></iframe>
<script src="` + baseURL + `/web/embed.js" async></script>
</body></html>`})
	p := newPage(t)
	p.gotoURL(host + "/")
	fw := p.frameOf(baseURL + "/compare")
	fw.frameWait("the comparison in the frame", `document.getElementById("compare-table") && document.documentElement.getAttribute("data-ready") === "true"`, `document.body.innerText.slice(0, 200)`)
	look := eval[map[string]bool](fw, `({embed: !!document.querySelector(".page.embed"), masthead: !!document.querySelector(".masthead"),
  footer: !!document.querySelector(".footer"), h1: !!document.querySelector("h1")})`)
	if !look["embed"] || look["masthead"] || look["footer"] || !look["h1"] {
		t.Errorf("embedded comparison: %v, want the compact page with its heading for screen readers only", look)
	}
	s := waitFits(p, fw, "the embedded comparison", func(s frameSize) bool { return s.Height > 400 })
	t.Logf("the embedded comparison is %v px high, its content %v", s.Height, s.Content)
	p.assertNoProblems()
}

// TestCompareKeyboard: the comparison is a real table (caption, column headers
// named by the scenarios, row headers) and Tab reaches every control of the page
// with a visible focus, the table's scrolling box included; the keyboard alone
// saves a scenario (focus in the name box, Enter, Escape back to the button) and
// compares it with a saved one.
func TestCompareKeyboard(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	plans := append(slices.Clone(managerPlans), plan{"win_rate=101", "Typo"})
	p.openCompare(compareLink(plans, ""))
	type semantics struct {
		Caption string
		Cols    []string
		Rows    int
		Headed  bool
	}
	s := eval[semantics](p, `(() => {
  const t = document.getElementById("compare-table");
  const rows = [...t.querySelectorAll("tbody tr:not(.section)")];
  return {Caption: t.caption ? t.caption.textContent : "", Cols: [...t.querySelectorAll('thead th[scope="col"]')].map((th) => th.firstChild.textContent.trim()),
    Rows: rows.length, Headed: rows.every((r) => r.firstElementChild.matches('th[scope="row"]'))};
})()`)
	if s.Caption == "" || !slices.Equal(s.Cols, []string{plans[0].name, plans[1].name, plans[2].name, plans[3].name}) || !s.Headed || s.Rows < 10 {
		t.Errorf("table semantics %+v: want a caption, the scenarios as column headers and a header for each row", s)
	}
	want := eval[[]string](p, focusablesJS)
	stops := p.tabThrough(len(want) + 10)
	var got []string
	for _, st := range stops {
		got = append(got, st.Key)
		if st.Outline == "" || !st.Visible {
			t.Errorf("%s (%s) has the focus with no visible focus indicator (%q) or no box", st.Key, st.Tag, st.Outline)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Tab visits\n  %v\nwant every control in page order\n  %v", got, want)
	}
	if box := eval[string](p, `(`+focusKeyFn+`)(document.querySelector(".compare-scroll"))`); !slices.Contains(got, box) {
		t.Errorf("Tab never reaches the table's scrolling box %s: %v", box, got)
	}

	// Save, by keyboard alone.
	p.openOK("/?mqls=333")
	p.do(chromedp.Focus(chromedp.ID("save-as")), chromedp.KeyEvent(kb.Enter))
	p.waitUntil("the dialog, focus in the name box, its name selected", `document.getElementById("save-dialog").open && document.activeElement.id === "save-name" &&
  document.activeElement.selectionStart === 0 && document.activeElement.selectionEnd === document.activeElement.value.length`, `document.activeElement.id`)
	p.do(chromedp.KeyEvent("Keyboard plan"), chromedp.KeyEvent(kb.Enter))
	p.waitUntil("the dialog to save", `document.getElementById("saved-status").textContent.startsWith("Saved as")`, `document.getElementById("saved-status").textContent`)
	p.do(chromedp.KeyEvent(kb.Escape))
	p.waitUntil("Escape to close", `!document.getElementById("save-dialog").open`, `""`)
	if got := eval[string](p, focusStopJS+`.key`); got != "#save-as" {
		t.Errorf("after Escape the focus is on %s, want #save-as", got)
	}
	// Compare with it: Space ticks, Tab to Compare, Enter opens the comparison.
	p.typeInto("mqls", "444")
	p.waitOut("sals_now", num(expected(inputsFromQuery(t, "mqls=444"))["sals_now"].V))
	p.do(chromedp.Focus(chromedp.ID("compare-with")), chromedp.KeyEvent(kb.Enter))
	p.waitUntil("the Compare dialog, focus on the first box", `document.getElementById("compare-dialog").open && document.activeElement.id === "compare-pick-0"`, `document.activeElement.id`)
	p.do(chromedp.KeyEvent(" "))
	p.waitUntil("Compare to be enabled", `!document.getElementById("compare-go").disabled`, `document.getElementById("compare-pick-0").checked`)
	p.do(chromedp.KeyEvent(kb.Tab))
	p.waitUntil("Tab to Compare", `document.activeElement.id === "compare-go"`, `document.activeElement.id`)
	p.do(chromedp.KeyEvent(kb.Enter))
	p.waitCompare()
	settle(t, func(e errorReporter) {
		checkColumns(e, "compared by keyboard", p.columns(), []*calc.Inputs{inputsOf(t, "mqls=444"), inputsOf(t, "mqls=333")}, []string{"Unsaved scenario", "Keyboard plan"})
	})
	p.assertNoProblems()
}

// TestCompareAxe: axe-core, every rule, finds nothing on the comparison (with a
// link problem, warnings and best marks) nor on the two dialogs, light and dark,
// at 1280 and 360 px.
func TestCompareAxe(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	list, _ := state.AddScenario(nil, "8 days for sales", state.FromQuery(map[string][]string{"mkt_target": {"2"}, "sales_target": {"8"}}).Form, state.DefaultLocale)
	list, _ = state.AddScenario(list, "<b>6 days</b>", state.DefaultForm(), state.DefaultLocale)
	eval[chromedp.Void](p, `localStorage.setItem(`+js(state.ScenariosKey)+`, `+js(state.EncodeScenarios(list))+`)`)
	link := compareLink(append(slices.Clone(managerPlans), plan{"win_rate=101", "Typo"}), "cta_url=https%3A%2F%2Fexample.com%2F&cta_text=Book+a+call")
	for _, theme := range []string{"light", "dark"} {
		for _, width := range []int64{1280, 360} {
			label := theme + ", " + strconv.Itoa(int(width)) + " px"
			t.Run(theme+"-"+strconv.Itoa(int(width)), func(t *testing.T) {
				p := p.as(t)
				p.emulateMedia("", map[string]string{"prefers-color-scheme": theme})
				p.setViewport(width, 900, 1)
				p.openCompare(link)
				p.axeAudit("comparison, " + label)

				p.openOK("/?mqls=500")
				p.openDialog("save-as", "save-dialog")
				p.clickItem("Delete", "8 days for sales")
				p.waitUntil("the confirmation", `document.getElementById("delete-confirm")`, `""`)
				p.axeAudit("Save dialog, a delete to confirm, " + label)
				p.click("delete-cancel")
				p.click("close-saved")
				p.openDialog("compare-with", "compare-dialog")
				p.click("compare-pick-0")
				p.waitUntil("a scenario chosen", `document.getElementById("compare-count").textContent === "1 of 3 chosen"`, `""`)
				p.axeAudit("Compare dialog, " + label)
			})
		}
	}
	p.assertNoProblems()
}

// TestCompareNamesAreText: names and values from a comparison link are shown as
// text, in the server's HTML and in the live page, never run or made markup.
func TestCompareNamesAreText(t *testing.T) {
	t.Parallel()
	var plans []plan
	var marks []string
	for i := range 4 {
		mark := "x-name-" + itoa(i)
		marks = append(marks, mark)
		plans = append(plans, plan{"mqls=" + url.QueryEscape(payload(i+4, mark+"v")), payload(i, mark)})
		marks = append(marks, mark+"v")
	}
	link := compareLink(plans, "cta_url=https%3A%2F%2Fexample.com%2F&cta_text="+url.QueryEscape(payload(0, "x-cta")))
	checkPrerendered(t, link, append(marks, "x-cta"))
	p := newPage(t)
	p.openCompare(link)
	if found := eval[[]string](p, injectedJS); len(found) > 0 {
		t.Errorf("the live comparison made markup of a payload: %v", found)
	}
	cols := p.columns()
	for i, c := range cols {
		if c.Name != state.CleanName(plans[i].name) {
			t.Errorf("column %d is named %q, want the text %q", i+1, c.Name, state.CleanName(plans[i].name))
		}
	}
	p.assertNoCrash()
}
