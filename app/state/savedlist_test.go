package state

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// maximalForm has every field as long as a field's text is kept, in characters
// that URL-escaping and JSON make longest.
func maximalForm(ch string) Form {
	var f Form
	for i := range f {
		f.Set(calcFieldName(i), strings.Repeat(ch, 2*MaxTextLen))
	}
	return f
}

func calcFieldName(i int) string {
	for name, j := range index {
		if j == i {
			return name
		}
	}
	return ""
}

// Issue 21: 50 scenarios as large as they can be are written, and read back
// whole; one more would be refused when written, not found unreadable later.
func TestMaximalScenariosAreReadBack(t *testing.T) {
	for _, ch := range []string{"<", "&", "\u2028", "\U0001F600", "~"} {
		f := maximalForm(ch)
		var list []SavedScenario
		for i := range MaxSaved {
			name := strings.Repeat(ch, MaxNameLen-2) + fmt.Sprintf("%02d", i)
			var err error
			if list, err = AddScenario(list, name, f, DefaultLocale); err != nil {
				t.Fatalf("%q: scenario %d: %v", ch, i+1, err)
			}
		}
		l := SavedList{SavedRev: SavedRev{Rev: 1 << 40, By: NewID()}, Base: SavedRev{Rev: 1<<40 - 1, By: NewID()}, List: list}
		data, err := EncodeSavedList(l)
		if err != nil {
			t.Fatalf("%q: 50 maximal scenarios refused: %v", ch, err)
		}
		got, err := DecodeSavedList(data)
		if err != nil || !slices.Equal(got.List, list) || got.SavedRev != l.SavedRev || got.Base != l.Base {
			t.Fatalf("%q: %d bytes written, read back %d scenarios: %v", ch, len(data), len(got.List), err)
		}
		if got.List[0].Form(DefaultLocale) != f {
			t.Errorf("%q: the inputs did not come back as they were", ch)
		}
		t.Logf("%q: 50 maximal scenarios are %d bytes (limit %d)", ch, len(data), maxScenariosData)

		// The inputs on screen, as large as they can be, too.
		if back, err := Decode(Encode(f, DefaultLocale), DefaultLocale); err != nil || back != f {
			t.Errorf("%q: maximal inputs (%d bytes) not read back: %v", ch, len(Encode(f, DefaultLocale)), err)
		}
	}
	// Past the limit the write refuses.
	list := make([]SavedScenario, 2*MaxSaved)
	for i := range list {
		list[i] = SavedScenario{ID: NewID(), Name: fmt.Sprint(i), Query: strings.Repeat("%3C", maxScenarioData/3)}
	}
	if _, err := EncodeSavedList(SavedList{List: list}); !errors.Is(err, ErrSavedTooLarge) {
		t.Errorf("a list past the limit: %v, want ErrSavedTooLarge", err)
	}
}

// A list that cannot be read whole gives what can be read of it, with
// ErrScenarios (the page then shows those and writes nothing over them).
func TestUnreadableListIsReadAsFarAsItGoes(t *testing.T) {
	list, _ := AddScenario(nil, "First", DefaultForm(), DefaultLocale)
	list, _ = AddScenario(list, "Second", DefaultForm(), DefaultLocale)
	list, _ = AddScenario(list, "Third", DefaultForm(), DefaultLocale)
	whole := EncodeScenarios(list)
	cut := whole[:strings.Index(whole, `"Third"`)+3]
	huge := `{"v":1,"scenarios":[{"name":"Big","query":"` + strings.Repeat("m", maxScenariosData) + `"}]}`
	for _, c := range []struct {
		name, data string
		want       []string
	}{
		{"cut short", cut, []string{"First", "Second"}},
		{"another version", strings.Replace(whole, `"v":1`, `"v":2`, 1), []string{"First", "Second", "Third"}},
		{"a bad element", `{"v":1,"scenarios":[{"name":"A","query":"mqls=1"},{"name":5},"x",{"name":"C","query":""}],"extra":{"a":[1]}}`, []string{"A", "C"}},
		{"extra fields first", `{"x":[{"name":"no"}],"v":9,"scenarios":[{"name":"A"}]}`, []string{"A"}},
		{"too large", huge, []string{"Big"}},
		{"not ours", `[{"name":"A"}]`, nil},
		{"not JSON", "{not json", nil},
	} {
		got, err := DecodeSavedList(c.data)
		if err != ErrScenarios || !slices.Equal(names(got.List), c.want) {
			t.Errorf("%s: read %v, %v; want %v and ErrScenarios", c.name, names(got.List), err, c.want)
		}
		for _, s := range got.List {
			if s.ID == "" {
				t.Errorf("%s: %q has no ID", c.name, s.Name)
			}
		}
	}
	// Lists from before IDs: each window gives the scenarios the same IDs.
	a, _ := DecodeSavedList(`{"v":1,"scenarios":[{"name":"A","query":"mqls=1"},{"name":"a","query":"mqls=2"}]}`)
	b, _ := DecodeSavedList(`{"v":1,"scenarios":[{"name":"A","query":"mqls=1"},{"name":"a","query":"mqls=2"}]}`)
	if !slices.Equal(a.List, b.List) || a.List[0].ID == a.List[1].ID {
		t.Errorf("IDs of an old list: %+v and %+v", a.List, b.List)
	}
}
