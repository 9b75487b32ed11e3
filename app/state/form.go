package state

import (
	"math"
	"strings"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/calc"
)

// Form holds the text of every input field, indexed like calc.Fields.
type Form [NumFields]string

// NumFields is the number of inputs of the model; an init check keeps it in step
// with calc.Fields.
const NumFields = 19

func init() {
	if len(calc.Fields) != NumFields {
		panic("state.NumFields is out of step with calc.Fields")
	}
}

// index maps a field's name to its position in calc.Fields.
var index = func() map[string]int {
	m := make(map[string]int, NumFields)
	for i, f := range calc.Fields {
		m[f.Name] = i
	}
	return m
}()

// DefaultForm is the worked example of the model, as text. Its numbers are whole,
// so the text is the same in every locale (a test checks).
func DefaultForm() Form { return defaultForm }

// defaultForm is written once: URLs and saved data are read and written against
// it on every edit.
var defaultForm = func() Form {
	var f Form
	for i, fd := range calc.Fields {
		f[i] = Text(fd.Default)
	}
	return f
}()

// Text writes a value as URLs and saved data do: shortest exact form, dot decimal,
// no grouping ("25000", "12.5"). A field shows it with its locale's decimal mark
// (see Write). No limit (an optional field left empty, +Inf) is written as
// nothing.
func Text(v float64) string {
	if math.IsInf(v, 1) {
		return ""
	}
	return format.Raw(v, -1)
}

// Get returns the text of the field called name ("" for an unknown name).
func (f *Form) Get(name string) string {
	if i, ok := index[name]; ok {
		return f[i]
	}
	return ""
}

// Set replaces the text of the field called name; unknown names are ignored.
// Overlong text is cut so that no input can grow storage or the URL without bound.
func (f *Form) Set(name, text string) {
	if i, ok := index[name]; ok {
		f[i] = clip(text)
	}
}

func clip(s string) string {
	if len(s) <= 2*MaxTextLen {
		return s
	}
	return strings.ToValidUTF8(s[:2*MaxTextLen], "")
}

// Check is the outcome of reading a Form: the inputs and, per field, what is wrong
// or worth a word.
type Check struct {
	Inputs calc.Inputs
	// Errs maps a field's name to its message; empty when every field is valid.
	Errs map[string]string
	// Hints maps a valid field's name to a word about its value ("0.3%; did you
	// mean 30%?"); the field stays valid.
	Hints map[string]string
}

// OK reports whether every field is valid.
func (c Check) OK() bool { return len(c.Errs) == 0 }

// Read parses and validates every field of f, whose texts are written the way
// the locale tag writes numbers.
func (f *Form) Read(locale string) Check {
	n := NumbersOf(locale)
	var c Check
	for i, fd := range calc.Fields {
		if fd.Optional && strings.TrimSpace(f[i]) == "" {
			*fd.Of(&c.Inputs) = fd.Default // left empty: no limit
			continue
		}
		v, r, err := n.read(f[i])
		msg := ""
		if err != nil {
			msg = err.Error()
			if fd.Optional {
				msg = strings.TrimSuffix(msg, ".") + ", or leave it empty for no limit."
			}
		} else {
			msg = problemText(fd, fd.Check(v), n)
		}
		if msg != "" {
			if c.Errs == nil {
				c.Errs = make(map[string]string)
			}
			c.Errs[fd.Name] = msg
			continue
		}
		*fd.Of(&c.Inputs) = v
		if h := hint(fd, v, r, n); h != "" {
			if c.Hints == nil {
				c.Hints = make(map[string]string)
			}
			c.Hints[fd.Name] = h
		}
	}
	return c
}

// problemText says what is wrong with a value in words, with the limits as the
// locale writes them ("from 0 to 10,000,000"); "" when nothing is.
func problemText(f calc.Field, p calc.Problem, n *Numbers) string {
	switch p {
	case calc.NotFinite:
		return string(ErrEmpty)
	case calc.OutOfRange:
		lf := format.New(n.tag, DefaultCurrency)
		if f.Optional {
			return "Enter a number from " + lf.Trim(f.Min, 2) + " to " + lf.Trim(f.Max, 2) + rangeUnit(f) + ", or leave it empty for no limit."
		}
		return "Enter a number from " + lf.Trim(f.Min, 2) + " to " + lf.Trim(f.Max, 2) + rangeUnit(f) + "."
	case calc.NotWhole:
		return "Enter a whole number" + wholeUnit(f) + "."
	}
	return ""
}

func rangeUnit(f calc.Field) string {
	switch f.Unit {
	case "%":
		return " (percent)"
	case "days", "months", "years", "people":
		return " " + f.Unit
	}
	return ""
}

func wholeUnit(f calc.Field) string {
	switch f.Unit {
	case "people":
		return " of people"
	case "years":
		return " of years"
	}
	return ""
}
