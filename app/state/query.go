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

// FromQuery reads a URL query string. Inputs take the text as given (a bad value is
// kept and marked invalid, exactly as if typed); display settings that are not
// well-formed are dropped. Unknown parameters are ignored.
func FromQuery(q url.Values) Scenario {
	s := Scenario{Form: DefaultForm(), Display: DisplayFromQuery(q)}
	for _, f := range calc.Fields {
		if vs, ok := q[f.Name]; ok && len(vs) > 0 {
			s.Form.Set(f.Name, vs[0])
			s.FromURL = true
		}
	}
	return s
}

// canonical writes a field's text for the URL: a number as plain digits with a dot
// decimal ("1,500" becomes "1500", as links are written), anything else exactly as
// typed, so that a bad entry stays visible and marked in a shared link too.
func canonical(text string) string {
	if v, err := ParseNumber(text); err == nil {
		return Text(v)
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
	for i, f := range calc.Fields {
		if text := canonical(s.Form[i]); text != def[i] {
			q.Set(f.Name, text)
		}
	}
	if len(q) == 0 {
		q.Set(calc.Fields[0].Name, def[0])
	}
	s.Display.addTo(q)
	return q
}

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
