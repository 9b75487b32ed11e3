//go:build !wasm

package server

import (
	"strings"
	"testing"
)

func TestPublicHost(t *testing.T) {
	for raw, want := range map[string]string{"": "", "https://roi.example.com": "roi.example.com", "https://roi.example.com/": "roi.example.com", "https://roi.example.com:8443": "roi.example.com:8443"} {
		if got, err := publicHost(raw); err != nil || got != want {
			t.Errorf("publicHost(%q) = %q, %v; want %q", raw, got, err, want)
		}
	}
	for _, bad := range []string{"http://roi.example.com", "https://", "https://a@roi.example.com", "https://roi.example.com/tools", "roi.example.com", "https://roi.example.com/?x=1"} {
		if got, err := publicHost(bad); err == nil {
			t.Errorf("publicHost(%q) = %q, want an error", bad, got)
		}
	}
}

// Without a public address the pages carry no og:url or og:image, never "https://";
// with one both are absolute links to it. (The command, since only it routes pages.)
func TestLinkPreviewTags(t *testing.T) {
	webDir := writeWebDir(t, fakeWasm(7))
	for _, c := range []struct {
		publicURL string
		want      []string
	}{
		{"", nil},
		{"https://roi.example.com", []string{`content="https://roi.example.com"`, `content="https://roi.example.com/web/icons/icon-512.png"`}},
	} {
		var args []string
		if c.publicURL != "" {
			args = []string{"-public-url", c.publicURL}
		}
		srv := startCommand(t, webDir, args...)
		_, body := get(t, srv.URL+"/?mqls=500")
		page := string(body)
		if strings.Contains(page, `content="https://"`) {
			t.Errorf("public URL %q: a tag names no site:\n%s", c.publicURL, page[:min(len(page), 1500)])
		}
		for _, w := range c.want {
			if !strings.Contains(page, w) {
				t.Errorf("public URL %q: the page lacks %s", c.publicURL, w)
			}
		}
		if c.publicURL == "" && strings.Contains(page, `og:url`) {
			t.Errorf("no public URL, yet the page has og:url")
		}
	}
}
