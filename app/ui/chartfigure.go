package ui

import (
	"maps"
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
)

// ChartFigure is one chart: its title, the SVG, the equivalent data table and a
// download link. The chart is drawn when the figure is created and again whenever
// go-app finds its props changed: the chart's data is all of what it draws, so equal
// props mean the same picture.
type ChartFigure struct {
	app.Compo

	Name    string // "lift": the box is #chart-lift-box, the SVG #chart-lift
	Title   string
	Chart   chart.Chart
	Options chart.Options

	drawing chart.Drawing
	failed  bool
}

func (c *ChartFigure) OnInit()              { c.draw() }
func (c *ChartFigure) OnUpdate(app.Context) { c.draw() }

func (c *ChartFigure) draw() {
	c.drawing, c.failed = chart.Drawing{}, false
	if c.Chart == nil {
		return
	}
	d, err := c.Chart.Draw(c.Options)
	c.drawing, c.failed = d, err != nil
}

func (c *ChartFigure) Render() app.UI {
	var body app.UI
	switch {
	case c.failed:
		// The chart package never panics; a chart it cannot draw says so in a
		// line and the table below still has the numbers.
		body = app.P().ID("chart-" + c.Name).Class("chart-error").Text(i18n.For(c.Options.Lang).T("This chart cannot be drawn for these numbers; the table below has them."))
	case c.drawing.SVG != "":
		body = app.Raw(c.drawing.SVG)
	}
	// --chart-w is the width the chart was drawn at: printed no wider, its text
	// keeps the size it was drawn with.
	var download app.UI
	if c.drawing.SVG != "" {
		download = app.A().ID("download-" + c.Name).Class("download").Href("#").Text(i18n.For(c.Options.Lang).T("Download SVG")).OnClick(c.download)
	}
	return app.Elem("figure").Class("chart-block").Style("--chart-w", strconv.Itoa(c.drawnWidth())+"px").Body(
		app.H3().Text(c.Title),
		c.box(body),
		app.Details().Class("chart-table").Body(
			app.Summary().Text(i18n.For(c.Options.Lang).T("Data table")),
			// In the page whether open or not: each chart is followed by an
			// equivalent table, which automation reads closed.
			dataTable(c.drawing.Table),
		),
		download,
	)
}

// box holds the picture. Drawn, it has the picture's aspect ratio whatever is
// in it, so the browser lays out and paints a new picture without touching
// the rest of the page, and skips it while it is off screen (style.css).
func (c *ChartFigure) box(body app.UI) app.UI {
	b := app.Div().ID("chart-" + c.Name + "-box").Class("chart-box")
	if c.drawing.SVG != "" && c.drawing.Width > 0 && c.drawing.Height > 0 {
		b = b.Class("drawn").Style("aspect-ratio", strconv.Itoa(c.drawing.Width)+" / "+strconv.Itoa(c.drawing.Height))
	}
	return b.Body(body)
}

// drawnWidth is the width the chart is drawn at (chart.Options' default for 0).
func (c *ChartFigure) drawnWidth() int {
	if c.Options.Width > 0 {
		return c.Options.Width
	}
	return present.ChartWidthDefault
}

func (c *ChartFigure) download(ctx app.Context, e app.Event) {
	e.PreventDefault()
	downloadText("training-roi-"+c.Name+".svg", "image/svg+xml", c.drawing.SVG)
}

func dataTable(t chart.Table) app.UI {
	head := make([]app.UI, len(t.Header))
	for i, h := range t.Header {
		head[i] = app.Th().Scope("col").Text(h)
	}
	rows := make([]app.UI, len(t.Rows))
	for i, row := range t.Rows {
		cells := make([]app.UI, len(row))
		for j, cell := range row {
			if j == 0 {
				cells[j] = app.Th().Scope("row").Text(cell)
			} else {
				cells[j] = app.Td().Text(cell)
			}
		}
		tr := app.Tr()
		if i < len(t.RowData) {
			// In a fixed order: the server's page is the same for the same data.
			for _, k := range slices.Sorted(maps.Keys(t.RowData[i])) {
				tr = tr.DataSet(k, t.RowData[i][k])
			}
		}
		rows[i] = tr.Body(cells...)
	}
	return app.Table().Class("data").Body(
		app.Elem("caption").Text(t.Caption),
		app.Elem("thead").Body(app.Tr().Body(head...)),
		app.TBody().Body(rows...),
	)
}
