//go:build !wasm

package chromium

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
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

// TestStartAndClose starts the browser the tests use, runs a script in it, and
// closes it: the profile is gone.
func TestStartAndClose(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	path, err := Find("")
	if err != nil {
		t.Skip(err)
	}
	b, err := Start(path, 800, 600)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(b.Ctx, chromedp.Evaluate[int](`window.innerWidth`))
	if err != nil || got != 800 {
		t.Errorf("window.innerWidth = %d, %v; want 800", got, err)
	}
	if err := b.Close(); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(b.Profile); !os.IsNotExist(err) {
		t.Errorf("the profile %s is still there: %v", b.Profile, err)
	}
}
