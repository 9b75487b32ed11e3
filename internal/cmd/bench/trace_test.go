//go:build !wasm

package main

import "testing"

func TestOwnTimes(t *testing.T) {
	x := func(name string, ts, dur float64) traceEvent {
		return traceEvent{Name: name, Ph: "X", Ts: ts, Dur: dur, TTs: ts + 1000, TDur: dur / 2}
	}
	events := []traceEvent{
		x("Paint", 70, 20),
		x("RunTask", 0, 100),
		x("FunctionCall", 10, 50),
		x("Layout", 20, 10),       // forced by the script: layout
		x("SomethingElse", 40, 5), // no kind of its own: the script's
		{Name: "ParseHTML", Ph: "B", Ts: 50, TTs: 1050},
		{Name: "ParseHTML", Ph: "E", Ts: 55, TTs: 1052},
	}
	w := ownTimes(events)
	want := map[string]float64{kOther: 30, kScript: 35, kLayout: 10, kParse: 5, kPaint: 20}
	for k, v := range want {
		if w.wall[k] != v {
			t.Errorf("wall %s = %v, want %v (all: %v)", k, w.wall[k], v, w.wall)
		}
	}
	if got := total(w.wall); got != 100 {
		t.Errorf("wall in all = %v, want 100", got)
	}
	// Thread times: half of each X event, and 2 of the B/E pair; the script's
	// own is its 25 less the layout's 5 and the parsing's 2.
	if got, want := w.cpu[kScript], 25.0-5-2; got != want {
		t.Errorf("cpu script = %v, want %v", got, want)
	}
}

func TestMainThreadWork(t *testing.T) {
	meta := func(pid, tid int, name string) traceEvent {
		return traceEvent{Name: "thread_name", Ph: "M", Pid: pid, Tid: tid, Args: []byte(`{"name":"` + name + `"}`)}
	}
	x := func(pid, tid int, name string, ts, dur float64) traceEvent {
		return traceEvent{Name: name, Ph: "X", Pid: pid, Tid: tid, Ts: ts, Dur: dur}
	}
	events := []traceEvent{
		meta(1, 1, "CrRendererMain"), meta(2, 1, "CrRendererMain"), meta(2, 7, "CompositorTileWorker1"),
		x(1, 1, "RunTask", 0, 10), // another renderer, less busy: the service worker's, say
		x(2, 1, "RunTask", 0, 40), x(2, 1, "Paint", 5, 10),
		x(2, 7, "RasterTask", 20, 3),
	}
	w, raster, err := mainThreadWork(events)
	if err != nil {
		t.Fatal(err)
	}
	if w.wall[kPaint] != 10 || w.wall[kOther] != 30 || raster != 3 {
		t.Errorf("paint %v, other %v, raster %v; want 10, 30, 3", w.wall[kPaint], w.wall[kOther], raster)
	}
	if _, _, err := mainThreadWork(events[:1]); err == nil {
		t.Error("no error for a trace without the main thread's tasks")
	}
}

func TestKeyPath(t *testing.T) {
	x := func(name string, ms0, ms1 float64) traceEvent {
		return traceEvent{Name: name, Ph: "X", Pid: 1, Tid: 1, Ts: ms0 * 1e3, Dur: (ms1 - ms0) * 1e3}
	}
	key := x("EventDispatch", 1, 9)
	key.Args = []byte(`{"data":{"type":"keydown"}}`)
	events := []traceEvent{
		{Name: "thread_name", Ph: "M", Pid: 1, Tid: 1, Args: []byte(`{"name":"CrRendererMain"}`)},
		x("RunTask", 0, 10), key, x("FunctionCall", 2, 6), // the key, and the app's handler
		x("RunTask", 20, 50), x("FunctionCall", 21, 49), // go-app's frame
		x("RunTask", 55, 70), x("FireAnimationFrame", 55, 56), x("Paint", 58, 66), // the frame
		x("RunTask", 100, 110), // later: not on the way
	}
	w, _, err := mainThreadWork(events)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.keydowns) != 1 || w.keydowns[0] != 0 {
		t.Fatalf("keydowns %v, want the start of the first task", w.keydowns)
	}
	p, ok := newKeyPath(w, []editTimes{{Input: 2, Frame: 58}})
	if !ok {
		t.Fatal("no way from the key to its frame")
	}
	if p.delivery != 2 || p.length != 70 || p.kinds[kScript] != 32 || p.kinds[kPaint] != 8 || p.kinds[kOther] != 15 || p.waiting() != 15 {
		t.Errorf("delivery %v, length %v, kinds %v, waiting %v; want 2, 70, script 32 paint 8 other 15, 15", p.delivery, p.length, p.kinds, p.waiting())
	}
	if _, ok := newKeyPath(w, []editTimes{{}, {}}); ok {
		t.Error("two edits matched with one keydown")
	}
}
