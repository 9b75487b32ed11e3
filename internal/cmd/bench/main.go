//go:build !wasm

// Command bench measures the calculator in headless Chromium on this machine and
// prints the figures; it is a benchmark, not a test, and never fails on a time.
//
//	go run ./internal/cmd/bench [-runs 5] [-edits 50] [-memedits 100] [-devices desktop,phone]
//
// It starts the built server (bin/trainingroi, serving web/) and go-app's floor
// page (floor/, served the same way) on free localhost ports, and measures
// everything below once per device: the desktop (a -width×-height window), then
// a phone (360×740, mobile, touch, its main thread -phone-cpu times slower and
// its network -phone-mbps and -phone-latency, emulated through DevTools).
//
// For each of -runs fresh browser profiles it opens the page for a scenario
// given in the URL and reloads it once the service worker has cached the app:
//
//   - first contentful paint, and whether the results were already on screen then
//     (the prerendered page: in the viewport, not covered, before the wasm ran);
//   - when the wasm was compiled and instantiated, and when the app was ready
//     (html[data-ready="true"]);
//   - the same for the warm reload, with the service worker and HTTP cache in place.
//
// Between the two it types -interact keys, as a first visit that uses the
// calculator would (which also gives the browser hot code to optimize and cache).
// It loads the floor page as many times, cold.
//
// On the desktop, in another page it holds the wasm back, types into the
// prerendered #in-mqls, and checks that the text, its results and the focus
// survive the app taking over. In a last one per page (the app, the floor), -pause
// after it is ready, it types into #in-mqls -edits times, -gap apart, alternating
// 200 and 2000 (every result and all three charts change), and reports the time
// from the keydown to the updated result, to the updated charts and to the next
// animation frame, and the main thread's CPU time per edit. Then it traces
// -traceedits more edits (Chromium's tracing: the main thread's time by kind of
// work: script, style, layout, paint), profiles -profileedits more of the app's
// (V8's sampler: what the time went to, Go functions named from the wasm's name
// section), and reads the wasm memory and JS heap, when ready and after the
// edits.
//
// Times come from the page's own clock (performance.now, event timestamps); the
// probe that records them is probe.js. A machine busy with other work gives
// slower and wider figures: the load average is printed with them.
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/trainingroi/calculator/internal/stats"
	"github.com/trainingroi/calculator/internal/testkit/chromium"
	"github.com/trainingroi/calculator/internal/testkit/serverproc"
)

//go:embed probe.js
var probeJS string

// scenario is the page opened: a scenario in the URL, as a shared link gives it.
const scenario = "/?mqls=500&sal_rate=25&sales_target=8"

// Targets, printed next to the figures (never enforced).
const (
	warmRatioTarget  = 0.60
	latencyTarget    = 25.0 // ms, p95 of results and all three charts
	floorRatioTarget = 2.0  // at most this many times go-app's own floor, p95, on each device
	memoryTarget     = 64   // MB of wasm memory after the edits
)

// The chart boxes whose <svg> must change for an edit to count as redrawn.
var chartBoxes = []string{"chart-lift-box", "chart-funnel-box", "chart-payback-box"}

type options struct {
	runs, edits, memEdits int
	traceEdits            int           // edits traced after the timed ones, for the kinds of work
	profileEdits          int           // edits profiled after the traced ones, for what the work was for
	gap                   time.Duration // pause after each edit
	pause                 time.Duration // pause between ready and the first timed edit
	interact              int           // edits between the cold load and the warm reload
	settle                time.Duration
	bin, web, chrome      string
	width, height         int
	devices               string
	phoneCPU, phoneMbps   float64
	phoneLatency          time.Duration
	cpuProfile            string
	names                 string
	trace                 string
}

func main() {
	var o options
	flag.IntVar(&o.runs, "runs", 5, "fresh-profile page loads (each with a warm reload)")
	flag.IntVar(&o.edits, "edits", 50, "edits timed for the input latency")
	flag.IntVar(&o.memEdits, "memedits", 100, "edits before the memory is read (at least -edits)")
	flag.DurationVar(&o.gap, "gap", 150*time.Millisecond, "pause after each edit: a brisk typist's pace (about 7 keys a second), so that each key meets a page that has finished with the one before, as when people type")
	flag.DurationVar(&o.pause, "pause", time.Second, "pause between the page being ready and the first timed edit: a visitor looks at the page before typing into it, and the browser finishes compiling what the load ran")
	flag.IntVar(&o.interact, "interact", 20, "edits made after each cold load, before the warm reload (a first visit that uses the calculator, which also lets the browser optimize and cache hot code)")
	flag.DurationVar(&o.settle, "settle", 3*time.Second, "pause between the service worker's caching and the warm reload, for the browser to store compiled code")
	flag.StringVar(&o.bin, "bin", "bin/trainingroi", "the server `binary`")
	flag.StringVar(&o.web, "web", "web", "the web `directory` it serves")
	flag.StringVar(&o.chrome, "chrome", "", "Chromium `binary` (default: $E2E_CHROME, /usr/bin/chromium, or chromium on PATH)")
	flag.IntVar(&o.width, "width", 1280, "window width")
	flag.IntVar(&o.height, "height", 900, "window height")
	flag.IntVar(&o.traceEdits, "traceedits", 25, "edits traced after the timed ones, to split the main thread's time per edit into script, style, layout and paint (tracing slows the page, so the timed edits are not traced)")
	flag.StringVar(&o.devices, "devices", "desktop,phone", "what the browser is, in order: desktop (the window of -width×-height) and phone (360×740, mobile, touch, the CPU and network below)")
	flag.Float64Var(&o.phoneCPU, "phone-cpu", 4, "the phone's main thread is this many times slower than this machine's (DevTools CPU throttling)")
	flag.Float64Var(&o.phoneMbps, "phone-mbps", 9, "the phone's network, Mbit/s down and up")
	flag.DurationVar(&o.phoneLatency, "phone-latency", 40*time.Millisecond, "the phone's network latency")
	flag.IntVar(&o.profileEdits, "profileedits", 25, "edits of the app profiled (V8's sampling profiler) after the traced ones, to tell what an edit's time went to: the model, go-app, the charts, DOM calls (0: none)")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "also profile a cold load, write the profiles to `prefix`-DEVICE-load.cpuprofile and prefix-DEVICE-edits.cpuprofile (they open in the DevTools Performance panel), and list the busiest Go functions and packages")
	flag.StringVar(&o.trace, "trace", "", "write the traces of the traced edits to `prefix`-DEVICE-app.json and prefix-DEVICE-floor.json (they open in the DevTools Performance panel)")
	flag.StringVar(&o.names, "names", "auto", "for the profiles: a wasm `file` of the same code built without -s, whose name section names the served wasm's functions; auto builds one from the current directory; none keeps wasm-function[N]")
	flag.Parse()
	if o.cpuProfile != "" {
		o.profileEdits = max(o.profileEdits, 1)
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	chrome, err := chromium.Find(o.chrome)
	if err != nil {
		return err
	}
	for _, f := range []string{o.bin, filepath.Join(o.web, "app.wasm")} {
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("%v (run make build first)", err)
		}
	}
	var devices []device
	for name := range strings.SplitSeq(o.devices, ",") {
		switch strings.TrimSpace(name) {
		case "desktop":
			devices = append(devices, desktopDevice(o))
		case "phone":
			devices = append(devices, phoneDevice(o))
		default:
			return fmt.Errorf("-devices: no device %q (desktop, phone)", name)
		}
	}
	var names *wasmNames
	if o.profileEdits > 0 {
		names = loadNames(o)
	}
	srv, err := serverproc.Start(o.bin, o.web, "")
	if err != nil {
		return err
	}
	defer srv.Stop(10 * time.Second)
	floorSrv, stopFloor, err := startFloor()
	if err != nil {
		return err
	}
	defer stopFloor()

	version := "?"
	if out, err := exec.Command(chrome, "--version").Output(); err == nil {
		version = strings.TrimSpace(string(out))
	}
	fmt.Printf("== browser: %s, headless, %s%s\n", version, srv.URL, scenario)
	fmt.Printf("machine: %d cores, load average %s (other work on the machine slows and spreads every time below)\n",
		runtime.NumCPU(), loadAverage())

	var all []deviceResult
	for _, d := range devices {
		r, err := runDevice(o, d, chrome, srv.URL, floorSrv.URL, names)
		if err != nil {
			return fmt.Errorf("%s: %w", d.name, err)
		}
		all = append(all, r)
	}
	printSummary(all)
	return nil
}

// deviceResult is what one device measured, for the summary.
type deviceResult struct {
	device
	cold, warm, floorLoads []loadResult
	app, floor             latency
}

// latency is what one page's edits measured.
type latency struct {
	times []editTimes
	cpu   mainThread // over the timed edits
	work  perEdit    // over the traced edits
	path  keyPath    // over the traced edits
	mem   memory
}

// runDevice measures the page loads, the typing before the wasm runs (on the
// desktop only: it checks what happens, not how fast) and the edits of the app and
// of go-app's floor, as device, and prints them.
func runDevice(o options, d device, chrome, base, floorBase string, names *wasmNames) (deviceResult, error) {
	r := deviceResult{device: d}
	fmt.Printf("\n######## %s\n", d)
	fmt.Printf("machine: load average %s\n", loadAverage())
	for i := range o.runs {
		c, w, err := loadTwice(o, d, chrome, base)
		if err != nil {
			return r, fmt.Errorf("run %d: %w", i+1, err)
		}
		r.cold = append(r.cold, c)
		r.warm = append(r.warm, w)
	}
	for i := range o.runs {
		f, err := loadOnce(o, d, chrome, floorBase+"/")
		if err != nil {
			return r, fmt.Errorf("go-app floor, run %d: %w", i+1, err)
		}
		r.floorLoads = append(r.floorLoads, f)
	}
	printLoads(o, r.cold, r.warm, r.floorLoads)

	if !d.emulated() {
		early, err := earlyTyping(o, d, chrome, base)
		if err != nil {
			return r, fmt.Errorf("typing before the wasm runs: %w", err)
		}
		printEarly(early)
	}

	var err error
	if r.app, err = editLatency(o, d, chrome, base+"/?mqls=200", chartBoxes, names); err != nil {
		return r, err
	}
	if r.floor, err = editLatency(o, d, chrome, floorBase+"/", nil, nil); err != nil {
		return r, fmt.Errorf("go-app floor: %w", err)
	}
	printLatency(o, r.app, r.floor)
	fmt.Printf("machine: load average %s at the end of the %s's part\n", loadAverage(), d.name)
	return r, nil
}

// ---------------------------------------------------------------------------------
// Page loads

// loadResult is what one page load recorded.
type loadResult struct {
	FCP      float64     `json:"fcp"`
	AtFCP    *shownState `json:"atFCP"`
	DCL      float64     `json:"dcl"`
	WasmCall float64     `json:"wasmCall"`
	WasmDone float64     `json:"wasmDone"`
	WasmAPI  string      `json:"wasmAPI"`
	Ready    float64     `json:"ready"`
	// Whether a service worker answered the wasm's request (resource timing).
	WasmWorker bool    `json:"wasmWorker"`
	Controlled bool    `json:"controlled"`
	Mem        float64 `json:"mem"`
	// CodeCache is the size of the browser's compiled wasm cache before the
	// reload (warm loads only).
	CodeCache int64 `json:"-"`
}

// shownState is what B.results() reports.
type shownState struct {
	Visible bool   `json:"visible"`
	Why     string `json:"why"`
	WasmRan bool   `json:"wasmRan"`
	Styled  bool   `json:"styled"`
	Charts  int    `json:"charts"`
	Text    string `json:"text"`
}

// prerendered reports whether the headline results were on screen, styled, with
// the charts, before the wasm ran.
func (s *shownState) prerendered() bool {
	return s != nil && s.Visible && s.Styled && !s.WasmRan && s.Charts == len(chartBoxes)
}

func (s *shownState) String() string {
	if s == nil {
		return "not recorded"
	}
	var parts []string
	if s.Visible {
		parts = append(parts, s.Text)
	} else {
		parts = append(parts, "not shown: "+s.Why)
	}
	if !s.Styled {
		parts = append(parts, "unstyled")
	}
	parts = append(parts, fmt.Sprintf("%d charts", s.Charts))
	if s.WasmRan {
		parts = append(parts, "the wasm had run")
	} else {
		parts = append(parts, "before the wasm ran")
	}
	return strings.Join(parts, ", ")
}

const readLoadJS = `(() => {
  const B = window.__bench;
  const w = performance.getEntriesByType("resource").filter((e) => new URL(e.name).pathname === "/web/app.wasm").pop();
  return {
    fcp: B.fcp, atFCP: B.atFCP, dcl: B.dcl, wasmCall: B.wasmCall, wasmDone: B.wasmDone, wasmAPI: B.wasmAPI,
    ready: B.ready, wasmWorker: !!w && w.workerStart > 0,
    controlled: !!navigator.serviceWorker.controller, mem: B.mem ? B.mem.buffer.byteLength : -1,
  };
})()`

// waitCachedJS resolves once the service worker controls the page and has the
// wasm in its cache.
const waitCachedJS = `(async () => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (let i = 0; i < 600; i++) {
    if (navigator.serviceWorker.controller) {
      for (const k of await caches.keys()) {
        if (await (await caches.open(k)).match("/web/app.wasm")) return true;
      }
    }
    await sleep(50);
  }
  return false;
})()`

// loadTwice opens the page in a fresh profile, waits for the service worker to
// cache the app, and reloads.
func loadTwice(o options, d device, chrome, base string) (cold, warm loadResult, err error) {
	b, err := newBrowser(d, chrome)
	if err != nil {
		return cold, warm, err
	}
	defer b.Close()
	ctx := b.Ctx
	if cold, err = load(ctx, chromedp.Navigate(base+scenario)); err != nil {
		return cold, warm, fmt.Errorf("cold load: %w", err)
	}
	if err := focusMQLs(ctx); err != nil {
		return cold, warm, err
	}
	for i := range o.interact {
		if _, err := edit(ctx, i, chartBoxes); err != nil {
			return cold, warm, fmt.Errorf("edit %d after the cold load: %w", i+1, err)
		}
	}
	// Focusing the field scrolled the page; the reload would restore that.
	if err := evalDo(ctx, `document.activeElement.blur(); window.scrollTo(0, 0)`); err != nil {
		return cold, warm, err
	}
	if cached, err := evalWait[bool](ctx, waitCachedJS, 40*time.Second); err != nil || !cached {
		return cold, warm, fmt.Errorf("the service worker did not cache the app (%v)", err)
	}
	time.Sleep(o.settle)
	warm.CodeCache = dirSize(filepath.Join(b.Profile, "Default", "Code Cache", "wasm"))
	codeCache := warm.CodeCache
	if warm, err = load(ctx, chromedp.Reload()); err != nil {
		return cold, warm, fmt.Errorf("warm reload: %w", err)
	}
	warm.CodeCache = codeCache
	return cold, warm, nil
}

// loadOnce opens u in a fresh profile and waits until the page is ready.
func loadOnce(o options, d device, chrome, u string) (loadResult, error) {
	b, err := newBrowser(d, chrome)
	if err != nil {
		return loadResult{}, err
	}
	defer b.Close()
	return load(b.Ctx, chromedp.Navigate(u))
}

// load runs the navigation and waits until the app is ready.
func load(ctx context.Context, nav chromedp.Action[chromedp.Void]) (loadResult, error) {
	var r loadResult
	nctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(nctx, nav); err != nil {
		return r, err
	}
	if err := poll(ctx, `window.__bench && window.__bench.ready >= 0 && window.__bench.fcp >= 0`, 60*time.Second); err != nil {
		return r, fmt.Errorf("waiting for html[data-ready] and the first paint: %w", err)
	}
	return evalWait[loadResult](ctx, readLoadJS, 10*time.Second)
}

func printLoads(o options, cold, warm, floor []loadResult) {
	fmt.Printf("\n== page load, %d runs: cold in a fresh profile; warm = reload after %d edits, with the service worker's cache\n"+
		"   and the browser's compiled-code cache in place; go-app's floor cold, served the same way. ms since navigation start\n", o.runs, o.interact)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\tmedian\tmin – max\tall runs\t")
	phases := []struct {
		name string
		r    []loadResult
	}{{"cold", cold}, {"warm", warm}, {"floor cold", floor}}
	for _, phase := range phases {
		col := func(label string, f func(loadResult) float64) {
			fmt.Fprintf(tw, "%s %s\t%s\n", phase.name, label, spread(field(phase.r, f)))
		}
		col("first contentful paint", func(r loadResult) float64 { return r.FCP })
		col("wasm instantiated", func(r loadResult) float64 { return r.WasmDone })
		col("  of which fetch+compile", func(r loadResult) float64 {
			if r.WasmCall < 0 || r.WasmDone < 0 {
				return -1
			}
			return r.WasmDone - r.WasmCall
		})
		col("data-ready (app running)", func(r loadResult) float64 { return r.Ready })
	}
	tw.Flush()
	c, w := stats.Median(field(cold, func(r loadResult) float64 { return r.Ready })), stats.Median(field(warm, func(r loadResult) float64 { return r.Ready }))
	verdict := "met"
	if w/c > warmRatioTarget {
		verdict = "not met"
	}
	fmt.Printf("warm ready / cold ready (medians): %.0f%% (target ≤ %.0f%%: %s)\n", 100*w/c, 100*warmRatioTarget, verdict)

	for _, phase := range phases[:2] {
		n, example, other := 0, "", map[string]bool{}
		for _, r := range phase.r {
			if r.AtFCP.prerendered() {
				n++
				example = r.AtFCP.String()
			} else {
				other[r.AtFCP.String()] = true
			}
		}
		fmt.Printf("%s: results on screen at first paint in %d of %d runs", phase.name, n, len(phase.r))
		if example != "" {
			fmt.Printf(" (%s)", example)
		}
		fmt.Println()
		for _, s := range slices.Sorted(maps.Keys(other)) {
			fmt.Printf("      otherwise: %s\n", s)
		}
	}
	how := func(r loadResult) string {
		if r.WasmWorker {
			return "answered by the service worker"
		}
		return "from the network"
	}
	fmt.Printf("wasm: cold %s, warm %s (%s); compiled-code cache before the reload: %.1f MB\n",
		how(cold[0]), how(warm[0]), warm[0].WasmAPI, float64(warm[0].CodeCache)/1e6)
}

func field(rs []loadResult, f func(loadResult) float64) []float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	return v
}

// ---------------------------------------------------------------------------------
// Edits

type editTimes struct {
	Timeout bool    `json:"timeout"`
	Input   float64 `json:"input"`
	Results float64 `json:"results"`
	Charts  float64 `json:"charts"`
	Frame   float64 `json:"frame"`
}

// mainThread is the renderer main thread's CPU time (thread ticks, so other
// work on the machine inflates it less than wall time) over the timed edits, per
// edit, from Chromium's Performance metrics.
type mainThread struct {
	edits                       int
	task, script, style, layout float64 // ms per edit
}

func readThreadMetrics(ctx context.Context) (map[string]float64, error) {
	res, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return nil, err
	}
	m := map[string]float64{}
	for _, x := range res.Metrics {
		m[x.Name] = x.Value
	}
	return m, nil
}

type memory struct {
	readyWasm, readyHeap float64 // bytes, when ready
	afterWasm, afterHeap float64 // after the edits
	edits                int
}

// editLatency types into #in-mqls in a fresh page at u: o.edits timed edits, then
// o.traceEdits traced ones, then (in the app) o.profileEdits profiled ones, then
// more up to o.memEdits, and reads the memory before and after. An edit is done
// when #out-revenue_now and each of boxes show something new. With names, the
// CPU profiles name Go's functions.
func editLatency(o options, d device, chrome, u string, boxes []string, names *wasmNames) (latency, error) {
	var l latency
	b, err := newBrowser(d, chrome)
	if err != nil {
		return l, err
	}
	defer b.Close()
	ctx := b.Ctx
	profile := o.cpuProfile != "" && boxes != nil
	edits := ""
	if profile {
		edits = o.cpuProfile + "-" + d.name + "-edits.cpuprofile"
	}
	pageName := "app"
	if boxes == nil {
		pageName = "floor"
	}
	if profile {
		if err := startProfile(ctx); err != nil {
			return l, err
		}
	}
	if _, err := load(ctx, chromedp.Navigate(u)); err != nil {
		return l, fmt.Errorf("edit page: %w", err)
	}
	if profile {
		if err := stopProfile(ctx, o.cpuProfile+"-"+d.name+"-load.cpuprofile", 1, names); err != nil {
			return l, err
		}
	}
	if l.mem.readyWasm, l.mem.readyHeap, err = readMemory(ctx); err != nil {
		return l, err
	}
	time.Sleep(o.pause)
	if err := focusMQLs(ctx); err != nil {
		return l, err
	}
	start, err := evalWait[string](ctx, `document.getElementById("in-mqls").value`, 5*time.Second)
	if err != nil {
		return l, err
	}
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks}); err != nil {
		return l, err
	}
	before, err := readThreadMetrics(ctx)
	if err != nil {
		return l, err
	}
	// The batches, one after the other: timed, traced, profiled.
	traceFrom, traceTo := o.edits, o.edits+o.traceEdits
	profileFrom, profileTo := traceTo, traceTo
	if boxes != nil {
		profileTo += o.profileEdits
	}
	n := max(o.memEdits, profileTo)
	var stopTrace func() ([]traceEvent, error)
	var traced []editTimes
	for i := range n {
		if i == traceFrom && traceTo > traceFrom {
			file := ""
			if o.trace != "" {
				file = o.trace + "-" + d.name + "-" + pageName + ".json"
			}
			if stopTrace, err = startTrace(ctx, file); err != nil {
				return l, fmt.Errorf("tracing: %w", err)
			}
		}
		if i == profileFrom && profileTo > profileFrom {
			if err := startProfile(ctx); err != nil {
				return l, err
			}
		}
		t, err := edit(ctx, i, boxes)
		if err != nil {
			return l, fmt.Errorf("edit %d: %w", i+1, err)
		}
		if i < o.edits {
			l.times = append(l.times, t)
		}
		if i >= traceFrom && i < traceTo {
			traced = append(traced, t)
		}
		time.Sleep(o.gap)
		if i+1 == o.edits {
			after, err := readThreadMetrics(ctx)
			if err != nil {
				return l, err
			}
			per := func(name string) float64 { return (after[name] - before[name]) * 1000 / float64(o.edits) }
			l.cpu = mainThread{edits: o.edits, task: per("TaskDuration"), script: per("ScriptDuration"),
				style: per("RecalcStyleDuration"), layout: per("LayoutDuration")}
		}
		if i+1 == traceTo && stopTrace != nil {
			events, err := stopTrace()
			if err != nil {
				return l, fmt.Errorf("tracing: %w", err)
			}
			w, raster, err := mainThreadWork(events)
			if err != nil {
				return l, err
			}
			l.work = newPerEdit(w, raster, traceTo-traceFrom)
			if p, ok := newKeyPath(w, traced); ok {
				l.path = p
			} else {
				fmt.Printf("(the trace has %d keydowns for %d edits: no way from key to frame)\n", len(w.keydowns), len(traced))
			}
			stopTrace = nil
		}
		if i+1 == profileTo && profileTo > profileFrom {
			if err := stopProfile(ctx, edits, profileTo-profileFrom, names); err != nil {
				return l, err
			}
		}
	}
	want := start
	if n%2 == 1 {
		want += "0"
	}
	if got, err := evalWait[string](ctx, `document.getElementById("in-mqls").value`, 5*time.Second); err != nil || got != want {
		return l, fmt.Errorf("after the edits #in-mqls holds %q, want %q (%v)", got, want, err)
	}
	if l.mem.afterWasm, l.mem.afterHeap, err = readMemory(ctx); err != nil {
		return l, err
	}
	l.mem.edits = n
	return l, nil
}

// focusMQLs puts the caret at the end of #in-mqls: the edits then type "0" and
// Backspace in turn, so that a field holding 200 alternates with 2000.
func focusMQLs(ctx context.Context) error {
	return evalDo(ctx, `(() => { const e = document.getElementById("in-mqls"); e.focus(); e.setSelectionRange(e.value.length, e.value.length); return e.value; })()`)
}

// edit types the i-th key (even: "0", odd: Backspace) into the focused field and
// waits until the page has updated.
func edit(ctx context.Context, i int, boxes []string) (editTimes, error) {
	key := "0"
	if i%2 == 1 {
		key = kb.Backspace
	}
	ids, _ := json.Marshal(append([]string{}, boxes...))
	if err := evalDo(ctx, `window.__bench.arm(`+string(ids)+`)`); err != nil {
		return editTimes{}, err
	}
	if err := press(ctx, key); err != nil {
		return editTimes{}, err
	}
	return evalWait[editTimes](ctx, `window.__bench.wait()`, 10*time.Second)
}

// press sends one key press as a keyboard does: the key going down, with the
// character it types, then up. chromedp.KeyEvent sends the character as a
// command of its own after the keydown and waits for each, which put one round
// trip between the browser and this program (about 1 ms here) between the
// keydown and the input event that no person's typing has.
func press(ctx context.Context, key string) error {
	k, ok := kb.Keys[[]rune(key)[0]]
	if !ok {
		return fmt.Errorf("no key for %q", key)
	}
	down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeRawKeyDown, Key: k.Key, Code: k.Code,
		WindowsVirtualKeyCode: k.Windows, NativeVirtualKeyCode: k.Native}
	if k.Print {
		// A keyDown with its text is a rawKeyDown and a char in one event.
		down.Type, down.Text, down.UnmodifiedText = input.DispatchKeyEventTypeKeyDown, k.Text, k.Unmodified
	}
	up := down
	up.Type, up.Text, up.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
	if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, down); err != nil {
		return err
	}
	_, err := chromedp.Call(ctx, input.DispatchKeyEvent, up)
	return err
}

// readMemory returns the Go program's WebAssembly memory and the JS heap in use
// after a garbage collection.
func readMemory(ctx context.Context) (wasm, heap float64, err error) {
	if wasm, err = evalWait[float64](ctx, `window.__bench.mem ? window.__bench.mem.buffer.byteLength : -1`, 5*time.Second); err != nil {
		return 0, 0, err
	}
	if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		return 0, 0, err
	}
	usage, err := chromedp.Call(ctx, cdpruntime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return 0, 0, err
	}
	return wasm, usage.UsedSize, nil
}

// done is when an edit had updated everything it waits for: results and charts.
func (t editTimes) done() float64 { return max(t.Results, t.Charts) }

// column gathers f of the edits that did not time out.
func column(times []editTimes, f func(editTimes) float64) []float64 {
	var v []float64
	for _, t := range times {
		if !t.Timeout {
			v = append(v, f(t))
		}
	}
	return v
}

func printLatency(o options, app, floor latency) {
	fmt.Printf("\n== input latency: %d edits of #in-mqls (typing 0 / Backspace: 200 ↔ 2000, every result and chart changes), ms from the keydown (the first %v after the page was ready, then one key every %v or more)\n", len(app.times), o.pause, o.gap)
	timeouts := len(app.times) - len(column(app.times, editTimes.done))
	done := column(app.times, editTimes.done)
	floorDone := column(floor.times, editTimes.done)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\tmedian\tp95\tmax\t")
	row := func(label string, v []float64, note string) {
		if len(v) > 0 {
			fmt.Fprintf(tw, "%s\t%.1f\t%.1f\t%.1f\t%s\n", label, stats.Median(v), stats.Percentile(v, 95), slices.Max(v), note)
		}
	}
	met := func(ok bool) string {
		if ok {
			return "met"
		}
		return "not met"
	}
	row("input event reaches the page (the browser's part)", column(app.times, func(t editTimes) float64 { return t.Input }), "")
	row("results updated (#out-revenue_now data-value)", column(app.times, func(t editTimes) float64 { return t.Results }), "")
	row("charts updated (all three <svg> replaced)", column(app.times, func(t editTimes) float64 { return t.Charts }), "")
	if len(done) > 0 {
		p := stats.Percentile(done, 95)
		note := fmt.Sprintf("target p95 ≤ %.0f ms: %s", latencyTarget, met(p <= latencyTarget))
		if len(floorDone) > 0 {
			f := stats.Percentile(floorDone, 95)
			note += fmt.Sprintf("; %.1f× the floor (target ≤ %.0f×: %s)", p/f, floorRatioTarget, met(p <= floorRatioTarget*f))
		}
		row("results and all three charts updated", done, note)
	}
	row("next animation frame after both", column(app.times, func(t editTimes) float64 { return t.Frame }), "")
	row("go-app's floor: a one-field go-app page, input → one text", floorDone, "")
	row("go-app's floor: next animation frame after it", column(floor.times, func(t editTimes) float64 { return t.Frame }), "")
	tw.Flush()
	if timeouts > 0 {
		fmt.Printf("%d edits did not update the page within 5 s\n", timeouts)
	}
	// In order, for the slow ones' place: the first edits of a fresh page run
	// while the browser still compiles the app's hot code for speed.
	fmt.Print("each edit, results and charts updated:")
	for _, t := range app.times {
		if t.Timeout {
			fmt.Print(" timeout")
		} else {
			fmt.Printf(" %.1f", t.done())
		}
	}
	fmt.Println()
	if cpu := app.cpu; cpu.edits > 0 {
		fmt.Printf("main thread CPU per timed edit (thread time): %.1f ms = script (Go and JS) %.1f + style %.1f + layout %.1f + other (parsing, paint…) %.1f\n",
			cpu.task, cpu.script, cpu.style, cpu.layout, cpu.task-cpu.script-cpu.style-cpu.layout)
	}
	printWork("app", app.work, app.path)
	printWork("go-app's floor", floor.work, floor.path)

	fmt.Printf("\n== memory: when ready → after %d edits\n", app.mem.edits)
	verdict := "met"
	if app.mem.afterWasm/1e6 >= memoryTarget {
		verdict = "not met"
	}
	fmt.Printf("wasm linear memory  %6.1f MB → %6.1f MB (target < %d MB: %s)\n", app.mem.readyWasm/1e6, app.mem.afterWasm/1e6, memoryTarget, verdict)
	fmt.Printf("JS heap after GC    %6.1f MB → %6.1f MB\n", app.mem.readyHeap/1e6, app.mem.afterHeap/1e6)
}

// printWork prints the main thread's work per traced edit: wall time (what a
// throttled CPU stretches) and thread time, by kind, and the events with the
// most own time; then the way from a key to its frame.
func printWork(page string, w perEdit, p keyPath) {
	if w.edits == 0 {
		return
	}
	fmt.Printf("%s, main thread per edit (trace of %d more edits, ms):\n", page, w.edits)
	fmt.Printf("   wall  %s\n", split(w.wall))
	if !w.cpuMissing {
		fmt.Printf("   CPU   %s\n", split(w.cpu))
	}
	if p.edits > 0 {
		fmt.Printf("   key → its frame painted, mean: %.1f = input delivered %.1f + %s + waiting %.1f\n",
			p.delivery+p.length, p.delivery, splitTerms(p.kinds), p.waiting())
	}
	fmt.Printf("   off the main thread: rasterizing tiles %.1f ms wall\n", w.raster)
	var top []string
	for _, name := range w.topNames[:min(8, len(w.topNames))] {
		top = append(top, fmt.Sprintf("%s %.1f", name, w.namesWall[name]))
	}
	fmt.Printf("   busiest events (own wall time): %s\n", strings.Join(top, ", "))
}

// printSummary puts the devices side by side: the figures the targets are
// about, app against go-app's floor.
func printSummary(all []deviceResult) {
	if len(all) == 0 {
		return
	}
	fmt.Printf("\n== summary, ms: page loads median of %d cold loads; edits median / p95; main thread per edit from the traced edits\n", len(all[0].cold))
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "\t")
	for _, r := range all {
		fmt.Fprintf(tw, "%s app\t%s floor\t", r.name, r.name)
	}
	fmt.Fprintln(tw)
	loads := func(label string, f func(loadResult) float64) {
		fmt.Fprintf(tw, "%s\t", label)
		for _, r := range all {
			fmt.Fprintf(tw, "%.0f\t%.0f\t", stats.Median(field(r.cold, f)), stats.Median(field(r.floorLoads, f)))
		}
		fmt.Fprintln(tw)
	}
	loads("first contentful paint", func(r loadResult) float64 { return r.FCP })
	loads("data-ready", func(r loadResult) float64 { return r.Ready })
	edits := func(label string, f func(editTimes) float64) {
		fmt.Fprintf(tw, "%s\t", label)
		for _, r := range all {
			for _, l := range []latency{r.app, r.floor} {
				v := column(l.times, f)
				fmt.Fprintf(tw, "%.1f / %.1f\t", stats.Median(v), stats.Percentile(v, 95))
			}
		}
		fmt.Fprintln(tw)
	}
	edits("input → results (and charts)", editTimes.done)
	edits("input → next frame", func(t editTimes) float64 { return t.Frame })
	fmt.Fprint(tw, "key → its frame painted (traced), mean\t")
	for _, r := range all {
		for _, l := range []latency{r.app, r.floor} {
			fmt.Fprintf(tw, "%.1f\t", l.path.delivery+l.path.length)
		}
	}
	fmt.Fprintln(tw)
	fmt.Fprint(tw, "  of which waiting (timers, frames, cores)\t")
	for _, r := range all {
		for _, l := range []latency{r.app, r.floor} {
			fmt.Fprintf(tw, "%.1f\t", l.path.waiting())
		}
	}
	fmt.Fprintln(tw)
	fmt.Fprint(tw, "app p95 / floor p95\t")
	for _, r := range all {
		a, f := stats.Percentile(column(r.app.times, editTimes.done), 95), stats.Percentile(column(r.floor.times, editTimes.done), 95)
		fmt.Fprintf(tw, "%.1f×\t\t", a/f)
	}
	fmt.Fprintln(tw)
	work := func(label string, f func(perEdit) map[string]float64, kind string) {
		fmt.Fprintf(tw, "%s\t", label)
		for _, r := range all {
			for _, w := range []perEdit{r.app.work, r.floor.work} {
				m := f(w)
				if kind == "" {
					fmt.Fprintf(tw, "%.1f\t", total(m))
				} else {
					fmt.Fprintf(tw, "%.1f\t", m[kind])
				}
			}
		}
		fmt.Fprintln(tw)
	}
	wall := func(w perEdit) map[string]float64 { return w.wall }
	work("main thread per edit, wall", wall, "")
	for _, k := range kinds {
		work("  "+k, wall, k)
	}
	work("main thread per edit, CPU", func(w perEdit) map[string]float64 { return w.cpu }, "")
	tw.Flush()
}

// ---------------------------------------------------------------------------------
// Statistics

// spread is "median  min – max  every value" for a table row; -1 (never
// happened) prints as "-".
func spread(v []float64) string {
	var ok []float64
	all := make([]string, len(v))
	for i, x := range v {
		if x < 0 {
			all[i] = "-"
			continue
		}
		ok = append(ok, x)
		all[i] = fmt.Sprintf("%.0f", x)
	}
	if len(ok) == 0 {
		return "-\t-\t" + strings.Join(all, " ") + "\t"
	}
	return fmt.Sprintf("%.0f\t%.0f – %.0f\t%s\t", stats.Median(ok), slices.Min(ok), slices.Max(ok), strings.Join(all, " "))
}

// ---------------------------------------------------------------------------------
// Browser

// newBrowser starts Chromium with a fresh profile, the probe installed and the
// device emulated; Close ends it and removes the profile.
func newBrowser(d device, chrome string) (*chromium.Browser, error) {
	b, err := chromium.Start(chrome, d.width, d.height)
	if err != nil {
		return nil, err
	}
	_, err = chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probeJS})
	if err == nil {
		err = d.emulate(b.Ctx)
	}
	if err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

func evalWait[T any](ctx context.Context, js string, timeout time.Duration) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

func evalDo(ctx context.Context, js string) error {
	_, err := evalWait[chromedp.Void](ctx, js, 10*time.Second)
	return err
}

// poll evaluates cond every 20 ms until it is true.
func poll(ctx context.Context, cond string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		ok, err := evalWait[bool](ctx, "!!("+cond+")", 5*time.Second)
		if err == nil && ok {
			return nil
		}
		if time.Now().After(deadline) {
			if err != nil {
				return fmt.Errorf("timed out after %v: %w", timeout, err)
			}
			return fmt.Errorf("timed out after %v", timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// dirSize is the size of the files under dir (0 when it does not exist).
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
