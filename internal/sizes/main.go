// Command sizes prints what the WebAssembly binary weighs on the wire: the raw file
// and its precompressed copies (FILE.gz, FILE.br, written by internal/compress).
//
//	go run ./internal/sizes [web/app.wasm]
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		files = []string{"web/app.wasm"}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tencoding\tbytes\tMB\tof raw\t")
	failed := false
	for _, name := range files {
		raw, err := os.Stat(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "sizes:", err, "(run make build)")
			failed = true
			continue
		}
		for _, v := range []struct{ suffix, encoding string }{{"", "raw"}, {".gz", "gzip"}, {".br", "brotli"}} {
			info, err := os.Stat(name + v.suffix)
			if err != nil {
				fmt.Fprintf(tw, "%s\t%s\tmissing\t\t\t\n", name+v.suffix, v.encoding)
				continue
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%.1f%%\t\n", name+v.suffix, v.encoding, info.Size(),
				float64(info.Size())/1e6, 100*float64(info.Size())/float64(max(raw.Size(), 1)))
		}
	}
	tw.Flush()
	if failed {
		os.Exit(1)
	}
}
