// Command compress writes precompressed copies of build outputs, so that the server
// (and static hosts that understand them) can send the WebAssembly binary as brotli or
// gzip without compressing on every request:
//
//	go run ./internal/cmd/compress web/app.wasm
//
// writes web/app.wasm.br (brotli, quality 11, 16 MiB window) and web/app.wasm.gz
// (gzip, best compression). It is a Go program rather than a call to the brotli and
// gzip tools so that a build needs nothing but Go. Copies that already decompress to
// the file are left alone unless -f is given.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/andybalholm/brotli"
)

func main() {
	force := flag.Bool("f", false, "rewrite the compressed copies even when they are up to date")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: go run ./internal/cmd/compress [-f] FILE...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, name := range flag.Args() {
		if err := compressFile(name, *force); err != nil {
			fmt.Fprintln(os.Stderr, "compress:", err)
			os.Exit(1)
		}
	}
}

// encoding is one precompressed form of a file.
type encoding struct {
	ext    string
	writer func(w io.Writer) (io.WriteCloser, error)
	decode func(r io.Reader) (io.Reader, error)
}

var encodings = []encoding{
	// The best brotli has, quality 11 with a 16 MiB window: the bytes every first
	// visit downloads, against under a minute of each build that changes the wasm
	// (docs/performance.md has the figures).
	{".br", func(w io.Writer) (io.WriteCloser, error) {
		return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: 11, LGWin: 24}), nil
	}, func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
	{".gz", func(w io.Writer) (io.WriteCloser, error) {
		return gzip.NewWriterLevel(w, gzip.BestCompression)
	}, func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
}

// encode compresses data with e.
func (e encoding) encode(w io.Writer, data []byte) error {
	zw, err := e.writer(w)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}

func compressFile(name string, force bool) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !force && upToDate(name, data) {
		fmt.Printf("%s: compressed copies are up to date\n", name)
		return nil
	}

	// The two encoders are independent and each uses one core.
	errs := make(chan error, len(encodings))
	for _, e := range encodings {
		go func() {
			start := time.Now()
			var buf bytes.Buffer
			if err := e.encode(&buf, data); err != nil {
				errs <- fmt.Errorf("%s%s: %w", name, e.ext, err)
				return
			}
			if err := writeAtomic(name+e.ext, buf.Bytes()); err != nil {
				errs <- err
				return
			}
			fmt.Printf("%s%s: %d -> %d bytes (%.1f%%) in %s\n", name, e.ext, len(data), buf.Len(),
				100*float64(buf.Len())/float64(max(len(data), 1)), time.Since(start).Round(time.Millisecond))
			errs <- nil
		}()
	}
	var all []error
	for range encodings {
		all = append(all, <-errs)
	}
	return errors.Join(all...)
}

// upToDate reports whether every compressed copy of the file exists and decompresses
// to data. It compares contents rather than times because go build rewrites its
// output even when nothing changed, and decompressing takes a fraction of a second
// where brotli's best compression takes many.
func upToDate(name string, data []byte) bool {
	for _, e := range encodings {
		f, err := os.Open(name + e.ext)
		if err != nil {
			return false
		}
		r, err := e.decode(f)
		if err != nil {
			f.Close()
			return false
		}
		got, err := io.ReadAll(io.LimitReader(r, int64(len(data))+1))
		f.Close()
		if err != nil || !bytes.Equal(got, data) {
			return false
		}
	}
	return true
}

// writeAtomic replaces name with data so that a server reading it at the same time
// never sees a half-written file.
func writeAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
