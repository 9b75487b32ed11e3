//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/internal/wasmfile"
)

// wasmNames names the served wasm's functions for the CPU profiles. The build
// that make serves is stripped (-s), so V8 can only call its functions
// wasm-function[N]; the same code built without -s has a "name" section, and the
// index N is the same in both when their code sections are equal.
type wasmNames struct {
	byIndex map[int]string
	// Go's linker writes names with every character but letters, digits, _ and .
	// as _ ("app/ui.(*Field).Render" is app_ui.__Field_.Render): pkgs maps the
	// packages' paths so written back to the paths.
	pkgs map[string]string
}

var (
	receiverRE  = regexp.MustCompile(`(^|\.)__([A-Za-z0-9]+)_\.`)
	wasmFuncRE  = regexp.MustCompile(`wasm-function\[(\d+)\]`)
	goNameStart = regexp.MustCompile(`^[\w.]+\.`)
)

// name is fn with a wasm-function[N] replaced by its Go name, and a Go name as
// the linker wrote it as Go writes it, as far as that can be told.
func (n *wasmNames) name(fn string) string {
	if n == nil {
		return fn
	}
	if m := wasmFuncRE.FindStringSubmatch(fn); m != nil {
		i, _ := strconv.Atoi(m[1])
		s, ok := n.byIndex[i]
		if !ok {
			return fn
		}
		fn = s
	}
	if !goNameStart.MatchString(fn) {
		return fn
	}
	best := ""
	for written := range n.pkgs {
		if len(written) > len(best) && strings.HasPrefix(fn, written+".") {
			best = written
		}
	}
	if best == "" {
		return fn
	}
	return n.pkgs[best] + receiverRE.ReplaceAllString(fn[len(best):], "$1(*$2).")
}

// goPackages maps the packages that the wasm of the current directory links, as
// the linker writes their paths in names, to their paths (nil if go list fails).
func goPackages() map[string]string {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		fmt.Println("profile names: go list:", err)
		return nil
	}
	pkgs := map[string]string{}
	for p := range strings.FieldsSeq(string(out)) {
		pkgs[wasmfile.LinkerName(p)] = p
	}
	return pkgs
}

// loadNames finds names for the wasm in o.web (nil when there are none to be had,
// with the reason printed): its own name section, or -names, or an unstripped
// build of the current directory with the Makefile's flags.
func loadNames(o options) *wasmNames {
	served, err := readWasm(filepath.Join(o.web, "app.wasm"))
	if err != nil {
		fmt.Println("profile names:", err)
		return nil
	}
	if len(served.Names) > 0 {
		return &wasmNames{served.Names, goPackages()}
	}
	file := o.names
	switch o.names {
	case "none":
		return nil
	case "auto":
		dir, err := os.MkdirTemp("", "bench-names-")
		if err != nil {
			fmt.Println("profile names:", err)
			return nil
		}
		defer os.RemoveAll(dir)
		file = filepath.Join(dir, "app.wasm")
		fmt.Println("profile names: building the wasm without -s, for its name section")
		cmd := exec.Command("go", "build", "-buildvcs=false", "-trimpath", "-o", file, ".")
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Printf("profile names: %v\n%s", err, out)
			return nil
		}
	}
	named, err := readWasm(file)
	if err != nil {
		fmt.Println("profile names:", err)
		return nil
	}
	if !bytes.Equal(named.Code, served.Code) || named.Imports != served.Imports {
		fmt.Printf("profile names: %s is not the code %s serves (rebuild with make build): functions keep their numbers\n", file, o.web)
		return nil
	}
	if len(named.Names) == 0 {
		fmt.Printf("profile names: %s has no name section\n", file)
		return nil
	}
	return &wasmNames{named.Names, goPackages()}
}

// readWasm reads a WebAssembly binary.
func readWasm(file string) (*wasmfile.Module, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m, err := wasmfile.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return m, nil
}
