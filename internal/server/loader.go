//go:build !wasm

package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// How the app loads (issue #6), as patches to what go-app generates. Each patch
// replaces exact snippets of go-app v10.1.11's scripts and fails loudly when they
// are not found, so that a go-app upgrade cannot drop a fix silently.

// wasmLoaderCall is where go-app's app.js fetches the wasm: its fetchWithProgress
// copies the response into a synthetic Response (to count bytes for the progress
// label), and the browser can keep compiled code only for a response that comes
// from its HTTP cache or a service worker's cache, which a synthetic one does not.
// Every visit then compiled the 9 MB wasm again.
const wasmLoaderCall = `fetchWithProgress("`

// wasmLoader compiles from the fetch response itself and counts bytes on a clone
// of it for the progress label. The total is the decompressed size (go-app puts it
// in goappWasmContentLength), since the clone sees decoded bytes.
const wasmLoader = `

// -----------------------------------------------------------------------------
// Training ROI calculator: compile the wasm from the fetch response itself, so
// that the browser can cache the compiled code between visits; a clone of the
// response drives the progress label.
// -----------------------------------------------------------------------------
async function goappFetchWasm(url, progress) {
  const response = await fetch(url);
  let total = parseInt(goappWasmContentLength, 10);
  if (!(total > 0)) {
    total = parseInt(response.headers.get(goappWasmContentLengthHeader) || "", 10);
  }
  if (response.ok && response.body && total > 0) {
    const reader = response.clone().body.getReader();
    let loaded = 0;
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          progress(100);
          return;
        }
        loaded += value.byteLength;
        progress(Math.min(99, Math.floor((loaded * 100) / total)));
      }
    })().catch(() => {});
  }
  return response;
}
`

// patchAppJS applies the loader patch to go-app's app.js.
func patchAppJS(js string) (string, error) {
	if n := strings.Count(js, wasmLoaderCall); n != 1 {
		return "", fmt.Errorf("app.js: found %q %d times instead of once: go-app's loader changed, review internal/server/loader.go", wasmLoaderCall, n)
	}
	for _, name := range []string{"const goappWasmContentLength =", "const goappWasmContentLengthHeader =", "instantiateStreaming("} {
		if !strings.Contains(js, name) {
			return "", fmt.Errorf("app.js: %q is gone: go-app's loader changed, review internal/server/loader.go", name)
		}
	}
	return strings.Replace(js, wasmLoaderCall, `goappFetchWasm("`, 1) + wasmLoader, nil
}

// pageWorkerFetch is the service worker's fetch listener in go-app's template.
const pageWorkerFetch = `event.respondWith(fetchWithCache(event.request));`

// pageWorker makes the worker fetch pages from the network, falling back to the
// cache offline, after 3 s without an answer, or when the server answers with an
// error of its own (5xx: busy rendering, or a proxy's bad gateway): someone who has
// the app gets the app, never the server's "busy" text. A page is the server's
// prerendering of its URL's scenario: served from the cache, a link to
// /?mqls=500 first showed the numbers of the page cached at install (the example)
// until the wasm ran. A page of another path (/compare?…) falls back to the
// cached "/": the app shows the page of the address once it runs. Navigation
// preload starts the request while the worker wakes up. Everything else stays
// cache-first.
const pageWorker = `

// -----------------------------------------------------------------------------
// Training ROI calculator: pages from the network, the cache as the fallback.
// -----------------------------------------------------------------------------
self.addEventListener("activate", (event) => {
  if (self.registration.navigationPreload) {
    event.waitUntil(self.registration.navigationPreload.enable().catch(() => {}));
  }
});

async function cachedPage(request) {
  const any = { ignoreSearch: true, ignoreVary: true };
  return (await caches.match(request, any)) || (await caches.match("/", any));
}

async function networkPage(event) {
  const response = (await event.preloadResponse) || (await fetch(event.request));
  if (response.status >= 500) {
    const cached = await cachedPage(event.request);
    if (cached) {
      return cached;
    }
  }
  return response;
}

async function fetchPage(event) {
  const request = event.request;
  const network = networkPage(event);
  network.catch(() => {});
  const late = new Promise((resolve) => setTimeout(resolve, 3000)).then(async () => {
    return (await cachedPage(request)) || network;
  });
  try {
    return await Promise.race([network, late]);
  } catch (err) {
    const cached = await cachedPage(request);
    if (cached) {
      return cached;
    }
    throw err;
  }
}
`

// patchWorker applies the page patch to the service worker template.
func patchWorker(tmpl string) (string, error) {
	if n := strings.Count(tmpl, pageWorkerFetch); n != 1 {
		return "", fmt.Errorf("service worker template: found %q %d times instead of once: "+
			"go-app's app-worker.js changed, review internal/server/loader.go", pageWorkerFetch, n)
	}
	fixed := `event.respondWith(event.request.mode === "navigate" ? fetchPage(event) : fetchWithCache(event.request));`
	return strings.Replace(tmpl, pageWorkerFetch, fixed, 1) + pageWorker, nil
}

// firstPaintHint makes the results part of the first contentful paint: the
// browser holds rendering until the element that ends them has been parsed, or
// the document has (blocking=render on rel=expect, Chromium 124 and later; other
// browsers ignore it). Measured with make bench: without it, 1 in 3 cold loads
// painted a page whose results were not parsed yet.
const firstPaintHint = `<link rel="expect" href="#tools" blocking="render">`

// loaderScript is the patched app.js, served in place of go-app's.
type loaderScript struct {
	body []byte
	etag string
}

// newLoaderScript asks go-app's handler for its app.js and patches it.
func newLoaderScript(h *app.Handler) (*loaderScript, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("app.js: go-app answered %d", rec.Code)
	}
	js, err := patchAppJS(rec.Body.String())
	if err != nil {
		return nil, err
	}
	return &loaderScript{body: []byte(js), etag: rec.Header().Get("ETag")}, nil
}

// ServeHTTP answers as go-app does for its generated files: no-cache, with the
// app version as ETag (If-None-Match is evaluated by the representation layer).
func (l *loaderScript) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	if l.etag != "" {
		h.Set("ETag", l.etag)
	}
	h.Set("Content-Type", "application/javascript")
	h.Set("Content-Length", strconv.Itoa(len(l.body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(l.body)
	}
}
