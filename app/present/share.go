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
