package state

import (
	"encoding/json"
	"errors"

	"github.com/trainingroi/calculator/calc"
)

// StorageKey is the name under which the inputs are saved on this device.
const StorageKey = "training-roi/inputs"

// savedVersion changes when the saved format does; other versions are ignored.
// Version 2 names the locale its texts are written in; version 1, written before
// locales were read, has texts written as DotDecimal reads them, and is still read.
const savedVersion = 2

type saved struct {
	V      int               `json:"v"`
	Locale string            `json:"locale,omitempty"`
	Inputs map[string]string `json:"inputs"`
}

// maxSavedData is the most Encode writes, so that what is written can be read
// back: NumFields texts of at most 2*MaxTextLen bytes (clip), each byte at most 6
// as JSON escapes it ("<" is \u003c), with the field's name and quotes.
const maxSavedData = NumFields*(2*MaxTextLen*6+32) + 64

// ErrSaved says saved data existed but could not be used.
var ErrSaved = errors.New("the inputs saved on this device could not be read, so the example is shown")

// Encode writes the form, whose texts are written the way the locale tag writes
// numbers, as saved data. Texts are kept as typed, with the locale, so that a bad
// entry comes back as it was and a number keeps its value when the data is read
// under another locale. Only fields that differ from the example are kept.
func Encode(f Form, locale string) string {
	s := saved{V: savedVersion, Locale: locale, Inputs: map[string]string{}}
	def := DefaultFormIn(locale)
	for i, fd := range calc.Fields {
		if f[i] != def[i] {
			s.Inputs[fd.Name] = f[i]
		}
	}
	b, _ := json.Marshal(s) // strings always marshal
	return string(b)
}

// Decode reads saved data into a form written the way the locale tag writes
// numbers (see Rewrite: "1.500" saved in German comes back as 1500 in English).
// Empty data gives the example and no error; data that is not ours (not JSON,
// another version, wrong types, a malformed locale, overlong) gives the example
// and ErrSaved. Unknown field names are ignored; a text that is not a number is
// kept, as typed, and shows up as an invalid field.
func Decode(data, locale string) (Form, error) {
	f := DefaultFormIn(locale)
	if data == "" {
		return f, nil
	}
	if len(data) > maxSavedData {
		return f, ErrSaved
	}
	var s saved
	if err := json.Unmarshal([]byte(data), &s); err != nil {
		return f, ErrSaved
	}
	from := s.Locale
	switch {
	case s.V == 1 && s.Locale == "":
		from = DotDecimal.tag
	case s.V != savedVersion || !localeTag.MatchString(s.Locale):
		return f, ErrSaved
	}
	// The fields not saved are the example as written where they were saved.
	f = DefaultFormIn(from)
	for name, text := range s.Inputs {
		f.Set(name, text)
	}
	f.Rewrite(from, locale)
	return f, nil
}
