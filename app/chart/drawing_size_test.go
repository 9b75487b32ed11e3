package chart

import (
	"fmt"
	"strings"
	"testing"
)

// TestDrawingSizeIsTheViewBox: the page sizes a chart's box from Drawing.Width and
// Height before the picture is in it, so they must be the SVG's own viewBox.
func TestDrawingSizeIsTheViewBox(t *testing.T) {
	for _, sc := range sampleScenarios() {
		for _, w := range []int{360, 1280} {
			d, err := sc.chart.Draw(Options{Width: w, Locale: sc.locale})
			if err != nil {
				t.Fatalf("%s at %d: %v", sc.name, w, err)
			}
			want := fmt.Sprintf(` viewBox="0 0 %d %d"`, d.Width, d.Height)
			if d.Width <= 0 || d.Height <= 0 || !strings.Contains(d.SVG[:strings.Index(d.SVG, ">")], want) {
				t.Errorf("%s at %d: Drawing is %d×%d, the SVG begins %q", sc.name, w, d.Width, d.Height, d.SVG[:strings.Index(d.SVG, ">")])
			}
		}
	}
}
