package state

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/trainingroi/calculator/app/i18n"
)

// Display holds the settings that change how numbers look and how the page is
// framed, never a number of the model.
type Display struct {
	// Currency (an ISO 4217 code, "USD") and Locale (a BCP 47 tag, "en-US") are
	// the address's or the visitor's choice, else the page language's (see
	// InLanguage); empty until one of them says.
	Currency string
	Locale   string
	// Lang is the page's language as the address names it ("de"); empty when it
	// names none. HostLang is the language tag the server chose from the
	// request's Accept-Language ("de-CH"), never written into a link.
	Lang, HostLang string
	Embed          EmbedMode // how the page sits in another site's iframe
	Theme          Theme     // light, dark, or the visitor's system setting
	Clear          bool      // no background of its own: the host page shows through
	Events         bool      // the embed tells the host page what was calculated
	Accent         string    // brand colour, 3 or 6 hex digits without '#', "" for ours
	CTAURL         string    // call-to-action link, https: or mailto: only
	CTAText        string    // its text, shown as text
	// Share is the page that embeds the calculator, as the embed names it
	// (ShareLink): links to the scenario point there when the page that embeds
	// it is on its origin.
	Share string

	// Which of Currency and Locale the address or the visitor chose: the
	// language's defaults do not replace those.
	currencyChosen, localeChosen bool
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
	// DefaultCTAText is the call to action's text when a link comes without one,
	// as the page's language says it.
	DefaultCTAText = "Talk to us"
	// MaxCTAText is how many characters of a call to action's text are shown.
	MaxCTAText = 40
)

// DisplayFromQuery reads the display settings of a query string, the currency
// and number format English's where it names none (see DisplayIn). What is not
// well-formed is dropped.
func DisplayFromQuery(q url.Values) Display { return DisplayIn(q, "") }

// DisplayIn reads the display settings of a query string for a page in the
// language tag (the visitor's; the server's choice, hl, when ""), or in the
// language the address names when that is another: its currency and number
// format where the address names none.
func DisplayIn(q url.Values, tag string) Display {
	d := displayOf(q)
	if tag == "" {
		tag = d.HostLang
	}
	if d.Lang != "" && !sameLanguage(d.Lang, tag) {
		tag = d.Lang
	}
	return d.InLanguage(tag)
}

// sameLanguage reports whether the language tag is in the language l.
func sameLanguage(l, tag string) bool {
	t, ok := i18n.Parse(tag)
	return ok && string(t) == l
}

func displayOf(q url.Values) Display {
	var d Display
	if c := strings.ToUpper(strings.TrimSpace(q.Get("currency"))); currencyCode.MatchString(c) {
		d.Currency, d.currencyChosen = c, true
	}
	if l := strings.TrimSpace(q.Get("locale")); localeTag.MatchString(l) {
		d.Locale, d.localeChosen = l, true
	}
	if l, ok := i18n.Parse(q.Get("lang")); ok {
		d.Lang = string(l)
	}
	if h := strings.TrimSpace(q.Get("hl")); localeTag.MatchString(h) {
		d.HostLang = h
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
	if u, ok := ShareLink(q.Get("share")); ok {
		d.Share = u
	}
	return d
}

// addTo writes the settings that differ from their defaults into q, in the order
// of displayParams: the currency when chosen or not the default, so that a link's
// amounts stay in it; the number format and the language only when chosen, so
// that a link opens in its reader's.
func (d Display) addTo(q url.Values) {
	if d.Currency != "" && (d.currencyChosen || d.Currency != DefaultCurrency) {
		q.Set("currency", d.Currency)
	}
	if d.Locale != "" && d.localeChosen && d.Locale != DefaultLocale {
		q.Set("locale", d.Locale)
	}
	if d.Lang != "" {
		q.Set("lang", d.Lang)
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
	if d.Share != "" {
		q.Set("share", d.Share)
	}
}

// displayParams are the display settings in the order Encode writes them.
var displayParams = []string{"currency", "locale", "lang", "embed", "theme", "bg", "events", "accent", "cta_url", "cta_text", "share"}

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

// Choose sets the currency or the number format (setting "currency", "locale")
// as the visitor chose it: the language's defaults no longer replace it.
func (d Display) Choose(setting, value string) Display {
	q := url.Values{setting: {value}}
	switch c := DisplayFromQuery(q); setting {
	case "currency":
		if c.Currency != "" {
			d.Currency, d.currencyChosen = c.Currency, true
		}
	case "locale":
		if c.Locale != "" {
			d.Locale, d.localeChosen = c.Locale, true
		}
	}
	return d
}

// InLanguage is d with the currency and number format of the language tag
// ("de-CH": Swiss francs, German numbers) where neither the address nor the
// visitor chose them.
func (d Display) InLanguage(tag string) Display {
	locale, currency := LanguageDefaults(tag)
	if !d.currencyChosen {
		d.Currency = currency
	}
	if !d.localeChosen {
		d.Locale = locale
	}
	return d
}

// LanguageDefaults are the number format and currency a language tag implies:
// its language's number format (the region's where the page has it: en-GB) and
// its region's currency, else the language's usual one; en-US and USD for a tag
// of none of the page's languages.
func LanguageDefaults(tag string) (locale, currency string) {
	l, ok := i18n.Parse(tag)
	if !ok || !i18n.Supported(l) {
		return DefaultLocale, DefaultCurrency
	}
	region := ""
	if parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' }); len(parts) > 1 && len(parts[len(parts)-1]) == 2 {
		region = strings.ToUpper(parts[len(parts)-1])
	}
	locale = map[i18n.Lang]string{i18n.EN: "en-US", i18n.DE: "de-DE", i18n.FR: "fr-FR", i18n.ES: "es-ES", i18n.NL: "nl-NL", i18n.JA: "ja-JP"}[l]
	if l == i18n.EN && (region == "GB" || region == "IE" || region == "AU" || region == "IN") {
		locale = "en-GB"
	}
	currency = map[i18n.Lang]string{i18n.EN: "USD", i18n.DE: "EUR", i18n.FR: "EUR", i18n.ES: "EUR", i18n.NL: "EUR", i18n.JA: "JPY"}[l]
	if c, ok := regionCurrency[region]; ok {
		currency = c
	}
	return locale, currency
}

// regionCurrency are the currencies of the regions whose currency the page
// writes; the euro for the euro area.
var regionCurrency = map[string]string{
	"US": "USD", "GB": "GBP", "CH": "CHF", "LI": "CHF", "CA": "CAD", "AU": "AUD", "JP": "JPY", "IN": "INR", "SE": "SEK",
	"DE": "EUR", "AT": "EUR", "FR": "EUR", "BE": "EUR", "LU": "EUR", "ES": "EUR", "NL": "EUR", "IE": "EUR", "IT": "EUR",
	"PT": "EUR", "FI": "EUR", "GR": "EUR", "SK": "EUR", "SI": "EUR", "EE": "EUR", "LV": "EUR", "LT": "EUR", "MT": "EUR", "CY": "EUR", "HR": "EUR",
}
