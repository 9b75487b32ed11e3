//go:build !(js && wasm)

package state

import "golang.org/x/net/idna"

// hostProfile resolves a host as browsers do (the URL Standard's "domain to
// ASCII": UTS 46 mapping, non-transitional, with the bidi and joiner rules, and
// neither the STD3 rules nor a DNS length check). Only the server uses it, for
// the page it prerenders: in the browser the browser itself answers
// (link_browser.go), which keeps the tables out of the wasm.
var hostProfile = idna.New(idna.MapForLookup(), idna.BidiRule(), idna.CheckJoiners(true), idna.CheckHyphens(false),
	idna.StrictDomainName(false), idna.VerifyDNSLength(false), idna.Transitional(false))

func toASCIIHost(host string) (string, bool) {
	a, err := hostProfile.ToASCII(host)
	return a, err == nil
}
