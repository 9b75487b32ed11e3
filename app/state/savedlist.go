package state

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
)

// SavedList is the scenarios saved by name as stored, with what savedsync.go
// needs to merge writes made at once: which write this is (a revision, higher
// than any its window had seen, and the window's ID) and which it was made from.
type SavedList struct {
	SavedRev
	Base SavedRev // the write read before this one was made
	List []SavedScenario
}

// SavedRev names one write of the saved scenarios.
type SavedRev struct {
	Rev int    `json:"rev,omitempty"`
	By  string `json:"by,omitempty"`
}

type savedScenarios struct {
	V int `json:"v"`
	SavedRev
	Base      *SavedRev       `json:"base,omitempty"`
	Scenarios []SavedScenario `json:"scenarios"`
}

// The most one saved scenario takes as stored, so that what is written can be
// read back. Its name: MaxNameLen characters, each at most 6 bytes as JSON
// escapes it ("<" is \u003c). Its query: NumFields inputs, each at most
// 2*MaxTextLen bytes (clip), each byte at most 3 once URL-escaped ("%3C"), with
// the input's name, "=", "~" and the "&" before it (JSON writes \u0026), at most
// 32 bytes. Its id and the JSON around it: 128 bytes.
const (
	maxScenarioData  = MaxNameLen*6 + NumFields*(2*MaxTextLen*3+32) + 128
	maxScenariosData = MaxSaved*maxScenarioData + 256
)

// ErrSavedTooLarge says a list would be larger than can be read back.
var ErrSavedTooLarge = errors.New("the saved scenarios would be larger than this calculator reads back")

// DecodeSavedList reads the saved scenarios. Empty data is an empty list. Data
// that is not ours whole (not JSON, another version, wrong types, larger than
// MaxSaved scenarios can be) gives ErrScenarios, and the scenarios that could be
// read from it: each element of its "scenarios" that is a scenario, up to where
// the data stops making sense. Names are cleaned and made unique, so that a name
// identifies a scenario; a scenario without an ID gets one made of its name, the
// same in every window.
func DecodeSavedList(data string) (SavedList, error) {
	if data == "" {
		return SavedList{}, nil
	}
	var s savedScenarios
	if len(data) <= maxScenariosData && json.Unmarshal([]byte(data), &s) == nil && s.V == scenariosVersion {
		l := SavedList{SavedRev: s.SavedRev, List: cleanList(s.Scenarios)}
		if s.Base != nil {
			l.Base = *s.Base
		}
		return l, nil
	}
	return SavedList{List: cleanList(salvage(data))}, ErrScenarios
}

// salvage reads what it can of data that does not decode whole: the elements of
// the top-level "scenarios" array that are scenarios, until the data breaks off.
func salvage(data string) []SavedScenario {
	dec := json.NewDecoder(strings.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	var list []SavedScenario
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return list
		}
		if key != "scenarios" {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return list
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return list
		}
		for dec.More() {
			var sc SavedScenario
			err := dec.Decode(&sc)
			if err == nil {
				list = append(list, sc)
			} else if _, notScenario := err.(*json.UnmarshalTypeError); !notScenario {
				return list
			} // else not a scenario, and the decoder has passed it
		}
		return list
	}
	return list
}

// cleanList cleans names and makes them unique, and gives every scenario an ID
// of its own.
func cleanList(in []SavedScenario) []SavedScenario {
	list := make([]SavedScenario, 0, len(in))
	ids := map[string]bool{}
	for _, sc := range in {
		name := CleanName(sc.Name)
		if name == "" {
			name = "Scenario"
		}
		if FindScenario(list, name) >= 0 {
			name = uniqueName(list, name)
		}
		id := sc.ID
		if !validID(id) || ids[id] {
			id = nameID(name)
			for n := 2; ids[id]; n++ {
				id = nameID(name) + "#" + strconv.Itoa(n)
			}
		}
		ids[id] = true
		list = append(list, SavedScenario{ID: id, Name: name, Query: sc.Query})
	}
	return list
}

// EncodeSavedList writes the saved scenarios as stored data. It refuses, with
// ErrSavedTooLarge, data that DecodeSavedList would not read whole.
func EncodeSavedList(l SavedList) (string, error) {
	list := l.List
	if list == nil {
		list = []SavedScenario{}
	}
	s := savedScenarios{V: scenariosVersion, SavedRev: l.SavedRev, Scenarios: list}
	if l.Base != (SavedRev{}) {
		s.Base = &l.Base
	}
	b, _ := json.Marshal(s) // strings and numbers always marshal
	if len(b) > maxScenariosData {
		return "", ErrSavedTooLarge
	}
	return string(b), nil
}

// NewID is an identifier for a new scenario, or for a window that writes the
// list: 16 hexadecimal digits, random.
func NewID() string {
	s := strconv.FormatUint(rand.Uint64(), 16)
	return strings.Repeat("0", 16-len(s)) + s
}

// nameID is the ID of a scenario saved before scenarios had IDs: made of its
// name, which is unique in its list, so that every window gives it the same.
func nameID(name string) string { return "n:" + strings.ToLower(name) }

// validID accepts the IDs NewID and nameID make, and not much else.
func validID(id string) bool {
	return id != "" && len(id) <= 4*MaxNameLen+2 && !strings.ContainsFunc(id, misleading)
}
