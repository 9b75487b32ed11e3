package msgs

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/app/i18n"
)

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

// unquote reads a PO string: "…" with C escapes.
func unquote(s string) string {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return strings.Trim(s, `"`)
}

// PluralForms is each language's Plural-Forms header, as gettext's tools read
// it (the page itself uses CLDR's rules, in app/i18n).
var PluralForms = map[i18n.Lang]string{
	i18n.DE: "nplurals=2; plural=(n != 1);",
	i18n.FR: "nplurals=2; plural=(n > 1);",
	i18n.ES: "nplurals=2; plural=(n != 1);",
	i18n.NL: "nplurals=2; plural=(n != 1);",
	i18n.JA: "nplurals=1; plural=0;",
}

// Forms is how many msgstr[n] a plural message has in the language.
func Forms(l i18n.Lang) int {
	if l == i18n.JA {
		return 1
	}
	return 2
}

// WriteTemplate writes the catalogue template (messages.pot): every message, none
// translated.
func WriteTemplate(w io.Writer, ms []Message) error {
	return write(w, "", ms, nil)
}

// WriteCatalogue writes a language's PO file for the messages: the translations
// of old (that language's entries as they were) kept, fuzzy marks too; new
// messages untranslated; messages no longer used left out.
func WriteCatalogue(w io.Writer, l i18n.Lang, ms []Message, old []Entry) error {
	byID := map[string]Entry{}
	for _, e := range old {
		byID[e.ID] = e
	}
	return write(w, l, ms, byID)
}

func write(w io.Writer, l i18n.Lang, ms []Message, old map[string]Entry) error {
	var b strings.Builder
	lang, forms := "", "nplurals=INTEGER; plural=EXPRESSION;"
	if l != "" {
		lang, forms = string(l), PluralForms[l]
	}
	b.WriteString("# The page's words. docs/translating.md says how to add or change a translation;\n")
	b.WriteString("# `make messages` adds new messages and compiles this file for the page.\n")
	b.WriteString("msgid \"\"\nmsgstr \"\"\n")
	for _, h := range []string{
		"Project-Id-Version: training-roi",
		"Language: " + lang,
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8",
		"Content-Transfer-Encoding: 8bit",
		"Plural-Forms: " + forms,
	} {
		b.WriteString(quote(h+"\n") + "\n")
	}
	for _, m := range ms {
		b.WriteString("\n")
		if ph := Placeholders(m.ID + m.Plural); len(ph) > 0 {
			b.WriteString("#. placeholders: {" + strings.Join(ph, "}, {") + "}\n")
		}
		b.WriteString("#: " + strings.Join(m.Files, " ") + "\n")
		e, had := old[m.ID]
		if had && e.Fuzzy {
			b.WriteString("#, fuzzy\n")
		}
		b.WriteString("msgid " + quote(m.ID) + "\n")
		if m.Plural == "" {
			str := ""
			if had && e.Plural == "" && len(e.Str) > 0 {
				str = e.Str[0]
			}
			b.WriteString("msgstr " + quote(str) + "\n")
			continue
		}
		b.WriteString("msgid_plural " + quote(m.Plural) + "\n")
		n := 2
		if l != "" {
			n = Forms(l)
		}
		for i := range n {
			str := ""
			if had && e.Plural != "" && i < len(e.Str) {
				str = e.Str[i]
			}
			fmt.Fprintf(&b, "msgstr[%d] %s\n", i, quote(str))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// quote writes a PO string as gettext's tools read it: the escapes \\, \", \n,
// \t and \xhh for other control characters; everything else as UTF-8 (a no-break
// space stays a character, as translators' editors show it).
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\' || r == '"':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
