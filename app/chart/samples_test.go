package chart

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// TestWriteSamples writes charts to $CHART_SAMPLES (when set), one HTML page
// per chart, scenario, width and palette, each showing the chart at the width
// it was drawn for, for looking at them in a browser.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("CHART_SAMPLES")
	if dir == "" {
		t.Skip("set CHART_SAMPLES to a directory to write sample charts")
	}
	for _, sc := range sampleScenarios() {
		for _, w := range []int{360, 640, 900, 1280} {
			for _, dark := range []bool{false, true} {
				d, err := sc.chart.Draw(Options{Width: w, Dark: dark, Locale: sc.locale})
				if err != nil {
					t.Fatalf("%s %d: %v", sc.name, w, err)
				}
				bg, name := "#ffffff", sc.name+"-"+strconv.Itoa(w)
				if dark {
					bg, name = "#111827", name+"-dark"
				}
				page := `<!doctype html><meta charset="utf-8"><body style="margin:0;background:` + bg + `"><div style="width:` +
					strconv.Itoa(w) + `px">` + d.SVG + `</div>`
				if err := os.WriteFile(filepath.Join(dir, name+".html"), []byte(page), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

type sample struct {
	name   string
	chart  Chart
	locale string
}

func sampleScenarios() []sample {
	def := defaultInputs()
	five := edgeInputs(func(in *inputs) { in.Years, in.Lag = 5, 4 })
	none := edgeInputs(func(in *inputs) { in.Lag = 12 })
	days := edgeInputs(func(in *inputs) { in.SalesTarget, in.MktDays, in.MktTarget = 30, 0, 60 })
	return []sample{
		{"lift", def.lift(), ""},
		{"lift-days", days.lift(), ""},
		{"funnel", def.funnel(), ""},
		{"funnel-de", edgeInputs(func(in *inputs) { in.MQLs, in.Deal = 1e5, 1e6 }).funnel(), "de-DE"},
		{"payback", def.payback(), ""},
		{"payback-5y", five.payback(), ""},
		{"payback-none", none.payback(), ""},
		{"payback-zero", edgeInputs(func(in *inputs) { in.DayCost, in.DayRate, in.Lag = 0, 0, 12 }).payback(), ""},
		{"compare", fourPlans(), ""},
		{"compare-2", compareOf(def, five), "fr-FR"},
		{"sensitivity", sensitivityOf(nil), ""},
		{"sensitivity-cap", sensitivityOf(func(in *calc.Inputs) { in.SALRate, in.Confidence = 80, 100 }), "de-DE"},
	}
}
