package state

import (
	"math"
	"strings"

	"github.com/trainingroi/calculator/app/i18n"

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

// DefaultForm is the worked example of the model, as text written for machines
// ("25000"): what links and saved data are compared with. The page's fields show
// it as DefaultFormIn writes it.
func DefaultForm() Form { return defaultForm }

// DefaultFormIn is the worked example as the fields show it in the locale tag,
// grouped as its numbers are ("25.000" in German, "25,000" in English).
func DefaultFormIn(locale string) Form {
	n := NumbersOf(locale)
	if f, ok := defaultForms[n]; ok {
		return f
	}
	return defaultForm
}

// defaultForms are the example written once per locale.
var defaultForms = func() map[*Numbers]Form {
	m := make(map[*Numbers]Form, len(numberFormats))
	for _, n := range numberFormats {
		var f Form
		for i, fd := range calc.Fields {
			f[i] = ""
			if !math.IsInf(fd.Default, 1) {
				f[i] = Write(fd.Default, n)
			}
		}
		m[n] = f
	}
	return m
}()

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
	// Errs maps a field's name to what is wrong with it; empty when every field is
	// valid.
	Errs map[string]FieldProblem
	// Hints maps a valid field's name to a word about its value ("0.3%; did you
	// mean 30%?"); the field stays valid.
	Hints map[string]i18n.Msg
}

// FieldProblem is what is wrong with a field, in a sentence or two, to be put in
// the visitor's language.
type FieldProblem struct {
	Msg  i18n.Msg
	Note i18n.Msg // a second sentence, or none
}

// In writes the problem in p's language.
func (fp FieldProblem) In(p i18n.Printer) string {
	if fp.Note.ID == "" {
		return p.Msg(fp.Msg)
	}
	sep := " "
	if p.Lang == i18n.JA {
		sep = ""
	}
	return p.Msg(fp.Msg) + sep + p.Msg(fp.Note)
}

// String is the problem in English.
func (fp FieldProblem) String() string { return fp.In(i18n.Printer{}) }

// emptyForNoLimit is the note of an optional field's problem.
var emptyForNoLimit = i18n.M("Or leave it empty for no limit.")

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
		var msg i18n.Msg
		if err != nil {
			msg = messageOf(err)
		} else {
			msg = problemText(fd, fd.Check(v), n)
		}
		if msg.ID != "" {
			if c.Errs == nil {
				c.Errs = make(map[string]FieldProblem)
			}
			fp := FieldProblem{Msg: msg}
			if fd.Optional {
				fp.Note = emptyForNoLimit
			}
			c.Errs[fd.Name] = fp
			continue
		}
		*fd.Of(&c.Inputs) = v
		if h := hint(fd, v, r, n); h.ID != "" {
			if c.Hints == nil {
				c.Hints = make(map[string]i18n.Msg)
			}
			c.Hints[fd.Name] = h
		}
	}
	return c
}

// problemText says what is wrong with a value, with the limits as the locale
// writes them ("from 0 to 10,000,000"); no message when nothing is.
func problemText(f calc.Field, p calc.Problem, n *Numbers) i18n.Msg {
	switch p {
	case calc.NotFinite:
		return i18n.M(string(ErrEmpty))
	case calc.OutOfRange:
		lf := format.New(n.tag, DefaultCurrency)
		lo, hi := lf.Trim(f.Min, 2), lf.Trim(f.Max, 2)
		return i18n.M(rangeMessages[f.Unit], "min", lo, "max", hi)
	case calc.NotWhole:
		switch f.Unit {
		case "people":
			return i18n.M("Enter a whole number of people.")
		case "years":
			return i18n.M("Enter a whole number of years.")
		}
		return i18n.M("Enter a whole number.")
	}
	return i18n.Msg{}
}

// rangeMessages say the valid range of a field by its unit.
var rangeMessages = map[string]string{
	"%":         i18n.Later("Enter a number from {min} to {max} (percent)."),
	"days":      i18n.Later("Enter a number from {min} to {max} days."),
	"months":    i18n.Later("Enter a number from {min} to {max} months."),
	"years":     i18n.Later("Enter a number from {min} to {max} years."),
	"people":    i18n.Later("Enter a number from {min} to {max} people."),
	"money":     i18n.Later("Enter a number from {min} to {max}."),
	"per month": i18n.Later("Enter a number from {min} to {max}."),
}
