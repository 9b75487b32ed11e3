package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHollowBuilds hollows a package of the app and builds the app's packages
// that import it with the hollow copy: it must compile, keep its API, and have
// no function body left but a panic.
func TestHollowBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list and go build")
	}
	const target = "github.com/trainingroi/calculator/app/chart"
	deps, _, err := listDeps(os.Environ(), "github.com/trainingroi/calculator/app/ui")
	if err != nil {
		t.Fatal(err)
	}
	files, err := hollow(deps[target], deps)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	overlay := map[string]map[string]string{"Replace": {}}
	for from, src := range files {
		f, err := parser.ParseFile(token.NewFileSet(), from, src, 0)
		if err != nil {
			t.Fatalf("%s: %v", from, err)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && len(fd.Body.List) > 1 {
				t.Errorf("%s: %s keeps its body", filepath.Base(from), fd.Name.Name)
			}
		}
		if !strings.Contains(string(src), "//go:noinline") && strings.Contains(string(src), "hollowed by") {
			t.Errorf("%s: hollow functions may be inlined", filepath.Base(from))
		}
		to := filepath.Join(dir, filepath.Base(from))
		if err := os.WriteFile(to, src, 0o644); err != nil {
			t.Fatal(err)
		}
		overlay["Replace"][from] = to
	}
	data, _ := json.Marshal(overlay)
	ov := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(ov, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-overlay", ov, "-o", os.DevNull, "github.com/trainingroi/calculator/app/ui")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building app/ui on the hollowed app/chart: %v\n%s", err, out)
	}
}
