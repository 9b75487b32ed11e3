//go:build !wasm

package e2e

// Export: the CSV download and the printed report carry the numbers of the page.

import (
	"context"
	"github.com/chromedp/chromedp/kb"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/trainingroi/calculator/calc"
)

// exportScenario is a scenario with a currency and number format of its own, so
// that raw numbers and formatted ones differ.
const exportScenario = "/?mkt_target=6&sales_target=8&mqls=500&years=2&currency=EUR&locale=de-DE"

func TestDownloadCSV(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	dir := t.TempDir()
	p.allowDownloads(dir)
	p.openOK(exportScenario)
	p.click("download-csv")
	data := waitDownload(t, dir, "training-roi-"+time.Now().Format("2006-01-02")+".csv")
	p.waitUntil("the status line", `(document.getElementById("share-status") || {}).textContent === "CSV downloaded."`,
		`(document.getElementById("share-status") || {}).textContent`)

	// de-DE: ';' between cells, decimal commas (files_test.go checks the layout).
	f := readFigures(t, commaSheet, data)
	values, units := map[string]string{}, map[string]string{}
	for id, r := range f.rows {
		values[id], units[id] = r[2], r[3]
		if v := r[2]; v != "" && v != "n/a" && id != "url" && id != "warnings" {
			values[id] = num(commaSheet.number(t, v))
		}
	}
	// Every result hook of the page, and every input, is in the file with the
	// page's number to the file's 12 significant digits.
	page := eval[map[string]string](p, `Object.fromEntries([...document.querySelectorAll("[id^=out-][data-value]")].map((e) => [e.id.slice(4), e.getAttribute("data-value")]))`)
	for _, name := range append(append(outNames, decideNames...), "revenue_gain") {
		if page[name] == "" && !strings.HasPrefix(name, "step_") {
			t.Errorf("the page has no #out-%s", name)
		}
	}
	for name, v := range page {
		if !sameTo12(values[name], v) {
			t.Errorf("CSV %s = %q, the page's data-value %q", name, values[name], v)
		}
	}
	// The sensitivity ranking's ends, per input, as the chart's bars say.
	bars := eval[[]map[string]string](p, `[...document.querySelectorAll("[data-bar]")].map((e) => ({inputs: e.dataset.inputs, low: e.dataset.netLow, high: e.dataset.netHigh}))`)
	for _, b := range bars {
		for _, name := range strings.Split(b["inputs"], ",") {
			if !sameTo12(values["net_low_"+name], b["low"]) || !sameTo12(values["net_high_"+name], b["high"]) {
				t.Errorf("CSV net_low_%s, net_high_%s = %q, %q; the chart's bar %v", name, name, values["net_low_"+name], values["net_high_"+name], b)
			}
		}
	}
	in := inputsFromQuery(t, strings.TrimPrefix(exportScenario, "/"))
	for _, f := range calc.Fields {
		want := num(*f.Of(&in))
		if f.Optional && math.IsInf(*f.Of(&in), 1) {
			want = "" // no budget: no limit
		}
		if values[f.Name] != want {
			t.Errorf("CSV input %s = %q, want %s", f.Name, values[f.Name], want)
		}
	}
	// Units and currency are in the unit column.
	for name, want := range map[string]string{
		"revenue_now": "EUR per year", "benefit": "EUR over the horizon", "cost": "EUR over the horizon",
		"deal": "EUR per new customer", "day_cost": "EUR per person per day", "lift": "fraction", "roi": "%", "payback": "months",
	} {
		if units[name] != want {
			t.Errorf("CSV unit of %s = %q, want %q", name, units[name], want)
		}
	}
	p.assertNoProblems()
}

// sameTo12 reports whether a CSV value is the page's data-value to 12 significant
// digits ("n/a" only for "n/a").
func sameTo12(csvValue, pageValue string) bool {
	if csvValue == "n/a" || pageValue == "n/a" {
		return csvValue == pageValue
	}
	a, errA := strconv.ParseFloat(csvValue, 64)
	b, errB := strconv.ParseFloat(pageValue, 64)
	return errA == nil && errB == nil && closeRel(a, b, 5e-12)
}

// pdfTextRE finds the pages of a PDF file without a PDF library.
var pdfPageRE = regexp.MustCompile(`/Type\s*/Page[^s]`)

func TestPrintReport(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openOK(exportScenario)
	shown := eval[map[string]string](p, `Object.fromEntries(["lift", "roi", "revenue_now", "revenue_new", "benefit", "cost", "net", "payback", "breakeven"].map((n) => [n, document.getElementById("out-" + n).textContent]))`)

	// A4 and US Letter, as the browser's Save as PDF prints them.
	var out string
	for _, paper := range []struct {
		name string
		size chromedp.PaperSize
	}{{"a4", chromedp.PaperA4}, {"letter", chromedp.PaperLetter}} {
		out = printPDF(t, p, paper.name, paper.size)
	}
	text := pdfText(t, out)
	if text == "" {
		return
	}
	// The report's text has the page's headline numbers as the page shows them,
	// the assumptions with their values, and the study's citation.
	for name, s := range shown {
		if want := strings.Join(strings.Fields(spaces(s)), " "); !strings.Contains(text, want) {
			t.Errorf("the printed report lacks %s as the page shows it, %q", name, want)
		}
	}
	for _, want := range []string{
		"Lift in new-customer business", "Return on investment", "Payback",
		"Assumptions", "Lag before results", "Confidence", "Study effect, sales", "Study effect, marketing",
		"What the model credits to training days: new-customer revenue", "The funnel, now and projected", "When the plan pays back",
		"2013 Sales and Marketing Alignment Study", "Charles Besondy",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed report lacks %q", want)
		}
	}
	// The assumptions are printed with their values, the buttons are not.
	for _, name := range []string{"lag", "confidence", "sales_lift", "mkt_lift", "mqls"} {
		f, _ := calc.FieldByName(name)
		in := inputsFromQuery(t, strings.TrimPrefix(exportScenario, "/"))
		v := strconv.FormatFloat(*f.Of(&in), 'f', -1, 64)
		if !regexp.MustCompile(regexp.QuoteMeta(f.Label) + `.{0,80}\b` + regexp.QuoteMeta(v) + `\b`).MatchString(text) {
			t.Errorf("the printed report lacks %s with its value %s", f.Label, v)
		}
	}
	for _, unwanted := range []string{"Copy link", "Download CSV", "Reset to example", "Embed"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("the printed report shows the button %q", unwanted)
		}
	}

	// A scenario with every warning box and a long horizon still prints on two
	// pages.
	p.openOK("/?years=1&sales_days=0&mkt_days=1&sales_target=40&sal_rate=90&win_rate=100&lag=36")
	if n := len(p.warningCodes()); n < 5 {
		t.Errorf("the heavy scenario has %d warnings, want 5", n)
	}
	printPDF(t, p, "warnings", chromedp.PaperLetter)
	p.assertNoProblems()
}

// printPDF prints the page on paper of this size, checks that it makes one or two
// pages, and writes the PDF, and PNGs of its pages when pdftoppm is there, to the
// temporary directory as e2e-report-NAME.pdf and e2e-report-NAME-N.png.
func printPDF(t *testing.T, p *Page, name string, size chromedp.PaperSize) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(size)))
	if err != nil {
		t.Fatalf("printing to PDF (%s): %v", name, err)
	}
	out := filepath.Join(os.TempDir(), "e2e-report-"+name+".pdf")
	if err := os.WriteFile(out, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	pages := pdfPages(t, out)
	t.Logf("printed report (%s): %s, %d bytes, %d page(s)", name, out, len(pdf), pages)
	// The memo, then the working: the headline figures with their formulas, the
	// decision support, the charts, the inputs and the caveats; at most five pages.
	if pages < 1 || pages > 5 {
		t.Errorf("the printed report (%s) has %d pages, want 1 to 5", name, pages)
	}
	if _, err := exec.LookPath("pdftoppm"); err == nil {
		prefix := strings.TrimSuffix(out, ".pdf")
		if msg, err := exec.Command("pdftoppm", "-png", "-r", "60", out, prefix).CombinedOutput(); err != nil {
			t.Errorf("pdftoppm: %v\n%s", err, msg)
		} else {
			t.Logf("rendered for a look: %s-*.png", prefix)
		}
	}
	return out
}

// pdfPages is the page count of a PDF file, by pdfinfo when it is there.
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := len(pdfPageRE.FindAll(b, -1))
	if info, err := exec.Command("pdfinfo", path).Output(); err == nil {
		if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info); m != nil {
			n, _ = strconv.Atoi(string(m[1]))
		}
	}
	return n
}

// pdfText is the text of a PDF file in reading order, with its spaces made plain
// and runs of them made one; "" when pdftotext is missing.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Logf("pdftotext is missing (Debian: apt-get install poppler-utils): the text of the printed report is not checked")
		return ""
	}
	txt, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(spaces(string(txt))), " ")
}

// TestPrintMemo: the printed report's first page is the memo: the scenario's name
// once it is saved, the date, the recommendation and the plan typed against it,
// the plan's lift, net, ROI and payback with their ranges, what one must believe,
// the three largest sensitivities, the warnings, the source with its caveat and
// the link; the working ("How is this calculated?") follows on the next pages.
func TestPrintMemo(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is missing (Debian: apt-get install poppler-utils): the memo's text cannot be read")
	}
	p := newPage(t)
	p.openOK("/?budget=60000")
	p.openDialog("save-as", "save-dialog")
	p.saveAs("Q3 plan")
	p.statusIs("Saved as “Q3 plan”.")
	p.do(chromedp.KeyEvent(kb.Escape))
	shown := eval[map[string]string](p, `Object.fromEntries(["lift", "lift_low", "lift_high", "roi", "roi_low", "roi_high", "payback"].map((n) => [n, document.getElementById("out-" + n).textContent]))`)
	link := eval[string](p, `document.querySelector("#report-header .url").textContent`)

	out := printPDF(t, p, "memo", chromedp.PaperA4)
	page := func(n int) string {
		txt, err := exec.Command("pdftotext", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), out, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext page %d: %v", n, err)
		}
		return strings.Join(strings.Fields(spaces(string(txt))), " ")
	}
	first := page(1)
	for _, want := range []string{
		"Q3 plan", "Training plan memo of " + time.Now().Format("2 January 2006"), link,
		"For your numbers: marketing 9 days, sales 5 days a year.",
		"You typed marketing 10 days and sales 10 days",
		"Within your budget of $60,000 a year",
		"The plan you typed", "Lift in new-customer business", "Net benefit over one year", "Return on investment", "Payback",
		shown["lift"], "range " + shown["lift_low"] + " to " + shown["lift_high"], shown["roi"], "range " + shown["roi_low"] + " to " + shown["roi_high"], shown["payback"],
		"What you must believe", "At least 38.9 MQLs a month (you have 200).",
		"What moves the result most", "Confidence: net", "Gross margin: net",
		"Read with care", "The projected lift of +29.4%",
		"2013 Sales and Marketing Alignment Study", "not causes",
	} {
		if want = strings.Join(strings.Fields(spaces(want)), " "); !strings.Contains(first, want) {
			t.Errorf("the memo (page 1) lacks %q:\n%s", want, first)
		}
	}
	if strings.Contains(first, "How is this calculated?") {
		t.Errorf("the memo (page 1) holds the working: %s", first)
	}
	if second := page(2); !strings.Contains(second, "How is this calculated?") {
		t.Errorf("the working does not follow on page 2: %s", second)
	}
	p.assertNoProblems()
}
