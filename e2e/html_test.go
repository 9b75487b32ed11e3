//go:build !wasm

package e2e

// Raw HTML (the server's prerendered pages, the static export) is checked as a
// browser reads it: parsed by golang.org/x/net/html into a tree, then looked at by
// id, element name and attribute.

import (
	"io"
	"iter"
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// httpGet fetches u with these headers ("Name: value") and returns the status, the
// response's headers and the body.
func httpGet(t *testing.T, u string, headers ...string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ": ")
		req.Header.Set(k, v)
	}
	resp, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	return resp.StatusCode, resp.Header, b
}

// getHTML fetches baseURL+path with a plain GET (no JavaScript), which must succeed.
func getHTML(t *testing.T, path string) string {
	t.Helper()
	status, _, b := httpGet(t, baseURL+path)
	if status != http.StatusOK {
		t.Fatalf("GET %s: status %d", path, status)
	}
	return string(b)
}

// parseHTML parses a document as a browser does; it never fails on a string.
func parseHTML(doc string) *html.Node {
	n, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		panic(err) // html.Parse fails only when its reader does
	}
	return n
}

// elements yields every element under n, n included, in document order.
func elements(n *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		if n.Type == html.ElementNode && !yield(n) {
			return
		}
		for d := range n.Descendants() {
			if d.Type == html.ElementNode && !yield(d) {
				return
			}
		}
	}
}

// byID is the first element under n whose id is id, or nil.
func byID(n *html.Node, id string) *html.Node {
	for e := range elements(n) {
		if v, _ := attr(e, "id"); v == id {
			return e
		}
	}
	return nil
}

// hasElement reports whether n holds an element of this name.
func hasElement(n *html.Node, name string) bool {
	for e := range elements(n) {
		if e != n && e.Data == name {
			return true
		}
	}
	return false
}

// attr is the value of an element's attribute and whether it has it.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attrs are an element's attributes by name.
func attrs(n *html.Node) map[string]string {
	m := make(map[string]string, len(n.Attr))
	for _, a := range n.Attr {
		m[a.Key] = a.Val
	}
	return m
}

// textOf is the text a reader sees in n: its text without scripts and styles
// (attribute values, such as an input's value, are not part of it).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "template"):
			return
		}
		for c := range n.ChildNodes() {
			walk(c)
		}
		if n.Type == html.ElementNode {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return b.String()
}

// words is textOf with its white space collapsed, as a reader sees it.
func words(n *html.Node) string { return strings.Join(strings.Fields(textOf(n)), " ") }

// leadingText is the text of n before its first child element, trimmed.
func leadingText(n *html.Node) string {
	var b strings.Builder
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode {
			break
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.TrimSpace(b.String())
}

// outerHTML is the markup of n, written back by the parser's renderer.
func outerHTML(n *html.Node) string {
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		panic(err) // a strings.Builder never fails to write
	}
	return b.String()
}

// htmlTag is an element in short: its name, attributes and leading text.
type htmlTag struct {
	Name  string
	Attrs map[string]string
	Text  string
}

// findByID parses doc and returns the element whose id is id.
func findByID(doc, id string) (htmlTag, bool) {
	n := byID(parseHTML(doc), id)
	if n == nil {
		return htmlTag{}, false
	}
	return htmlTag{Name: n.Data, Attrs: attrs(n), Text: leadingText(n)}, true
}
