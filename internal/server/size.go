//go:build !wasm

package server

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a flag value in bytes, written the way GOMEMLIMIT is: a whole number
// with an optional unit, B, KiB, MiB, GiB or TiB ("32MiB").
type byteSize int64

var byteUnits = []struct {
	suffix string
	size   int64
}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}}

func (b *byteSize) Set(s string) error {
	v, err := parseByteSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(v)
	return nil
}

func (b *byteSize) String() string {
	if b == nil {
		return "0"
	}
	for _, u := range byteUnits {
		if *b != 0 && int64(*b)%u.size == 0 {
			return strconv.FormatInt(int64(*b)/u.size, 10) + u.suffix
		}
	}
	return "0"
}

func parseByteSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	unit := int64(1)
	for _, u := range byteUnits {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			s, unit = num, u.size
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/unit {
		return 0, fmt.Errorf("%q is not a size such as 268435456, 256MiB or 1GiB", s)
	}
	return n * unit, nil
}
