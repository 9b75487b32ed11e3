package present

import (
	"html"
	"strconv"

	"github.com/trainingroi/calculator/app/state"
)

// ShareURL is the address of a scenario on the page at origin ("" for a relative
// link) as the full page shows it: a link is for opening the calculator itself, so
// what only an embed has (its framing, theme, background, events) is left out; the
// consultancy's colour and call to action stay.
func ShareURL(origin string, sc state.Scenario) string {
	sc.Display.Embed, sc.Display.Theme, sc.Display.Clear, sc.Display.Events = state.NotEmbedded, "", false, false
	return origin + "/?" + sc.Encode()
}

// snippetHeight is the iframe's height before embed.js sizes it, or for good where
// a host strips scripts: the compact embed's call to action is within it, and the
// frame scrolls.
const snippetHeight = 900

// EmbedSnippet is the HTML a consultancy pastes into its site for a scenario and
// its settings (embedded compact unless sc says full), shown as text.
func EmbedSnippet(origin string, sc state.Scenario) string {
	if sc.Display.Embed == state.NotEmbedded {
		sc.Display.Embed = state.Compact
	}
	src := origin + "/?" + sc.Encode()
	return `<iframe src="` + html.EscapeString(src) + `" data-training-roi title="Training ROI calculator" style="width:100%;height:` +
		strconv.Itoa(snippetHeight) + `px;border:0"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(origin) + `/web/embed.js" async></script>`
}
