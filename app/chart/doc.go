// Package chart draws the calculator's charts as inline SVG, each with the
// equivalent data table, from plain data: Lift (revenue against training
// days), Funnel (leads, customers and revenue, now and projected), Payback
// (the cumulative net benefit by month) and Timelines (several scenarios'
// payback timelines compared).
//
// Every chart is a value of plain, comparable data that draws itself from all
// of its fields (Chart.Draw), so a page component can hold it as a prop and
// redraw exactly when it changes. Numbers are written with app/format, in the
// locale and currency the Options name, like every other number on the page.
//
// go-chart v2 lays every chart out (Chart.Render) and draws its axes and
// lines; what it has no chart type for (range bands, markers, direct labels,
// legends, bars with a scale per row) is drawn through its extension points: a
// Series of the package's own, Chart.Elements and the Draw helpers. The
// package supplies the go-chart Renderer (svg.go), because go-chart's own SVG
// renderer does not suit a page that shows user-influenced text: it writes
// text unescaped, builds a font face for every string it measures, and writes
// a full style on every element.
//
// Around go-chart, the package checks data first (go-chart panics on some bad
// data, writes partial output before some errors, and draws all-equal values
// as a broken chart), recovers from panics, and only ever returns a complete
// SVG or an error. The output always has role="img", a <title> and <desc>
// referenced by aria attributes, a viewBox and no fixed size, and is checked
// against an allowlist of elements and attributes before it is returned.
// Labels are placed where they cover no line, marker or other label, and
// stay inside the chart at every width from a phone's up.
//
// The package is pure Go (standard library, go-chart and the font packages
// go-chart is built on), so it runs natively for prerendering and tests and
// under GOOS=js GOARCH=wasm in the browser. It does not import go-app.
package chart
