package chart

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestPaybackRedrawsWhenOnlyPaysBackChanges is the stale chart: no direct
// cost, a 12-month lag and a one-year horizon give a flat line at zero; at 50%
// confidence the plan costs nothing extra and pays back at month 0, at 0% it
// brings no gain and does not pay back. The line is the same; the picture
// must not be.
func TestPaybackRedrawsWhenOnlyPaysBackChanges(t *testing.T) {
	at := func(conf float64) Payback {
		return edgeInputs(func(in *inputs) { in.DayCost, in.DayRate, in.Lag, in.Confidence = 0, 0, 12, conf }).payback()
	}
	before, after := at(50), at(0)
	if !reflect.DeepEqual(before.Path, after.Path) || !before.PaysBack || after.PaysBack {
		t.Fatalf("not the case described: %+v, %+v", before, after)
	}
	if reflect.DeepEqual(before, after) {
		t.Fatal("the props compare equal: go-app would not redraw")
	}
	for _, w := range widths {
		o := Options{Width: w}
		a := mustDraw(t, before, o)
		b := mustDraw(t, after, o)
		da, db := checkLayout(t, a.SVG, "before"), checkLayout(t, b.SVG, "after")
		if !da.has("pays back: month 0") || len(da.circles) != 1 {
			t.Errorf("at %d px, paying back: no mark and label in %q", w, da.textsOf())
		}
		if db.has("pays back: month 0") || len(db.circles) != 0 || strings.Contains(db.desc, "pays back") {
			t.Errorf("at %d px, not paying back: the mark is still there", w)
		}
		if texts := strings.Join(db.textsOf(), " "); !strings.Contains(texts, "No payback month:") {
			t.Errorf("at %d px, not paying back: the note is not shown in %q", w, texts)
		}
		if a.Table.Caption == b.Table.Caption || !strings.Contains(b.Table.Caption, after.Note) {
			t.Errorf("captions %q and %q", a.Table.Caption, b.Table.Caption)
		}
	}
}

// TestPaybackDrawsAllItsFields: changing any one field changes the SVG.
func TestPaybackDrawsAllItsFields(t *testing.T) {
	base := defaultInputs().payback()
	noPay := base
	noPay.PaysBack, noPay.Note = false, "Not within the horizon."
	otherNote := noPay
	otherNote.Note = "Another reason."
	moved := base
	moved.Month = 5.5
	path := base
	path.Path = append([]Point(nil), base.Path...)
	path.Path[len(path.Path)-1].Y *= 2
	seen := map[string]string{}
	for name, c := range map[string]Payback{"base": base, "no payback": noPay, "other note": otherNote, "moved": moved, "path": path} {
		d := mustDraw(t, c, Options{})
		if other, ok := seen[d.SVG]; ok {
			t.Errorf("%s and %s draw the same SVG", name, other)
		}
		seen[d.SVG] = name
	}
}

// TestPaybackLongNote: a note too long for the chart is wrapped over the
// plot's top, shortened if it needs more than three lines, and whole in the
// description and the table.
func TestPaybackLongNote(t *testing.T) {
	p := defaultInputs().payback()
	p.PaysBack = false
	p.Note = strings.Repeat("The plan does not pay back within the sixty-month horizon at this confidence. ", 4)
	for _, w := range widths {
		d := mustDraw(t, p, Options{Width: w})
		doc := checkLayout(t, d.SVG, "long note")
		if !strings.Contains(doc.desc, strings.TrimSpace(p.Note)) || !strings.Contains(d.Table.Caption, strings.TrimSpace(p.Note)) {
			t.Error("the note is not whole in the description and the caption")
		}
		lines := 0
		for _, tx := range doc.texts {
			if strings.Contains(p.Note, strings.TrimSuffix(strings.TrimSuffix(tx.s, "…"), " ")) && len(tx.s) > 10 {
				lines++
			}
		}
		if lines < 2 || lines > 3 {
			t.Errorf("at %d px the note takes %d lines", w, lines)
		}
	}
}

func TestPaybackRejects(t *testing.T) {
	good := defaultInputs().payback()
	for name, c := range map[string]Payback{
		"month after the end": {Path: good.Path, PaysBack: true, Month: 13},
		"negative month":      {Path: good.Path, PaysBack: true, Month: -1},
		"one point":           {Path: good.Path[:1]},
		"no points":           {},
		"x goes back":         {Path: []Point{{0, 0}, {5, 1}, {4, 2}}},
		"all at one x":        {Path: []Point{{3, 0}, {3, 1}}},
		"negative months":     {Path: []Point{{-12, 0}, {12, 1}}},
		"too many months":     {Path: []Point{{0, 0}, {1e6, 1}}},
		"too large":           {Path: []Point{{0, 0}, {12, 1e19}}},
	} {
		d, err := c.Draw(Options{})
		if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrNoData) || d.SVG != "" {
			t.Errorf("%s: %v, %d bytes of SVG", name, err, len(d.SVG))
		}
	}
}
