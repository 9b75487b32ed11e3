package state

import "time"

// Two windows of the calculator (tabs) that change the saved scenarios at the same
// moment each read the list, change it and write it whole: the second write would
// drop the first one's change. Storage gives no transaction, so each window keeps
// the changes it wrote for a while, with the writes known to hold them. When
// another window's write arrives (the browser's "storage" event) without one of
// them, and was not made from a write that held it (its window did not know of
// it), the change is applied again to the list as stored and the result written.
// Every window applies the same rules, so they agree: of two changes of one
// scenario made at once, the one that sorts first stands (a deletion, else by
// name, then by inputs), and a name two scenarios ended up with stays with the
// one whose ID sorts first.

// SavedChange is what one window's write did to one scenario: from Was to Want
// (nil: absent), at time At; In are the writes known to hold it.
type SavedChange struct {
	ID        string
	Was, Want *SavedScenario
	At        time.Time
	In        []SavedRev
}

// keepChanges is how long a window applies its changes again: writes made at the
// same moment reach other windows within milliseconds.
const keepChanges = 10 * time.Second

// Diff is what turning before into after changes, scenario by scenario, in the
// write w at time at.
func Diff(before, after []SavedScenario, w SavedRev, at time.Time) []SavedChange {
	var out []SavedChange
	for _, a := range after {
		if j := indexID(before, a.ID); j < 0 || before[j] != a {
			var was *SavedScenario
			if j >= 0 {
				b := before[j]
				was = &b
			}
			out = append(out, SavedChange{ID: a.ID, Was: was, Want: &a, At: at, In: []SavedRev{w}})
		}
	}
	for _, b := range before {
		if indexID(after, b.ID) < 0 {
			out = append(out, SavedChange{ID: b.ID, Was: &b, At: at, In: []SavedRev{w}})
		}
	}
	return out
}

// Track adds a write's changes to those a window keeps, and forgets those older
// than keepChanges.
func Track(pending, changes []SavedChange, now time.Time) []SavedChange {
	var kept []SavedChange
	for _, c := range pending {
		if now.Sub(c.At) <= keepChanges {
			kept = append(kept, c)
		}
	}
	return append(kept, changes...)
}

// Written notes that the write w holds the changes.
func Written(pending []SavedChange, w SavedRev) []SavedChange {
	out := make([]SavedChange, len(pending))
	for i, c := range pending {
		c.In = append(c.In[:len(c.In):len(c.In)], w)
		out[i] = c
	}
	return out
}

// Next is the write of list that window me makes after reading l, having seen
// writes up to revision seen: its revision is higher than both.
func (l SavedList) Next(me string, seen int, list []SavedScenario) SavedList {
	return SavedList{SavedRev: SavedRev{Rev: max(l.Rev, seen) + 1, By: me}, Base: l.SavedRev, List: list}
}

// Reconciled is what a window does when another window has written the list.
type Reconciled struct {
	List    []SavedScenario // the list to show, and to write when Write
	Write   bool            // the list differs from the stored one: write it
	Pending []SavedChange   // the changes to keep (see Written, when Write)
	Lost    []SavedChange   // changes that could not be applied again (the list is full)
	GivenUp []SavedChange   // changes given up to another window's change of the same scenario
	Renamed [][2]string     // names of this window's scenarios that another's took: from, to
}

// Reconcile answers theirs, a write by another window: each of the window's
// changes that theirs lacks although it was not made from a write holding
// it is applied again to stored, the list as stored now. A change that theirs
// undid knowingly is forgotten, and so is one older than keepChanges. A change
// whose scenario another window changed too is given up unless it sorts before
// that change (see lessScenario).
func Reconcile(stored, theirs SavedList, pending []SavedChange, now time.Time) Reconciled {
	list := append([]SavedScenario(nil), stored.List...)
	var r Reconciled
	for _, c := range pending {
		if now.Sub(c.At) > keepChanges {
			continue
		}
		if j := indexID(theirs.List, c.ID); (j >= 0 && c.Want != nil && theirs.List[j] == *c.Want) || (j < 0 && c.Want == nil) {
			c.In = append(c.In[:len(c.In):len(c.In)], theirs.SavedRev)
		} else if holds(c.In, theirs.Base) {
			continue
		}
		i := indexID(list, c.ID)
		var cur *SavedScenario
		if i >= 0 {
			cur = &list[i]
		}
		switch {
		case sameScenario(cur, c.Want):
		case !sameScenario(cur, c.Was) && !lessScenario(c.Want, cur):
			r.GivenUp = append(r.GivenUp, c)
			continue
		case c.Want == nil:
			list = append(list[:i], list[i+1:]...)
		case i >= 0:
			list[i] = *c.Want
		case len(list) >= MaxSaved:
			r.Lost = append(r.Lost, c)
			continue
		default:
			list = append(list, *c.Want)
		}
		r.Pending = append(r.Pending, c)
	}
	r.List = uniqueNames(list)
	r.Write = !sameList(r.List, stored.List)
	// A scenario of this window that had to give up its name for another's is
	// now wanted under its new one.
	for i, c := range r.Pending {
		if j := indexID(r.List, c.ID); c.Want != nil && j >= 0 && r.List[j] != *c.Want {
			if r.List[j].Name != c.Want.Name {
				r.Renamed = append(r.Renamed, [2]string{c.Want.Name, r.List[j].Name})
			}
			w := r.List[j]
			r.Pending[i].Want = &w
		}
	}
	return r
}

// uniqueNames gives every scenario a name of its own: of those that share one
// (letter case aside), the one whose ID sorts first keeps it, the others become
// "name 2"… in the order of their IDs. Windows that merged the same changes then
// name them alike.
func uniqueNames(list []SavedScenario) []SavedScenario {
	order := make([]int, len(list))
	for i := range order {
		order[i] = i
	}
	for i := 1; i < len(order); i++ { // lists are short: an insertion sort
		for j := i; j > 0 && list[order[j]].ID < list[order[j-1]].ID; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	var kept []SavedScenario // the names given so far, in ID order
	for _, i := range order {
		if FindScenario(kept, list[i].Name) >= 0 {
			list[i].Name = uniqueName(kept, list[i].Name)
		}
		kept = append(kept, list[i])
	}
	return list
}

func indexID(list []SavedScenario, id string) int {
	for i := range list {
		if list[i].ID == id {
			return i
		}
	}
	return -1
}

// lessScenario orders what changes of one scenario made at once may leave:
// none (deleted) first, then by name, then by inputs.
func lessScenario(a, b *SavedScenario) bool {
	switch {
	case b == nil:
		return false
	case a == nil:
		return true
	case a.Name != b.Name:
		return a.Name < b.Name
	}
	return a.Query < b.Query
}

// holds reports whether w is one of the writes.
func holds(writes []SavedRev, w SavedRev) bool {
	for _, x := range writes {
		if x == w {
			return true
		}
	}
	return false
}

func sameList(a, b []SavedScenario) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameScenario(a, b *SavedScenario) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
