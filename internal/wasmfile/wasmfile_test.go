package wasmfile

import (
	"bytes"
	"testing"
)

// module builds a small WebAssembly binary: one imported function, two defined
// ones, and a "name" section naming all three.
func module() []byte {
	var b bytes.Buffer
	b.WriteString("\x00asm\x01\x00\x00\x00")
	section := func(id byte, body []byte) {
		b.WriteByte(id)
		b.WriteByte(byte(len(body)))
		b.Write(body)
	}
	name := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	section(1, []byte{1, 0x60, 0, 0}) // type: () -> ()
	imp := []byte{1}
	imp = append(imp, name("go")...)
	imp = append(imp, name("debug")...)
	imp = append(imp, 0, 0) // function of type 0
	section(2, imp)
	section(3, []byte{2, 0, 0}) // two functions of type 0
	// Bodies: no locals, end; and no locals, nop, nop, end.
	section(10, []byte{2, 2, 0, 0x0b, 4, 0, 0x01, 0x01, 0x0b})
	names := []byte{3}
	for i, n := range []string{"go.debug", "main.main", "github.com_x_y.__T_.M"} {
		names = append(names, byte(i))
		names = append(names, name(n)...)
	}
	custom := name("name")
	custom = append(custom, 1, byte(len(names)))
	custom = append(custom, names...)
	section(0, custom)
	return b.Bytes()
}

func TestParse(t *testing.T) {
	m, err := Parse(module())
	if err != nil {
		t.Fatal(err)
	}
	if m.Imports != 1 || len(m.Names) != 3 || len(m.Code) != 9 {
		t.Errorf("%d imported functions, %d names, %d bytes of code; want 1, 3, 9", m.Imports, len(m.Names), len(m.Code))
	}
	if len(m.Funcs) != 2 {
		t.Fatalf("%d functions, want 2", len(m.Funcs))
	}
	want := []Func{{"main.main", 3}, {"github.com_x_y.__T_.M", 5}}
	for i, f := range m.Funcs {
		if f != want[i] {
			t.Errorf("function %d: %+v, want %+v", i, f, want[i])
		}
	}
	var ids []byte
	total := 8
	for _, s := range m.Sections {
		ids = append(ids, s.ID)
		total += s.Size
	}
	if !bytes.Equal(ids, []byte{1, 2, 3, 10, 0}) || total != len(module()) {
		t.Errorf("sections %v, %d bytes in all, want [1 2 3 10 0] and %d", ids, total, len(module()))
	}
}

func TestParseRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("\x7fELF...."), module()[:20]} {
		if _, err := Parse(b); err == nil {
			t.Errorf("%q: no error", b)
		}
	}
}

func TestLinkerName(t *testing.T) {
	if got := LinkerName("github.com/maxence-charriere/go-app/v10/pkg/app"); got != "github.com_maxence_charriere_go_app_v10_pkg_app" {
		t.Errorf("LinkerName = %q", got)
	}
}
