package chart

import (
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// Benchmarks render each chart for the defaults at desktop width.

var (
	benchIn = calc.Defaults()
	benchR  = calc.Project(benchIn)
	benchO  = Options{Width: 1000}
)

func BenchmarkLift(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Lift(benchR, DaysOf(benchIn), benchO); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFunnel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Funnel(benchR, benchO); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPayback(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Payback(benchR, benchO); err != nil {
			b.Fatal(err)
		}
	}
}
