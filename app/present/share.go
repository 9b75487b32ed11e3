package present

import (
	"html"
	"strconv"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
)

// ShareURL is the address of a scenario on the page at origin ("" for a relative
// link) as the full page shows it: a link is for opening the calculator itself, so
// what only an embed has (its framing, theme, background, events) is left out; the
// consultancy's colour and call to action stay.
func ShareURL(origin string, sc state.Scenario) string {
	sc.Display = forLink(sc.Display)
	return origin + "/?" + sc.Encode()
}

// forLink is d without what only an embed has.
func forLink(d state.Display) state.Display {
	d.Embed, d.Theme, d.Clear, d.Events = state.NotEmbedded, "", false, false
	return d
}

// snippetHeight is the iframe's height before embed.js sizes it, or for good where
// a host strips scripts: the compact embed's call to action is within it, and the
// frame scrolls.
const snippetHeight = 900

// EmbedSnippet is the HTML a consultancy pastes into its site for a scenario and
// its settings (embedded compact unless sc says full), shown as text.
func EmbedSnippet(origin string, sc state.Scenario, p i18n.Printer) string {
	if sc.Display.Embed == state.NotEmbedded {
		sc.Display.Embed = state.Compact
	}
	src := origin + "/?" + sc.Encode()
	return `<iframe src="` + html.EscapeString(src) + `" data-training-roi title="` + html.EscapeString(p.T("Training ROI calculator")) + `" style="width:100%;height:` +
		strconv.Itoa(snippetHeight) + `px;border:0"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(origin) + `/web/embed.js" async></script>`
}

// CompareShareURL is the address of a comparison on the page at origin, without
// what only an embed has, like ShareURL.
func CompareShareURL(origin string, c state.Comparison) string {
	c.Display = forLink(c.Display)
	return origin + "/compare?" + c.Encode()
}

// CompareLink is the comparison page's address for scenarios shown with d's
// settings: the page's own link, so it keeps the embed flag.
func CompareLink(d state.Display, scenarios []state.Compared) string {
	return "/compare?" + state.Comparison{Scenarios: scenarios, Display: d}.Encode()
}

// ScenarioName is what a comparison calls the scenario on screen (its form
// written in the locale tag): the name it is saved under, or "Unsaved scenario".
func ScenarioName(saved []state.SavedScenario, f state.Form, locale string, p i18n.Printer) string {
	if name := SavedName(saved, f, locale); name != "" {
		return name
	}
	return p.T("Unsaved scenario")
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
