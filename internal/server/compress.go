//go:build !wasm

package server

import (
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// gzipText compresses the text go-app generates (the prerendered pages, app.js,
// wasm_exec.js, app.css, the manifest) and the text files of the web directory for
// clients that accept gzip. They are small, so this costs well under a millisecond a
// response; the wasm, which is not, is precompressed (see wasmAsset).
func gzipText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addVary(w.Header(), "Accept-Encoding")
		coding, _ := negotiateEncoding(r.Header.Values("Accept-Encoding"), []string{"gzip", "identity"})
		if coding != "gzip" || r.Header.Get("Range") != "" {
			next.ServeHTTP(w, r)
			return
		}
		gw := &gzipWriter{ResponseWriter: w}
		if inm := r.Header.Get("If-None-Match"); strings.Contains(inm, `W/"`) {
			// A compressed response carries a weak ETag (its bytes differ from the
			// identity response's); go-app compares validators exactly.
			r = r.Clone(r.Context())
			r.Header.Set("If-None-Match", strings.ReplaceAll(inm, `W/"`, `"`))
			gw.weakETag = true
		}
		defer gw.close()
		next.ServeHTTP(gw, r)
	})
}

// minGzipSize is the smallest response worth compressing.
const minGzipSize = 1024

var gzipWriters = sync.Pool{New: func() any {
	gz, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return gz
}}

type gzipWriter struct {
	http.ResponseWriter
	gz          *gzip.Writer
	wroteHeader bool
	weakETag    bool // the request revalidated a compressed response
}

func (g *gzipWriter) WriteHeader(code int) {
	if g.wroteHeader {
		g.ResponseWriter.WriteHeader(code)
		return
	}
	g.wroteHeader = true
	h := g.Header()
	if code == http.StatusOK && h.Get("Content-Encoding") == "" &&
		isCompressibleType(h.Get("Content-Type")) && !isSmall(h.Get("Content-Length")) {
		h.Del("Content-Length")
		h.Set("Content-Encoding", "gzip")
		g.gz = gzipWriters.Get().(*gzip.Writer)
		g.gz.Reset(g.ResponseWriter)
		g.weakETag = true
	}
	if etag := h.Get("ETag"); g.weakETag && etag != "" && !strings.HasPrefix(etag, "W/") &&
		(g.gz != nil || code == http.StatusNotModified) {
		h.Set("ETag", "W/"+etag)
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(p []byte) (int, error) {
	if !g.wroteHeader {
		g.WriteHeader(http.StatusOK)
	}
	if g.gz != nil {
		return g.gz.Write(p)
	}
	return g.ResponseWriter.Write(p)
}

func (g *gzipWriter) close() {
	if g.gz != nil {
		g.gz.Close()
		g.gz.Reset(nil)
		gzipWriters.Put(g.gz)
		g.gz = nil
	}
}

// Unwrap lets http.ResponseController reach the connection.
func (g *gzipWriter) Unwrap() http.ResponseWriter { return g.ResponseWriter }

func isCompressibleType(contentType string) bool {
	mediaType, _, _ := strings.Cut(contentType, ";")
	switch strings.TrimSpace(strings.ToLower(mediaType)) {
	case "text/html", "text/css", "text/javascript", "text/plain", "application/javascript",
		"application/json", "application/manifest+json", "image/svg+xml":
		return true
	}
	return false
}

func isSmall(contentLength string) bool {
	n, err := strconv.Atoi(contentLength)
	return err == nil && n < minGzipSize
}
