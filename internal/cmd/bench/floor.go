//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/trainingroi/calculator/internal/testkit/serverproc"
)

// startFloor builds the go-app floor page (floor/) for the browser and for this
// machine in a temporary directory and starts it; stop ends it and removes the
// directory. Its wasm is gzipped as make build gzips the app's, so that on a
// throttled network the two travel alike (Chromium asks for no brotli over http).
func startFloor() (srv *serverproc.Proc, stop func(), err error) {
	dir, err := os.MkdirTemp("", "bench-floor-")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	pkg := "github.com/trainingroi/calculator/internal/cmd/bench/floor"
	web := filepath.Join(dir, "web")
	bin := filepath.Join(dir, "floor")
	wasm := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), pkg)
	wasm.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	native := exec.Command("go", "build", "-trimpath", "-o", bin, pkg)
	for _, c := range []*exec.Cmd{wasm, native} {
		if out, err := c.CombinedOutput(); err != nil {
			cleanup()
			return nil, nil, fmt.Errorf("building the floor page: %v\n%s", err, out)
		}
	}
	if err := gzipFile(filepath.Join(web, "app.wasm")); err != nil {
		cleanup()
		return nil, nil, err
	}
	srv, err = serverproc.Start(bin, web, dir)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	return srv, func() { srv.Stop(5e9); cleanup() }, nil
}

// gzipFile writes name.gz as internal/cmd/compress does: best compression.
func gzipFile(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	gw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := gw.Write(data); err != nil {
		return err
	}
	if err := gw.Close(); err != nil {
		return err
	}
	return os.WriteFile(name+".gz", buf.Bytes(), 0o644)
}
