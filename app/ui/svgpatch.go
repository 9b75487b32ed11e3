package ui

import (
	"strconv"
	"strings"
)

// A keystroke usually moves a chart's lines and changes some labels, but keeps
// its elements: the same paths, texts and circles in the same order. Changing
// the attributes and texts that differ took the browser half the time of
// parsing the new picture in place of the old (docs/performance.md), so the
// quick paint sends those changes when it can, and the whole picture when the
// elements differ.

// svgElem is one element of a chart's content as the chart package writes it:
// a flat run of elements, each self-closing or holding only text, with
// double-quoted attribute values that hold no quote and no '&' (the package's
// check refuses them).
type svgElem struct {
	tag   string
	attrs string // the opening tag after its name, up to but not including '>' or "/>"
	text  string // the escaped text inside, if any
	all   string // the whole element
}

// splitSVG splits the content of a chart's <svg> into its elements, or reports
// false if it is not such a flat run.
func splitSVG(s string) ([]svgElem, bool) {
	var els []svgElem
	for i := 0; i < len(s); {
		if s[i] != '<' {
			return nil, false
		}
		gt := strings.IndexByte(s[i:], '>')
		if gt < 0 {
			return nil, false
		}
		gt += i
		open := s[i+1 : gt]
		name := open
		if sp := strings.IndexAny(open, " \n/"); sp >= 0 {
			name = open[:sp]
		}
		e := svgElem{tag: name}
		if strings.HasSuffix(open, "/") {
			e.attrs = open[len(name) : len(open)-1]
			e.all = s[i : gt+1]
			i = gt + 1
		} else {
			closing := "</" + name + ">"
			end := strings.Index(s[gt+1:], closing)
			if end < 0 || strings.IndexByte(s[gt+1:gt+1+end], '<') >= 0 {
				return nil, false
			}
			e.attrs = open[len(name):]
			e.text = s[gt+1 : gt+1+end]
			e.all = s[i : gt+1+end+len(closing)]
			i = gt + 1 + end + len(closing)
		}
		els = append(els, e)
	}
	return els, true
}

// diffAttrs calls changed for each attribute of the opening tag b (as in
// svgElem.attrs) whose value differs in a, and reports false if the two do not
// have the same attributes in the same order. It reads both in step, without
// allocating: it runs for every changed element of every chart on a keystroke.
func diffAttrs(a, b string, changed func(name, value string)) bool {
	for {
		var an, av, bn, bv string
		var aok, bok bool
		an, av, a, aok = nextAttr(a)
		bn, bv, b, bok = nextAttr(b)
		switch {
		case !aok || !bok || an != bn:
			return false
		case an == "":
			return true
		case av != bv:
			changed(bn, bv)
		}
	}
}

// nextAttr reads the first name="value" of s and returns the rest, or an
// empty name at the end of s; ok is false if s is not a run of attributes.
func nextAttr(s string) (name, value, rest string, ok bool) {
	s = strings.TrimLeft(s, " \n")
	if s == "" {
		return "", "", "", true
	}
	eq := strings.Index(s, `="`)
	if eq <= 0 {
		return "", "", "", false
	}
	end := strings.IndexByte(s[eq+2:], '"')
	if end < 0 {
		return "", "", "", false
	}
	return s[:eq], s[eq+2 : eq+2+end], s[eq+2+end+1:], true
}

// patchOps adds to ops the changes that turn the chart content old into new
// in the <svg> id: its viewBox, then each changed attribute and text. It
// reports false, having added nothing, when the two differ in their elements
// or in the names and order of any element's attributes: the whole content is
// sent instead.
func patchOps(ops *paintOps, id, box, old, new string) bool {
	before, ok := splitSVG(old)
	after, ok2 := splitSVG(new)
	if !ok || !ok2 || len(before) != len(after) {
		return false
	}
	var p paintOps
	p.add("k", id, box, strconv.Itoa(len(after)))
	for i, b := range after {
		a := before[i]
		if a.all == b.all {
			continue
		}
		if a.tag != b.tag {
			return false
		}
		if a.attrs != b.attrs {
			index := strconv.Itoa(i)
			if !diffAttrs(a.attrs, b.attrs, func(name, value string) { p.add("a", id, index, name, value) }) {
				return false
			}
		}
		if a.text != b.text {
			p.add("x", id, strconv.Itoa(i), unescapeText(b.text))
		}
	}
	ops.append(&p)
	return true
}

// unescapeText undoes the chart package's escaping of text (html.EscapeString,
// which writes these five and nothing else), for writing it as a text node.
func unescapeText(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s // most labels: numbers and words
	}
	return unescaper.Replace(s)
}

var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&")
