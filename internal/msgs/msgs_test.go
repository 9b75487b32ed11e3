package msgs

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/trainingroi/calculator/app/i18n"
)

const root = "../.."

func extracted(t *testing.T) []Message {
	t.Helper()
	ms, err := Extract(root)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// repoFile reads a file of the repository, named by a slash-separated path.
func repoFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(path)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readPO(t *testing.T, name string) []Entry {
	return ReadPO(string(repoFile(t, "app/i18n/po/"+name)))
}

// The template in the repository is what the source says today.
func TestTemplateIsCurrent(t *testing.T) {
	var want bytes.Buffer
	if err := WriteTemplate(&want, extracted(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(repoFile(t, "app/i18n/po/messages.pot"), want.Bytes()) {
		t.Fatal("app/i18n/po/messages.pot is not what the source says: run make messages, then translate what it adds")
	}
}

// The compiled catalogue the page reads is the PO files as they are.
func TestCompiledCatalogueIsCurrent(t *testing.T) {
	ms := extracted(t)
	catalogues := map[i18n.Lang][]Entry{}
	for _, l := range i18n.Langs[1:] {
		catalogues[l] = readPO(t, string(l)+".po")
	}
	var want bytes.Buffer
	if err := WriteCompiled(&want, ms, catalogues); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(repoFile(t, "app/i18n/catalogue_gen.go"), want.Bytes()) {
		t.Fatal("app/i18n/catalogue_gen.go is not the PO files compiled: run make messages")
	}
}

const samplePO = `# a comment
msgid ""
msgstr ""
"Language: de\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: app/x.go
msgid "For your numbers: {plan}."
msgstr "Für Ihre Zahlen: "
"{plan}."

msgid "{n} day"
msgid_plural "{n} days"
msgstr[0] "{n} Tag"
msgstr[1] "{n} Tage"

#, fuzzy
msgid "Not sure."
msgstr "Nicht sicher."

msgid "Not translated."
msgstr ""

msgid "Quote \"this\"\\n"
msgstr "Zitat „dies“ \x01"

#~ msgid "Gone."
#~ msgstr "Weg."
`

// ReadPO reads what gettext's tools write, and quote writes what they read.
func TestReadPO(t *testing.T) {
	entries := ReadPO(samplePO)
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
	}
	if want := []string{"", "For your numbers: {plan}.", "{n} day", "Not sure.", "Not translated.", "Quote \"this\"\\n"}; !slices.Equal(ids, want) {
		t.Fatalf("entries %q, want %q", ids, want)
	}
	if !entries[3].Fuzzy || entries[2].Fuzzy {
		t.Errorf("fuzzy marks: %+v, %+v", entries[2], entries[3])
	}
	if got := entries[1].Str; !slices.Equal(got, []string{"Für Ihre Zahlen: {plan}."}) {
		t.Errorf("a string over two lines: %q", got)
	}
	if got := entries[2].Str; !slices.Equal(got, []string{"{n} Tag", "{n} Tage"}) {
		t.Errorf("plural forms: %q", got)
	}
	if got := entries[5].Str[0]; got != "Zitat „dies“ \x01" {
		t.Errorf("escapes: %q", got)
	}
	for _, s := range []string{"plain", "a \"quote\" and a \\ back\nslash", "no-break\u00a0space", "ctl\x01"} {
		if back := ReadPO("msgid " + quote(s) + "\nmsgstr \"\"\n"); len(back) != 1 || back[0].ID != s {
			t.Errorf("quote(%q) = %s reads back as %+v", s, quote(s), back)
		}
	}
	if q := quote("no-break\u00a0space"); !strings.Contains(q, "\u00a0") {
		t.Errorf("quote writes a no-break space as %s, not as the character", q)
	}
}

// Every message is in every language, translated, not fuzzy, with the same
// placeholders and as many plural forms as the language has.
func TestEveryLanguageHasEveryMessage(t *testing.T) {
	ms := extracted(t)
	if len(ms) < 400 {
		t.Fatalf("only %d messages found: the extraction misses the page's words", len(ms))
	}
	for _, l := range i18n.Langs[1:] {
		t.Run(string(l), func(t *testing.T) {
			entries := readPO(t, string(l)+".po")
			byID := map[string]Entry{}
			for _, e := range entries {
				byID[e.ID] = e
			}
			if h := byID[""]; len(h.Str) == 0 || !strings.Contains(h.Str[0], "Plural-Forms: "+PluralForms[l]) {
				t.Errorf("the header lacks Plural-Forms: %s", PluralForms[l])
			}
			missing := 0
			for _, m := range ms {
				e, ok := byID[m.ID]
				switch {
				case !ok || len(e.Str) == 0 || e.Str[0] == "":
					missing++
					if missing <= 10 {
						t.Errorf("not translated: %q", m.ID)
					}
					continue
				case e.Fuzzy:
					t.Errorf("marked fuzzy: %q", m.ID)
				case (e.Plural == "") != (m.Plural == ""):
					t.Errorf("%q: plural %q in the file, %q in the source", m.ID, e.Plural, m.Plural)
				case m.Plural != "" && len(e.Str) != Forms(l):
					t.Errorf("%q: %d plural forms, the language has %d", m.ID, len(e.Str), Forms(l))
				}
				want := Placeholders(m.ID + m.Plural)
				for i, s := range e.Str {
					if got := Placeholders(s); !slices.Equal(got, want) {
						t.Errorf("%q (form %d): placeholders %v, want %v: %q", m.ID, i, got, want, s)
					}
					if s == m.ID && words(m.ID) >= 4 {
						t.Errorf("%q is the English, not translated", m.ID)
					}
				}
			}
			if missing > 10 {
				t.Errorf("… %d messages not translated in all", missing)
			}
			known := map[string]bool{"": true}
			for _, m := range ms {
				known[m.ID] = true
			}
			for _, e := range entries {
				if !known[e.ID] {
					t.Errorf("%q is no longer used: run make messages", e.ID)
				}
			}
		})
	}
}

// words counts the words of three letters or more outside placeholders.
func words(msg string) int {
	n := 0
	for _, f := range strings.FieldsFunc(msg, func(r rune) bool { return !unicode.IsLetter(r) && r != '{' && r != '}' }) {
		if !strings.HasPrefix(f, "{") && len([]rune(f)) >= 3 {
			n++
		}
	}
	return n
}

// The extraction finds what each kind of call names, and nothing else.
func TestExtractionFindsEachKindOfMessage(t *testing.T) {
	dir := t.TempDir()
	src := `package demo

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

const greeting = "Hello, {name}."
const prefix = "Prefix and "

type Problem string

const ErrBad Problem = "That is bad."

var table = []string{i18n.Later("In a table.")}

func use(p i18n.Printer, v string) {
	p.T("Plain.")
	p.F(greeting, "name", v)
	p.F(prefix + "sum.")
	p.N("{n} day", "{n} days", 2)
	_ = i18n.M("Made {x}.", "x", v)
	p.T(v)         // a variable: not a message here
	_ = fmtT("no") // not a method call
	_ = app.T("name", v) // an action's tag
}

func fmtT(s string) string { return s }
`
	if err := os.MkdirAll(filepath.Join(dir, "app", "demo"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app", "demo", "demo.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ms, err := Extract(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		if m.Files[0] == "app/demo/demo.go" {
			got = append(got, m.ID+"|"+m.Plural)
		}
	}
	want := []string{"That is bad.|", "In a table.|", "Plain.|", "Hello, {name}.|", "Prefix and sum.|", "{n} day|{n} days", "Made {x}.|"}
	if !slices.Equal(got, want) {
		t.Errorf("extracted %q\nwant %q", got, want)
	}
}
