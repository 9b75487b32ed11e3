//go:build !wasm

package e2e

// Reading the downloaded files back as a spreadsheet of the page's number format
// does: a UTF-8 byte order mark, then CSV with ';' where the decimal mark is a
// comma, ',' elsewhere.

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
)

// spreadsheet is how a spreadsheet set to a number format reads a file.
type spreadsheet struct {
	delim   rune   // between cells
	decimal string // before the decimals
}

var (
	dotSheet   = spreadsheet{',', "."} // en-US, en-GB, ja-JP
	commaSheet = spreadsheet{';', ","} // de-DE, fr-FR, es-ES, nl-NL
)

// read parses a downloaded file; it fails the test without the byte order mark,
// CRLF line ends, or as CSV with the delimiter.
func (s spreadsheet) read(t *testing.T, data []byte) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(data, []byte("\ufeff"))
	if !ok {
		t.Fatalf("the file does not start with a UTF-8 byte order mark: %q", data[:min(len(data), 16)])
	}
	if !bytes.Contains(body, []byte("\r\n")) {
		t.Errorf("the file's lines do not end in CRLF")
	}
	r := csv.NewReader(bytes.NewReader(body))
	r.Comma = s.delim
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the file is not CSV with %q between cells: %v\n%s", s.delim, err, body)
	}
	return recs
}

// number reads a value cell: digits with the sheet's decimal mark, no grouping.
func (s spreadsheet) number(t *testing.T, cell string) float64 {
	t.Helper()
	other := map[string]string{".": ",", ",": "."}[s.decimal]
	if strings.Contains(cell, other) || strings.ContainsAny(cell, " \u00a0\u202f'") {
		t.Errorf("%q is not a plain number with the decimal mark %q", cell, s.decimal)
	}
	v, err := strconv.ParseFloat(strings.Replace(cell, s.decimal, ".", 1), 64)
	if err != nil {
		t.Errorf("%q is not a number: %v", cell, err)
	}
	return v
}

// figuresFile is a figures file read back: its header, and its rows by their
// identifier (the last cell).
type figuresFile struct {
	header []string
	rows   map[string][]string
	order  []string // the identifiers in the file's order
}

func readFigures(t *testing.T, s spreadsheet, data []byte) figuresFile {
	t.Helper()
	recs := s.read(t, data)
	f := figuresFile{header: recs[0], rows: map[string][]string{}}
	for _, r := range recs[1:] {
		if len(r) != len(f.header) {
			t.Errorf("row %q has %d cells, the header %d", r, len(r), len(f.header))
			continue
		}
		id := r[len(r)-1]
		if _, dup := f.rows[id]; dup {
			t.Errorf("the identifier %q is on two rows", id)
		}
		f.rows[id] = r
		f.order = append(f.order, id)
	}
	return f
}

// value is scenario i's (0-based) cell of the row id.
func (f figuresFile) value(id string, i int) string {
	r := f.rows[id]
	if r == nil {
		return "<no row " + id + ">"
	}
	return r[2+i]
}
