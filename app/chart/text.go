package chart

import (
	"math"
	"strings"
)

// wrapText breaks s into lines at most width px wide at size px, at spaces,
// and keeps at most maxLines: the last one kept ends in "…" if text is left.
// A word wider than the width is shortened the same way.
func wrapText(s string, size float64, width, maxLines int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		next := word
		if line != "" {
			next = line + " " + word
		}
		if measure(size, next) <= width || line == "" {
			line = next
			continue
		}
		lines = append(lines, line)
		line = word
	}
	if line != "" {
		lines = append(lines, line)
	}
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] += " …"
	}
	for i, l := range lines {
		lines[i] = fitText(l, size, width)
	}
	return lines
}

// fitText shortens s to at most width px at size px, ending it in "…" when
// anything is cut.
func fitText(s string, size float64, width int) string {
	if measure(size, s) <= width {
		return s
	}
	r := []rune(s)
	cut := func(n int) string { return strings.TrimRight(string(r[:n]), " ") + "…" }
	// The longest prefix that fits, by bisection: widths grow with length.
	lo, hi := 0, len(r)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(size, cut(mid)) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return cut(lo)
}

// textHeight is the height of a line of text at size px, as the layout counts
// it.
func textHeight(size float64) int { return int(math.Round(size)) }
