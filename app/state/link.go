package state

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
)

// SafeLink returns the link a call to action may lead to, as the browser will
// open it, when raw is an absolute https: URL to a host or a mailto: URL: the only
// links the page renders from outside input. The host is written the way the
// browser resolves it (see asciiHost): "https://%D0%B0pple.com/", with a Cyrillic
// "а", becomes https://xn--pple-43d.com/, and an ideographic full stop in a host
// is a dot. A link with a user name or password is refused
// (https://good.example@evil.example/ goes to evil.example while it reads as
// good.example), and so is one with control, direction-changing or invisible
// characters, before and after its percent-escapes are decoded.
func SafeLink(raw string) (string, bool) {
	u, ok := plainURL(raw)
	if !ok {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
		host, ok := asciiHost(u.Hostname())
		if !ok {
			return "", false
		}
		if port := u.Port(); port != "" {
			host += ":" + port
		}
		u.Scheme, u.Host = "https", host
	case "mailto":
		if u.Opaque == "" {
			return "", false
		}
		if _, ok := mailAddress(u); !ok {
			return "", false
		}
		u.Scheme = "mailto"
	default:
		return "", false
	}
	return u.String(), true
}

// plainURL parses raw, an address from outside, when it names no user or
// password and has no control, direction-changing or invisible characters,
// before and after its percent-escapes are decoded.
func plainURL(raw string) (*url.URL, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 2048 || strings.ContainsFunc(raw, misleading) {
		return nil, false
	}
	u, err := url.Parse(raw)
	if err != nil || u.User != nil || !plainParts(u) {
		return nil, false
	}
	return u, true
}

// CTADestination names where a call to action from SafeLink leads, for its
// accessible name: the host of an https: link, the address of a mailto: one, each
// host as the browser resolves it.
func CTADestination(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if strings.EqualFold(u.Scheme, "mailto") {
		addr, _ := mailAddress(u)
		return "email to " + addr
	}
	host, _ := asciiHost(u.Hostname())
	return host
}

// mailAddress is the first address of a mailto: link, its domain as the browser
// resolves hosts; false when the domain cannot be resolved so.
func mailAddress(u *url.URL) (string, bool) {
	addr, err := url.PathUnescape(strings.SplitN(u.Opaque, "?", 2)[0])
	if err != nil {
		return "", false
	}
	addr, _, _ = strings.Cut(addr, ",")
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return addr, !strings.ContainsFunc(addr, misleading)
	}
	domain, ok := asciiHost(addr[i+1:])
	return addr[:i+1] + domain, ok && !strings.ContainsFunc(addr[:i], misleading)
}

// plainParts reports whether the decoded host, path, query and fragment of u
// are free of misleading characters: a percent-encoded override in the host
// ("%E2%80%AE") reads as one once the browser decodes it.
func plainParts(u *url.URL) bool {
	parts := []string{u.Hostname(), u.Path, u.Fragment}
	if q, err := url.QueryUnescape(u.RawQuery); err == nil {
		parts = append(parts, q)
	} else {
		parts = append(parts, u.RawQuery)
	}
	if o, err := url.PathUnescape(u.Opaque); err == nil {
		parts = append(parts, o)
	}
	for _, p := range parts {
		if strings.ContainsFunc(p, misleading) {
			return false
		}
	}
	return true
}

// asciiHost is host as the browser resolves it, in ASCII: the URL Standard's
// "domain to ASCII" (UTS 46: case and width folded, IDNA dots such as "。" made
// ".", any label that is not ASCII in its punycode "xn--" form). It reports false
// for a host the browser would refuse, for an ASCII form with anything but
// letters, digits, hyphens, underscores and dots, and for addresses that read as
// other addresses: IPv6 literals, and numbers other than the plain dotted IPv4
// form (the browser opens "0x7f.1" as 127.0.0.1).
func asciiHost(host string) (string, bool) {
	if host == "" || strings.Contains(host, ":") {
		return "", false
	}
	a, ok := toASCIIHost(host)
	if !ok || a == "" || strings.Trim(a, ".") == "" {
		return "", false
	}
	for _, r := range a {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return "", false
		}
	}
	if endsInNumber(a) && !dottedQuad(a) {
		return "", false
	}
	return a, true
}

// endsInNumber reports a host the browser reads as an IPv4 address: its last
// label (a final dot aside) is digits, or "0x" and hexadecimal digits.
func endsInNumber(host string) bool {
	labels := strings.Split(strings.TrimSuffix(host, "."), ".")
	last := labels[len(labels)-1]
	if h, ok := strings.CutPrefix(last, "0x"); ok {
		return strings.Trim(h, "0123456789abcdef") == ""
	}
	return last != "" && strings.Trim(last, "0123456789") == ""
}

// dottedQuad reports an IPv4 address written as four decimal numbers from 0 to
// 255, without leading zeros: the form every reader reads alike.
func dottedQuad(host string) bool {
	parts := strings.Split(host, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 255 || strconv.Itoa(n) != p {
			return false
		}
	}
	return true
}

// misleading reports the characters a link or a label must not hide: controls,
// those that change the direction of the text around them, and invisible ones.
func misleading(r rune) bool { return unicode.IsControl(r) || isBidi(r) || invisible(r) }

// isBidi reports the characters that change the direction of text around them.
func isBidi(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	}
	return false
}

// invisible reports the characters that show nothing where they stand (Unicode's
// default ignorable code points: zero-width spaces and joiners, the soft hyphen,
// word joiners, variation selectors, tags, fillers), bidi controls aside.
func invisible(r rune) bool {
	return !isBidi(r) && (unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		unicode.Is(unicode.Variation_Selector, r))
}
