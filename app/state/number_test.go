package state

import (
	"math"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	ok := []struct {
		in   string
		want float64
	}{
		{"1500", 1500},
		{"1,500", 1500},
		{"12.5", 12.5},
		{" 1 500 ", 1500},
		{"1,234,567.89", 1234567.89},
		{"$25,000", 25000},
		{"€ 400", 400},
		{"30%", 30},
		{".5", 0.5},
		{"5.", 5},
		{"+3", 3},
		{"-5", -5},
		{"-0", 0},
		{"1e3", 1000},
		{"1e-400", 0},
		{"0", 0},
		{"1\u00a0500", 1500},
	}
	for _, c := range ok {
		got, err := ParseNumber(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
		if math.Signbit(got) && got == 0 {
			t.Errorf("ParseNumber(%q) gave negative zero", c.in)
		}
	}
	bad := []struct {
		in   string
		want error
	}{
		{"", ErrEmpty},
		{"   ", ErrEmpty},
		{"abc", ErrNotNum},
		{"NaN", ErrNotNum},
		{"nan", ErrNotNum},
		{"Inf", ErrNotNum},
		{"-Infinity", ErrNotNum},
		{"0x10", ErrNotNum},
		{"1_000", ErrNotNum},
		{"1e400", ErrTooLarge},
		{"-1e400", ErrTooLarge},
		{"12,5", ErrComma},
		{"1,50", ErrComma},
		{"1500,000", ErrComma},
		{"--1", ErrNotNum},
		{".", ErrNotNum},
		{"1.2.3", ErrNotNum},
		{"1e", ErrNotNum},
		{",500", ErrNotNum},
		{"5 5", ErrNotNum},
		{"1, 000", ErrNotNum},
		{strings.Repeat("1", 500), ErrNotNum},
	}
	for _, c := range bad {
		got, err := ParseNumber(c.in)
		if err != c.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want error %q", c.in, got, err, c.want)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1500", "1,500", "12.5", "-5", "abc", "101", "", "1e400", "NaN", "$1,234.5", "1 000", "٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err != nil {
			if v != 0 {
				t.Fatalf("error with a value: %v", v)
			}
			if msg := err.Error(); msg == "" || strings.ContainsAny(msg[:1], "abcdefghijklmnopqrstuvwxyz") {
				t.Fatalf("message %q is not a sentence", msg)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		// A number that parsed reads back the same from its plain form.
		if again, err := ParseNumber(Text(v)); err != nil || again != v {
			t.Fatalf("round trip of %q: %v -> %q -> %v, %v", s, v, Text(v), again, err)
		}
	})
}
