package state

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Display holds the settings that change how numbers look and how the page is
// framed, never a number of the model.
type Display struct {
	Currency string    // ISO 4217 code, e.g. "USD"
	Locale   string    // BCP 47 tag, e.g. "en-US"
	Embed    EmbedMode // how the page sits in another site's iframe
	Theme    Theme     // light, dark, or the visitor's system setting
	Clear    bool      // no background of its own: the host page shows through
	Events   bool      // the embed tells the host page what was calculated
	Accent   string    // brand colour, 3 or 6 hex digits without '#', "" for ours
	CTAURL   string    // call-to-action link, https: or mailto: only
	CTAText  string    // its text, shown as text
}

// EmbedMode is how the page is framed.
type EmbedMode string

// The embed modes, as the URL writes them (embed=1, embed=full).
const (
	NotEmbedded EmbedMode = ""
	Compact     EmbedMode = "1"    // results first, the rest behind disclosures
	Full        EmbedMode = "full" // the whole page without masthead and footer
)

// Embedded reports whether the page is in another site's iframe.
func (d Display) Embedded() bool { return d.Embed != NotEmbedded }

// Theme is the colour scheme asked for.
type Theme string

// The themes. Auto follows the visitor's system setting.
const (
	Light Theme = "light"
	Dark  Theme = "dark"
	Auto  Theme = "auto"
)

// Scheme is the theme in effect: the one asked for, else light in an embed (the
// host page's is unknown, and most are light) and the system's on the full page.
func (d Display) Scheme() Theme {
	switch {
	case d.Theme != "":
		return d.Theme
	case d.Embedded():
		return Light
	}
	return Auto
}

// Defaults for the display settings.
const (
	DefaultCurrency = "USD"
	DefaultLocale   = "en-US"
	// DefaultCTAText is the call to action's text when a link comes without one.
	DefaultCTAText = "Talk to us"
	// MaxCTAText is how many characters of a call to action's text are shown.
	MaxCTAText = 40
)

// DisplayFromQuery reads the display settings of a query string. What is not
// well-formed is dropped.
func DisplayFromQuery(q url.Values) Display {
	d := Display{Currency: DefaultCurrency, Locale: DefaultLocale}
	if c := strings.ToUpper(strings.TrimSpace(q.Get("currency"))); currencyCode.MatchString(c) {
		d.Currency = c
	}
	if l := strings.TrimSpace(q.Get("locale")); localeTag.MatchString(l) {
		d.Locale = l
	}
	switch q.Get("embed") {
	case "1", "true":
		d.Embed = Compact
	case "full":
		d.Embed = Full
	}
	switch t := Theme(q.Get("theme")); t {
	case Light, Dark, Auto:
		d.Theme = t
	}
	d.Clear = q.Get("bg") == "transparent"
	d.Events = q.Get("events") == "1"
	if a := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(q.Get("accent")), "#")); hexColour.MatchString(a) {
		d.Accent = a
	}
	if u, ok := SafeLink(q.Get("cta_url")); ok {
		d.CTAURL = u
		d.CTAText = CTAText(q.Get("cta_text"))
	}
	return d
}

// addTo writes the settings that differ from their defaults into q, in the order
// of displayParams.
func (d Display) addTo(q url.Values) {
	if d.Currency != "" && d.Currency != DefaultCurrency {
		q.Set("currency", d.Currency)
	}
	if d.Locale != "" && d.Locale != DefaultLocale {
		q.Set("locale", d.Locale)
	}
	if d.Embed != NotEmbedded {
		q.Set("embed", string(d.Embed))
	}
	if d.Theme != "" {
		q.Set("theme", string(d.Theme))
	}
	if d.Clear {
		q.Set("bg", "transparent")
	}
	if d.Events {
		q.Set("events", "1")
	}
	if d.Accent != "" {
		q.Set("accent", d.Accent)
	}
	if d.CTAURL != "" {
		q.Set("cta_url", d.CTAURL)
		q.Set("cta_text", d.CTAText)
	}
}

// displayParams are the display settings in the order Encode writes them.
var displayParams = []string{"currency", "locale", "embed", "theme", "bg", "events", "accent", "cta_url", "cta_text"}

var (
	currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)
	localeTag    = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$`)
	hexColour    = regexp.MustCompile(`^([0-9a-f]{3}|[0-9a-f]{6})$`)
)

// CTAText is a call to action's text as the page shows it: without control,
// bidirectional-override and invisible characters (which could make it read as
// something else, or hide in it), spaces folded, at most MaxCTAText characters (an ellipsis says when it was cut),
// DefaultCTAText when nothing is left.
func CTAText(s string) string {
	s = plainText(clip(s))
	if s == "" {
		return DefaultCTAText
	}
	if utf8.RuneCountInString(s) > MaxCTAText {
		s = strings.TrimSpace(string([]rune(s)[:MaxCTAText-1])) + "…"
	}
	return s
}
