//go:build !wasm

package server

import (
	"fmt"
	"net/url"

	"github.com/trainingroi/calculator/app/state"
)

// pageKey names everything a page's HTML depends on, so that requests with equal
// keys can share one prerendering; ok is false for a path whose pages are not
// cached (they are still rendered, one render slot at a time). This is the
// server's only dependency on how the app reads its URL.
//
// The calculator ("/") renders state.FromQuery of the query and nothing else of
// the request: its key is that Scenario written out whole (%#v quotes every
// string), so parameter order, unknown parameters and display settings the app
// normalises (currency=eur) do not make another key. Not Scenario.Query(): it
// rewrites numbers ("1,500" as "1500") while the page shows each field's text as
// given.
func pageKey(path string, q url.Values) (string, bool) {
	switch path {
	case "/":
		return fmt.Sprintf("/?%#v", state.FromQuery(q)), true
	}
	return "", false
}
