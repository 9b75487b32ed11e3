//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"testing"
)

// wasmBinary is a module with one imported function, a code section, and a name
// section naming function 1 (the first of its own) as Go's linker writes names.
func wasmBinary(t *testing.T, name string) string {
	section := func(id byte, body ...byte) []byte { return append([]byte{id, byte(len(body))}, body...) }
	str := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	var imports []byte
	imports = append(imports, 2) // two imports: a function and a memory
	imports = append(imports, str("go")...)
	imports = append(imports, str("debug")...)
	imports = append(imports, 0, 0) // function of type 0
	imports = append(imports, str("env")...)
	imports = append(imports, str("mem")...)
	imports = append(imports, 2, 1, 1, 2) // memory, limits with a max
	var names []byte
	names = append(names, str("name")...)
	fn := append([]byte{1, 1}, str(name)...) // one name: function 1
	names = append(names, 1, byte(len(fn)))
	names = append(names, fn...)
	b := []byte("\x00asm\x01\x00\x00\x00")
	b = append(b, section(2, imports...)...)
	b = append(b, section(10, 1, 2, 0, 0x0b)...)
	b = append(b, section(0, names...)...)
	file := filepath.Join(t.TempDir(), "app.wasm")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestReadWasm(t *testing.T) {
	m, err := readWasm(wasmBinary(t, "github.com_trainingroi_calculator_app_ui.__Field_.Render.func1"))
	if err != nil {
		t.Fatal(err)
	}
	if m.Imports != 1 || len(m.Code) != 4 || len(m.Names) != 1 {
		t.Fatalf("imports %d, code %d bytes, names %v", m.Imports, len(m.Code), m.Names)
	}
	n := &wasmNames{byIndex: m.Names, pkgs: map[string]string{
		"github.com_trainingroi_calculator_app":    "github.com/trainingroi/calculator/app",
		"github.com_trainingroi_calculator_app_ui": "github.com/trainingroi/calculator/app/ui",
		"runtime": "runtime",
	}}
	for in, want := range map[string]string{
		"wasm-function[1]":      "github.com/trainingroi/calculator/app/ui.(*Field).Render.func1",
		"$wasm-function[1]":     "github.com/trainingroi/calculator/app/ui.(*Field).Render.func1",
		"wasm-function[0]":      "wasm-function[0]", // the import has no name
		"runtime.__mspan_.init": "runtime.(*mspan).init",
		"replaceState":          "replaceState",
		"syscall/js.valueCall":  "syscall/js.valueCall", // wasm_exec.js's glue
	} {
		if got := n.name(in); got != want {
			t.Errorf("name(%q) = %q, want %q", in, got, want)
		}
	}
	if _, err := readWasm(filepath.Join(t.TempDir(), "none.wasm")); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestTaskOf(t *testing.T) {
	for _, c := range []struct {
		stack []string
		want  string
	}{
		{[]string{"(program)"}, "(program)"},
		{[]string{"runtime.mallocgc", "github.com/trainingroi/calculator/app/chart.draw", "github.com/maxence-charriere/go-app/v10/pkg/app.nodeManager.Update"}, "charts: drawing (ui.ChartFigure, app/chart, go-chart)"},
		{[]string{"syscall/js.valueSet", "github.com/maxence-charriere/go-app/v10/pkg/app.nodeManager.updateText"}, "go-app: render, compare, patch the DOM"},
		{[]string{"replaceState", "syscall/js.valueCall", "github.com/trainingroi/calculator/app/ui.(*Calculator).syncURL"}, "history.replaceState (the address follows typing)"},
		{[]string{"runtime.scanobject", "runtime.gcDrain", "runtime.gcBgMarkWorker.func2", "runtime.gcBgMarkWorker"}, "Go's collector, in the background"},
		{[]string{"github.com/trainingroi/calculator/calc.Project"}, "the numbers and their text (calc, present, state, format)"},
		{[]string{"outerHTML", "B.arm"}, "the benchmark's probe (probe.js)"},
		{[]string{"runtime.findRunnable"}, "other"},
	} {
		if got := taskOf(c.stack); got != c.want {
			t.Errorf("taskOf(%q) = %q, want %q", c.stack, got, c.want)
		}
	}
}

func TestGroupOf(t *testing.T) {
	for _, c := range []struct{ fn, url, want string }{
		{"(program)", "", "(program)"},
		{"syscall/js.valueCall", "http://127.0.0.1:1/wasm_exec.js", "script wasm_exec.js"},
		{"github.com/maxence-charriere/go-app/v10/pkg/app.(*engineX).Start", "http://127.0.0.1:1/web/app.wasm", "go-app"},
		{"github.com/trainingroi/calculator/app/ui.(*Field).Render", "wasm://wasm/abc", "app/ui"},
		{"internal/runtime/maps.(*Iter).Next", "", "runtime"},
		{"strconv.AppendFloat", "", "Go's standard library"},
		{"wasm-function[12]", "", "wasm (no names)"},
	} {
		if got := groupOf(c.fn, c.url); got != c.want {
			t.Errorf("groupOf(%q, %q) = %q, want %q", c.fn, c.url, got, c.want)
		}
	}
}
