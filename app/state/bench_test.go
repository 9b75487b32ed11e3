package state

import "testing"

// typedEN are texts as people type them into the fields, valid and not.
var typedEN = []string{"1500", "1,500", "12.5", "25000", "$25,000", "30%", " 1 500 ", "abc", "0.3", "1,234,567.89"}

func BenchmarkParseNumber(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = ParseNumber(typedEN[i%len(typedEN)])
	}
}

func BenchmarkRead(b *testing.B) {
	f := DefaultForm()
	f.Set("mqls", "1,500")
	f.Set("mkt_target", "12.5")
	b.ReportAllocs()
	for b.Loop() {
		_ = f.Read()
	}
}
