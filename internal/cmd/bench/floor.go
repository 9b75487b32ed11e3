//go:build !wasm

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/trainingroi/calculator/internal/testkit/serverproc"
)

// startFloor builds the go-app floor page (floor/) for the browser and for this
// machine in a temporary directory and starts it; stop ends it and removes the
// directory.
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
	srv, err = serverproc.Start(bin, web, dir)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	return srv, func() { srv.Stop(5e9); cleanup() }, nil
}
