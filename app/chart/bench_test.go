package chart

import "testing"

// Benchmarks draw each chart for the default inputs at desktop width.

var benchIn = defaultInputs()

func benchDraw(b *testing.B, c Chart) {
	o := Options{Width: 1000}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Draw(o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLift(b *testing.B)    { benchDraw(b, benchIn.lift()) }
func BenchmarkFunnel(b *testing.B)  { benchDraw(b, benchIn.funnel()) }
func BenchmarkPayback(b *testing.B) { benchDraw(b, benchIn.payback()) }
func BenchmarkCompare(b *testing.B) {
	benchDraw(b, compareOf(benchIn, edgeInputs(func(in *inputs) { in.Years, in.Lag = 3, 4 })))
}
