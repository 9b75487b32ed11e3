package chart_test

import (
	"fmt"
	"strings"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/calc"
)

// The page draws each chart at the width it is shown at, puts the SVG in the
// page as raw markup (it is escaped and checked), and follows it with the
// equivalent table.
func Example() {
	in := calc.Defaults()
	r := calc.Project(in)
	o := chart.Options{Width: 360}

	svg, err := chart.Lift(r, chart.DaysOf(in), o)
	if err != nil {
		// Show the table alone, with the error as a note.
		fmt.Println(err)
		return
	}
	fmt.Println(strings.HasPrefix(svg, `<svg xmlns="http://www.w3.org/2000/svg" id="chart-lift"`))

	t := chart.FunnelTable(r)
	fmt.Println(t.Header)
	for _, row := range t.Rows {
		fmt.Printf("%s: %.0f → %.0f\n", row[0].Text, row[1].Value, row[2].Value)
	}
	// Output:
	// true
	// [Measure Now Projected Change]
	// Accepted leads (SALs) per year: 720 → 824
	// New customers per year: 144 → 186
	// New-customer revenue per year: 3600000 → 4657860
}
