//go:build !wasm

package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// exportStatic writes the site to cfg.staticDir for a static host: go-app's pages and
// generated scripts, a copy of the web directory, and a _headers file that carries
// the security headers to hosts that read one (Netlify, Cloudflare Pages).
func exportStatic(cfg config) error {
	dir := cfg.staticDir
	if err := emptyDir(dir); err != nil {
		return err
	}
	s, err := newSite(cfg)
	if err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, s.app); err != nil {
		return fmt.Errorf("static export: %w", err)
	}
	// GenerateStaticWebsite asks go-app's handler, which has the unpatched loader.
	if err := os.WriteFile(filepath.Join(dir, "app.js"), s.loader.body, 0o644); err != nil {
		return fmt.Errorf("static export: %w", err)
	}
	// The pages get what the server does to them before it sends them.
	if s.pages.finish != nil {
		htmls, err := filepath.Glob(filepath.Join(dir, "*.html"))
		if err != nil {
			return err
		}
		for _, name := range htmls {
			b, err := os.ReadFile(name)
			if err == nil {
				err = os.WriteFile(name, s.pages.finish(b), 0o644)
			}
			if err != nil {
				return fmt.Errorf("static export: %w", err)
			}
		}
	}
	// GenerateStaticWebsite saves whatever the handler answered, errors included.
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil || !bytes.Contains(index, []byte("app-wasm-loader")) {
		return fmt.Errorf("static export: %s/index.html is not the app page", dir)
	}
	n, err := copyWebDir(s, filepath.Join(dir, "web"))
	if err != nil {
		return fmt.Errorf("static export: %w", err)
	}
	// The files the server answers at the root (robots.txt…), where the web
	// directory has them.
	for path, target := range rootFiles {
		name := strings.TrimPrefix(target, "/web/")
		if _, err := s.web.root.Stat(name); err == nil {
			if err := copyFile(s.web.root, name, filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(path, "/")))); err != nil {
				return fmt.Errorf("static export: %w", err)
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "_headers"), staticHeaders(s), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote a static site to %s (version %s, %d files from %s)\n", dir, s.app.Version, n, cfg.webDir)
	return nil
}

// emptyDir creates dir, or checks that it is empty: the export never overwrites or
// deletes files it did not write.
func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("static export: %s is not empty (remove it first)", dir)
	}
	return nil
}

// copyWebDir copies the web directory, leaving out dot files and any compressed copy
// of app.wasm that the server would not have served (left over from an earlier build).
func copyWebDir(s *site, dst string) (int, error) {
	served := map[string]bool{}
	for _, f := range s.web.wasm.forms {
		served[f.coding] = true
	}
	names, err := webFileNames(s.web.root.FS())
	if err != nil {
		return 0, err
	}
	n := 0
	for _, name := range names {
		if (name == "app.wasm.br" && !served["br"]) || (name == "app.wasm.gz" && !served["gzip"]) {
			continue
		}
		if err := copyFile(s.web.root, name, filepath.Join(dst, filepath.FromSlash(name))); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func copyFile(root *os.Root, name, dst string) error {
	src, err := root.Open(name)
	if err != nil {
		return err
	}
	defer src.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, src); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// staticHeaders is the _headers file: the server's security headers for every path,
// revalidation for everything (no URL carries a content hash), and the types and
// encodings of the precompressed wasm for hosts that serve app.wasm.br or .gz as is.
// Netlify and Cloudflare Pages compress /web/app.wasm themselves.
func staticHeaders(s *site) []byte {
	var b strings.Builder
	b.WriteString("# HTTP headers for Netlify and Cloudflare Pages, written by trainingroi -static.\n")
	b.WriteString("/*\n")
	for _, kv := range s.headers {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	b.WriteString("  Cache-Control: no-cache\n")
	b.WriteString("\n/manifest.webmanifest\n  Content-Type: application/manifest+json\n")
	// The wasm allows CORS for a page sandboxed without allow-same-origin (see wasmAsset).
	b.WriteString("\n/web/app.wasm\n  Content-Type: application/wasm\n  Access-Control-Allow-Origin: *\n")
	for _, f := range s.web.wasm.forms {
		if f.coding == "identity" {
			continue
		}
		ext := map[string]string{"br": ".br", "gzip": ".gz"}[f.coding]
		fmt.Fprintf(&b, "\n/web/app.wasm%s\n  Content-Type: application/wasm\n  Content-Encoding: %s\n  Access-Control-Allow-Origin: *\n", ext, f.coding)
	}
	return []byte(b.String())
}
