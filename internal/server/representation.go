//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// representation chooses what a response is sent as, in one place for every
// handler: gzip for text when the client accepts it, and 304 Not Modified when the
// request's If-None-Match names the validator of the response the handler gives.
//
// The handlers below never see If-None-Match: go-app would answer 304 for any path,
// a missing one included, when it names the app version. Validators therefore only
// ever come from a 200, and a response with any other status loses its ETag.
func representation(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addVary(w.Header(), "Accept-Encoding")
		rw := &representationWriter{ResponseWriter: w, gzip: wantsGzip(r)}
		if inm := r.Header.Values("If-None-Match"); len(inm) > 0 {
			rw.ifNoneMatch = inm
			r = r.Clone(r.Context())
			r.Header.Del("If-None-Match")
			// With If-None-Match, If-Modified-Since is ignored (RFC 9110, 13.1.3).
			r.Header.Del("If-Modified-Since")
		}
		defer rw.close()
		next.ServeHTTP(rw, r)
	})
}

// wantsGzip tells whether a response to r may be gzipped: the client prefers gzip
// to identity, and asks for no range (a range of a compressed body is not what it
// asked for).
func wantsGzip(r *http.Request) bool {
	coding, _ := negotiateEncoding(r.Header.Values("Accept-Encoding"), []string{"gzip", "identity"})
	return coding == "gzip" && r.Header.Get("Range") == ""
}

// minGzipSize is the smallest response worth compressing.
const minGzipSize = 1024

var gzipWriters = sync.Pool{New: func() any {
	gz, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return gz
}}

// gzipped compresses data exactly as a response compressed on the fly is, so a
// body compressed once ahead (a cached page) has the same bytes.
func gzipped(data []byte) []byte {
	var b bytes.Buffer
	gz := gzipWriters.Get().(*gzip.Writer)
	gz.Reset(&b)
	gz.Write(data)
	gz.Close()
	gz.Reset(nil)
	gzipWriters.Put(gz)
	return b.Bytes()
}

// markGzipped turns the header of a response into that of its gzipped form: a
// compressed body has other bytes, so its validator becomes weak.
func markGzipped(h http.Header) {
	h.Del("Content-Length")
	h.Set("Content-Encoding", "gzip")
	if etag := h.Get("ETag"); etag != "" && !strings.HasPrefix(etag, "W/") {
		h.Set("ETag", "W/"+etag)
	}
}

type representationWriter struct {
	http.ResponseWriter
	gzip        bool     // the client accepts gzip
	ifNoneMatch []string // the request's If-None-Match field values
	gz          *gzip.Writer
	wroteHeader bool
	discard     bool // 304: the handler's body is not sent
}

func (rw *representationWriter) WriteHeader(code int) {
	if rw.wroteHeader {
		rw.ResponseWriter.WriteHeader(code)
		return
	}
	rw.wroteHeader = true
	h := rw.Header()
	switch code {
	case http.StatusOK:
		if rw.gzip && h.Get("Content-Encoding") == "" &&
			isCompressibleType(h.Get("Content-Type")) && !isSmall(h.Get("Content-Length")) {
			markGzipped(h)
			rw.gz = gzipWriters.Get().(*gzip.Writer)
			rw.gz.Reset(rw.ResponseWriter)
		}
		if etag := h.Get("ETag"); etag != "" && etagMatches(rw.ifNoneMatch, etag) {
			rw.notModified(h)
			code = http.StatusNotModified
		}
	case http.StatusNotModified:
		// From a handler's own If-Modified-Since check: it validates a 200.
	default:
		h.Del("ETag")
	}
	rw.ResponseWriter.WriteHeader(code)
}

// notModified turns the 200 about to be sent into a 304: the same validator,
// caching fields and Vary, no content.
func (rw *representationWriter) notModified(h http.Header) {
	rw.discard = true
	if rw.gz != nil {
		rw.gz.Reset(nil)
		gzipWriters.Put(rw.gz)
		rw.gz = nil
	}
	h.Del("Content-Type")
	h.Del("Content-Length")
	h.Del("Content-Encoding")
}

func (rw *representationWriter) Write(p []byte) (int, error) {
	if !rw.wroteHeader {
		rw.WriteHeader(http.StatusOK)
	}
	switch {
	case rw.discard:
		return len(p), nil
	case rw.gz != nil:
		return rw.gz.Write(p)
	}
	return rw.ResponseWriter.Write(p)
}

func (rw *representationWriter) close() {
	if rw.gz != nil {
		rw.gz.Close()
		rw.gz.Reset(nil)
		gzipWriters.Put(rw.gz)
		rw.gz = nil
	}
}

// Unwrap lets http.ResponseController reach the connection.
func (rw *representationWriter) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

// etagMatches evaluates If-None-Match field values against a response's ETag with
// the weak comparison RFC 9110 (13.1.2) asks for: W/"x" and "x" match.
func etagMatches(fieldValues []string, etag string) bool {
	etag = strings.TrimPrefix(etag, "W/")
	for _, v := range fieldValues {
		for tag := range strings.SplitSeq(v, ",") {
			tag = strings.TrimSpace(tag)
			if tag == "*" || strings.TrimPrefix(tag, "W/") == etag {
				return true
			}
		}
	}
	return false
}

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
