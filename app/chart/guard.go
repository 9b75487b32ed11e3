package chart

import (
	"errors"
	"fmt"
	"strings"
)

// checkSVG is the last line of defence before an SVG leaves the package: the page
// inserts it as raw markup, so it must hold nothing but drawing. It accepts only
// the elements and attributes go-chart and the wrapper write, which excludes
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
		if !allowedElements[name] {
			return fmt.Errorf("unexpected element <%s>", name)
		}
		var err error
		if i, err = checkAttrs(s, i, closing); err != nil {
			return fmt.Errorf("<%s>: %w", name, err)
		}
	}
}

var allowedElements = map[string]bool{
	"svg": true, "title": true, "desc": true, "path": true, "circle": true, "text": true,
}

var allowedAttrs = map[string]bool{
	"xmlns": true, "id": true, "viewBox": true, "role": true,
	"aria-labelledby": true, "aria-describedby": true,
	"d": true, "style": true, "class": true, "transform": true, "stroke-dasharray": true,
	"x": true, "y": true, "cx": true, "cy": true, "r": true,
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
		if !allowedAttrs[attr] {
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
		// No markup in values, and no url(): with href gone it is the one way
		// a style could load something.
		v := s[i+1 : i+1+end]
		if strings.ContainsAny(v, "<>") || containsFold(v, "url(") || containsFold(v, "javascript:") {
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

// containsFold reports whether s contains the lower-case ASCII word sub in any
// letter case, without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && (s[i+j]|0x20 == sub[j] || s[i+j] == sub[j]) {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}
