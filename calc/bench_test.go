package calc_test

import (
	"testing"

	"github.com/trainingroi/calculator/calc"
)

var (
	sinkResult calc.Result
	sinkErr    error
)

// BenchmarkProject is one whole run of the model: funnel, range, break-even search,
// timeline and both curves.
func BenchmarkProject(b *testing.B) {
	in := calc.Defaults()
	b.ReportAllocs()
	for b.Loop() {
		sinkResult = calc.Project(in)
	}
}

// BenchmarkProjectLong is the longest timeline (5 years) with every warning text.
func BenchmarkProjectLong(b *testing.B) {
	in := calc.Defaults()
	in.Years, in.Lag, in.SALRate, in.WinRate, in.Confidence, in.MktDays = 5, 60, 90, 90, 100, 0
	b.ReportAllocs()
	for b.Loop() {
		sinkResult = calc.Project(in)
	}
}

func BenchmarkValidate(b *testing.B) {
	in := calc.Defaults()
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = in.Validate()
	}
}

// BenchmarkValidateInvalid builds the error messages too.
func BenchmarkValidateInvalid(b *testing.B) {
	in := calc.Defaults()
	in.SalesTeam, in.SALRate = 2.5, 120
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = in.Validate()
	}
}
