package chart_test

import (
	"fmt"
	"strings"

	"github.com/trainingroi/calculator/app/chart"
)

// A page shows a chart at the width it is drawn for: the SVG as raw markup
// (it is escaped and checked), and after it the equivalent table.
func Example() {
	c := chart.Payback{
		// Training of 108,000 paid at the start; from month 3, a gain of
		// 740,502 a year.
		Path:     []chart.Point{{X: 0, Y: 0}, {X: 0, Y: -108000}, {X: 3, Y: -108000}, {X: 12, Y: 447376.5}},
		PaysBack: true,
		Month:    4.750164,
	}
	d, err := c.Draw(chart.Options{Width: 360, Locale: "en-US", Currency: "USD"})
	if err != nil {
		// Show the table alone, with the error as a note.
		fmt.Println(err)
	}
	fmt.Println(strings.HasPrefix(d.SVG, `<svg xmlns="http://www.w3.org/2000/svg" id="chart-payback"`))
	fmt.Println(d.Table.Caption)
	fmt.Println(d.Table.Header)
	for _, row := range d.Table.Rows[:6] {
		fmt.Println(row)
	}
	// Output:
	// true
	// Cumulative net benefit at the end of each month. Pays back in month 4.8.
	// [Month Cumulative net benefit]
	// [0 −$108,000]
	// [1 −$108,000]
	// [2 −$108,000]
	// [3 −$108,000]
	// [4 −$46,292]
	// [5 $15,417]
}
