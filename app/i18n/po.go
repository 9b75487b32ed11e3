package i18n

import (
	"embed"
	"strconv"
	"strings"
	"sync"
)

// po holds the catalogues: po/<lang>.po for each language but English.
//
//go:embed po/*.po
var po embed.FS

// catalog is one language's messages, read from its PO file.
type catalog struct {
	one   map[string]string   // msgid → msgstr
	forms map[string][]string // msgid (the English singular) → msgstr[n]
}

var (
	catalogs   = map[Lang]*catalog{}
	catalogsMu sync.Mutex
)

// catalogue is a language's catalogue, read the first time it is asked for.
func catalogue(l Lang) *catalog {
	catalogsMu.Lock()
	defer catalogsMu.Unlock()
	if c, ok := catalogs[l]; ok {
		return c
	}
	data, _ := po.ReadFile("po/" + string(l) + ".po")
	c := parsePO(string(data))
	catalogs[l] = c
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

// Entry is one message of a PO file: its English text (and English plural), its
// translation (msgstr, or msgstr[n] for a plural), and whether a translator
// marked it fuzzy (not yet right).
type Entry struct {
	ID, Plural string
	Str        []string
	Fuzzy      bool
}

// ReadPO reads the entries of a gettext PO file, strings that may run over
// several lines; obsolete entries (#~) are left out. The header is the entry
// whose ID is "".
func ReadPO(data string) []Entry {
	var out []Entry
	var e Entry
	var field string
	started, obsolete := false, false
	flush := func() {
		if started && !obsolete {
			out = append(out, e)
		}
		e, field, started, obsolete = Entry{}, "", false, false
	}
	appendTo := func(s string) {
		switch {
		case field == "msgid":
			e.ID += s
		case field == "msgid_plural":
			e.Plural += s
		case strings.HasPrefix(field, "msgstr") && len(e.Str) > 0:
			e.Str[len(e.Str)-1] += s
		}
	}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#,"):
			e.Fuzzy = e.Fuzzy || strings.Contains(line, "fuzzy")
		case strings.HasPrefix(line, "#~"):
			obsolete = true
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, `"`):
			appendTo(unquote(line))
		default:
			key, rest, _ := strings.Cut(line, " ")
			if key == "msgid" && started && field != "msgid" {
				fuzzy := e.Fuzzy
				flush()
				e.Fuzzy = fuzzy // a flag line before this msgid is its own
			}
			started, field = true, key
			if strings.HasPrefix(key, "msgstr") {
				e.Str = append(e.Str, "")
			}
			appendTo(unquote(strings.TrimSpace(rest)))
		}
	}
	flush()
	return out
}

// parsePO makes a catalogue of a PO file. Entries marked fuzzy, and those not
// translated, are left out: the English shows instead.
func parsePO(data string) *catalog {
	c := &catalog{one: map[string]string{}, forms: map[string][]string{}}
	for _, e := range ReadPO(data) {
		if e.ID == "" || e.Fuzzy || len(e.Str) == 0 || e.Str[0] == "" {
			continue
		}
		if e.Plural != "" {
			c.forms[e.ID] = e.Str
		} else {
			c.one[e.ID] = e.Str[0]
		}
	}
	return c
}

// unquote reads a PO string: "…" with C escapes.
func unquote(s string) string {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return strings.Trim(s, `"`)
}
