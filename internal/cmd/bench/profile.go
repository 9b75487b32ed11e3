//go:build !wasm

package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// startProfile starts V8's sampling profiler (every 100 µs) in the page.
func startProfile(ctx context.Context) error {
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 100}); err != nil {
		return err
	}
	_, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{})
	return err
}

// stopProfile prints what the time went to, per edit (edits is 1 for a page
// load). With a file name it also writes the profile there (it opens in Chrome
// DevTools' Performance panel) and prints the functions with the most time of
// their own, the Go functions with the most time in all they called, and the
// own time by Go package or script. names, when not nil, names the functions of
// a stripped wasm.
func stopProfile(ctx context.Context, file string, edits int, names *wasmNames) error {
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return err
	}
	p := res.Profile
	for _, n := range p.Nodes {
		n.CallFrame.FunctionName = names.name(n.CallFrame.FunctionName)
	}
	if file != "" {
		data, err := json.Marshal(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			return err
		}
	}
	// The probe's functions are B.something, or anonymous in its script: they
	// are all named B.… here, to be told apart from the page's.
	probe := map[string]bool{}
	for _, n := range p.Nodes {
		if strings.HasPrefix(n.CallFrame.FunctionName, "B.") {
			probe[string(n.CallFrame.ScriptID)] = true
		}
	}
	name := map[int64]string{}
	group := map[int64]string{}
	inWasm := map[int64]bool{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		fn := n.CallFrame.FunctionName
		if fn == "" {
			fn = "(anonymous " + n.CallFrame.URL + ")"
		}
		if probe[string(n.CallFrame.ScriptID)] && !strings.HasPrefix(fn, "B.") {
			fn = "B." + fn
		}
		name[n.ID] = fn
		group[n.ID] = groupOf(fn, n.CallFrame.URL)
		inWasm[n.ID] = isWasm(n.CallFrame.URL)
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	// A sample's time is the delta to the next sample.
	self := map[string]int64{}      // µs by function
	inclusive := map[string]int64{} // µs by function anywhere on the stack
	byGroup := map[string]int64{}
	byTask := map[string]map[string]int64{} // task → what ran → µs
	var total int64
	for i, id := range p.Samples {
		if i+1 >= len(p.TimeDeltas) {
			break
		}
		d := p.TimeDeltas[i+1]
		self[name[id]] += d
		byGroup[group[id]] += d
		total += d
		seen := map[string]bool{}
		var stack []string
		for n, ok := id, true; ok; n, ok = parent[n] {
			if fn := name[n]; !seen[fn] {
				seen[fn] = true
				inclusive[fn] += d
			}
			stack = append(stack, name[n])
		}
		t, ran := taskOf(stack), "JS and DOM calls"
		switch {
		case inWasm[id] && group[id] == "runtime":
			ran = "Go runtime"
		case inWasm[id]:
			ran = "Go"
		case strings.HasPrefix(name[id], "("):
			ran = name[id]
		}
		if byTask[t] == nil {
			byTask[t] = map[string]int64{}
		}
		byTask[t][ran] += d
	}
	busy := total - self["(idle)"]
	per := "in all"
	if edits > 1 {
		per = fmt.Sprintf("per edit, over %d edits", edits)
	}
	what := "of the app's edits"
	if file != "" {
		what = file
	}
	fmt.Printf("\n== CPU profile %s (%.0f ms sampled, %.0f ms busy), ms %s, %% of the busy time\n", what, float64(total)/1e3, float64(busy)/1e3, per)
	ms := func(us int64) string {
		return fmt.Sprintf("%7.2f ms\t%5.1f%%", float64(us)/1e3/float64(edits), 100*float64(us)/float64(max(busy, 1)))
	}
	fmt.Println("what the time went to (the first of these that the stack has), and what ran then: Go code, Go's runtime (allocation,\n" +
		"GC assists, maps), JS and DOM calls (the glue, and the browser work they do at once); (program) is the browser's other work")
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\tms\t%\tGo\truntime\tJS, DOM\t")
	taskTotal := map[string]int64{}
	for t, m := range byTask {
		for _, us := range m {
			taskTotal[t] += us
		}
	}
	for _, t := range topKeys(taskTotal, len(taskTotal)) {
		if t == "(idle)" {
			continue
		}
		m := byTask[t]
		f := func(us int64) string { return fmt.Sprintf("%.2f", float64(us)/1e3/float64(edits)) }
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t\n", t, ms(taskTotal[t]), f(m["Go"]), f(m["Go runtime"]), f(m["JS and DOM calls"]))
	}
	if file == "" {
		return tw.Flush()
	}
	fmt.Fprintln(tw, "own time by Go package or script (\"(program)\" is the browser's own work: style, layout, paint, DOM)")
	for _, k := range topKeys(byGroup, 16) {
		fmt.Fprintf(tw, "  %s\t%s\n", k, ms(byGroup[k]))
	}
	fmt.Fprintln(tw, "own time by function")
	for _, k := range topKeys(self, 30) {
		fmt.Fprintf(tw, "  %s\t%s\n", abbrev(k, 110), ms(self[k]))
	}
	fmt.Fprintln(tw, "time in the function and all it called (Go functions of the app, go-app and go-chart, and scripts)")
	goOwn := map[string]int64{}
	for k, v := range inclusive {
		if g := groupOf(k, ""); g != "runtime" && g != "Go's standard library" && !strings.HasPrefix(k, "(") {
			goOwn[k] = v
		}
	}
	for _, k := range topKeys(goOwn, 40) {
		fmt.Fprintf(tw, "  %s\t%s\n", abbrev(k, 110), ms(inclusive[k]))
	}
	return tw.Flush()
}

// isWasm tells whether a profiled function with this URL is the wasm's.
func isWasm(url string) bool {
	return strings.HasPrefix(url, "wasm://") || path.Ext(strings.SplitN(url, "?", 2)[0]) == ".wasm"
}

// taskOf is what a sample's time was spent on, from its stack (leaf first): the
// first of these rules that a frame matches, in this order.
func taskOf(stack []string) string {
	if leaf := stack[0]; strings.HasPrefix(leaf, "(") {
		return leaf
	}
	has := func(match func(fn string) bool) bool { return slices.ContainsFunc(stack, match) }
	// in matches a function in one of the packages, or one of the functions and
	// the closures in it.
	in := func(prefixes ...string) func(string) bool {
		return func(fn string) bool {
			for _, p := range prefixes {
				if fn == p || strings.HasPrefix(fn, p+".") {
					return true
				}
			}
			return false
		}
	}
	const ours = "github.com/trainingroi/calculator/"
	switch {
	case has(func(fn string) bool { return strings.HasPrefix(fn, "B.") }):
		return "the benchmark's probe (probe.js)"
	case has(func(fn string) bool { return fn == "replaceState" || fn == "pushState" }):
		return "history.replaceState (the address follows typing)"
	case has(in(ours+"app/chart", "github.com/wcharczuk/go-chart/v2", "github.com/golang/freetype")),
		has(func(fn string) bool { return strings.HasPrefix(fn, ours+"app/ui.(*ChartFigure)") }):
		return "charts: drawing (ui.ChartFigure, app/chart, go-chart)"
	case has(in(ours+"calc", ours+"app/present", ours+"app/state", ours+"app/format")):
		return "the numbers and their text (calc, present, state, format)"
	case has(in("runtime.gcBgMarkWorker", "runtime.bgsweep", "runtime.bgscavenge")):
		return "Go's collector, in the background"
	case has(in("github.com/maxence-charriere/go-app/v10/pkg/app")):
		return "go-app: render, compare, patch the DOM"
	}
	return "other"
}

// topKeys are the n keys of m with the largest values.
func topKeys(m map[string]int64, n int) []string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return keys[:min(n, len(keys))]
}

// groupOf is what a profiled function belongs to: a Go package (short names for
// ours and the libraries'), a script by its file, or V8's own entries such as
// "(program)" and "(garbage collector)".
func groupOf(fn, url string) string {
	if strings.HasPrefix(fn, "(") {
		return fn
	}
	if url != "" && !isWasm(url) {
		return "script " + path.Base(strings.SplitN(url, "?", 2)[0])
	}
	if wasmFuncRE.MatchString(fn) {
		return "wasm (no names)"
	}
	// A Go function's package is its name up to the first dot after the last slash.
	pkg := fn
	slash := strings.LastIndex(pkg, "/")
	if dot := strings.Index(pkg[slash+1:], "."); dot >= 0 {
		pkg = pkg[:slash+1+dot]
	}
	switch {
	case strings.HasPrefix(pkg, "github.com/trainingroi/calculator/"):
		return strings.TrimPrefix(pkg, "github.com/trainingroi/calculator/")
	case strings.HasPrefix(pkg, "github.com/maxence-charriere/go-app/"):
		return "go-app"
	case strings.HasPrefix(pkg, "github.com/wcharczuk/go-chart/"):
		return "go-chart"
	case pkg == "runtime" || strings.HasPrefix(pkg, "runtime/") || strings.HasPrefix(pkg, "internal/runtime"):
		return "runtime"
	case pkg == "syscall/js":
		return "syscall/js (Go side)"
	case !strings.Contains(pkg, "."):
		return "Go's standard library"
	}
	return pkg
}

func abbrev(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
