package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/calc"
)

// chartSlot is one chart on the page and what it last drew. A chart is redrawn
// only when its inputs change (see key), so editing a field that moves no curve
// costs no SVG work, and an unchanged SVG string is left alone by go-app's diff.
type chartSlot struct {
	key string
	svg string
	err error

	painted string // the svg the page shows (the last render's, or the quick paint's)
}

// chartWidthDefault is the width charts are drawn at before the page can measure
// them (on the server, and on the first client render).
const chartWidthDefault = 640

func (c *Calculator) renderCharts() app.UI {
	r := &c.result
	days := chart.DaysOf(c.check.Inputs)
	c.drawCharts()
	return app.Div().ID("charts").Class("charts").Body(
		c.chartBlock("lift", "What training days do to new-customer revenue", &c.lift, chart.LiftTable(*r, days)),
		c.chartBlock("funnel", "The funnel, now and projected", &c.funnel, chart.FunnelTable(*r)),
		c.chartBlock("payback", "When the training pays back", &c.payback, chart.PaybackTable(*r)),
	)
}

// drawCharts brings each chart slot up to date with the result, at the width
// the charts are shown at.
func (c *Calculator) drawCharts() {
	r := &c.result
	in := c.check.Inputs
	opts := c.chartOptions()
	base := c.fmt.Locale() + c.fmt.Currency() + strconv.Itoa(opts.Width) + strconv.FormatBool(opts.Dark)
	days := chart.DaysOf(in)

	c.lift.draw(base+curvesKey(r, days), func() (string, error) { return chart.Lift(*r, days, opts) })
	c.funnel.draw(base+funnelKey(r), func() (string, error) { return chart.Funnel(*r, opts) })
	c.payback.draw(base+timelineKey(r), func() (string, error) { return chart.Payback(*r, opts) })
}

// chartOptions is how the charts are drawn: at the width they are shown at,
// with the page's money and number formats and colours.
func (c *Calculator) chartOptions() chart.Options {
	width := c.chartWidth
	if width == 0 {
		width = chartWidthDefault
	}
	return chart.Options{Width: width, Money: c.fmt.MoneyCompact, Number: func(v float64) string { return c.fmt.Trim(v, 1) }, Dark: c.dark}
}

func (s *chartSlot) draw(key string, render func() (string, error)) {
	if key == s.key {
		return
	}
	s.key = key
	s.svg, s.err = render()
}

func (c *Calculator) chartBlock(name, title string, s *chartSlot, t chart.Table) app.UI {
	var body app.UI
	s.painted = ""
	if s.err != nil || s.svg == "" {
		// The wrapper never panics; a chart it cannot draw says so in a line
		// and the rest of the page goes on.
		body = app.P().ID("chart-" + name).Class("chart-error").Text("This chart cannot be drawn for these numbers; the table below has them.")
	} else {
		body = app.Raw(s.svg)
		s.painted = s.svg
	}
	return app.Figure().Class("chart-block").Body(
		app.H3().Text(title),
		app.Div().ID("chart-"+name+"-box").Class("chart-box").Body(body),
		app.Details().Class("chart-table").
			Open(c.tablesOpen[name]).
			OnToggle(func(ctx app.Context, e app.Event) {
				if c.tablesOpen == nil {
					c.tablesOpen = map[string]bool{}
				}
				c.tablesOpen[name] = ctx.JSSrc().Get("open").Bool()
			}).
			Body(
				app.Summary().Text("Data table"),
				// Always in the page, open or not: contract.md promises each chart
				// an equivalent table after it, and automation reads it closed.
				c.renderTable(t),
			),
		app.If(s.err == nil && s.svg != "", func() app.UI {
			return app.A().
				ID("download-" + name).
				Class("download").
				Href("#").
				Text("Download SVG").
				OnClick(func(ctx app.Context, e app.Event) {
					e.PreventDefault()
					downloadText("training-roi-"+name+".svg", "image/svg+xml", s.svg)
				})
		}),
	)
}

func (c *Calculator) renderTable(t chart.Table) app.UI {
	head := make([]app.UI, len(t.Header))
	for i, h := range t.Header {
		head[i] = app.Th().Scope("col").Text(h)
	}
	rows := make([]app.UI, len(t.Rows))
	for i, row := range t.Rows {
		cells := make([]app.UI, len(row))
		for j, cell := range row {
			text := c.cellText(cell)
			if j == 0 {
				cells[j] = app.Th().Scope("row").Text(text)
			} else {
				cells[j] = app.Td().Text(text)
			}
		}
		rows[i] = app.Tr().Body(cells...)
	}
	return app.Table().Class("data").Body(
		app.Caption().Text(t.Caption),
		app.THead().Body(app.Tr().Body(head...)),
		app.TBody().Body(rows...),
	)
}

func (c *Calculator) cellText(cell chart.Cell) string {
	f := c.fmt
	switch cell.Kind {
	case chart.KindMoney:
		return f.Money(cell.Value)
	case chart.KindCount:
		return f.Trim(cell.Value, 1)
	case chart.KindDays:
		return f.Trim(cell.Value, 1)
	case chart.KindMonths:
		return f.Trim(cell.Value, 1)
	case chart.KindFraction:
		return f.SignedPercent(cell.Value*100, 1)
	}
	return cell.Text
}

// The keys hold exactly what each chart is drawn from, so an identical key means
// an identical picture.
func curvesKey(r *calc.Result, d chart.Days) string {
	b := make([]byte, 0, 64*24)
	for _, cv := range [][]calc.CurvePoint{r.SalesCurve, r.MktCurve} {
		for _, p := range cv {
			b = strconv.AppendFloat(b, p.Revenue, 'g', -1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, p.Low, 'g', -1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, p.High, 'g', -1, 64)
			b = append(b, ';')
		}
	}
	for _, v := range []float64{d.SalesNow, d.SalesPlan, d.MktNow, d.MktPlan} {
		b = strconv.AppendFloat(b, v, 'g', -1, 64)
		b = append(b, ',')
	}
	return string(b)
}

func funnelKey(r *calc.Result) string {
	b := make([]byte, 0, 128)
	for _, v := range []float64{r.Now.SALs, r.Projected.SALs, r.Now.Customers, r.Projected.Customers, r.Now.Revenue, r.Projected.Revenue} {
		b = strconv.AppendFloat(b, v, 'g', -1, 64)
		b = append(b, ',')
	}
	return string(b)
}

func timelineKey(r *calc.Result) string {
	b := make([]byte, 0, 24*len(r.Timeline)+24)
	for _, v := range r.Timeline {
		b = strconv.AppendFloat(b, v, 'g', -1, 64)
		b = append(b, ',')
	}
	b = strconv.AppendFloat(b, r.Payback.V, 'g', -1, 64)
	return string(b)
}

// OnResize redraws the charts at their new width: text drawn for a wide screen
// and shrunk to a phone would be unreadable.
func (c *Calculator) OnResize(ctx app.Context) { c.measureCharts() }

// measureCharts reads the width the charts are shown at and whether the page is
// dark. Small changes (a scrollbar appearing) do not cause a redraw.
func (c *Calculator) measureCharts() {
	w := app.Window()
	if box := w.GetElementByID("charts"); box.Truthy() {
		if cw := box.Get("clientWidth").Int(); cw > 0 && (cw-c.chartWidth > 8 || c.chartWidth-cw > 8) {
			c.chartWidth = cw
		}
	}
	if mq := w.Call("matchMedia", "(prefers-color-scheme: dark)"); mq.Truthy() {
		c.dark = mq.Get("matches").Bool()
	}
}
