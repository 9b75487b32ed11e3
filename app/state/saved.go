package state

import (
	"encoding/json"
	"errors"

	"github.com/trainingroi/calculator/calc"
)

// StorageKey is the name under which the inputs are saved on this device.
const StorageKey = "training-roi/inputs"

// savedVersion changes when the saved format does; older data is then ignored.
const savedVersion = 1

type saved struct {
	V      int               `json:"v"`
	Inputs map[string]string `json:"inputs"`
}

// ErrSaved says saved data existed but could not be used.
var ErrSaved = errors.New("the inputs saved on this device could not be read, so the example is shown")

// Encode writes the form as saved data. Only fields that differ from the example
// are kept.
func Encode(f Form) string {
	s := saved{V: savedVersion, Inputs: map[string]string{}}
	def := DefaultForm()
	for i, fd := range calc.Fields {
		if f[i] != def[i] {
			s.Inputs[fd.Name] = f[i]
		}
	}
	b, _ := json.Marshal(s) // a map of strings always marshals
	return string(b)
}

// Decode reads saved data. Empty data gives the example and no error; data that is
// not ours (not JSON, another version, wrong types, overlong) gives the example and
// ErrSaved. Unknown field names are ignored; a text that is not a number is kept, as
// typed, and shows up as an invalid field.
func Decode(data string) (Form, error) {
	f := DefaultForm()
	if data == "" {
		return f, nil
	}
	if len(data) > 64*1024 {
		return f, ErrSaved
	}
	var s saved
	if err := json.Unmarshal([]byte(data), &s); err != nil || s.V != savedVersion {
		return f, ErrSaved
	}
	for name, text := range s.Inputs {
		f.Set(name, text)
	}
	return f, nil
}
