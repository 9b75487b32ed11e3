package state

import "testing"

// typedEN are texts as people type them into the fields, valid and not.
var typedEN = []string{"1500", "1,500", "12.5", "25000", "$25,000", "30%", " 1 500 ", "abc", "0.3", "1,234,567.89"}

// typedDE are the same in German, and a few only the new reading has.
var typedDE = []string{"1500", "1.500", "12,5", "25000", "25.000 €", "30 %", " 1 500 ", "abc", "0,3", "1.234.567,89", "25k", "1,2 Mio.", "12.5"}

func BenchmarkParseNumber(b *testing.B) {
	n := NumbersOf("en-US")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = ParseNumber(typedEN[i%len(typedEN)], n)
	}
}

func BenchmarkParseNumberGerman(b *testing.B) {
	n := NumbersOf("de-DE")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = ParseNumber(typedDE[i%len(typedDE)], n)
	}
}

func BenchmarkRead(b *testing.B) {
	f := DefaultForm()
	f.Set("mqls", "1,500")
	f.Set("mkt_target", "12.5")
	b.ReportAllocs()
	for b.Loop() {
		_ = f.Read("en-US")
	}
}
