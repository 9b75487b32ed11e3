package present

import (
	"html"

	"github.com/trainingroi/calculator/app/state"
)

// ShareURL is the address of a scenario on the page at origin ("" for a relative
// link), without the embed flag: a link is for opening the full page.
func ShareURL(origin string, sc state.Scenario) string {
	sc.Display.Embed = false
	return origin + "/?" + sc.Encode()
}

// EmbedSnippet is the HTML a consultancy pastes into its site for a scenario and
// its settings, shown as text.
func EmbedSnippet(origin string, sc state.Scenario) string {
	sc.Display.Embed = true
	src := origin + "/?" + sc.Encode()
	return `<iframe src="` + html.EscapeString(src) + `" data-training-roi title="Training ROI calculator" style="width:100%;border:0"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(origin) + `/web/embed.js" async></script>`
}

// CompareShareURL is the address of a comparison on the page at origin, without
// the embed flag, like ShareURL.
func CompareShareURL(origin string, c state.Comparison) string {
	c.Display.Embed = false
	return origin + "/compare?" + c.Encode()
}

// CompareLink is the comparison page's address for scenarios shown with d's
// settings: the page's own link, so it keeps the embed flag.
func CompareLink(d state.Display, scenarios []state.Compared) string {
	return "/compare?" + state.Comparison{Scenarios: scenarios, Display: d}.Encode()
}

// ScenarioName is what a comparison calls the scenario on screen: the name it is
// saved under, or "Unsaved scenario".
func ScenarioName(saved []state.SavedScenario, f state.Form) string {
	q := state.Scenario{Form: f}.Encode()
	for _, s := range saved {
		if s.Query == q {
			return s.Name
		}
	}
	return "Unsaved scenario"
}
