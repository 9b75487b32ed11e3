//go:build !wasm

package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceCategories are what the DevTools Performance panel records of the main
// thread's work, without its stack samples and screenshots.
var traceCategories = []string{
	"-*", "toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8",
}

// traceEvent is one event of Chromium's trace (the Trace Event Format): times
// in µs, wall (ts, dur) and the thread's CPU (tts, tdur).
type traceEvent struct {
	Name string          `json:"name"`
	Ph   string          `json:"ph"`
	Ts   float64         `json:"ts"`
	Dur  float64         `json:"dur"`
	TTs  float64         `json:"tts"`
	TDur float64         `json:"tdur"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	Args json.RawMessage `json:"args"`
}

// startTrace starts Chromium's tracing in the tab of ctx; stop ends it and
// returns the events. With a file name, stop also writes the trace there (it
// opens in the DevTools Performance panel).
func startTrace(ctx context.Context, file string) (stop func() ([]traceEvent, error), err error) {
	var (
		mu  sync.Mutex
		raw []json.RawMessage
	)
	lctx, cancel := context.WithCancel(ctx)
	complete := make(chan struct{})
	// One listener, in the browser's order: every dataCollected comes before
	// tracingComplete.
	err = chromedp.Listen(lctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				raw = append(raw, json.RawMessage(v))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(complete) // one per tracing.End, and stop calls End once
		}
	})
	if err == nil {
		_, err = chromedp.Call(ctx, tracing.Start, tracing.StartParams{
			TransferMode: tracing.StartTransferModeReportEvents,
			TraceConfig:  &tracing.TraceConfig{RecordMode: tracing.TraceConfigRecordModeRecordAsMuchAsPossible, IncludedCategories: traceCategories},
		})
	}
	if err != nil {
		cancel()
		return nil, err
	}
	return func() ([]traceEvent, error) {
		defer cancel()
		if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
			return nil, err
		}
		select {
		case <-complete:
		case <-time.After(60 * time.Second):
			return nil, fmt.Errorf("the trace did not complete within a minute")
		}
		mu.Lock()
		defer mu.Unlock()
		events := make([]traceEvent, len(raw))
		for i, v := range raw {
			if err := json.Unmarshal(v, &events[i]); err != nil {
				return nil, err
			}
		}
		if file != "" {
			data, err := json.Marshal(map[string]any{"traceEvents": raw})
			if err != nil {
				return nil, err
			}
			if err := os.WriteFile(file, data, 0o644); err != nil {
				return nil, err
			}
		}
		return events, nil
	}, nil
}

// Kinds of main-thread work, in the order printed. An event's own time (less
// its children's) counts for the kind of its name, or for its closest ancestor
// with a kind: a layout forced by a script is layout, the script around it script.
const (
	kScript = "script"
	kGC     = "GC"
	kStyle  = "style"
	kLayout = "layout"
	kPaint  = "paint"
	kParse  = "parse HTML"
	kOther  = "other"
)

var kinds = []string{kScript, kGC, kStyle, kLayout, kPaint, kParse, kOther}

// kindOf is the kind of work an event of this name is, or "" if it has none of
// its own (it is part of what encloses it).
func kindOf(name string) string {
	switch name {
	case "FunctionCall", "EvaluateScript", "RunMicrotasks", "v8.callFunction", "v8.run", "v8.compile",
		"v8.compileModule", "v8.evaluateModule", "V8.Execute", "v8.produceCache", "v8.wasm.compiledModule",
		"v8.wasm.streamFromResponseCallback":
		return kScript
	case "MinorGC", "MajorGC", "V8.GCScavenger", "V8.GCFinalizeMC", "V8.GCIncrementalMarking",
		"V8.GCCompactor", "V8.GC_MC_BACKGROUND_MARKING", "BlinkGC.AtomicPhase", "CppGC.AtomicPhase",
		"V8.GCFinalizeMCReduceMemory", "V8.GCIncrementalMarkingStart", "V8.GCIncrementalMarkingFinalize":
		return kGC
	case "UpdateLayoutTree", "RecalculateStyles", "ParseAuthorStyleSheet":
		return kStyle
	case "Layout", "UpdateLayerTree", "IntersectionObserverController::computeIntersections",
		"ComputeIntersections":
		return kLayout
	case "PrePaint", "Paint", "PaintImage", "Layerize", "Commit", "CompositeLayers", "UpdateLayer",
		"Decode Image", "Decode LazyPixelRef", "PaintSetup", "UpdateLayers":
		return kPaint
	case "ParseHTML":
		return kParse
	case "RunTask", "ThreadControllerImpl::RunTask":
		return kOther
	}
	if strings.HasPrefix(name, "V8.GC") || strings.HasPrefix(name, "BlinkGC.") || strings.HasPrefix(name, "CppGC.") {
		return kGC
	}
	return ""
}

// threadWork is one thread's time by kind of work, wall and CPU, in µs.
type threadWork struct {
	wall, cpu map[string]float64
	names     map[string]float64 // own wall time by event name, to read a trace by
	spans     []span             // in order of their start
	keydowns  []float64          // start of the task that dispatched each keydown, µs
}

// mainThreadWork sums the work of the page's renderer main thread in events:
// the busiest thread named CrRendererMain. raster is the wall time of the
// raster tasks on other threads (rasterizing the page's tiles, which the
// main thread does not wait for but which shares the cores).
func mainThreadWork(events []traceEvent) (w threadWork, raster float64, err error) {
	type key struct{ pid, tid int }
	names := map[key]string{}
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" {
			var a struct {
				Name string `json:"name"`
			}
			if json.Unmarshal(e.Args, &a) == nil {
				names[key{e.Pid, e.Tid}] = a.Name
			}
		}
	}
	byThread := map[key][]traceEvent{}
	busy := map[key]float64{}
	for _, e := range events {
		k := key{e.Pid, e.Tid}
		if names[k] != "CrRendererMain" {
			if e.Ph == "X" && e.Name == "RasterTask" {
				raster += e.Dur
			}
			continue
		}
		if e.Ph == "X" || e.Ph == "B" || e.Ph == "E" {
			byThread[k] = append(byThread[k], e)
			if e.Ph == "X" && kindOf(e.Name) == kOther {
				busy[k] += e.Dur
			}
		}
	}
	var main key
	found := false
	for k, b := range busy {
		if !found || b > busy[main] {
			main, found = k, true
		}
	}
	if !found {
		return w, raster, fmt.Errorf("no renderer main thread in the trace (%d events)", len(events))
	}
	w = ownTimes(byThread[main])
	for _, s := range w.spans {
		if s.name == "EventDispatch" && s.event == "keydown" {
			w.keydowns = append(w.keydowns, w.spans[s.task].start)
		}
	}
	return w, raster, nil
}

// span is an event with a start and an end on one thread.
type span struct {
	name                string
	event               string  // for EventDispatch, the DOM event's type
	start, end          float64 // wall, µs
	cpuStart, cpuEnd    float64
	childWall, childCPU float64
	kind                string
	own                 float64 // wall, µs
	task                int     // the index of the outermost span around it (the task)
}

// ownTimes attributes each event's own time (its duration less its children's)
// to its kind, on one thread: complete events (X) and begin/end pairs (B, E).
func ownTimes(events []traceEvent) threadWork {
	var spans []span
	var open []int // indices into spans of B events not yet ended
	slices.SortStableFunc(events, func(a, b traceEvent) int {
		// Of two events that start together the longer one encloses the other.
		return cmp.Or(cmp.Compare(a.Ts, b.Ts), cmp.Compare(b.Dur, a.Dur))
	})
	for _, e := range events {
		switch e.Ph {
		case "X":
			spans = append(spans, span{name: e.Name, event: dispatched(e), start: e.Ts, end: e.Ts + e.Dur, cpuStart: e.TTs, cpuEnd: e.TTs + e.TDur})
		case "B":
			open = append(open, len(spans))
			spans = append(spans, span{name: e.Name, event: dispatched(e), start: e.Ts, end: -1, cpuStart: e.TTs, cpuEnd: -1})
		case "E":
			for i := len(open) - 1; i >= 0; i-- {
				if s := &spans[open[i]]; s.name == e.Name || e.Name == "" {
					s.end, s.cpuEnd = e.Ts, e.TTs
					open = slices.Delete(open, i, i+1)
					break
				}
			}
		}
	}
	spans = slices.DeleteFunc(spans, func(s span) bool { return s.end < s.start })
	slices.SortStableFunc(spans, func(a, b span) int {
		switch {
		case a.start != b.start:
			if a.start < b.start {
				return -1
			}
			return 1
		case a.end > b.end:
			return -1
		case a.end < b.end:
			return 1
		}
		return 0
	})
	w := threadWork{wall: map[string]float64{}, cpu: map[string]float64{}, names: map[string]float64{}}
	var stack []int
	for i := range spans {
		s := &spans[i]
		for len(stack) > 0 && spans[stack[len(stack)-1]].end <= s.start {
			stack = stack[:len(stack)-1]
		}
		s.kind = kindOf(s.name)
		s.task = i
		if len(stack) > 0 {
			s.task = stack[0]
			p := &spans[stack[len(stack)-1]]
			if s.kind == "" {
				s.kind = p.kind
			}
			// A child that outlasts its parent (clock rounding) is cut at its end.
			s.end = min(s.end, p.end)
			p.childWall += s.end - s.start
			if s.cpuEnd >= s.cpuStart && s.cpuStart > 0 {
				p.childCPU += s.cpuEnd - s.cpuStart
			}
		}
		if s.kind == "" {
			s.kind = kOther
		}
		stack = append(stack, i)
	}
	for i := range spans {
		s := &spans[i]
		own := max(0, s.end-s.start-s.childWall)
		s.own = own
		w.wall[s.kind] += own
		w.names[s.name] += own
		if s.cpuEnd >= s.cpuStart && s.cpuStart > 0 {
			w.cpu[s.kind] += max(0, s.cpuEnd-s.cpuStart-s.childCPU)
		}
	}
	w.spans = spans
	return w
}

// dispatched is the type of the DOM event an EventDispatch event dispatched.
func dispatched(e traceEvent) string {
	if e.Name != "EventDispatch" {
		return ""
	}
	var a struct {
		Data struct {
			Type string `json:"type"`
		} `json:"data"`
	}
	json.Unmarshal(e.Args, &a)
	return a.Data.Type
}

// keyPath is the way from a key to its frame, averaged over the traced edits:
// from the task that dispatched the keydown to the end of the task in which the
// first animation frame after the page's update began (that task paints it), the
// main thread's own time by kind, and the rest (waiting: for go-app's frame
// timer, for the next frame, for the cores).
type keyPath struct {
	edits    int
	delivery float64            // keydown → the input event reaching the page, ms
	length   float64            // the task of the keydown → the frame painted, ms
	kinds    map[string]float64 // ms
}

func (p keyPath) waiting() float64 { return p.length - total(p.kinds) }

// newKeyPath matches the traced edits' keydowns with the probe's times for the
// same edits; ok is false when the trace did not see one keydown per edit.
func newKeyPath(w threadWork, times []editTimes) (p keyPath, ok bool) {
	if len(w.keydowns) != len(times) || len(times) == 0 {
		return p, false
	}
	p.kinds = map[string]float64{}
	next := 0 // the first span not yet looked at
	for i, t := range times {
		if t.Timeout || t.Frame < 0 {
			continue
		}
		start := w.keydowns[i]
		end := start + (t.Frame-t.Input)*1e3
		for next < len(w.spans) && w.spans[next].start < start {
			next++
		}
		// Every span of a task that began before the frame's callback ran counts,
		// and the way ends with the last of those tasks.
		tasks := map[int]bool{}
		stop := end
		for j := next; j < len(w.spans) && (w.spans[j].start < end || tasks[w.spans[j].task]); j++ {
			s := w.spans[j]
			if s.task == j && s.start < end {
				tasks[j] = true
				stop = max(stop, s.end)
			}
			if tasks[s.task] {
				p.kinds[s.kind] += s.own / 1e3
			}
		}
		p.length += (stop - start) / 1e3
		p.delivery += t.Input
		p.edits++
	}
	if p.edits == 0 {
		return p, false
	}
	n := float64(p.edits)
	p.length /= n
	p.delivery /= n
	for k := range p.kinds {
		p.kinds[k] /= n
	}
	return p, true
}

// perEdit is a thread's work divided among edits, in ms.
type perEdit struct {
	edits      int
	wall, cpu  map[string]float64
	raster     float64
	topNames   []string
	namesWall  map[string]float64
	cpuMissing bool // no thread times in the trace
}

func newPerEdit(w threadWork, raster float64, edits int) perEdit {
	p := perEdit{edits: edits, wall: map[string]float64{}, cpu: map[string]float64{}, namesWall: map[string]float64{}, raster: raster / 1e3 / float64(edits)}
	n := float64(edits) * 1e3
	for k, v := range w.wall {
		p.wall[k] = v / n
	}
	cpu := 0.0
	for k, v := range w.cpu {
		p.cpu[k] = v / n
		cpu += v
	}
	p.cpuMissing = cpu == 0
	for k, v := range w.names {
		p.namesWall[k] = v / n
	}
	p.topNames = slices.Collect(func(yield func(string) bool) {
		for k := range p.namesWall {
			if !yield(k) {
				return
			}
		}
	})
	slices.SortFunc(p.topNames, func(a, b string) int {
		if p.namesWall[a] > p.namesWall[b] {
			return -1
		}
		if p.namesWall[a] < p.namesWall[b] {
			return 1
		}
		return strings.Compare(a, b)
	})
	return p
}

func total(m map[string]float64) float64 {
	t := 0.0
	for _, v := range m {
		t += v
	}
	return t
}

// split is "total = script a + GC b + …" of m.
func split(m map[string]float64) string {
	return fmt.Sprintf("%.1f = %s", total(m), splitTerms(m))
}

// splitTerms is "script a + GC b + …" of m.
func splitTerms(m map[string]float64) string {
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %.1f", k, m[k]))
	}
	return strings.Join(parts, " + ")
}
