package state

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/trainingroi/calculator/calc"
)

// Display holds the settings that change how numbers look and how the page is
// framed, never a number of the model.
type Display struct {
	Currency string // ISO 4217 code, e.g. "USD"
	Locale   string // BCP 47 tag, e.g. "en-US"
	Embed    bool   // compact layout for an iframe
	Accent   string // brand colour, 3 or 6 hex digits without '#', "" for ours
	CTAURL   string // call-to-action link, https: or mailto: only
	CTAText  string // its text, shown as text
}

// Defaults for the display settings.
const (
	DefaultCurrency = "USD"
	DefaultLocale   = "en-US"
)

// Scenario is everything a URL can say: the form and the display settings.
type Scenario struct {
	Form    Form
	Display Display
	// FromURL reports whether the URL named at least one input: then it is the whole
	// scenario (missing inputs are the defaults) and saved inputs are not used.
	FromURL bool
}

// FromQuery reads a URL query string. An input's number is written with a dot
// decimal whatever the locale (as DotDecimal reads it) and the field shows it as
// the locale writes it ("lag=4.5&locale=de-DE" shows 4,5); a value that is not
// such a number is kept and read as if typed (a bad one is marked invalid), as is
// text after typedMark. Display settings that are not well-formed are dropped.
// Unknown parameters are ignored.
func FromQuery(q url.Values) Scenario {
	s := Scenario{Form: DefaultForm(), Display: DisplayFromQuery(q)}
	n := NumbersOf(s.Display.Locale)
	for _, f := range calc.Fields {
		if vs, ok := q[f.Name]; ok && len(vs) > 0 {
			text, typed := strings.CutPrefix(vs[0], typedMark)
			if !typed {
				text = Rewrite(text, DotDecimal, n)
			}
			s.Form.Set(f.Name, text)
			s.FromURL = true
		}
	}
	return s
}

// typedMark starts a URL value that is text as typed, not a number with a dot
// decimal: a German "12.5" (which could be 12,5 or 125, so is invalid there) is
// written "~12.5", so that the link does not turn it into 12.5.
const typedMark = "~"

// DisplayFromQuery reads the display settings of a query string.
func DisplayFromQuery(q url.Values) Display {
	d := Display{Currency: DefaultCurrency, Locale: DefaultLocale}
	if c := strings.ToUpper(strings.TrimSpace(q.Get("currency"))); currencyCode.MatchString(c) {
		d.Currency = c
	}
	if l := strings.TrimSpace(q.Get("locale")); localeTag.MatchString(l) {
		d.Locale = l
	}
	d.Embed = q.Get("embed") == "1" || q.Get("embed") == "true"
	if a := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(q.Get("accent")), "#")); hexColour.MatchString(a) {
		d.Accent = a
	}
	if u, ok := SafeLink(q.Get("cta_url")); ok {
		d.CTAURL = u
		d.CTAText = strings.TrimSpace(clip(q.Get("cta_text")))
		if d.CTAText == "" {
			d.CTAText = "Talk to us"
		}
	}
	return d
}

var (
	currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)
	localeTag    = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$`)
	hexColour    = regexp.MustCompile(`^([0-9a-f]{3}|[0-9a-f]{6})$`)
)

// SafeLink returns raw when it is an absolute https: or mailto: URL, the only links
// the page will render from outside input.
func SafeLink(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 2048 {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" {
			return "", false
		}
	default:
		return "", false
	}
	return u.String(), true
}

// canonical writes a field's text, written the way n writes numbers, for the URL:
// a number as plain digits with a dot decimal ("1.500" in German becomes "1500"),
// anything else as typed, so that a bad entry stays visible and marked in a shared
// link too; after typedMark when the URL would read it as a number, or would take
// its own leading typedMark for the mark.
func canonical(text string, n *Numbers) string {
	if v, err := ParseNumber(text, n); err == nil {
		return Text(v)
	}
	if _, err := ParseNumber(text, DotDecimal); err == nil || strings.HasPrefix(text, typedMark) {
		return typedMark + text
	}
	return text
}

// Query writes the scenario as a query string: the inputs that differ from the
// worked example (so links stay short), then the display settings that differ from
// their defaults. It always names at least one input, the example's team size when
// nothing differs: a link without inputs would open what another device saved.
// Reading it back with FromQuery gives the same numbers and the same bad text.
func (s Scenario) Query() url.Values {
	q := url.Values{}
	def := DefaultForm()
	n := NumbersOf(s.Display.Locale)
	for i, f := range calc.Fields {
		if text := canonical(s.Form[i], n); text != def[i] {
			q.Set(f.Name, text)
		}
	}
	if len(q) == 0 {
		q.Set(calc.Fields[0].Name, def[0])
	}
	d := s.Display
	if d.Currency != "" && d.Currency != DefaultCurrency {
		q.Set("currency", d.Currency)
	}
	if d.Locale != "" && d.Locale != DefaultLocale {
		q.Set("locale", d.Locale)
	}
	if d.Embed {
		q.Set("embed", "1")
	}
	if d.Accent != "" {
		q.Set("accent", d.Accent)
	}
	if d.CTAURL != "" {
		q.Set("cta_url", d.CTAURL)
		q.Set("cta_text", d.CTAText)
	}
	return q
}

// displayParams are the display settings in the order Encode writes them.
var displayParams = []string{"currency", "locale", "embed", "accent", "cta_url", "cta_text"}

// Encode writes Query as a query string with the inputs in model order and the
// display settings after them, so that links read naturally ("mqls=500&sal_rate=25")
// and the same scenario always gives the same text.
func (s Scenario) Encode() string {
	q := s.Query()
	var b strings.Builder
	add := func(k string) {
		for _, v := range q[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	for _, f := range calc.Fields {
		add(f.Name)
	}
	for _, k := range displayParams {
		add(k)
	}
	return b.String()
}
