package chart

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// TestWriteSamples writes the charts for the model's defaults to
// $CHART_SAMPLES (when set), as SVG files and an HTML page per chart and width,
// for looking at them in a browser.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("CHART_SAMPLES")
	if dir == "" {
		t.Skip("set CHART_SAMPLES to a directory to write sample charts")
	}
	for i, sc := range scenarios[1:] {
		in := sc.inputs()
		r := calc.Project(in)
		for _, w := range []int{360, 1000} {
			for _, b := range builders {
				svg, err := b.build(in, r, Options{Width: w})
				if err != nil {
					t.Fatalf("%s %s %d: %v", sc.name, b.name, w, err)
				}
				page := `<!doctype html><meta charset="utf-8"><body style="margin:0"><div style="width:` + strconv.Itoa(w) + `px">` + svg + `</div>`
				name := "s" + strconv.Itoa(i+1) + "-" + b.name + "-" + strconv.Itoa(w)
				if err := os.WriteFile(filepath.Join(dir, name+".html"), []byte(page), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name+".svg"), []byte(svg), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	in := calc.Defaults()
	r := calc.Project(in)
	for _, dark := range []bool{false, true} {
		for _, w := range []int{360, 1000} {
			o := Options{Width: w, Dark: dark}
			for name, build := range map[string]func() (string, error){
				"lift":    func() (string, error) { return Lift(r, DaysOf(in), o) },
				"funnel":  func() (string, error) { return Funnel(r, o) },
				"payback": func() (string, error) { return Payback(r, o) },
			} {
				svg, err := build()
				if err != nil {
					t.Fatalf("%s %d: %v", name, w, err)
				}
				base := name + "-" + strconv.Itoa(w)
				if dark {
					base += "-dark"
				}
				bg := "#fff"
				if dark {
					bg = "#111827"
				}
				page := `<!doctype html><meta charset="utf-8"><body style="margin:0;background:` + bg + `"><div style="width:` + strconv.Itoa(w) + `px">` + svg + `</div>`
				for file, data := range map[string]string{base + ".svg": svg, base + ".html": page} {
					if err := os.WriteFile(filepath.Join(dir, file), []byte(data), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
}
