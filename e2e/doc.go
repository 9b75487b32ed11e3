// Package e2e holds the browser tests of the calculator: they start the built server
// (bin/trainingroi, which serves web/app.wasm), drive the page in headless Chromium
// through github.com/chromedp/chromedp and check it against the public URL parameters
// and page hooks of the README and the numbers of docs/model.md.
//
// Run them after building:
//
//	make build
//	go test ./e2e/
//
// They need Chromium (Debian: apt-get install chromium); set E2E_CHROME to use another
// binary, E2E_BIN to test another server binary than bin/trainingroi. With -short
// they are skipped, with a message. Screenshots (the default page at 1280 and 360 px,
// and the page of every failing test) are written to $TEST_ARTIFACTS, else to
// e2e/screenshots. docs/architecture.md describes the harness.
//
// This file exists so that the directory is a package in every build; the tests and
// their harness are in the _test.go files.
package e2e
