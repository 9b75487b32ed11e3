package chart

import (
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// axesChart is the frame the line charts share: background, an x-axis with its
// name, go-chart's primary y-axis (drawn on the right) with grid lines, both
// with explicit ticks. top is the room kept above the plot for the header
// (legend, notes).
func axesChart(l look, h, top int, xt, yt []gochart.Tick, xName string) gochart.Chart {
	pal := l.pal
	axis := gochart.Style{FontSize: l.tick, FontColor: pal.text, StrokeColor: pal.axis, StrokeWidth: 1}
	grid := gochart.Style{StrokeColor: pal.grid, StrokeWidth: 1}
	return gochart.Chart{
		Width:  l.w,
		Height: h,
		Background: gochart.Style{
			FillColor: pal.bg,
			Padding:   gochart.Box{Top: top, Left: edge, Right: edge, Bottom: 6},
		},
		// The background already paints the canvas.
		Canvas: gochart.Style{FillColor: drawing.ColorTransparent},
		XAxis: gochart.XAxis{
			Name:      xName,
			NameStyle: gochart.Style{FontSize: l.text, FontColor: pal.text},
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

// edge is the margin kept at the chart's left and right.
const edge = 8

// plotSize estimates the plot area of an axes chart before go-chart lays it
// out, to choose how many ticks fit: ylabel is the widest y tick label likely,
// and the x-axis with its tick labels and name takes about three lines.
func plotSize(l look, h, top, ylabel int) (w, ht int) {
	return l.w - 2*edge - 10 - ylabel, h - top - 6 - 3*l.lh()
}
