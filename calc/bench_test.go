package calc_test

import (
	"testing"

	"github.com/trainingroi/calculator/calc"
)

var sink calc.Result

func BenchmarkProject(b *testing.B) {
	in := calc.Defaults()
	for b.Loop() {
		sink = calc.Project(in)
	}
}

// A five-year horizon: the longest timeline.
func BenchmarkProjectLong(b *testing.B) {
	in := calc.Defaults()
	in.Years, in.Lag = 5, 7.5
	for b.Loop() {
		sink = calc.Project(in)
	}
}

// A plan that never breaks even: the break-even search walks the whole range.
func BenchmarkProjectNoBreakEven(b *testing.B) {
	in := calc.Defaults()
	in.Lag = 12
	for b.Loop() {
		sink = calc.Project(in)
	}
}
