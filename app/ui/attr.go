package ui

import (
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// attr makes text that came from outside (the URL, storage, typing) safe as an
// attribute value.
//
// In the browser go-app sets attributes through the DOM, which is safe. On the
// server, go-app v10.1.11 writes attribute values with strconv.Quote, which is Go
// quoting, not HTML escaping: a value such as `"><img src=x onerror=…>` would end
// the attribute and become markup in the prerendered page. HTML-escaping first
// leaves no raw quote for strconv.Quote to mishandle, and the browser decodes the
// entities back to exactly the text given.
func attr(s string) string {
	if app.IsServer {
		return html.EscapeString(s)
	}
	return s
}
