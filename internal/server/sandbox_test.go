//go:build !wasm

package server

import (
	"strings"
	"testing"
)

// A page sandboxed without allow-same-origin (an iframe with sandbox="allow-scripts")
// has an opaque origin, so go-app's fetch of the wasm is a CORS request with
// "Origin: null": the wasm must allow it, or the app never starts there
// (e2e/robust_test.go, TestSandboxedIframe). The static export says the same to its
// host.
func TestWasmAllowsOpaqueOrigins(t *testing.T) {
	srv, s := startSite(t, testConfig(writeWebDir(t, fakeWasm(41))))
	for _, enc := range []string{"br", "gzip", "identity"} {
		res, _ := get(t, srv.URL+"/web/app.wasm", "Origin: null", "Accept-Encoding: "+enc)
		if res.StatusCode != 200 || res.Header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("wasm as %s for Origin: null: status %d, Access-Control-Allow-Origin %q, want 200 and *",
				enc, res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"))
		}
		// No credentials: the wasm is public, and nothing else is opened up.
		if v := res.Header.Get("Access-Control-Allow-Credentials"); v != "" {
			t.Errorf("Access-Control-Allow-Credentials: %q", v)
		}
	}
	if res, _ := get(t, srv.URL+"/app.js", "Origin: null"); res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("/app.js allows CORS too (%q): only the wasm is fetched", res.Header.Get("Access-Control-Allow-Origin"))
	}

	b := staticHeaders(s)
	for _, path := range []string{"/web/app.wasm", "/web/app.wasm.br", "/web/app.wasm.gz"} {
		_, block, ok := strings.Cut(string(b), "\n"+path+"\n")
		block, _, _ = strings.Cut(block, "\n\n")
		if !ok || !strings.Contains(block, "  Access-Control-Allow-Origin: *") {
			t.Errorf("_headers: %s has no Access-Control-Allow-Origin: *:\n%s", path, b)
		}
	}
}
