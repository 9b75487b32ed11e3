package calc_test

import (
	"errors"
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
	fmt.Printf("payback %.2f months\n", r.Payback.V)
	fmt.Printf("break-even confidence %.2f%%\n", r.BreakEven.V)
	fmt.Println("warnings:", len(r.Warnings))
	// Output:
	// lift 29.4% (range 14.2% to 45.5%)
	// benefit 555376.50, cost 108000.00
	// ROI 414.24% (range 148.87% to 696.10%)
	// payback 4.75 months
	// break-even confidence 10.25%
	// warnings: 0
}

// Cutting training saves money: there is no spend to return, so ROI is undefined and
// says why instead of showing a number.
func ExampleProject_saving() {
	in := calc.Defaults()
	in.MktTarget, in.SalesTarget = 1, 2
	r := calc.Project(in)
	fmt.Printf("cost %.0f, lift %.0f%%\n", r.Cost, 100*r.Lift.V)
	for _, v := range []struct {
		name string
		v    calc.Value
	}{{"ROI", r.ROI}, {"payback", r.Payback}} {
		if v.v.OK {
			fmt.Printf("%s %.2f\n", v.name, v.v.V)
		} else {
			fmt.Printf("%s n/a: %s\n", v.name, v.v.Why)
		}
	}
	for _, w := range r.Warnings {
		fmt.Println("warning:", w.Code)
	}
	// Output:
	// cost -4500, lift 0%
	// ROI n/a: the plan costs less than today's training, so there is no spend to return
	// payback n/a: the plan adds no gross profit, so it never pays back
	// warning: days_outside
}

// A SAL rate over 100% and half a salesperson are both rejected, field by field.
func ExampleInputs_Validate() {
	in := calc.Defaults()
	in.SalesTeam = 2.5
	in.SALRate = 120
	var es calc.Errors
	if err := in.Validate(); errors.As(err, &es) {
		for _, e := range es {
			fmt.Printf("%s: %s\n", e.Field, e.Msg)
		}
	}
	// Output:
	// sales_team: Enter a whole number of people.
	// sal_rate: Enter a number from 0 to 100 (percent).
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

// Fields describes each input; FieldByName finds one by its URL parameter.
func ExampleFieldByName() {
	f, ok := calc.FieldByName("sal_rate")
	fmt.Println(ok, f.Label, f.Default, f.Min, f.Max, f.Unit)
	in := calc.Defaults()
	*f.Of(&in) = 45
	fmt.Println(in.SALRate)
	// Output:
	// true SAL rate 30 0 100 %
	// 45
}
