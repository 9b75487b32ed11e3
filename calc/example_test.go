package calc_test

import (
	"fmt"

	"github.com/trainingroi/calculator/calc"
)

// The worked example of the model: 5 marketers and 10 salespeople going from 2 to 10
// training days a year, crediting half the study's effect.
func ExampleProject() {
	r := calc.Project(calc.Defaults())
	fmt.Printf("lift %.1f%% (range %.1f%% to %.1f%%)\n", 100*r.Lift.V, 100*r.LiftLow.V, 100*r.LiftHigh.V)
	fmt.Printf("benefit %.2f, cost %.2f\n", r.Benefit, r.Cost)
	fmt.Printf("ROI %.2f%% (range %.2f%% to %.2f%%)\n", r.ROI.V, r.ROILow.V, r.ROIHigh.V)
	fmt.Printf("payback %.6f months\n", r.Payback.V)
	fmt.Printf("break-even confidence %.4f%%\n", r.BreakEven.V)
	for _, w := range r.Warnings {
		fmt.Println("warning:", w.Code)
	}
	// Output:
	// lift 29.4% (range 14.2% to 45.5%)
	// benefit 555376.50, cost 108000.00
	// ROI 414.24% (range 148.87% to 696.10%)
	// payback 4.750164 months
	// break-even confidence 10.2457%
	// warning: beyond_study
}

// Cutting training saves money: there is no spend to return, so ROI is undefined
// and carries the reason instead of a number.
func ExampleProject_saving() {
	in := calc.Defaults()
	in.MktTarget, in.SalesTarget = 1, 2
	r := calc.Project(in)
	fmt.Printf("cost %.0f, lift %.0f%%\n", r.Cost, 100*r.Lift.V)
	fmt.Println("ROI:", r.ROI.OK, r.ROI.Why)
	fmt.Println("payback:", r.Payback.OK, r.Payback.Why)
	// Output:
	// cost -4500, lift 0%
	// ROI: false saving
	// payback: false no_gain
}

// The study measured 2 and 10 training days: the index is flat outside them, linear
// between. Here with the sales effect, 29% more business at 10 days than at 2.
func ExampleIndex() {
	for _, d := range []float64{0, 2, 4, 6, 10, 15} {
		fmt.Printf("%2.0f days: %.4f\n", d, calc.Index(d, 0.29))
	}
	// Output:
	//  0 days: 1.0000
	//  2 days: 1.0000
	//  4 days: 1.0725
	//  6 days: 1.1450
	// 10 days: 1.2900
	// 15 days: 1.2900
}
