package calc

import (
	"math"
	"strconv"
	"strings"
)

// FieldError says what is wrong with one input, in words a person understands.
type FieldError struct {
	Field string // the field's Name, e.g. "sal_rate"
	Msg   string // e.g. "Enter a number from 0 to 100."
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

// Errors is every field error of one set of inputs, in field order.
type Errors []FieldError

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// Check returns what is wrong with v as a value of f, or "" when it is valid.
func (f Field) Check(v float64) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return "Enter a number."
	case v < f.Min || v > f.Max:
		return "Enter a number from " + plain(f.Min) + " to " + plain(f.Max) + rangeUnit(f) + "."
	case f.Whole && v != math.Trunc(v):
		return "Enter a whole number" + wholeUnit(f) + "."
	}
	return ""
}

// Validate checks every input against its range. It returns nil when all are valid,
// otherwise an Errors with one entry per invalid field.
func (in Inputs) Validate() error {
	var es Errors
	for _, f := range Fields {
		if msg := f.Check(*f.Of(&in)); msg != "" {
			es = append(es, FieldError{Field: f.Name, Msg: msg})
		}
	}
	if es == nil {
		return nil
	}
	return es
}

// plain writes a limit for an error message with thousands separators, so that
// people can read it: 10,000,000 rather than 1e+07.
func plain(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if frac != "" {
		return whole + "." + frac
	}
	return whole
}

func rangeUnit(f Field) string {
	switch f.Unit {
	case "%":
		return " (percent)"
	case "days", "months", "years", "people":
		return " " + f.Unit
	}
	return ""
}

func wholeUnit(f Field) string {
	switch f.Unit {
	case "people":
		return " of people"
	case "years":
		return " of years"
	}
	return ""
}
