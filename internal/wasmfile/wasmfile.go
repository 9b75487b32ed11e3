// Package wasmfile reads what the measuring commands (sizes, bench) need of a
// WebAssembly binary: its sections, its code, and its functions' names and
// body sizes from the "name" section of a build without -s.
package wasmfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// Module is what Parse reads.
type Module struct {
	Sections []Section
	Imports  int            // imported functions: the module's own are numbered after them
	Code     []byte         // the code section's body
	Funcs    []Func         // the module's own functions, in code section order
	Names    map[int]string // function index → name, from the "name" section
}

// Section is one section of the binary.
type Section struct {
	ID   byte
	Name string // custom sections: their name; others: the standard name
	Size int    // bytes, header included
}

// Func is one of the module's own functions.
type Func struct {
	Name string // from the name section; "" without one
	Size int    // body bytes, its size prefix included
}

var sectionNames = map[byte]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount",
}

// Parse reads the sections of a WebAssembly binary, the code section's function
// bodies and the function names of the "name" custom section.
func Parse(b []byte) (*Module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" || binary.LittleEndian.Uint32(b[4:8]) != 1 {
		return nil, errors.New("not a WebAssembly binary (version 1)")
	}
	m := &Module{}
	r := &reader{b: b, off: 8}
	for r.off < len(b) {
		start := r.off
		id := r.byte()
		n := r.uleb()
		if r.err != nil || n > uint64(len(b)-r.off) {
			return nil, fmt.Errorf("section at offset %d: truncated", start)
		}
		body := &reader{b: b[r.off : r.off+int(n)]}
		r.off += int(n)
		s := Section{ID: id, Name: sectionNames[id], Size: r.off - start}
		switch id {
		case 0:
			s.Name = body.name()
			if s.Name == "name" {
				m.Names = parseFuncNames(body)
			}
		case 2:
			m.Imports = countFuncImports(body)
		case 10:
			m.Code = body.b
			count := int(body.uleb())
			for i := 0; i < count && body.err == nil; i++ {
				at := body.off
				size := body.uleb()
				if size > uint64(len(body.b)-body.off) {
					return nil, errors.New("code section: truncated function body")
				}
				body.off += int(size)
				m.Funcs = append(m.Funcs, Func{Size: body.off - at})
			}
		}
		if body.err != nil {
			return nil, fmt.Errorf("%s section: %w", s.Name, body.err)
		}
		m.Sections = append(m.Sections, s)
	}
	for i := range m.Funcs {
		m.Funcs[i].Name = m.Names[m.Imports+i]
	}
	return m, nil
}

// countFuncImports counts the imported functions, which come first in the function
// index space.
func countFuncImports(r *reader) int {
	n := int(r.uleb())
	funcs := 0
	for i := 0; i < n && r.err == nil; i++ {
		r.name() // module
		r.name() // field
		switch r.byte() {
		case 0: // function: type index
			r.uleb()
			funcs++
		case 1: // table: element type, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			r.err = errors.New("unknown import kind")
		}
	}
	return funcs
}

// parseFuncNames reads subsection 1 (function names) of a "name" section.
func parseFuncNames(r *reader) map[int]string {
	names := map[int]string{}
	for r.off < len(r.b) && r.err == nil {
		id := r.byte()
		n := int(r.uleb())
		if r.err != nil || n > len(r.b)-r.off {
			break
		}
		sub := &reader{b: r.b[r.off : r.off+n]}
		r.off += n
		if id != 1 {
			continue
		}
		count := int(sub.uleb())
		for i := 0; i < count && sub.err == nil; i++ {
			idx := int(sub.uleb())
			names[idx] = sub.name()
		}
	}
	return names
}

// reader decodes the primitive encodings of the binary format; the first error
// sticks and later reads return zero values.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.b) {
		r.err = errors.New("unexpected end")
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	if r.err == nil {
		r.err = errors.New("LEB128 number too long")
	}
	return 0
}

func (r *reader) name() string {
	n := r.uleb()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.b)-r.off) {
		r.err = errors.New("name runs past its section")
		return ""
	}
	s := string(r.b[r.off : r.off+int(n)])
	r.off += int(n)
	return s
}

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

// LinkerName is a package path as Go's linker writes it in function names:
// every character but letters, digits, _ and . turned into _.
func LinkerName(path string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, path)
}
