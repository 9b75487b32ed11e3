//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
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
	unnamedRE   = regexp.MustCompile(`[^\w.]`)
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
		pkgs[unnamedRE.ReplaceAllString(p, "_")] = p
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
	if len(served.names) > 0 {
		return &wasmNames{served.names, goPackages()}
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
	if !bytes.Equal(named.code, served.code) || named.imports != served.imports {
		fmt.Printf("profile names: %s is not the code %s serves (rebuild with make build): functions keep their numbers\n", file, o.web)
		return nil
	}
	if len(named.names) == 0 {
		fmt.Printf("profile names: %s has no name section\n", file)
		return nil
	}
	return &wasmNames{named.names, goPackages()}
}

// wasmModule is what loadNames reads of a wasm binary.
type wasmModule struct {
	code    []byte         // the code section
	imports int            // imported functions: the module's own functions are numbered after them
	names   map[int]string // function index → name, from the "name" section
}

// readWasm reads the sections of a WebAssembly binary that loadNames needs.
func readWasm(file string) (wasmModule, error) {
	var m wasmModule
	b, err := os.ReadFile(file)
	if err != nil {
		return m, err
	}
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return m, fmt.Errorf("%s: not a WebAssembly binary", file)
	}
	r := wasmReader{b: b[8:]}
	for len(r.b) > 0 {
		id := r.byte()
		body := r.bytes(int(r.uleb()))
		if r.err != nil {
			return m, fmt.Errorf("%s: %w", file, r.err)
		}
		switch id {
		case 2: // imports: count the functions among them
			s := wasmReader{b: body}
			for range s.uleb() {
				s.name()
				s.name()
				switch kind := s.byte(); kind {
				case 0: // function: a type index
					s.uleb()
					m.imports++
				case 1: // table: a type and limits
					s.byte()
					s.limits()
				case 2: // memory
					s.limits()
				case 3: // global: a type and mutability
					s.byte()
					s.byte()
				default:
					return m, fmt.Errorf("%s: import of unknown kind %d", file, kind)
				}
			}
			if s.err != nil {
				return m, fmt.Errorf("%s: imports: %w", file, s.err)
			}
		case 10:
			m.code = body
		case 0:
			s := wasmReader{b: body}
			if s.name() != "name" {
				continue
			}
			for len(s.b) > 0 && s.err == nil {
				sub := s.byte()
				data := s.bytes(int(s.uleb()))
				if sub != 1 { // function names
					continue
				}
				f := wasmReader{b: data}
				m.names = map[int]string{}
				for range f.uleb() {
					i := int(f.uleb())
					m.names[i] = f.name()
				}
				if f.err != nil {
					return m, fmt.Errorf("%s: name section: %w", file, f.err)
				}
			}
		}
	}
	return m, nil
}

// wasmReader reads the encodings of the WebAssembly binary format; the first
// error sticks, and reads after it give zeros.
type wasmReader struct {
	b   []byte
	err error
}

var errShort = errors.New("truncated")

func (r *wasmReader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errShort
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *wasmReader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		r.err = errShort
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// uleb reads an unsigned LEB128 number.
func (r *wasmReader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	r.err = errors.New("LEB128 number too long")
	return 0
}

func (r *wasmReader) name() string { return string(r.bytes(int(r.uleb()))) }

func (r *wasmReader) limits() {
	if r.byte()&1 == 1 {
		r.uleb()
	}
	r.uleb()
}
