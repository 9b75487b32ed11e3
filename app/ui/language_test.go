package ui

import (
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/internal/msgs"
	"golang.org/x/net/html"
)

var routes sync.Once

// prerender is the page go-app's server renders for the address (a path and
// query), as the server sends it before the app runs.
func prerender(t *testing.T, target string) *html.Node {
	t.Helper()
	routes.Do(func() {
		app.Route("/", func() app.Composer { return NewCalculator() })
		app.Route("/compare", func() app.Composer { return NewComparePage() })
	})
	h := &app.Handler{Name: "test", Title: "test"}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	if rec.Code != 200 {
		t.Fatalf("%s: status %d", target, rec.Code)
	}
	// As a browser without scripts parses it, so that <noscript> holds elements.
	doc, err := html.ParseWithOptions(rec.Body, html.ParseOptionEnableScripting(false))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// pseudoPages are addresses in the pseudo-language that between them show every
// part of both pages: the example; bad input in every way; every warning; no
// team; a plan that does not pay; comparisons with results, problems and too
// many scenarios; an embed with a call to action.
var pseudoPages = []string{
	"/?lang=qps",
	"/?lang=qps&mqls=abc&sal_rate=101&deal=-5&mkt_team=1.5&years=0&budget=x&lag=1e400",
	"/?lang=qps&mkt_target=15&sales_target=1&win_rate=90&sal_rate=95&mkt_lift=60&confidence=150",
	"/?lang=qps&mkt_team=0&sales_team=0",
	"/?lang=qps&deal=100&mqls=5",
	"/?lang=qps&lag=36&years=1",
	"/?lang=qps&budget=1000",
	"/?lang=qps&mkt_target=2&sales_target=2",
	"/?lang=qps&embed=1&cta_url=https://example.com/contact&cta_text=Talk",
	"/?lang=qps&embed=1&cta_url=mailto:a@example.com",
	"/compare?lang=qps",
	"/compare?lang=qps&s=mqls%3D500&n=Small&s=mqls%3D5000&n=Large",
	"/compare?lang=qps&s=mqls%3D500&s=mqls%3Dabc&s=zzz%3D1&s=%25&s=mqls%3D1&s=mqls%3D2&years=2",
	"/compare?lang=qps&s=mqls%3D500",
	"/compare?lang=qps&s=mqls%3D500&s=mqls%3D500%26years%3D5&embed=1&cta_url=https://example.com",
}

// visibleOutsideMarkers is what the page shows outside the pseudo-language's
// markers, line by line: its text in document order (a sentence with results in
// it spans several text nodes) and the attributes read aloud or shown (title,
// alt, aria-*, placeholder, the meta description), without scripts, styles and
// go-app's hidden loader.
func visibleOutsideMarkers(doc *html.Node) []string {
	var text, attrs strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style":
				return
			}
			for _, a := range n.Attr {
				switch {
				case a.Key == "id" && a.Val == "app-wasm-loader":
					return
				case a.Key == "title", a.Key == "alt", a.Key == "placeholder", a.Key == "data-failed",
					a.Key == "aria-label", a.Key == "aria-roledescription", a.Key == "aria-valuetext",
					a.Key == "content" && hasAttr(n, "name", "description"):
					attrs.WriteString(a.Val + "\n")
				}
			}
		}
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			text.WriteString("\n")
		}
	}
	walk(doc)
	var out []string
	for _, s := range []string{text.String(), attrs.String()} {
		depth, b := 0, strings.Builder{}
		for _, r := range s {
			switch {
			case r == '⟦':
				depth++
			case r == '⟧':
				depth--
				b.WriteByte(' ')
			case depth == 0:
				b.WriteRune(r)
			}
		}
		for line := range strings.SplitSeq(b.String(), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				out = append(out, line)
			}
		}
	}
	return out
}

func hasAttr(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Val == val {
			return true
		}
	}
	return false
}

// allowed is what may stand outside the markers: numbers with their units and
// currency codes or symbols, the languages' and formats' own names, the app's
// version, the names typed into a link, and addresses.
var allowed = regexp.MustCompile(`^(` +
	`[\s\d.,:;/%+−\-–—=×÷()\[\]'’“”"…→$€£¥₹|&·•]*` + // numbers and signs
	`|.*[A-Z]{3}.*` + // a currency code with a number
	`|[−+]?[$€£¥₹]?[\d.,\s]+[kMB]` + // a chart axis's short money
	`|.*(https?://|mailto:|/\?|/compare\?|/web/).*` + // an address
	`|(English|Deutsch|Français|Español|Nederlands|日本語)` +
	`|[a-z]{2}-[A-Z]{2}` + // a number format's tag
	`|[0-9a-f]{12,40}|dev` + // the build
	`|qps` + // the pseudo-language's tag, in the language picker
	`|Small|Large|Talk|abc|x|\{why\}` + // names and texts from the address; early.js's placeholder
	`)$`)

// Every word of both pages goes through the catalogue: rendered in the
// pseudo-language, no letters stand outside its markers but numbers, codes,
// names and addresses. And every message the pages asked for is one the
// catalogues hold (an extraction that missed one would leave it English).
func TestPseudoLanguageLeavesNoWordOutsideTheCatalogue(t *testing.T) {
	var mu sync.Mutex
	asked := map[string]bool{}
	i18n.Asked = func(msg string) {
		mu.Lock()
		asked[msg] = true
		mu.Unlock()
	}
	defer func() { i18n.Asked = nil }()
	letter := regexp.MustCompile(`\p{L}`)
	for _, target := range pseudoPages {
		doc := prerender(t, target)
		if lang := htmlLang(doc); lang != "qps" {
			t.Errorf("%s: <html lang=%q>", target, lang)
		}
		seen := map[string]bool{}
		for _, s := range visibleOutsideMarkers(doc) {
			if seen[s] || !letter.MatchString(s) || allowed.MatchString(s) {
				continue
			}
			seen[s] = true
			t.Errorf("%s: outside the catalogue: %q", target, s)
		}
	}
	ms, err := msgs.Extract("../..")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, m := range ms {
		known[m.ID] = true
	}
	var unknown []string
	for msg := range asked {
		if !known[msg] {
			unknown = append(unknown, msg)
		}
	}
	slices.Sort(unknown)
	for _, msg := range unknown {
		t.Errorf("asked for a message the catalogue does not hold (mark it with i18n.Later where it is written): %q", msg)
	}
	if len(asked) < 300 {
		t.Errorf("the pages asked for %d messages only", len(asked))
	}
}

func htmlLang(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.Data == "html" {
			for _, a := range n.Attr {
				if a.Key == "lang" {
					return a.Val
				}
			}
		}
	}
	return ""
}

// In every language every placeholder of every message on both pages is filled:
// no "{name}" is left in what the page shows (a translation that misspelt one
// would leave it).
func TestEveryLanguageFillsEveryPlaceholder(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[A-Za-z_]+\}`)
	for _, l := range i18n.Langs {
		for _, target := range pseudoPages {
			target = strings.Replace(target, "lang=qps", "lang="+string(l), 1)
			doc := prerender(t, target)
			if lang := htmlLang(doc); lang != string(l) {
				t.Errorf("%s: <html lang=%q>", target, lang)
			}
			for _, s := range visibleOutsideMarkers(doc) {
				if m := placeholder.FindString(s); m != "" && m != "{why}" {
					t.Errorf("%s: %s left in %q", target, m, s)
				}
			}
		}
	}
}
