//go:build !wasm

package server

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// securityHeaders are set on every response: pages, scripts, the wasm, errors, and
// the replies Go writes by itself (see connListener).
type securityHeaders [][2]string

// hstsValue asks browsers to use only HTTPS for this host for a year. Sent only
// with -hsts: over plain HTTP it means nothing, and on a host that cannot keep
// HTTPS it would lock visitors out until it expires.
const hstsValue = "max-age=31536000"

func newSecurityHeaders(frameAncestors string, hsts bool) securityHeaders {
	h := securityHeaders{
		{"Content-Security-Policy", contentSecurityPolicy(frameAncestors)},
		{"X-Content-Type-Options", "nosniff"},
		{"Referrer-Policy", "strict-origin-when-cross-origin"},
		{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"},
		// Opened as a window of its own, the page shares no browsing context group
		// with a page of another origin: an opener keeps no handle on it (and it
		// none on the opener). Browsers apply it to top-level documents only, so
		// the calculator in a frame, sandboxed or not, and its messages with the
		// host page are untouched. The page never talks to an opener or a popup.
		{"Cross-Origin-Opener-Policy", "same-origin"},
		// A host page that is cross-origin isolated (Cross-Origin-Embedder-Policy:
		// require-corp) loads embed.js and frames the page only if they allow it,
		// and the framed page only if it requires the same of what it loads. What
		// the page loads is its own; in a frame sandboxed without allow-same-origin
		// that is cross-origin too, hence cross-origin on every file. Everything
		// here is public.
		{"Cross-Origin-Resource-Policy", "cross-origin"},
		{"Cross-Origin-Embedder-Policy", "require-corp"},
		// No X-Frame-Options: it cannot allow a list of hosts, and consultancies
		// embed the page. CSP frame-ancestors decides.
	}
	if hsts {
		h = append(h, [2]string{"Strict-Transport-Security", hstsValue})
	}
	return h
}

// lines are the headers as written in an HTTP/1.1 response head.
func (s securityHeaders) lines() []byte {
	var b []byte
	for _, kv := range s {
		b = append(b, kv[0]+": "+kv[1]+"\r\n"...)
	}
	return b
}

// contentSecurityPolicy allows nothing but this origin. The go-app runtime needs
// 'wasm-unsafe-eval' to compile the wasm (never 'unsafe-eval', which would allow
// eval() in JavaScript), and 'unsafe-inline' styles because components set style
// attributes. Inline scripts stay forbidden: go-app's page has none.
func contentSecurityPolicy(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// frameSource is one CSP source expression allowed in frame-ancestors: a keyword, a
// scheme ("https:") or a host with optional scheme, port and path.
var frameSource = regexp.MustCompile(`^(?:'self'|'none'|\*|[a-zA-Z][a-zA-Z0-9+.-]*:|` +
	`(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:\*|(?:\*\.)?[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*)(?::(?:[0-9]+|\*))?(?:/[!-~]*)?)$`)

// checkFrameAncestors refuses a -frame-ancestors value that is not a list of source
// expressions, so that it cannot end the directive and add others ("*; script-src *").
func checkFrameAncestors(v string) error {
	for _, r := range v {
		if r < ' ' || r > '~' {
			return fmt.Errorf("-frame-ancestors: %q has a control or non-ASCII character", v)
		}
	}
	fields := strings.Fields(v)
	if len(fields) == 0 {
		return fmt.Errorf("-frame-ancestors is empty: use 'none' to forbid embedding, * to allow it everywhere")
	}
	for _, f := range fields {
		if strings.ContainsAny(f, ";,") || !frameSource.MatchString(f) {
			return fmt.Errorf("-frame-ancestors: %q is not a CSP source expression (examples: 'self', 'none', *, https:, https://example.com, https://*.example.com)", f)
		}
		if f == "'none'" && len(fields) > 1 {
			return fmt.Errorf("-frame-ancestors: 'none' cannot be combined with other sources")
		}
	}
	return nil
}

// wrap sets the headers and refuses every method but GET and HEAD: the site only
// ever reads.
func (s securityHeaders) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		markHandled(r)
		h := w.Header()
		for _, kv := range s {
			h.Set(kv[0], kv[1])
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}
