package calc

import (
	"math"
	"strconv"
	"strings"
)

// Problem says what is wrong with the value of one input.
type Problem uint8

// The problems a value can have. The page words them; Error gives a plain form.
const (
	NoProblem  Problem = iota
	NotFinite          // NaN or an infinity
	OutOfRange         // below Field.Min or above Field.Max
	NotWhole           // a fraction where only whole numbers are valid
)

// FieldError is what is wrong with one input.
type FieldError struct {
	Field   string  // the field's Name, e.g. "sal_rate"
	Problem Problem // never NoProblem
}

func (e FieldError) Error() string {
	f, _ := FieldByName(e.Field)
	switch e.Problem {
	case NotFinite:
		return e.Field + ": not a finite number"
	case OutOfRange:
		return e.Field + ": outside " + strconv.FormatFloat(f.Min, 'f', -1, 64) + "-" + strconv.FormatFloat(f.Max, 'f', -1, 64)
	case NotWhole:
		return e.Field + ": not a whole number"
	}
	return e.Field + ": no problem"
}

// Errors is every field error of one set of inputs, in field order.
type Errors []FieldError

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// Check returns what is wrong with v as a value of f, or NoProblem.
func (f Field) Check(v float64) Problem {
	switch {
	case f.Optional && math.IsInf(v, 1):
		return NoProblem // left empty: no limit
	case math.IsNaN(v) || math.IsInf(v, 0):
		return NotFinite
	case v < f.Min || v > f.Max:
		return OutOfRange
	case f.Whole && v != math.Trunc(v):
		return NotWhole
	}
	return NoProblem
}

// Validate checks every input against its range. It returns nil when all are valid,
// otherwise an Errors with one entry per invalid field.
func (in Inputs) Validate() error {
	var es Errors
	for _, f := range Fields {
		if p := f.Check(*f.Of(&in)); p != NoProblem {
			es = append(es, FieldError{Field: f.Name, Problem: p})
		}
	}
	if es == nil {
		return nil
	}
	return es
}
