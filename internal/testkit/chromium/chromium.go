//go:build !wasm

// Package chromium finds and starts the Chromium that the browser tests and the
// benchmark drive: one way to start it, for both.
package chromium

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

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

// Browser is a running Chromium with a profile of its own.
type Browser struct {
	Ctx     context.Context // its first tab: the context for chromedp actions
	Profile string          // the profile directory, removed by Close

	cancelTab, cancelAlloc context.CancelFunc
}

// Start starts the browser at path (see Options) in a fresh profile and opens its
// first tab. Close ends it.
func Start(path string, width, height int) (*Browser, error) {
	profile, err := os.MkdirTemp("", "chromium-profile-")
	if err != nil {
		return nil, err
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), Options(path, profile, width, height)...)
	ctx, cancelTab := chromedp.NewContext(allocCtx)
	b := &Browser{Ctx: ctx, Profile: profile, cancelTab: cancelTab, cancelAlloc: cancelAlloc}
	// The first action starts the browser; it must have no timeout, which would end
	// the browser with it.
	if err := chromedp.Do(ctx); err != nil {
		b.Close()
		return nil, fmt.Errorf("starting Chromium (%s): %w", path, err)
	}
	return b, nil
}

// Close closes the browser gracefully, makes sure it has exited, and removes its
// profile.
func (b *Browser) Close() error {
	ctx, cancel := context.WithTimeout(b.Ctx, 10*time.Second)
	_ = chromedp.Cancel(ctx)
	cancel()
	b.cancelTab()
	b.cancelAlloc() // waits for the process to exit
	// Chromium's helpers (the crash handler) may still be writing in the profile for
	// a moment after the browser exits.
	var err error
	for range 20 {
		if err = os.RemoveAll(b.Profile); err == nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("removing the profile %s: %w", b.Profile, err)
}
