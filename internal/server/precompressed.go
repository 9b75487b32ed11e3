//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"math"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
)

// wasmAsset is app.wasm in memory with its precompressed forms (app.wasm.br and
// app.wasm.gz, written at build time by internal/cmd/compress), read once at start so
// that no request compresses anything.
type wasmAsset struct {
	raw     []byte
	modTime time.Time
	tag     string     // ETag base: a hash of raw
	forms   []wasmForm // in order of preference: smallest first, identity last
}

type wasmForm struct {
	coding string // content coding: "br", "gzip" or "identity"
	data   []byte
}

// precompressed are the files loadWasm looks for, best compression first.
var precompressed = []struct {
	ext, coding string
	decode      func(io.Reader) (io.Reader, error)
}{
	{".br", "br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
	{".gz", "gzip", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
}

// loadWasm reads app.wasm and those of its compressed copies that decompress to
// exactly app.wasm: a copy left over from an earlier build is skipped with a warning
// rather than served as the new version.
func loadWasm(root *os.Root) (*wasmAsset, error) {
	info, err := root.Stat("app.wasm")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errNoWasm
	}
	if err != nil {
		return nil, err
	}
	raw, err := root.ReadFile("app.wasm")
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(raw)
	a := &wasmAsset{raw: raw, modTime: info.ModTime(), tag: hex.EncodeToString(sum[:8])}
	for _, p := range precompressed {
		data, err := root.ReadFile("app.wasm" + p.ext)
		if errors.Is(err, fs.ErrNotExist) {
			log.Printf("warning: no app.wasm%s: app.wasm is sent without %s compression (make build writes it)", p.ext, p.coding)
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := sameContent(raw, data, p.decode); err != nil {
			log.Printf("warning: app.wasm%s ignored: %v (make build rewrites it)", p.ext, err)
			continue
		}
		a.forms = append(a.forms, wasmForm{coding: p.coding, data: data})
	}
	a.forms = append(a.forms, wasmForm{coding: "identity", data: raw})
	return a, nil
}

// sameContent reports whether compressed decodes to raw.
func sameContent(raw, compressed []byte, decode func(io.Reader) (io.Reader, error)) error {
	r, err := decode(bytes.NewReader(compressed))
	if err != nil {
		return err
	}
	got, err := io.ReadAll(io.LimitReader(r, int64(len(raw))+1))
	if err != nil {
		return err
	}
	if !bytes.Equal(got, raw) {
		return fmt.Errorf("it is not a copy of the current app.wasm")
	}
	return nil
}

func (a *wasmAsset) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	addVary(h, "Accept-Encoding")
	offered := make([]string, len(a.forms))
	for i, f := range a.forms {
		offered[i] = f.coding
	}
	coding, ok := negotiateEncoding(r.Header.Values("Accept-Encoding"), offered)
	if !ok {
		h.Del("ETag")
		http.Error(w, "app.wasm is available as "+strings.Join(offered, ", ")+
			" and the request's Accept-Encoding refuses them all", http.StatusNotAcceptable)
		return
	}
	var form wasmForm
	for _, f := range a.forms {
		if f.coding == coding {
			form = f
		}
	}
	h.Set(wasmLengthHeader, strconv.Itoa(len(a.raw)))
	// go-app's loader fetch()es the wasm, a CORS request when the page has an opaque
	// origin: embedded in an iframe sandboxed without allow-same-origin, the page
	// could not start without this. The wasm is public and no cookie is involved.
	h.Set("Access-Control-Allow-Origin", "*")
	etag := a.tag
	if coding != "identity" {
		h.Set("Content-Encoding", coding)
		etag += "-" + coding
	}
	// Each encoding is its own representation, with its own strong validator
	// (If-None-Match is evaluated on it by the representation layer).
	h.Set("ETag", `"`+etag+`"`)
	h.Set("Last-Modified", a.modTime.UTC().Format(http.TimeFormat))
	if notModifiedSince(r, a.modTime) {
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	// Written out rather than with http.ServeContent, which sends no Content-Length
	// once Content-Encoding is set; ranges are not offered.
	h.Set("Content-Type", "application/wasm")
	h.Set("Content-Length", strconv.Itoa(len(form.data)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(form.data)
	}
}

// notModifiedSince evaluates If-Modified-Since. (If-None-Match never reaches a
// handler: see representation.)
func notModifiedSince(r *http.Request, modTime time.Time) bool {
	since, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
	return err == nil && !modTime.Truncate(time.Second).After(since)
}

// negotiateEncoding picks, from the codings offered in order of preference, the one
// the Accept-Encoding field values rank highest (RFC 9110, section 12.5.3): a coding
// with q=0 is refused, "*" stands for codings not listed, and identity is acceptable
// unless refused explicitly or through "*;q=0". It reports false when nothing
// offered is acceptable.
func negotiateEncoding(fieldValues []string, offered []string) (string, bool) {
	q := map[string]float64{}
	for _, v := range fieldValues {
		for item := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if coding == "" {
				continue
			}
			if coding == "x-gzip" {
				coding = "gzip"
			}
			weight, ok := qValue(params)
			if !ok {
				continue
			}
			q[coding] = weight
		}
	}
	weightOf := func(coding string) float64 {
		if w, ok := q[coding]; ok {
			return w
		}
		if w, ok := q["*"]; ok {
			return w
		}
		if coding == "identity" {
			return 0.0001 // acceptable, but after anything asked for
		}
		return 0
	}
	best, bestWeight := "", 0.0
	for _, coding := range offered {
		if w := weightOf(coding); w > bestWeight {
			best, bestWeight = coding, w
		}
	}
	return best, best != ""
}

// qValue reads the weight in the parameters of one Accept-Encoding item ("q=0.5");
// without one it is 1. It reports false for a malformed weight.
func qValue(params string) (float64, bool) {
	for p := range strings.SplitSeq(params, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(p), "=")
		if !strings.EqualFold(strings.TrimSpace(name), "q") {
			continue
		}
		w, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil || math.IsNaN(w) || w < 0 || w > 1 {
			return 0, false
		}
		return w, true
	}
	return 1, true
}

// addVary adds a field name to Vary unless it is listed already.
func addVary(h http.Header, field string) {
	for _, v := range h.Values("Vary") {
		for name := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(name), field) {
				return
			}
		}
	}
	h.Add("Vary", field)
}
