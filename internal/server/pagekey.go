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
// normalises (currency=eur) do not make another key, nor do numbers written
// another way that the fields show alike ("1500", "1,500" and "1500.0" all show
// "1,500"). Not Scenario.Query(): it writes a bad entry's text after "~" only
// where needed, while the page shows it as given.
//
// The comparison ("/compare") renders state.ParseComparison of the raw query
// (the order of its s and n parameters matters) and shows each scenario's
// numbers formatted, not as typed: its key is state.CompareKey.
func pageKey(path, rawQuery string) (string, bool) {
	switch path {
	case "/":
		if rawQuery == "" {
			return exampleKey, true
		}
		q, _ := url.ParseQuery(rawQuery) // what parses, as go-app's URL.Query() reads it
		return calculatorKey(q), true
	case "/compare":
		return "/compare?" + state.CompareKey(rawQuery), true
	}
	return "", false
}

func calculatorKey(q url.Values) string { return fmt.Sprintf("/?%#v", state.FromQuery(q)) }

// exampleKey is the key of "/" with no query, the page most visits ask for.
var exampleKey = calculatorKey(nil)
