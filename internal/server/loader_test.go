//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestAppScriptCompilesTheFetchResponse(t *testing.T) {
	srv, _ := startSite(t, testConfig(writeWebDir(t, fakeWasm(21))))
	res, body := get(t, srv.URL+"/app.js")
	js := string(body)
	if res.StatusCode != 200 || res.Header.Get("Cache-Control") != "no-cache" || !strings.Contains(res.Header.Get("Content-Type"), "javascript") {
		t.Fatalf("status %d, Cache-Control %q, Content-Type %q", res.StatusCode, res.Header.Get("Cache-Control"), res.Header.Get("Content-Type"))
	}
	if !strings.Contains(js, `goappFetchWasm("/web/app.wasm", showProgress)`) {
		t.Error("app.js does not compile the wasm from the fetch response (goappFetchWasm)")
	}
	if strings.Contains(js, `fetchWithProgress("`) {
		t.Error("app.js still loads the wasm through go-app's synthetic Response")
	}
	if !strings.Contains(js, "response.clone().body.getReader()") {
		t.Error("app.js lost its progress indication")
	}
	// go-app's other duties stay: the worker, the version.
	for _, want := range []string{"goappInitServiceWorker", `"GOAPP_VERSION"`} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	// The same script under go-app's other name, and revalidation by ETag.
	if _, alias := get(t, srv.URL+"/goapp.js"); !bytes.Equal(alias, body) {
		t.Error("/goapp.js is not the patched app.js")
	}
	if etag := res.Header.Get("ETag"); etag == "" {
		t.Error("app.js has no ETag")
	} else if res, _ := get(t, srv.URL+"/app.js", "If-None-Match: "+etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("revalidating app.js gave %d, want 304", res.StatusCode)
	}
}

func TestWorkerFetchesPagesFirst(t *testing.T) {
	srv, _ := startSite(t, testConfig(writeWebDir(t, fakeWasm(22))))
	_, body := get(t, srv.URL+"/app-worker.js")
	w := string(body)
	for _, want := range []string{
		`event.request.mode === "navigate" ? fetchPage(event) : fetchWithCache(event.request)`,
		"async function fetchPage(event)",
		// A 5xx is not the page: the cached app is.
		"if (response.status >= 500) {",
		"navigationPreload.enable()",
		// The offline fallback of site.go stays.
		`caches.match(request, {ignoreSearch: request.mode === "navigate"})`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("the worker lacks %s", want)
		}
	}
}

// The page needs the routes that main registers: these run the command.
func TestFirstPaintWaitsForTheResults(t *testing.T) {
	p := startCommand(t, writeWebDir(t, fakeWasm(23)))
	defer stopCommand(t, p)
	_, body := get(t, p.URL+"/?mqls=500")
	page := string(body)
	head, _, _ := strings.Cut(page, "</head>")
	if !strings.Contains(head, firstPaintHint) {
		t.Errorf("the head lacks %s", firstPaintHint)
	}
	// The hint names the element that ends the results, which must be in the page.
	if !strings.Contains(page, `id="tools"`) {
		t.Error(`the page has no id="tools": firstPaintHint would hold the first paint until the whole page is parsed`)
	}
}

func TestLoaderPatchesFailLoudly(t *testing.T) {
	if _, err := patchAppJS("const x = 1;"); err == nil {
		t.Error("an app.js without go-app's loader was accepted")
	}
	if _, err := patchAppJS(`fetchWithProgress("a"); fetchWithProgress("b");`); err == nil {
		t.Error("an app.js with two loader calls was accepted")
	}
	if _, err := patchWorker("self.addEventListener('fetch', () => {})"); err == nil {
		t.Error("a worker without go-app's fetch listener was accepted")
	}
	// And go-app's own worker template still has what the patches replace.
	tmpl, err := offlineWorkerTemplate(app.DefaultAppWorkerJS)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := patchWorker(tmpl); err != nil {
		t.Error(err)
	}
}

func TestStaticExportHasThePatchedLoader(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	runCommand(t, 0, "-web", writeWebDir(t, fakeWasm(24)), "-static", out)
	js, err := os.ReadFile(filepath.Join(out, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js, []byte("goappFetchWasm(")) {
		t.Error("the static site's app.js is go-app's unpatched loader")
	}
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(worker, []byte("fetchPage(event)")) {
		t.Error("the static site's worker does not fetch pages first")
	}
}
