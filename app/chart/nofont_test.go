package chart

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	robotottf "github.com/wcharczuk/go-chart/v2/roboto"
)

// TestWasmLinksNoFont builds the app's wasm as `make wasm` does and checks that
// go-chart's Roboto is not in it: 64 bytes from the middle of the font must not
// occur. The test binary, which links the font through the tests, shows that
// the search finds it where it is.
func TestWasmLinksNoFont(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm (about 30 s without a warm build cache)")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	mid := len(robotottf.Roboto) / 2
	needle := robotottf.Roboto[mid : mid+64]

	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(self); err != nil || !bytes.Contains(b, needle) {
		t.Fatalf("the font's bytes are not found in the test binary, which links it (%v)", err)
	}

	gomod, err := exec.Command(goTool, "env", "GOMOD").Output()
	if err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(t.TempDir(), "app.wasm")
	build := exec.Command(goTool, "build", "-buildvcs=false", "-trimpath", "-ldflags=-s -w", "-o", wasm, ".")
	build.Dir = filepath.Dir(strings.TrimSpace(string(gomod)))
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm: %v\n%s", err, out)
	}
	b, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, needle) {
		t.Errorf("the wasm (%d bytes) links go-chart's Roboto", len(b))
	}
}
