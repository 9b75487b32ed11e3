package state

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func names(list []SavedScenario) []string {
	var out []string
	for _, s := range list {
		out = append(out, s.Name)
	}
	return out
}

// Save, rename, duplicate and delete, each leaving the list it was given as it
// was (the page keeps that one when storing the new one fails).
func TestSavedScenarioOperations(t *testing.T) {
	f := DefaultFormIn(DefaultLocale)
	f.Set("sales_target", "8")
	f.Set("mkt_target", "2")
	list, err := AddScenario(nil, "  8 days\tfor sales ", f, DefaultLocale)
	if err != nil || !slices.Equal(names(list), []string{"8 days for sales"}) {
		t.Fatalf("add: %v %v", names(list), err)
	}
	if list[0].Query != "mkt_target=2&sales_target=8" || list[0].Form(DefaultLocale) != f {
		t.Errorf("saved query %q", list[0].Query)
	}
	list, _ = AddScenario(list, "6 days", DefaultForm(), DefaultLocale)
	before := slices.Clone(list)

	if _, err := AddScenario(list, "8 DAYS FOR SALES", f, DefaultLocale); err != ErrNameTaken {
		t.Errorf("a name taken but for case: %v", err)
	}
	if _, err := AddScenario(list, " \u202e ", f, DefaultLocale); err != ErrNameEmpty {
		t.Errorf("an empty name: %v", err)
	}
	renamed, err := RenameScenario(list, "6 DAYS", "Six days")
	if err != nil || !slices.Equal(names(renamed), []string{"8 days for sales", "Six days"}) {
		t.Errorf("rename: %v %v", names(renamed), err)
	}
	if _, err := RenameScenario(list, "6 days", "8 days for sales"); err != ErrNameTaken {
		t.Errorf("rename onto another's name: %v", err)
	}
	if again, err := RenameScenario(list, "6 days", "6 Days"); err != nil || again[1].Name != "6 Days" {
		t.Errorf("a change of case only: %v %v", names(again), err)
	}
	dup, name, err := DuplicateScenario(list, "8 days for sales")
	if err != nil || name != "8 days for sales (copy)" || !slices.Equal(names(dup), []string{"8 days for sales", "8 days for sales (copy)", "6 days"}) || dup[1].Query != dup[0].Query {
		t.Errorf("duplicate: %v %q %v", names(dup), name, err)
	}
	if _, name, _ := DuplicateScenario(dup, "8 days for sales"); name != "8 days for sales (copy) 2" {
		t.Errorf("a second copy is called %q", name)
	}
	gone, err := DeleteScenario(list, "8 days for sales")
	if err != nil || !slices.Equal(names(gone), []string{"6 days"}) {
		t.Errorf("delete: %v %v", names(gone), err)
	}
	if _, err := DeleteScenario(list, "nope"); err != ErrNotSaved {
		t.Errorf("delete of a name not saved: %v", err)
	}
	if !slices.Equal(list, before) {
		t.Errorf("the operations changed the list they were given: %v", names(list))
	}
}

func TestSavedScenarioLimits(t *testing.T) {
	var list []SavedScenario
	for i := 0; i < MaxSaved; i++ {
		var err error
		if list, err = AddScenario(list, NewName(list), DefaultForm(), DefaultLocale); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := AddScenario(list, "one more", DefaultForm(), DefaultLocale); err != ErrTooMany {
		t.Errorf("scenario %d: %v", MaxSaved+1, err)
	}
	if _, _, err := DuplicateScenario(list, list[0].Name); err != ErrTooMany {
		t.Errorf("a copy beyond the limit: %v", err)
	}
	long := strings.Repeat("é", 100)
	if l, _ := AddScenario(nil, long, DefaultForm(), DefaultLocale); utf8.RuneCountInString(l[0].Name) != MaxNameLen {
		t.Errorf("a long name is kept as %d characters", utf8.RuneCountInString(l[0].Name))
	}
	l, _ := AddScenario(nil, long, DefaultForm(), DefaultLocale)
	if _, name, _ := DuplicateScenario(l, l[0].Name); utf8.RuneCountInString(name) > MaxNameLen || !strings.HasSuffix(name, " 2") {
		t.Errorf("the copy of a long name is %q", name)
	}
}

func TestSavedScenariosData(t *testing.T) {
	list, _ := AddScenario(nil, "<b>Plan</b> & \"co\"", DefaultForm(), DefaultLocale)
	list, _ = AddScenario(list, "Plan 2", DefaultForm(), DefaultLocale)
	got, err := DecodeScenarios(EncodeScenarios(list))
	if err != nil || !slices.Equal(got, list) {
		t.Fatalf("round trip: %v %v", got, err)
	}
	if got, err := DecodeScenarios(""); err != nil || len(got) != 0 {
		t.Errorf("nothing saved: %v %v", got, err)
	}
	if got := EncodeScenarios(nil); got != `{"v":1,"scenarios":[]}` {
		t.Errorf("an empty list is written %s", got)
	}
	for _, bad := range []string{"{not json", `{"v":2,"scenarios":[]}`, `{"v":1,"scenarios":{}}`, `{"v":1,"scenarios":[{"name":1}]}`, `[]`, strings.Repeat(" ", 2<<20)} {
		if _, err := DecodeScenarios(bad); err != ErrScenarios {
			t.Errorf("DecodeScenarios(%.30q): %v, want ErrScenarios", bad, err)
		}
	}
	// Names that came in unclean or twice are made clean and unique.
	got, err = DecodeScenarios(`{"v":1,"scenarios":[{"name":" A\n","query":"mqls=1"},{"name":"a","query":"mqls=2"},{"name":"","query":""}]}`)
	if err != nil || !slices.Equal(names(got), []string{"A", "a 2", "Scenario"}) {
		t.Errorf("decoded names %v %v", names(got), err)
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"  Plan\u00a0A \n":        "Plan A",
		"a\u202eb\u2066c":         "a b c",
		"x\xffy":                  "x y",
		"<img src=x onerror=1>":   "<img src=x onerror=1>", // text, shown as text
		strings.Repeat("ab ", 40): strings.TrimSpace(strings.Repeat("ab ", 20)),
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzDecodeScenarios(f *testing.F) {
	for _, seed := range []string{"", `{"v":1,"scenarios":[{"name":"A","query":"mqls=5"},{"name":"a"}]}`, "{", `{"v":1}`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data string) {
		list, err := DecodeScenarios(data)
		if err != nil {
			return
		}
		for i, s := range list {
			if s.Name == "" || s.Name != CleanName(s.Name) || FindScenario(list, s.Name) != i {
				t.Fatalf("name %d %q is empty, unclean or not unique", i, s.Name)
			}
		}
		again, err := DecodeScenarios(EncodeScenarios(list))
		if err != nil || !slices.Equal(again, list) {
			t.Fatalf("re-encoding changed the list: %v", err)
		}
	})
}
