package msgs

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/app/i18n"
)

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
func WriteCatalogue(w io.Writer, l i18n.Lang, ms []Message, old []i18n.Entry) error {
	byID := map[string]i18n.Entry{}
	for _, e := range old {
		byID[e.ID] = e
	}
	return write(w, l, ms, byID)
}

func write(w io.Writer, l i18n.Lang, ms []Message, old map[string]i18n.Entry) error {
	var b strings.Builder
	lang, forms := "", "nplurals=INTEGER; plural=EXPRESSION;"
	if l != "" {
		lang, forms = string(l), PluralForms[l]
	}
	b.WriteString("# The page's words: app/i18n reads this file. docs/translating.md says how to\n")
	b.WriteString("# add or change a translation; `make messages` adds new messages.\n")
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

// quote writes a PO string: Go's quoting, whose escapes for what a message may
// hold (\", \\, \n) are gettext's, printable characters as they are.
func quote(s string) string { return strconv.Quote(s) }
