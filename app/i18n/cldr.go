package i18n

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// The little of CLDR the page needs, for its six languages: plural forms, list
// patterns and long dates.

// pluralForm is the index of the msgstr[] form for the number n in the PO file's
// Plural-Forms: 0 for "one", 1 for "other" (Japanese has only "other", index 0).
// By CLDR's rules: English, German and Dutch say one for 1 exactly (1.5 takes
// the plural), Spanish for 1, French for 0 to less than 2 (its integer part is
// 0 or 1).
func (l Lang) pluralForm(n float64) int {
	n = math.Abs(n)
	switch l {
	case JA:
		return 0
	case FR:
		if n < 2 {
			return 0
		}
		return 1
	}
	if n == 1 {
		return 0
	}
	return 1
}

// List joins items the language's way: "a, b and c", "a, b und c", "a、b、c".
func (p Printer) List(items []string) string {
	if p.Lang == JA {
		return strings.Join(items, "、")
	}
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	and := map[Lang]string{DE: "und", FR: "et", ES: "y", NL: "en"}[p.Lang]
	if and == "" {
		and = "and"
	}
	s := strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
	if p.Lang == Pseudo {
		return "⟦" + s + "⟧"
	}
	return s
}

var months = map[Lang][12]string{
	EN: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	DE: {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	FR: {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	ES: {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	NL: {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
}

// Date writes a day the language's way: "4 December 2026", "4. Dezember 2026",
// "1er décembre 2026", "4 de diciembre de 2026", "2026年12月4日".
func (p Printer) Date(t time.Time) string {
	d, y := strconv.Itoa(t.Day()), strconv.Itoa(t.Year())
	switch p.Lang {
	case JA:
		return y + "年" + strconv.Itoa(int(t.Month())) + "月" + d + "日"
	case DE:
		return d + ". " + months[DE][t.Month()-1] + " " + y
	case FR:
		if t.Day() == 1 {
			d = "1er"
		}
		return d + " " + months[FR][t.Month()-1] + " " + y
	case ES:
		return d + " de " + months[ES][t.Month()-1] + " de " + y
	case NL:
		return d + " " + months[NL][t.Month()-1] + " " + y
	case Pseudo:
		return "⟦" + d + " " + months[EN][t.Month()-1] + " " + y + "⟧"
	}
	return d + " " + months[EN][t.Month()-1] + " " + y
}

// Join lists items of equal rank without a conjunction: "a, b, c", "a、b、c".
func (p Printer) Join(items []string) string {
	if p.Lang == JA {
		return strings.Join(items, "、")
	}
	return strings.Join(items, ", ")
}
