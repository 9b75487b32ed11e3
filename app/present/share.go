package present

import (
	"html"
	"strconv"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
)

// ShareURL is the address of a scenario on the page at origin ("" for a relative
// link) as the full page shows it: a link is for opening the calculator itself, so
// what only an embed has (its framing, theme, background, events, host page) is
// left out; the consultancy's colour and call to action stay. An embed that names
// its host page (share=) links there instead, with the scenario in the page's
// query, when embedder, the origin of the page it is embedded in, is that page's:
// the host page's embed.js passes the scenario on to the calculator.
func ShareURL(origin, embedder string, sc state.Scenario) string {
	if sc.Display.Share != "" && state.SameOrigin(sc.Display.Share, embedder) {
		return sc.HostLink(sc.Display.Share)
	}
	sc.Display = forLink(sc.Display)
	return origin + sc.Path()
}

// forLink is d without what only an embed has.
func forLink(d state.Display) state.Display {
	d.Embed, d.Theme, d.Clear, d.Events, d.Share = state.NotEmbedded, "", false, false, ""
	return d
}

// snippetHeight is the iframe's height before embed.js sizes it, or for good where
// a host strips scripts: the compact embed's call to action is within it, and the
// frame scrolls.
const snippetHeight = 900

// EmbedSandbox is what the snippet's iframe may do, and no more: run the
// calculator, keep its saved scenarios (its storage is its own origin's, apart
// from the host page's), open its call to action's link as an ordinary window,
// save its files and print. It may not navigate the host page, nor submit forms.
const EmbedSandbox = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals"

// EmbedSnippet is the HTML a consultancy pastes into its site for a scenario and
// its settings (embedded compact unless sc says full), shown as text.
func EmbedSnippet(origin string, sc state.Scenario, p i18n.Printer) string {
	if sc.Display.Embed == state.NotEmbedded {
		sc.Display.Embed = state.Compact
	}
	src := origin + sc.Path()
	return `<iframe src="` + html.EscapeString(src) + `" data-training-roi title="` + html.EscapeString(p.T("Training ROI calculator")) +
		`" sandbox="` + EmbedSandbox + `" style="width:100%;height:` + strconv.Itoa(snippetHeight) + `px;border:0"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(origin) + `/web/embed.js" async></script>`
}

// CompareShareURL is the address of a comparison on the page at origin, without
// what only an embed has, like ShareURL.
func CompareShareURL(origin string, c state.Comparison) string {
	c.Display = forLink(c.Display)
	return origin + c.Path()
}

// CompareLink is the comparison page's address for scenarios shown with d's
// settings: the page's own link, so it keeps the embed flag.
func CompareLink(d state.Display, scenarios []state.Compared) string {
	return state.Comparison{Scenarios: scenarios, Display: d}.Path()
}

// ScenarioName is what a comparison calls the scenario on screen (its form
// written in the locale tag): the name it is saved under, or "Unsaved scenario".
func ScenarioName(saved []state.SavedScenario, f state.Form, locale string, p i18n.Printer) string {
	if name := SavedName(saved, f, locale); name != "" {
		return name
	}
	return p.T("Unsaved scenario")
}

// OtherSaved is the names of the saved scenarios other than the one on screen
// (its form written in the locale tag), in the list's order: what it may be
// compared with. A saved copy of what is on screen would be a column of its own
// twice.
func OtherSaved(saved []state.SavedScenario, f state.Form, locale string) []string {
	q := f.Encode(locale)
	var names []string
	for _, s := range saved {
		if s.Query != q {
			names = append(names, s.Name)
		}
	}
	return names
}

// SavedName is the name the scenario on screen is saved under, "" when it is
// not saved.
func SavedName(saved []state.SavedScenario, f state.Form, locale string) string {
	if len(saved) == 0 {
		return ""
	}
	q := f.Encode(locale)
	for _, s := range saved {
		if s.Query == q {
			return s.Name
		}
	}
	return ""
}
