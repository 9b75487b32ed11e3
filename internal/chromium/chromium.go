// Package chromium finds the Chromium that the browser tests and the benchmark
// drive.
package chromium

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
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
