package i18n

import (
	"strings"
	"sync"
)

// The catalogues are compiled from the PO files in po/ by make messages
// (internal/msgs) into catalogue_gen.go: the English messages once, and each
// language's texts in the same order, as two strings. The page reads no PO: the
// compiled form is about a fifth smaller in the wasm and is split in a moment.

// Separators of the compiled catalogue: between messages, and between a
// plural's forms.
const (
	messageSep = "\x01"
	formSep    = "\x00"
)

// catalog is one language's messages.
type catalog struct {
	one   map[string]string   // English message → its text
	forms map[string][]string // English singular → the plural's forms
}

var (
	catalogs   = map[Lang]*catalog{}
	catalogsMu sync.Mutex
)

// catalogue is a language's catalogue, made the first time it is asked for.
func catalogue(l Lang) *catalog {
	catalogsMu.Lock()
	defer catalogsMu.Unlock()
	if c, ok := catalogs[l]; ok {
		return c
	}
	c := compiled(messageIDs, translations[l])
	catalogs[l] = c
	return c
}

// compiled makes a catalogue of the English messages and a language's texts in
// their order, each joined by messageSep; an empty text is not translated.
func compiled(ids, texts string) *catalog {
	c := &catalog{one: map[string]string{}, forms: map[string][]string{}}
	if texts == "" {
		return c
	}
	all := strings.Split(texts, messageSep)
	for i, id := range strings.Split(ids, messageSep) {
		if i >= len(all) || all[i] == "" {
			continue
		}
		if strings.Contains(all[i], formSep) {
			c.forms[id] = strings.Split(all[i], formSep)
		} else {
			c.one[id] = all[i]
		}
	}
	return c
}

// plural is the form of a message with a plural (by its English singular and
// plural), English when the catalogue lacks it.
func (c *catalog) plural(one, other string, form int) string {
	if fs, ok := c.forms[one]; ok && form < len(fs) && fs[form] != "" {
		return fs[form]
	}
	if form == 0 {
		return one
	}
	return other
}
