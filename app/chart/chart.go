package chart

import (
	"fmt"

	"github.com/trainingroi/calculator/app/i18n"
)

// Chart is anything the page can show as a chart figure. Every chart is plain
// data, comparable with reflect.DeepEqual, and draws itself from all of its
// fields: equal values give the same Drawing, and any changed field may change
// it. A go-app component can so hold a Chart as a prop and redraw only when
// the prop changes.
type Chart interface {
	// ID is the id of the chart's <svg> element; its <title> and <desc> get
	// the id plus "-title" and "-desc".
	ID() string
	// Draw renders the chart for the page. On error the Drawing's SVG is
	// empty and its Table holds what could be tabulated ("n/a" for a value
	// that is not a finite number).
	Draw(Options) (Drawing, error)
}

// Options are how a chart is drawn. The zero value is usable.
type Options struct {
	// Width is the width in CSS pixels the chart is shown at: 0 means 640,
	// and widths are kept within 280-2400. Draw at the width shown: the SVG
	// scales, and text drawn for a wide screen becomes unreadable on a phone.
	Width int
	// Dark selects the dark palette.
	Dark bool
	// Locale and Currency format every number, as app/format.New takes them
	// (e.g. "de-DE", "EUR"). Unknown values fall back as there.
	Locale, Currency string
	// Lang is the language of the chart's words; English when empty.
	Lang i18n.Lang
}

// Drawing is a rendered chart: the inline SVG and its equivalent data table,
// both formatted for the page.
type Drawing struct {
	// SVG is one <svg> element with a viewBox and no fixed size, role="img",
	// and a <title> and <desc> its aria attributes refer to. All text in it
	// is escaped, and it holds only drawing elements.
	SVG   string
	Table Table
	// Width and Height are the SVG's viewBox: its aspect ratio, so that the
	// page can give the picture a box of its own size before it is drawn.
	Width, Height int
}

// Table is a chart's data as text. The first cell of each row heads the row.
type Table struct {
	Caption string
	Header  []string
	Rows    [][]string
	// RowData, when set, holds each row's data attributes, named without
	// "data-": page hooks for what a row stands for.
	RowData []map[string]string
}

// The charts there are.
var (
	_ Chart = Lift{}
	_ Chart = Funnel{}
	_ Chart = Payback{}
	_ Chart = Timelines{}
	_ Chart = Sensitivity{}
)

// drawWithTable renders a chart's spec (or passes on the error that made none) beside its
// table: on error the page still shows the table alone.
func drawWithTable(id string, t Table, s spec, err error) (Drawing, error) {
	d := Drawing{Table: t}
	if err == nil {
		d.SVG, err = render(s)
		d.Width, d.Height = s.chart.Width, s.chart.Height
	}
	if err != nil {
		return Drawing{Table: t}, fmt.Errorf("%s: %w", id, err)
	}
	return d, nil
}
