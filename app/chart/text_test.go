package chart

import (
	"strings"
	"testing"
)

// TestWrapText: lines fit the width; the words come back in order, all of
// them unless more than three lines were needed, and then the last line ends
// in "…".
func TestWrapText(t *testing.T) {
	s := "No payback month: it does not pay back within the 12-month horizon."
	for _, width := range []int{60, 120, 200, 400, 1000} {
		lines := wrapText(s, 12, width, 3)
		for _, l := range lines {
			if w := measure(12, l); w > width {
				t.Errorf("%d px: line %q is %d px", width, l, w)
			}
		}
		joined := strings.Join(lines, " ")
		if short, ok := strings.CutSuffix(joined, "…"); ok {
			if len(lines) != 3 || !strings.HasPrefix(s, strings.TrimSpace(short)) {
				t.Errorf("%d px: %q", width, lines)
			}
		} else if joined != s {
			t.Errorf("%d px: %q", width, lines)
		}
	}
	if got := wrapText("", 12, 100, 3); len(got) != 0 {
		t.Errorf("empty text gives %q", got)
	}
}

// TestFitText: a text too wide is cut to what fits, ending in "…".
func TestFitText(t *testing.T) {
	s := "Quarterly enablement programme"
	if got := fitText(s, 12, 1000); got != s {
		t.Errorf("a text that fits became %q", got)
	}
	for _, width := range []int{1, 20, 100, 150} {
		got := fitText(s, 12, width)
		short, ok := strings.CutSuffix(got, "…")
		if !ok || !strings.HasPrefix(s, short) || measure(12, got) > max(width, measure(12, "…")) {
			t.Errorf("fitText(%q, %d) = %q", s, width, got)
		}
		// Nothing longer would have fitted.
		if n := len([]rune(short)); n+1 < len([]rune(s)) && measure(12, string([]rune(s)[:n+1])+"…") <= width {
			t.Errorf("fitText(%q, %d) = %q cuts too much", s, width, got)
		}
	}
}
