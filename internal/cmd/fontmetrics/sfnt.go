package main

import (
	"encoding/binary"
	"fmt"
)

// sfnt gives the two facts the truetype package's public API does not: whether
// the font has a kern table, and each glyph's xMin from its glyf header, which
// freetype uses (with the left side bearing) to place the advance.
type sfnt struct {
	tables map[string][]byte
}

func parseSFNT(b []byte) (*sfnt, error) {
	if len(b) < 12 {
		return nil, fmt.Errorf("font too short")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	f := &sfnt{tables: map[string][]byte{}}
	for i := range n {
		rec := b[12+16*i:]
		if len(rec) < 16 {
			return nil, fmt.Errorf("table directory cut short")
		}
		off, size := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(size) > uint64(len(b)) {
			return nil, fmt.Errorf("table %q out of bounds", rec[:4])
		}
		f.tables[string(rec[:4])] = b[off : off+size]
	}
	for _, t := range []string{"head", "loca", "glyf"} {
		if f.tables[t] == nil {
			return nil, fmt.Errorf("no %s table", t)
		}
	}
	return f, nil
}

// xMin is glyph i's xMin from its glyf header, 0 for a glyph without outline
// (freetype does the same).
func (f *sfnt) xMin(i int) (int32, error) {
	head, loca, glyf := f.tables["head"], f.tables["loca"], f.tables["glyf"]
	var g0, g1 uint32
	if int16(binary.BigEndian.Uint16(head[50:])) == 0 { // short offsets, in words
		if 2*i+4 > len(loca) {
			return 0, fmt.Errorf("glyph %d beyond loca", i)
		}
		g0 = 2 * uint32(binary.BigEndian.Uint16(loca[2*i:]))
		g1 = 2 * uint32(binary.BigEndian.Uint16(loca[2*i+2:]))
	} else {
		if 4*i+8 > len(loca) {
			return 0, fmt.Errorf("glyph %d beyond loca", i)
		}
		g0 = binary.BigEndian.Uint32(loca[4*i:])
		g1 = binary.BigEndian.Uint32(loca[4*i+4:])
	}
	if g0+10 > g1 {
		return 0, nil
	}
	if int(g1) > len(glyf) {
		return 0, fmt.Errorf("glyph %d beyond glyf", i)
	}
	return int32(int16(binary.BigEndian.Uint16(glyf[g0+2:]))), nil
}
