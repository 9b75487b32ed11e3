package state

import (
	"errors"
	"net/url"
	"strconv"
	"unicode/utf8"
)

// ScenariosKey is the name under which the scenarios saved by name are kept on
// this device (the inputs on screen are kept under StorageKey).
const ScenariosKey = "training-roi/scenarios"

// scenariosVersion changes when the format of the saved scenarios does; data of
// another version is then left alone, never written over.
const scenariosVersion = 1

// MaxSaved bounds how many scenarios are saved: a list to choose from, within
// what browsers' storage holds (each takes at most maxScenarioData, 44 kB; a
// typical one under 200 bytes).
const MaxSaved = 50

// SavedScenario is a scenario saved by name on this device.
type SavedScenario struct {
	// ID tells the scenario apart whatever it is called, so that two windows
	// changing the list at once can merge their changes (savedsync.go). Lists
	// written before IDs get one made from the name (see DecodeSavedList).
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
	// Query is its inputs as the calculator's address writes them
	// ("mqls=500&sal_rate=25"): no display settings, which belong to the page
	// that shows it.
	Query string `json:"query"`
}

// ErrScenarios says the saved scenarios exist but cannot be read whole (another
// version, damaged data): they must not be written over.
var ErrScenarios = errors.New("the scenarios saved on this device could not be read")

// What can go wrong with a name, in words for the person who typed it.
const (
	ErrNameEmpty Problem = "Give the scenario a name."
	ErrNameTaken Problem = "A scenario of that name is already saved: choose another name."
	ErrTooMany   Problem = "50 scenarios are saved, the most this calculator keeps: delete one first."
	ErrNotSaved  Problem = "That scenario is no longer saved (was it deleted in another window?)."
)

// DecodeScenarios reads the saved scenarios (see DecodeSavedList). On
// ErrScenarios the list holds those that could be read.
func DecodeScenarios(data string) ([]SavedScenario, error) {
	l, err := DecodeSavedList(data)
	return l.List, err
}

// EncodeScenarios writes the saved scenarios as stored data, without a revision.
func EncodeScenarios(list []SavedScenario) string {
	data, _ := EncodeSavedList(SavedList{List: list})
	return data
}

// Form is the saved scenario's inputs, read as the calculator reads its address,
// written in the locale tag.
func (s SavedScenario) Form(locale string) Form {
	q, _ := url.ParseQuery(s.Query)
	f, _ := FormFromQuery(q, locale)
	return f
}

// FindScenario is the index of the scenario called name (letter case aside), -1
// for none.
func FindScenario(list []SavedScenario, name string) int {
	name = CleanName(name)
	for i, s := range list {
		if sameName(s.Name, name) {
			return i
		}
	}
	return -1
}

// The operations on the list return a new list and leave the one given as it
// was: the page writes the new list whole, and keeps the old one when the write
// fails.

// AddScenario saves the inputs of f, written in the locale tag, under name,
// after the others.
func AddScenario(list []SavedScenario, name string, f Form, locale string) ([]SavedScenario, error) {
	name = CleanName(name)
	switch {
	case name == "":
		return list, ErrNameEmpty
	case FindScenario(list, name) >= 0:
		return list, ErrNameTaken
	case len(list) >= MaxSaved:
		return list, ErrTooMany
	}
	return append(list[:len(list):len(list)], SavedScenario{ID: NewID(), Name: name, Query: f.Encode(locale)}), nil
}

// RenameScenario gives the scenario called from the name to.
func RenameScenario(list []SavedScenario, from, to string) ([]SavedScenario, error) {
	i := FindScenario(list, from)
	to = CleanName(to)
	switch {
	case i < 0:
		return list, ErrNotSaved
	case to == "":
		return list, ErrNameEmpty
	case FindScenario(list, to) >= 0 && !sameName(list[i].Name, to):
		return list, ErrNameTaken
	}
	out := append([]SavedScenario(nil), list...)
	out[i].Name = to
	return out, nil
}

// DuplicateScenario saves a copy of the scenario called name right after it, as
// "name (copy)", and returns the new list and the copy's name.
func DuplicateScenario(list []SavedScenario, name string) ([]SavedScenario, string, error) {
	i := FindScenario(list, name)
	switch {
	case i < 0:
		return list, "", ErrNotSaved
	case len(list) >= MaxSaved:
		return list, "", ErrTooMany
	}
	c := SavedScenario{ID: NewID(), Name: uniqueName(list, list[i].Name+" (copy)"), Query: list[i].Query}
	out := make([]SavedScenario, 0, len(list)+1)
	out = append(append(append(out, list[:i+1]...), c), list[i+1:]...)
	return out, c.Name, nil
}

// DeleteScenario removes the scenario called name.
func DeleteScenario(list []SavedScenario, name string) ([]SavedScenario, error) {
	i := FindScenario(list, name)
	if i < 0 {
		return list, ErrNotSaved
	}
	out := make([]SavedScenario, 0, len(list)-1)
	return append(append(out, list[:i]...), list[i+1:]...), nil
}

// NewName is a name for the next scenario saved: "Scenario N", unused.
func NewName(list []SavedScenario) string {
	return uniqueName(list, "Scenario "+strconv.Itoa(len(list)+1))
}

// uniqueName is base, or base followed by " 2", " 3"… when that is taken, within
// MaxNameLen.
func uniqueName(list []SavedScenario, base string) string {
	base = CleanName(base)
	name := base
	for n := 2; FindScenario(list, name) >= 0; n++ {
		suffix := " " + strconv.Itoa(n)
		room := MaxNameLen - utf8.RuneCountInString(suffix)
		name = CleanName(string([]rune(base)[:min(room, utf8.RuneCountInString(base))])) + suffix
	}
	return name
}
