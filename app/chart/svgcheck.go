package chart

import (
	"errors"
	"fmt"
	"strings"
)

// checkSVG is the last line of defence before an SVG leaves the package: the page
// inserts it as raw markup, so it must hold nothing but drawing. It accepts only
// the elements and attributes the renderer writes, which excludes
// <script>, <foreignObject>, <a>, <image>, <use>, event handlers (on*) and
// href. Escaping (escape.go) already keeps text from forming markup; this check
// catches a future go-chart change or a mistake in this package, and costs a
// single pass over the bytes.
func checkSVG(s string) error {
	i := 0
	for {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return nil
		}
		i += j + 1
		closing := i < len(s) && s[i] == '/'
		if closing {
			i++
		}
		var name string
		name, i = readName(s, i)
		if !allowedElement(name) {
			return fmt.Errorf("unexpected element <%s>", name)
		}
		var err error
		if i, err = checkAttrs(s, i, closing); err != nil {
			return fmt.Errorf("<%s>: %w", name, err)
		}
	}
}

// allowedElement and allowedAttr are the allowlists; switches, as the check
// runs on every chart drawn and a map lookup per attribute was a fifth of a
// chart's time.
func allowedElement(name string) bool {
	switch name {
	case "svg", "title", "desc", "path", "circle", "text":
		return true
	}
	return false
}

func allowedAttr(name string) bool {
	switch name {
	case "xmlns", "id", "viewBox", "role", "aria-labelledby", "aria-describedby",
		"d", "transform", "x", "y", "cx", "cy", "r", "font-size", "font-family",
		"fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width", "stroke-dasharray":
		return true
	}
	return false
}

var errBadTag = errors.New("malformed tag")

// checkAttrs reads the attributes of a tag from s[i:] up to its closing '>' and
// returns the index after it.
func checkAttrs(s string, i int, closing bool) (int, error) {
	for {
		i = skipSpace(s, i)
		switch {
		case i >= len(s):
			return i, errBadTag
		case s[i] == '>':
			return i + 1, nil
		case s[i] == '/' && !closing && i+1 < len(s) && s[i+1] == '>':
			return i + 2, nil
		case closing:
			return i, errBadTag
		}
		var attr string
		attr, i = readName(s, i)
		if !allowedAttr(attr) {
			return i, fmt.Errorf("unexpected attribute %q", attr)
		}
		i = skipSpace(s, i)
		if i >= len(s) || s[i] != '=' {
			return i, errBadTag
		}
		i = skipSpace(s, i+1)
		if i >= len(s) || s[i] != '"' {
			return i, errBadTag
		}
		end := strings.IndexByte(s[i+1:], '"')
		if end < 0 {
			return i, errBadTag
		}
		if unsafeValue(s[i+1 : i+1+end]) {
			return i, fmt.Errorf("unexpected value in %s", attr)
		}
		i += end + 2
	}
}

func readName(s string, i int) (string, int) {
	start := i
	for i < len(s) {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ':' || c == '_' {
			i++
			continue
		}
		break
	}
	return s[start:i], i
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// unsafeValue reports whether an attribute value could hold markup or load
// something: no '<' or '>', no url() (with href gone, the one way paint or a
// style could load something) and no "javascript:", in any letter case. Nor
// '&' or a backslash: a character reference or a CSS escape could spell either of
// those past this check, and nothing the package writes into an attribute
// needs them. One pass over the bytes.
func unsafeValue(v string) bool {
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '<', '>', '&', '\\':
			return true
		case 'u', 'U':
			if hasPrefixFold(v[i:], "url(") {
				return true
			}
		case 'j', 'J':
			if hasPrefixFold(v[i:], "javascript:") {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-case ASCII word
// prefix in any letter case, without allocating.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		if c := s[j]; c != prefix[j] && c|0x20 != prefix[j] {
			return false
		}
	}
	return true
}
