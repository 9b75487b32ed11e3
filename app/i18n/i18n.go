// Package i18n puts the page's words into the visitor's language: English, German,
// French, Spanish, Dutch or Japanese.
//
// The English text is the message: code writes whole sentences in English with
// named placeholders ("For your numbers: marketing {mkt} days"), and a catalogue
// per language (a gettext PO file in po/, which Poedit, Weblate and Crowdin open)
// gives each sentence in the other languages, placeholders reordered as the
// language needs. Plural forms follow CLDR's rules, lists are joined and dates
// written each language's way. A message a catalogue lacks is shown in English.
//
// Catalogues are read from the files embedded in the program, each the first time
// its language is asked for; everything else is plain tables.
package i18n

import (
	"strings"
)

// Lang is a language of the page, as a BCP 47 base tag: "en", "de"…
type Lang string

// The languages of the page.
const (
	EN Lang = "en"
	DE Lang = "de"
	FR Lang = "fr"
	ES Lang = "es"
	NL Lang = "nl"
	JA Lang = "ja"
)

// Langs lists the page's languages, in the order the language picker shows them.
var Langs = []Lang{EN, DE, FR, ES, NL, JA}

// Pseudo is a test language: every message in markers (⟦…⟧), so that a test can
// find words that do not go through a catalogue. The language picker does not
// offer it; an address may name it (lang=qps), with English's number format.
const Pseudo Lang = "qps"

// Name is the language's name in itself, for the picker.
func (l Lang) Name() string {
	switch l {
	case DE:
		return "Deutsch"
	case FR:
		return "Français"
	case ES:
		return "Español"
	case NL:
		return "Nederlands"
	case JA:
		return "日本語"
	}
	return "English"
}

// Supported reports whether l is one of Langs.
func Supported(l Lang) bool {
	for _, x := range Langs {
		if x == l {
			return true
		}
	}
	return false
}

// Parse reads a language tag ("de", "de-CH", "DE_at") as one of the page's
// languages, or the pseudo-language (an address may name it, for a test); ok
// is false when it names none.
func Parse(tag string) (Lang, bool) {
	tag, _, _ = strings.Cut(tag, ";") // "es;q=0.8", as an Accept-Language item
	base, _, _ := strings.Cut(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"), "-")
	l := Lang(strings.ToLower(base))
	return l, Supported(l) || l == Pseudo
}

// Match is the first of the tags (a browser's languages, most wanted first)
// that names one of the page's languages, and that tag; English when none does.
func Match(tags []string) (Lang, string) {
	for _, t := range tags {
		if l, ok := Parse(t); ok && Supported(l) {
			t, _, _ = strings.Cut(t, ";")
			return l, strings.TrimSpace(t)
		}
	}
	return EN, ""
}

// Asked, when set, is told of each message a printer is asked for: a test
// checks that each is in the catalogues (see internal/msgs).
var Asked func(msg string)

// Printer writes the page's words in one language. Its zero value writes
// English. It is a small comparable value: components hold it as a prop.
type Printer struct {
	Lang Lang
}

// For returns the printer of a language.
func For(l Lang) Printer { return Printer{Lang: l} }

// T is the message in the printer's language, placeholders as they are: for a
// sentence whose placeholders are filled elsewhere (with results).
func (p Printer) T(msg string) string {
	if msg == "" {
		return ""
	}
	if Asked != nil {
		Asked(msg)
	}
	switch p.Lang {
	case EN, "":
		return msg
	case Pseudo:
		return "⟦" + msg + "⟧"
	}
	if s, ok := catalogue(p.Lang).one[msg]; ok {
		return s
	}
	return msg
}

// F is the message in the printer's language with its placeholders filled:
// args are pairs of a name and its text ("mkt", "10").
func (p Printer) F(msg string, args ...string) string {
	return Fill(p.T(msg), args...)
}

// N is the message whose form depends on the number n: one is the English
// singular ("{n} person"), other the plural ("{n} people"); args as for F.
func (p Printer) N(one, other string, n float64, args ...string) string {
	if Asked != nil {
		Asked(one)
	}
	var s string
	switch p.Lang {
	case EN, "":
		s = other
		if n == 1 {
			s = one
		}
	case Pseudo:
		s = "⟦" + other + "⟧"
		if n == 1 {
			s = "⟦" + one + "⟧"
		}
	default:
		s = catalogue(p.Lang).plural(one, other, p.Lang.pluralForm(n))
	}
	return Fill(s, args...)
}

// Fill puts each placeholder's text in place of "{name}": args are pairs of a
// name and its text. A placeholder with no text stays as written, where a test
// finds it.
func Fill(s string, args ...string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		name := s[i+1 : i+j]
		v, found := "", false
		for k := 0; k+1 < len(args); k += 2 {
			if args[k] == name {
				v, found = args[k+1], true
				break
			}
		}
		if found {
			b.WriteString(v)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	return b.String()
}

// Msg is a message with its placeholders' texts, to be put into a language
// later: what a package without a printer (reading numbers, checking names)
// says is wrong. It is comparable.
type Msg struct {
	ID   string    // the English message, with named placeholders
	Args [8]string // pairs of a placeholder's name and its text
}

// M makes a message: args are pairs of a name and its text (four at most).
func M(id string, args ...string) Msg {
	m := Msg{ID: id}
	copy(m.Args[:], args)
	return m
}

// String is the message in English.
func (m Msg) String() string { return Printer{}.Msg(m) }

// Msg is the message in the printer's language.
func (p Printer) Msg(m Msg) string {
	if m.ID == "" {
		return ""
	}
	return p.F(m.ID, m.Args[:]...)
}

// Later marks a message that is put into a language where it is used, not where
// it is written (a table of words): it returns msg as it is, and tells the
// catalogue's extraction that msg is a message.
func Later(msg string) string { return msg }

// Sentences puts whole sentences one after the other, as the language does:
// with a space between them, none in Japanese. Empty ones are left out.
func (p Printer) Sentences(s ...string) string {
	sep := " "
	if p.Lang == JA {
		sep = ""
	}
	var b strings.Builder
	for _, x := range s {
		if x == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(x)
	}
	return b.String()
}
