// Package chart draws the calculator's charts as inline SVG strings, and gives
// for each the equivalent data table.
//
// go-chart v2 lays every chart out (Chart.Render) and draws its axes and
// lines; the parts it has no chart type for (range bands, markers, direct
// labels, bars with a scale per row) are drawn through its extension points: a
// Series of the package's own and the Draw helpers. The package supplies the
// go-chart Renderer (svg.go), because go-chart's own SVG renderer does not
// suit a page that shows user-influenced text:
//
//   - it writes text unescaped; this renderer escapes every text it writes,
//     while measuring the raw string;
//   - it builds a font face for every string it measures, which was most of a
//     chart's time; this one measures with a table of the font's advance
//     widths (metrics.go);
//   - it writes a full style on every element; this one writes presentation
//     attributes and leaves out shapes that paint nothing.
//
// Around go-chart, the package checks data first (go-chart panics on some bad
// data, writes partial output before some errors, and draws all-equal values
// as a broken chart), recovers from panics, and only ever returns a complete
// SVG or an error. The output always has role="img", a <title> and <desc>
// referenced by aria attributes, a viewBox and no fixed size, and is checked
// against an allowlist of elements and attributes before it is returned.
//
// The package is pure Go (standard library, go-chart and the font packages
// go-chart is built on), so it runs natively for prerendering and tests and
// under GOOS=js GOARCH=wasm in the browser. It does not import go-app.
package chart
