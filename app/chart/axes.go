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
	ch := frame(l, h, top)
	ch.XAxis = xAxis(l, xt, xName)
	grid := gochart.Style{StrokeColor: l.pal.grid, StrokeWidth: 1}
	ch.YAxis = gochart.YAxis{
		Style:          ch.XAxis.Style,
		Ticks:          yt,
		Range:          tickRange(yt),
		GridMajorStyle: grid,
		GridMinorStyle: grid,
	}
	return ch
}

// frame is what every chart with axes has: its size, the background with top
// px above the plot for the header, and a canvas the background paints.
func frame(l look, h, top int) gochart.Chart {
	return gochart.Chart{
		Width:  l.w,
		Height: h,
		Background: gochart.Style{
			FillColor: l.pal.bg,
			Padding:   gochart.Box{Top: top, Left: edge, Right: edge, Bottom: 6},
		},
		Canvas: gochart.Style{FillColor: drawing.ColorTransparent},
	}
}

// xAxis is an x-axis with explicit ticks and its name.
func xAxis(l look, xt []gochart.Tick, name string) gochart.XAxis {
	return gochart.XAxis{
		Name:      name,
		NameStyle: gochart.Style{FontSize: l.text, FontColor: l.pal.text},
		Style:     gochart.Style{FontSize: l.tick, FontColor: l.pal.text, StrokeColor: l.pal.axis, StrokeWidth: 1},
		Ticks:     xt,
		Range:     tickRange(xt),
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
