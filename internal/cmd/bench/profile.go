//go:build !wasm

package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
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

// stopProfile writes the profile to file (it opens in Chrome DevTools'
// Performance panel) and prints the functions with the most self time. Function
// names come from the wasm's name section: build without -s to see Go names.
func stopProfile(ctx context.Context, file string, top int) error {
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return err
	}
	p := res.Profile
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return err
	}
	name := map[int64]string{}
	for _, n := range p.Nodes {
		fn := n.CallFrame.FunctionName
		if fn == "" {
			fn = "(anonymous " + n.CallFrame.URL + ")"
		}
		name[n.ID] = fn
	}
	self := map[string]int64{} // µs
	var total int64
	for i, id := range p.Samples {
		if i < len(p.TimeDeltas) && i+1 < len(p.TimeDeltas) {
			d := p.TimeDeltas[i+1]
			self[name[id]] += d
			total += d
		}
	}
	var busy int64
	for fn, us := range self {
		if fn != "(idle)" && fn != "(program)" {
			busy += us
		}
	}
	keys := make([]string, 0, len(self))
	for k := range self {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Compare(self[b], self[a]) })
	fmt.Printf("\n== CPU profile %s (%.0f ms sampled, %.0f ms in JavaScript and wasm): self time\n", file, float64(total)/1e3, float64(busy)/1e3)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	for _, k := range keys[:min(top, len(keys))] {
		fmt.Fprintf(tw, "  %s\t%8.1f ms\t%5.1f%%\n", abbrev(k, 110), float64(self[k])/1e3, 100*float64(self[k])/float64(max(total, 1)))
	}
	return tw.Flush()
}

func abbrev(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
