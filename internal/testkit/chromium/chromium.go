//go:build !wasm

// Package chromium finds and starts the Chromium that the browser tests and the
// benchmark drive.
package chromium

import (
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Find returns the browser to run: explicit if not empty, else $E2E_CHROME, else
// /usr/bin/chromium (Debian's package), else the first Chromium or Chrome on PATH.
func Find(explicit string) (string, error) {
	for _, p := range []string{explicit, os.Getenv("E2E_CHROME")} {
		if p != "" {
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("no Chromium: %v", err)
			}
			return p, nil
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium: not at /usr/bin/chromium nor on PATH (Debian: apt-get install chromium; or set E2E_CHROME)")
}

// Options starts the browser at path headless, in the profile directory, with a
// window of width×height, and without the background work (networking, updates,
// sync, first-run pages) that would add requests and noise to what is measured.
func Options(path, profile string, width, height int) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
	)
}
