package present

import (
	"net/url"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// EmbedSettings are the settings the Embed dialog starts from for the scenario
// on screen: the page's own brand colour, call to action and formats, framed
// compact; the inputs are the scenario's, not settings.
func EmbedSettings(sc state.Scenario) url.Values {
	q := sc.Query()
	for _, f := range calc.Fields {
		q.Del(f.Name)
	}
	q.Set("embed", string(state.Compact))
	return q
}

// EmbedConfig is what the Embed dialog shows for a scenario and the settings
// chosen, checked as any address's are.
type EmbedConfig struct {
	Snippet string // the HTML to paste
	Preview string // the preview iframe's address
	// CTAError and ShareError say why the call to action's link or the host
	// page's address is not used; "" when it is, or there is none.
	CTAError, ShareError string
}

// Embed is the Embed dialog's snippet and preview for the scenario on screen
// with the settings chosen, for the calculator served at origin.
func Embed(sc state.Scenario, settings url.Values, origin string, p i18n.Printer) EmbedConfig {
	q := url.Values{}
	for k, v := range settings {
		q[k] = v
	}
	// The amounts are in the page's currency, whatever the visitor's language.
	if q.Get("currency") == "" {
		q.Set("currency", sc.Display.Currency)
	}
	from := sc.Display.Locale
	sc.Display = state.DisplayFromQuery(q)
	// The fields' text, written as the page writes numbers ("25,000"), read as
	// the embed's number format reads them (a language chosen without one brings
	// its own: "25,000" is 25 in French).
	sc.Form.Rewrite(from, sc.Display.Locale)
	var c EmbedConfig
	if q.Get("cta_url") != "" && sc.Display.CTAURL == "" {
		c.CTAError = p.T("Not used: the link must start with https:// (and name no user or password), or be a mailto: address.")
	}
	if q.Get("share") != "" && sc.Display.Share == "" {
		c.ShareError = p.T("Not used: the address must start with https:// and name no user or password.")
	}
	c.Snippet = EmbedSnippet(origin, sc, p)
	c.Preview = origin + sc.Path()
	return c
}
