package state

import (
	"net/url"
	"strings"

	"github.com/trainingroi/calculator/calc"
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
func FromQuery(q url.Values) Scenario { return FromQueryIn(q, "") }

// FromQueryIn is FromQuery for a page in the language tag (see DisplayIn): the
// inputs are written as its number format writes them.
func FromQueryIn(q url.Values, tag string) Scenario {
	d := DisplayIn(q, tag)
	f, named := FormFromQuery(q, d.Locale)
	return Scenario{Form: f, Display: d, FromURL: named}
}

// FormFromQuery reads the inputs of a query string, as FromQuery does, into a form
// written as the locale tag writes numbers, grouped as the page's results are
// ("3.000" in German); named reports whether q names any.
func FormFromQuery(q url.Values, locale string) (f Form, named bool) {
	f = DefaultFormIn(locale)
	n := NumbersOf(locale)
	for i, field := range calc.Fields {
		if vs, ok := q[field.Name]; ok && len(vs) > 0 {
			text, typed := strings.CutPrefix(vs[0], typedMark)
			if v, err := ParseNumber(text, DotDecimal); !typed && err == nil {
				text = Write(v, n)
			}
			f[i], named = text, true
		}
	}
	return f, named
}

// typedMark starts a URL value that is text as typed, not a number with a dot
// decimal: a German "12.5" (which could be 12,5 or 125, so is invalid there) is
// written "~12.5", so that the link does not turn it into 12.5.
const typedMark = "~"

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
	q := s.Form.inputs(s.Display.Locale)
	s.Display.addTo(q)
	return q
}

// inputs are the query parameters of the inputs of f, written in the locale tag:
// those that differ from the example, or the example's team size when none does.
func (f Form) inputs(locale string) url.Values {
	q := url.Values{}
	def := DefaultForm()
	n := NumbersOf(locale)
	for i, field := range calc.Fields {
		if text := canonical(f[i], n); text != def[i] {
			q.Set(field.Name, text)
		}
	}
	if len(q) == 0 {
		q.Set(calc.Fields[0].Name, def[0])
	}
	return q
}

// Encode writes Query as a query string with the inputs in model order and the
// display settings after them, so that links read naturally ("mqls=500&sal_rate=25")
// and the same scenario always gives the same text.
func (s Scenario) Encode() string { return encodeOrdered(s.Query()) }

// Path is the calculator's address of the scenario, relative to its origin.
func (s Scenario) Path() string { return "/?" + s.Encode() }

// Encode writes the inputs of f, written in the locale tag, as Scenario.Encode
// does, without display settings: what a saved scenario or a comparison keeps.
func (f Form) Encode(locale string) string { return encodeOrdered(f.inputs(locale)) }

func encodeOrdered(q url.Values) string {
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
