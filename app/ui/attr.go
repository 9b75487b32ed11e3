package ui

import (
	"html"
	"strconv"
	"strings"

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
//
// strconv.Quote also writes a backslash, a control character or any other rune
// that is not printable (a tab, a no-break space, a bidi control) as a Go escape,
// which HTML would show as is ("\\", "\u00a0"): those are written as character
// references too, which strconv.Quote leaves alone.
func attr(s string) string {
	if app.IsServer {
		return quoteSafe(html.EscapeString(s))
	}
	return s
}

func quoteSafe(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '\\' || !strconv.IsPrint(r) {
			b.WriteString("&#x" + strconv.FormatInt(int64(r), 16) + ";")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ariaBool writes an ARIA true/false state. go-app writes an attribute whose value
// is exactly "true" without a value on the server (aria-invalid rather than
// aria-invalid="true"), and ARIA reads an empty value as false: the prerendered
// page would not say an invalid field is invalid. A character reference that
// decodes to "true" avoids that; in the browser the DOM gets the plain word.
func ariaBool(b bool) string {
	switch {
	case !b:
		return "false"
	case app.IsServer:
		return "&#116;rue"
	}
	return "true"
}
