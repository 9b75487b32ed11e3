package ui

import (
	"net/url"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/present"
)

// The table as the server writes it: the scenarios' names head the columns, every
// cell of a column has its data-scenario, a result its data-out and data-value,
// the best of a row says so in words, and a name is text, not markup.
func TestCompareTableHooks(t *testing.T) {
	v := present.ComparePage("s="+url.QueryEscape("mkt_target=2&sales_target=8")+"&n="+url.QueryEscape("<b>Sales</b>")+
		"&s="+url.QueryEscape("mkt_target=10&sales_target=10")+"&n=Everyone&s="+url.QueryEscape("win_rate=101"), present.Env{}).View
	html, _ := mount(t, &CompareTable{Caption: v.Caption, Columns: v.Columns, Differ: v.Differ, Results: v.Results})
	for _, want := range []string{
		`<caption id="compare-caption">`, `scope="col"`, `scope="row"`, `scope="rowgroup"`,
		`&lt;b&gt;Sales&lt;/b&gt;`, `>Everyone`, `data-state="invalid"`, `inputs to fix`,
		`data-out="roi"`, `data-out="roi_low"`, `data-out="payback"`, `data-best="yes"`, `class="badge">best<`,
		`data-in="win_rate"`, `Enter a number from 0 to 100 (percent).`, `href="/?mkt_target=2&amp;sales_target=8"`,
		`role="region"`, `tabindex="0"`, `aria-labelledby="compare-caption"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the table lacks %s", want)
		}
	}
	if strings.Contains(html, "<b>Sales") {
		t.Errorf("a name became markup")
	}
	for _, n := range []string{"1", "2", "3"} {
		if c := strings.Count(html, `data-scenario="`+n+`"`); c < len(v.Results)+2 {
			t.Errorf("column %s: %d cells with its data-scenario, want a cell in every row", n, c)
		}
	}
}

// Saving is off, and says why, where nothing can be written; names are text.
func TestSaveDialogProps(t *testing.T) {
	items := []present.SavedItem{{Name: `<img src=x onerror=alert(1)>`, Href: "/?mqls=5"}}
	html, update := mount(t, &SaveDialog{Items: items, Suggest: "Scenario 2", Note: "storage note", Writable: false, Export: true})
	for _, want := range []string{`id="save-confirm"`, `disabled`, `storage note`, `&lt;img src=x onerror=alert(1)&gt;`, `data-action="open"`,
		`value="Scenario 2"`, `id="saved-export"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the dialog lacks %s:\n%s", want, html)
		}
	}
	if strings.Contains(html, "<img") {
		t.Errorf("a name became markup")
	}
	// A list that cannot be written is not offered to change.
	if strings.Contains(html, `data-action="rename"`) || strings.Contains(html, `data-action="delete"`) {
		t.Errorf("a list that cannot be written offers Rename or Delete")
	}
	html = update(&SaveDialog{Items: items, Suggest: "Scenario 2", Writable: true})
	if strings.Contains(html, "disabled") || !strings.Contains(html, `data-action="rename"`) || strings.Contains(html, "saved-export") {
		t.Errorf("where storage works: saving off, no Rename, or an export offered:\n%s", html)
	}
	// No form: a frame sandboxed without allow-forms blocks its submission.
	if strings.Contains(html, "<form") || strings.Contains(html, `type="submit"`) {
		t.Errorf("the dialog saves through a form:\n%s", html)
	}
}
