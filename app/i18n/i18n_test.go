package i18n

import (
	"testing"
	"time"
)

func TestParseAndMatch(t *testing.T) {
	for tag, want := range map[string]Lang{"de": DE, "de-CH": DE, "DE_at": DE, " ja-JP ": JA, "es;q=0.8": ES, "qps": Pseudo} {
		if l, ok := Parse(tag); !ok || l != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tag, l, ok, want)
		}
	}
	for _, tag := range []string{"", "pt-BR", "*", "e", "english"} {
		if l, ok := Parse(tag); ok {
			t.Errorf("Parse(%q) = %q, want none", tag, l)
		}
	}
	for _, c := range []struct {
		tags []string
		lang Lang
		tag  string
	}{
		{[]string{"pt-BR", "es;q=0.8", "en"}, ES, "es"},
		{[]string{"fr-CH", "fr"}, FR, "fr-CH"},
		{[]string{"qps", "nl"}, NL, "nl"}, // a browser never asks for the pseudo-language
		{[]string{"pt"}, EN, ""},
		{nil, EN, ""},
	} {
		if l, tag := Match(c.tags); l != c.lang || tag != c.tag {
			t.Errorf("Match(%q) = %q, %q; want %q, %q", c.tags, l, tag, c.lang, c.tag)
		}
	}
}

// CLDR's plural categories for the page's languages: one and other, French's one
// taking 0 and 1.5, Japanese with other only.
func TestPluralForms(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		n    float64
		form int
	}{
		{EN, 1, 0}, {EN, 0, 1}, {EN, 1.5, 1}, {EN, 2, 1}, {EN, -1, 0},
		{DE, 1, 0}, {DE, 0, 1}, {NL, 1, 0}, {NL, 21, 1}, {ES, 1, 0}, {ES, 0, 1},
		{FR, 0, 0}, {FR, 1, 0}, {FR, 1.5, 0}, {FR, 2, 1},
		{JA, 1, 0}, {JA, 5, 0},
	} {
		if got := c.lang.pluralForm(c.n); got != c.form {
			t.Errorf("%s, %v: form %d, want %d", c.lang, c.n, got, c.form)
		}
	}
}

func TestListsDatesSentences(t *testing.T) {
	items := []string{"a", "b", "c"}
	for l, want := range map[Lang]string{EN: "a, b and c", DE: "a, b und c", FR: "a, b et c", ES: "a, b y c", NL: "a, b en c", JA: "a、b、c"} {
		if got := For(l).List(items); got != want {
			t.Errorf("%s: List = %q, want %q", l, got, want)
		}
	}
	day := time.Date(2026, time.December, 4, 0, 0, 0, 0, time.UTC)
	for l, want := range map[Lang]string{EN: "4 December 2026", DE: "4. Dezember 2026", FR: "4 décembre 2026", ES: "4 de diciembre de 2026", NL: "4 december 2026", JA: "2026年12月4日"} {
		if got := For(l).Date(day); got != want {
			t.Errorf("%s: Date = %q, want %q", l, got, want)
		}
	}
	for _, c := range []struct{ name, got, want string }{
		{"two items", For(DE).List([]string{"a", "b"}), "a und b"},
		{"one item", For(FR).List([]string{"a"}), "a"},
		{"French first of the month", For(FR).Date(day.AddDate(0, 0, -3)), "1er décembre 2026"},
		{"Japanese sentences", For(JA).Sentences("一。", "", "二。"), "一。二。"},
		{"English sentences", For(EN).Sentences("One.", "", "Two."), "One. Two."},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestFill(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"net {net}, ROI {roi}", "net $5, ROI 10%"},
		{"{roi} then {net}", "10% then $5"},
		{"{missing} stays", "{missing} stays"},
		{"an open { brace", "an open { brace"},
		{"no placeholder", "no placeholder"},
	} {
		if got := Fill(c.in, "net", "$5", "roi", "10%"); got != c.want {
			t.Errorf("Fill(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A compiled catalogue: texts in the messages' order, "" for none, a plural's
// forms joined (a one-form plural ending with the separator).
func TestCompiledCatalogue(t *testing.T) {
	ids := "For your numbers: {plan}.\x01{n} day\x01Not translated.\x01{n} week"
	c := compiled(ids, "Für Ihre Zahlen: {plan}.\x01{n} Tag\x00{n} Tage\x01\x01{n} 週\x00")
	for _, row := range []struct{ name, got, want string }{
		{"one", c.one["For your numbers: {plan}."], "Für Ihre Zahlen: {plan}."},
		{"plural", c.plural("{n} day", "{n} days", DE.pluralForm(2)), "{n} Tage"},
		{"one-form plural", c.plural("{n} week", "{n} weeks", JA.pluralForm(2)), "{n} 週"},
		{"a plural the catalogue lacks", c.plural("{n} year", "{n} years", 1), "{n} years"},
	} {
		if row.got != row.want {
			t.Errorf("%s: %q, want %q", row.name, row.got, row.want)
		}
	}
	if _, ok := c.one["Not translated."]; ok {
		t.Error("an empty text is used")
	}
	if c := compiled(ids, ""); len(c.one)+len(c.forms) != 0 {
		t.Error("a language with no texts has some")
	}
}

// The pseudo-language marks each message, and a message a catalogue lacks shows
// in English.
func TestPseudoAndFallback(t *testing.T) {
	for _, c := range []struct{ name, got, want string }{
		{"pseudo", For(Pseudo).F("Hello {name}.", "name", "Ann"), "⟦Hello Ann.⟧"},
		{"pseudo plural", For(Pseudo).N("{n} day", "{n} days", 3, "n", "3"), "⟦3 days⟧"},
		{"fallback", For(DE).T("A message no catalogue has, surely."), "A message no catalogue has, surely."},
		{"empty", For(DE).T(""), ""},
		{"Msg", M("Enter {x}.", "x", "5").String(), "Enter 5."},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
}

// BenchmarkReadCatalogue is the first use of a language: its catalogue made.
func BenchmarkReadCatalogue(b *testing.B) {
	for b.Loop() {
		compiled(messageIDs, translations[DE])
	}
}
