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

func readPO(t *testing.T, name string) []i18n.Entry {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "app", "i18n", "po", name))
	if err != nil {
		t.Fatal(err)
	}
	return i18n.ReadPO(string(data))
}

// The template in the repository is what the source says today.
func TestTemplateIsCurrent(t *testing.T) {
	var want bytes.Buffer
	if err := WriteTemplate(&want, extracted(t)); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, "app", "i18n", "po", "messages.pot"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatal("app/i18n/po/messages.pot is not what the source says: run make messages, then translate what it adds")
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
			byID := map[string]i18n.Entry{}
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
