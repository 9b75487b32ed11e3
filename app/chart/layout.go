package chart

import gochart "github.com/wcharczuk/go-chart/v2"

// draw lays c out and draws it on r the way go-chart's Chart.Render does, but
// without calling it: Chart.Render refers to go-chart's default font, so calling
// it links the font's 300 kB into the wasm even though the charts never use it.
//
// It covers what prepare lets through: background and canvas, an x-axis and a
// primary y-axis that are hidden or have explicit ticks (and so explicit
// ranges), series on the primary y-axis, and Elements. There is no title, no
// annotation series and no secondary y-axis. layout_test.go checks that the
// output equals Chart.Render's.
func draw(c gochart.Chart, r gochart.Renderer) {
	pal := c.ColorPalette
	if pal == nil {
		pal = gochart.DefaultColorPalette
	}
	r.SetDPI(c.GetDPI())
	gochart.Draw.Box(r, gochart.Box{Right: c.Width, Bottom: c.Height}, c.Background.InheritFrom(gochart.Style{
		FillColor:   pal.BackgroundColor(),
		StrokeColor: pal.BackgroundStrokeColor(),
		StrokeWidth: gochart.DefaultBackgroundStrokeWidth,
	}))

	// What the axes' own styles leave unset.
	axisStyle := gochart.Style{
		FontColor:   pal.TextColor(),
		FontSize:    gochart.DefaultAxisFontSize,
		StrokeColor: pal.AxisStrokeColor(),
		StrokeWidth: gochart.DefaultAxisLineWidth,
	}
	xa, ya := c.XAxis, c.YAxis
	xr, yr := xa.Range, ya.Range
	showX, showY := !xa.Style.Hidden, !ya.Style.Hidden

	// The canvas starts as the chart inside its padding, then gives up the
	// room the axes need. Shrinking it rescales the axes, which moves the
	// tick labels and so can change that room; go-chart measures a second
	// time to let this settle, and matching its output means doing the same.
	bounds := c.Box()
	canvas := bounds
	scale := func() {
		xr.SetDomain(canvas.Width())
		yr.SetDomain(canvas.Height())
	}
	scale()
	if showX || showY {
		for range 2 {
			need := canvas.Clone()
			if showX {
				need = need.Grow(xa.Measure(r, canvas, xr, axisStyle, xa.Ticks))
			}
			if showY {
				need = need.Grow(ya.Measure(r, canvas, yr, axisStyle, ya.Ticks))
			}
			canvas = canvas.OuterConstrain(bounds, need)
			scale()
		}
	}

	gochart.Draw.Box(r, canvas, c.Canvas.InheritFrom(gochart.Style{
		FillColor:   pal.CanvasColor(),
		StrokeColor: pal.CanvasStrokeColor(),
		StrokeWidth: gochart.DefaultCanvasStrokeWidth,
	}))
	if showX {
		xa.Render(r, canvas, xr, axisStyle, xa.Ticks)
	}
	if showY {
		ya.Render(r, canvas, yr, axisStyle, ya.Ticks)
	}
	for i, s := range c.Series {
		if s.GetStyle().Hidden {
			continue
		}
		color := pal.GetSeriesColor(i)
		s.Render(r, canvas, xr, yr, gochart.Style{
			DotColor:    color,
			StrokeColor: color,
			StrokeWidth: gochart.DefaultSeriesLineWidth,
			FontSize:    gochart.DefaultFontSize,
		})
	}
	for _, e := range c.Elements {
		e(r, canvas, gochart.Style{})
	}
}
