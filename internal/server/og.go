//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
)

// Link previews (Open Graph) need absolute links. go-app writes og:url and og:image
// as "https://" + Handler.Domain + path whether it knows the domain or not, which
// gives "https://" without one: with -public-url the handler knows the domain (and
// names the large icon as the image); without, the two tags are left out.

// ogImage is the picture a link to the calculator shows.
const ogImage = "/web/icons/icon-512.png"

// publicHost checks a -public-url value and returns its host: an https: address of
// the site's root, nothing else.
func publicHost(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || strings.Trim(u.Path, "/") != "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("-public-url %q: want the https:// address of the site's root, such as https://roi.example.com", raw)
	}
	return u.Host, nil
}

// dropUnknownOG removes from a page the link-preview tags that name no site: the
// og:url and og:image meta tags whose content is "https://" (go-app writes a tag's
// attributes in any order), each with its line.
func dropUnknownOG(page []byte) []byte {
	for from := 0; ; {
		i := bytes.Index(page[from:], []byte("<meta "))
		if i < 0 {
			return page
		}
		i += from
		end := bytes.IndexByte(page[i:], '>')
		if end < 0 {
			return page
		}
		end += i + 1
		tag := page[i:end]
		unknown := bytes.Contains(tag, []byte(`content="https://"`)) &&
			(bytes.Contains(tag, []byte(`property="og:url"`)) || bytes.Contains(tag, []byte(`property="og:image"`)))
		if !unknown {
			from = end
			continue
		}
		start := bytes.LastIndexByte(page[:i], '\n') + 1
		if len(bytes.TrimSpace(page[start:i])) == 0 && end < len(page) && page[end] == '\n' {
			i, end = start, end+1
		}
		page = append(page[:i:i], page[end:]...)
		from = i
	}
}
