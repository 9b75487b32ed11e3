//go:build !wasm

package chromium

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindPrefersExplicitThenEnv(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for _, f := range []string{a, b} {
		if err := os.WriteFile(f, nil, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("E2E_CHROME", b)
	if got, err := Find(a); err != nil || got != a {
		t.Errorf("Find(%q) = %q, %v; want the explicit path", a, got, err)
	}
	if got, err := Find(""); err != nil || got != b {
		t.Errorf("Find(\"\") with E2E_CHROME = %q, %v; want E2E_CHROME", got, err)
	}
	t.Setenv("E2E_CHROME", filepath.Join(dir, "missing"))
	if _, err := Find(""); err == nil || !strings.Contains(err.Error(), "no Chromium") {
		t.Errorf("Find with a missing E2E_CHROME: %v, want an error", err)
	}
}
