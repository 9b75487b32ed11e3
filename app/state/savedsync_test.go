package state

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// A model of the browser's storage as Chromium keeps it: one value in the
// browser, a copy in each window, writes that reach the browser in some order
// while the window's copy holds its own write, and a "storage" event in every
// other window for each write that reaches it.
type browserStore struct {
	value   string
	windows []*window
	rng     *rand.Rand
}

type window struct {
	id      string
	seen    int // the highest revision written or received
	cache   string
	outbox  []string // writes on their way to the browser
	events  []string // others' writes, as the storage event carries them
	pending []SavedChange
	store   *browserStore
}

func (b *browserStore) open(id string) *window {
	w := &window{id: id, cache: b.value, store: b}
	b.windows = append(b.windows, w)
	return w
}

// write stores a list as the page does.
func (w *window) write(stored SavedList, next []SavedScenario) (SavedRev, error) {
	l := stored.Next(w.id, w.seen, next)
	data, err := EncodeSavedList(l)
	if err != nil {
		return SavedRev{}, err
	}
	w.seen = l.Rev
	w.cache = data
	w.outbox = append(w.outbox, data)
	return l.SavedRev, nil
}

// now is the time of the model: every change is recent.
var now = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// change reads the list, applies op and writes the result, as onChangeSaved does.
func (w *window) change(t *testing.T, op func([]SavedScenario) ([]SavedScenario, error)) {
	t.Helper()
	stored, err := DecodeSavedList(w.cache)
	if err != nil {
		t.Fatal(err)
	}
	next, err := op(stored.List)
	if err != nil {
		t.Fatal(err)
	}
	written, err := w.write(stored, next)
	if err != nil {
		t.Fatal(err)
	}
	w.pending = Track(w.pending, Diff(stored.List, next, written, now), now)
}

// receive handles the next storage event, as the page does.
func (w *window) receive(t *testing.T) {
	t.Helper()
	theirs, _ := DecodeSavedList(w.events[0])
	w.events = w.events[1:]
	w.seen = max(w.seen, theirs.Rev)
	stored, err := DecodeSavedList(w.cache)
	if err != nil {
		t.Fatal(err)
	}
	r := Reconcile(stored, theirs, w.pending, now)
	w.pending = r.Pending
	if r.Write {
		written, err := w.write(stored, r.List)
		if err != nil {
			t.Fatal(err)
		}
		w.pending = Written(w.pending, written)
	}
}

// deliver takes a window's oldest write to the browser.
func (b *browserStore) deliver(from *window) {
	data := from.outbox[0]
	from.outbox = from.outbox[1:]
	b.value = data
	for _, w := range b.windows {
		if w == from {
			continue
		}
		if len(w.outbox) == 0 { // a window's own write in flight keeps its copy
			w.cache = data
		}
		w.events = append(w.events, data)
	}
}

// settle runs deliveries and events in a random order until nothing is left,
// and fails after too many steps (windows writing back and forth for ever).
func (b *browserStore) settle(t *testing.T) {
	t.Helper()
	for steps := 0; ; steps++ {
		if steps > 1000 {
			t.Fatal("the windows never stop writing")
		}
		var moves []func()
		for _, w := range b.windows {
			if len(w.outbox) > 0 {
				moves = append(moves, func() { b.deliver(w) })
			}
			if len(w.events) > 0 {
				moves = append(moves, func() { w.receive(t) })
			}
		}
		if len(moves) == 0 {
			return
		}
		moves[b.rng.IntN(len(moves))]()
	}
}

func (b *browserStore) list(t *testing.T) []SavedScenario {
	t.Helper()
	l, err := DecodeSavedList(b.value)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range b.windows {
		if w.cache != b.value {
			t.Errorf("window %s holds %s, the browser %s", w.id, w.cache, b.value)
		}
	}
	return l.List
}

func add(name, query string) func([]SavedScenario) ([]SavedScenario, error) {
	return func(l []SavedScenario) ([]SavedScenario, error) {
		f, _ := FormFromQuery(mustParse(query), DefaultLocale)
		return AddScenario(l, name, f, DefaultLocale)
	}
}

// Two windows save at the same moment, 20 times in a row, in every order the
// browser may take their writes: every scenario is kept, under the name asked for
// when the names differ, and under a name of its own when they are the same.
func TestTwoWindowsSavingAtOnce(t *testing.T) {
	seeds := uint64(30)
	if testing.Short() {
		seeds = 5
	}
	for seed := range seeds {
		b := &browserStore{rng: rand.New(rand.NewPCG(seed, 9))}
		a, c := b.open("a1"), b.open("b2")
		var want []string
		for i := range 20 {
			a.change(t, add(fmt.Sprintf("A %d", i), fmt.Sprintf("mqls=%d", 100+i)))
			c.change(t, add(fmt.Sprintf("B %d", i), fmt.Sprintf("mqls=%d", 200+i)))
			want = append(want, fmt.Sprintf("A %d", i), fmt.Sprintf("B %d", i))
			b.settle(t)
		}
		got := names(b.list(t))
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: kept %v, want %v", seed, got, want)
		}

		// The same name from both: both kept, one renamed, alike in both windows.
		a.change(t, add("Plan", "mqls=1"))
		c.change(t, add("Plan", "mqls=2"))
		b.settle(t)
		l := b.list(t)
		var plans []string
		for _, s := range l {
			if strings.HasPrefix(s.Name, "Plan") {
				plans = append(plans, s.Name+" "+s.Query)
			}
		}
		slices.Sort(plans)
		if len(plans) != 2 || !strings.HasPrefix(plans[0], "Plan ") || plans[0][5:] == plans[1][5:] {
			t.Fatalf("seed %d: the two Plans are kept as %v", seed, plans)
		}
	}
}

// Conflicting changes of one scenario end the same in every window, and a change
// made after seeing another window's is never undone by it.
func TestWindowsAgreeOnConflicts(t *testing.T) {
	for seed := range uint64(30) {
		b := &browserStore{rng: rand.New(rand.NewPCG(seed, 11))}
		a, c, d := b.open("a1"), b.open("b2"), b.open("c3")
		a.change(t, add("X", "mqls=1"))
		b.settle(t)
		a.change(t, func(l []SavedScenario) ([]SavedScenario, error) { return RenameScenario(l, "X", "From A") })
		c.change(t, func(l []SavedScenario) ([]SavedScenario, error) { return RenameScenario(l, "X", "From B") })
		d.change(t, add("Y", "mqls=3"))
		b.settle(t)
		got := names(b.list(t))
		slices.Sort(got)
		if !slices.Equal(got, []string{"From A", "Y"}) {
			t.Fatalf("seed %d: after two renames at once %v, want the first window's and Y", seed, got)
		}

		// Deleted at once with a rename: the deletion stands.
		c.change(t, func(l []SavedScenario) ([]SavedScenario, error) { return DeleteScenario(l, "From A") })
		a.change(t, func(l []SavedScenario) ([]SavedScenario, error) { return RenameScenario(l, "From A", "Again") })
		b.settle(t)
		if got := names(b.list(t)); !slices.Equal(got, []string{"Y"}) {
			t.Fatalf("seed %d: delete and rename at once: %v", seed, got)
		}

		// Saved, then deleted in another window that saw it: it stays deleted.
		a.change(t, add("Z", "mqls=4"))
		b.settle(t)
		c.change(t, func(l []SavedScenario) ([]SavedScenario, error) { return DeleteScenario(l, "Z") })
		b.settle(t)
		if got := names(b.list(t)); !slices.Equal(got, []string{"Y"}) {
			t.Fatalf("seed %d: a later delete was undone: %v", seed, got)
		}
	}
}

func mustParse(query string) url.Values {
	q, err := url.ParseQuery(query)
	if err != nil {
		panic(err)
	}
	return q
}
