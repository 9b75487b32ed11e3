package state

import (
	"net/url"
	"strings"

	"github.com/trainingroi/calculator/calc"
)

// ShareLink returns the page an embed names as the one it is embedded in
// (share=), as the browser opens it, when raw is an absolute https: URL to a
// host, or an http: one to localhost or 127.0.0.1 (a host page being tested),
// with no user name or password, and no control, direction-changing or invisible
// characters, before and after its percent-escapes are decoded. Its own query and
// fragment are kept.
func ShareLink(raw string) (string, bool) {
	u, ok := plainURL(raw)
	if !ok || u.Opaque != "" {
		return "", false
	}
	var host string
	switch u.Scheme = strings.ToLower(u.Scheme); u.Scheme {
	case "https":
		h, ok := asciiHost(u.Hostname())
		if !ok {
			return "", false
		}
		host = h
	case "http":
		host = strings.ToLower(u.Hostname())
		if host != "localhost" && host != "127.0.0.1" {
			return "", false
		}
	default:
		return "", false
	}
	if port := u.Port(); port != "" && port != defaultPort[u.Scheme] {
		host += ":" + port
	}
	u.Host = host
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), true
}

var defaultPort = map[string]string{"https": "443", "http": "80"}

// SameOrigin reports whether a link from ShareLink is on origin, a page's origin
// as the browser writes it ("https://consult.example", "http://127.0.0.1:8080").
func SameOrigin(link, origin string) bool {
	u, err := url.Parse(link)
	return err == nil && origin != "" && u.Scheme+"://"+u.Host == origin
}

// ScenarioParams are the query parameters of a scenario that a host page's own
// address carries for the calculator embedded in it: the inputs, and the
// currency, number format and language their numbers are read in. web/embed.js
// passes these, and only these, from the host page's address to the calculator.
func ScenarioParams() []string {
	names := make([]string, 0, len(calc.Fields)+len(hostDisplayParams))
	for _, f := range calc.Fields {
		names = append(names, f.Name)
	}
	return append(names, hostDisplayParams...)
}

var hostDisplayParams = []string{"currency", "locale", "lang"}

// HostLink is the address of the scenario on the host page link (from
// ShareLink): the page's own query parameters first, but for those of a
// scenario, then the scenario's, as the calculator's own address writes them;
// the page's fragment last.
func (s Scenario) HostLink(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return link
	}
	ours := map[string]bool{}
	for _, name := range ScenarioParams() {
		ours[name] = true
	}
	var parts []string
	for part := range strings.SplitSeq(u.RawQuery, "&") {
		key, _, _ := strings.Cut(part, "=")
		if k, err := url.QueryUnescape(key); part == "" || err == nil && ours[k] {
			continue
		}
		parts = append(parts, part)
	}
	q := s.Query()
	for k := range q {
		if !ours[k] {
			q.Del(k)
		}
	}
	parts = append(parts, encodeOrdered(q))
	u.RawQuery = strings.Join(parts, "&")
	return u.String()
}
