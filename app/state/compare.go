package state

import (
	"net/url"
	"strings"
)

// A comparison shows MinCompared to MaxCompared scenarios side by side.
const (
	MinCompared = 2
	MaxCompared = 4
)

// Comparison is what the address of the comparison page says:
// /compare?s=<scenario>&n=<name>&s=<scenario>…&currency=EUR.
type Comparison struct {
	// Scenarios are the first MaxCompared scenarios of the address, in its order.
	Scenarios []Compared
	// Extra are the scenarios beyond MaxCompared: left out, and the page says so.
	Extra []Compared
	// Display comes from the address's own parameters, never from inside an s:
	// the scenarios are shown in one currency and one format.
	Display Display
}

// Compared is one scenario of a comparison.
type Compared struct {
	Name string // its n, cleaned (CleanName); "" when it has none
	// Form is the scenario's inputs, read as the calculator reads its address and
	// written in the comparison's locale: a bad value stays as given and its field
	// is invalid.
	Form Form
	// Problem says why the s is no scenario at all; "" when it is one. Raw is
	// then the s as given, Form the example's.
	Problem Problem
	Raw     string
}

// Why an s is no scenario.
const (
	ErrCompareUnreadable Problem = "Its part of the link (s) is not a query string that can be read."
	ErrCompareNoInputs   Problem = "Its part of the link (s) names none of the calculator's inputs."
)

// ParseComparison reads the query string of a comparison's address. Pairs are
// read in order, which url.Values does not keep: each s starts a scenario and
// the first n after it names it (an n before any s is ignored). Each s is the
// query string of one scenario, as in the calculator's address bar (a leading
// "?", or a whole address, is accepted), URL-encoded once more. Display settings
// are read as the calculator reads them; other parameters are ignored.
func ParseComparison(rawQuery string) Comparison { return ParseComparisonIn(rawQuery, "") }

// ParseComparisonIn is ParseComparison for a page in the language tag (see
// DisplayIn).
func ParseComparisonIn(rawQuery, tag string) Comparison {
	var all []Compared
	var escaped []string // each s, read once the locale is known
	named := false
	display := url.Values{}
	for pair := range strings.SplitSeq(rawQuery, "&") {
		k, v, _ := strings.Cut(pair, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			continue
		}
		switch key {
		case "s":
			all = append(all, Compared{})
			escaped = append(escaped, v)
			named = false
		case "n":
			if len(all) == 0 || named {
				continue
			}
			named = true
			if name, err := url.QueryUnescape(v); err == nil {
				all[len(all)-1].Name = CleanName(name)
			}
		default:
			if val, err := url.QueryUnescape(v); err == nil {
				display.Add(key, val)
			}
		}
	}
	c := Comparison{Scenarios: all, Display: DisplayIn(display, tag)}
	for i, v := range escaped {
		name := all[i].Name
		all[i] = readCompared(v, c.Display.Locale)
		all[i].Name = name
	}
	if len(all) > MaxCompared {
		c.Scenarios, c.Extra = all[:MaxCompared:MaxCompared], all[MaxCompared:]
	}
	return c
}

func readCompared(escaped, locale string) Compared {
	raw, err := url.QueryUnescape(escaped)
	if err != nil {
		// Read as given, as the key writes it back: the same text must give the
		// same outcome however often it is encoded.
		raw = escaped
	}
	query := raw
	if before, after, ok := strings.Cut(raw, "?"); ok && !strings.ContainsAny(before, "=&") {
		query = after // "?mqls=500", or the whole address copied from the address bar
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return Compared{Form: DefaultForm(), Problem: ErrCompareUnreadable, Raw: raw}
	}
	f, named := FormFromQuery(q, locale)
	if !named {
		return Compared{Form: DefaultForm(), Problem: ErrCompareNoInputs, Raw: raw}
	}
	return Compared{Form: f}
}

// Query is the scenario's s: its inputs (written in the locale tag) as the
// calculator's address writes them (numbers plain, the example's values left
// out), or, for an s that is no scenario, that s as given.
func (s Compared) Query(locale string) string {
	if s.Problem != "" {
		return s.Raw
	}
	return s.Form.Encode(locale)
}

// Encode writes the comparison as the query string of its address: the scenarios
// shown (the Extra left out) with their names, then the display settings, each as
// the calculator writes them. The same comparison always gives the same text.
func (c Comparison) Encode() string { return c.encode(c.Scenarios) }

// Path is the comparison page's address of the comparison, relative to its origin.
func (c Comparison) Path() string { return "/compare?" + c.Encode() }

// CalculatorPath is the calculator's address with the comparison's display
// settings, on the example.
func (c Comparison) CalculatorPath() string {
	if q := (Comparison{Display: c.Display}).Encode(); q != "" {
		return "/?" + q
	}
	return "/"
}

// CompareKey is the canonical query string of a comparison's address, given its
// raw query string (the order of s and n matters, so not url.Values): two
// addresses whose keys are equal show the same page, so the server can keep one
// prerendering for both. It is itself an address of that page: the scenarios with
// their inputs written as the calculator writes them, in the link's order, the
// ones beyond MaxCompared included (the page names them as left out), then the
// display settings; unknown parameters, an n before any s and repeated n are gone.
func CompareKey(rawQuery string) string {
	c := ParseComparison(rawQuery)
	key := c.encode(append(c.Scenarios[:len(c.Scenarios):len(c.Scenarios)], c.Extra...))
	if c.Display.HostLang != "" {
		key += "&hl=" + url.QueryEscape(c.Display.HostLang) // the server's choice of language
	}
	return key
}

func (c Comparison) encode(list []Compared) string {
	var b strings.Builder
	sep := func() {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
	}
	for _, s := range list {
		sep()
		b.WriteString("s=" + url.QueryEscape(s.Query(c.Display.Locale)))
		if s.Name != "" {
			b.WriteString("&n=" + url.QueryEscape(s.Name))
		}
	}
	q := url.Values{}
	c.Display.addTo(q)
	if tail := encodeOrdered(q); tail != "" {
		sep()
		b.WriteString(tail)
	}
	return b.String()
}
