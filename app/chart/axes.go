package chart

import gochart "github.com/wcharczuk/go-chart/v2"

// axesChart is the frame the lift and payback charts share: background, axes
// with explicit ticks (and so explicit ranges), horizontal grid lines. The
// y-axis is go-chart's primary axis, which it draws on the right. top is the
// room kept above the plot for labels.
func axesChart(o resolved, xt, yt []gochart.Tick, xName string, top int) gochart.Chart {
	pal := o.pal
	axis := gochart.Style{FontSize: o.tick, FontColor: pal.text, StrokeColor: pal.axis, StrokeWidth: 1}
	grid := gochart.Style{StrokeColor: pal.grid, StrokeWidth: 1}
	return gochart.Chart{
		Width:  o.w,
		Height: o.h,
		Background: gochart.Style{
			FillColor: pal.bg,
			Padding:   gochart.Box{Top: top, Left: 8, Right: 8, Bottom: 6},
		},
		Canvas: gochart.Style{FillColor: pal.bg},
		XAxis: gochart.XAxis{
			Name:      xName,
			NameStyle: gochart.Style{FontSize: o.text, FontColor: pal.text},
			Style:     axis,
			Ticks:     xt,
			Range:     tickRange(xt),
		},
		YAxis: gochart.YAxis{
			Style:          axis,
			Ticks:          yt,
			Range:          tickRange(yt),
			GridMajorStyle: grid,
			GridMinorStyle: grid,
		},
	}
}

// plotSize estimates the plot area of an axes chart before go-chart lays it out,
// to choose how many ticks fit: the y tick labels take about 70 px on the right,
// the x-axis with its ticks and name about three lines at the bottom.
func plotSize(o resolved, top int) (w, h int) {
	return o.w - 16 - 70, o.h - top - 6 - 3*o.lineHeight()
}
