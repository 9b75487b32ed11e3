// Package chart draws the calculator's three charts (lift, funnel, payback) as
// inline SVG strings, and gives for each the equivalent data table.
//
// Every chart goes through one small wrapper around go-chart v2 (render in
// wrap.go), because go-chart on its own is unsafe and slow for a page that
// shows user-influenced text inside the DOM:
//
//   - go-chart writes text into the SVG unescaped; the wrapper's renderer
//     escapes every text it writes while measuring the raw string;
//   - go-chart measures text with a truetype face of its embedded Roboto, which
//     it builds anew for every string, and Chart.Render keeps that 300 kB font
//     in the wasm; the wrapper lays charts out itself (layout.go) and measures
//     with a table of the font's advance widths (metrics.go): the widths and
//     the layout are the same;
//   - go-chart's SVG renderer formats every element with fmt, which was most
//     of a chart's time in the browser, and writes the whole style on every
//     element, which was most of the time the browser took to show it; the
//     wrapper's own renderer (svg.go) draws the same picture with strconv and
//     presentation attributes, leaving out shapes that paint nothing;
//   - go-chart panics on some bad data and writes partial output on errors; the
//     wrapper checks data first, recovers from panics and only ever returns a
//     complete SVG or an error;
//   - the output always has role="img", a <title> and <desc> referenced by
//     aria attributes, a viewBox and no fixed size, and is checked against an
//     allowlist of elements and attributes before it is returned.
//
// The package is pure Go (standard library, go-chart and the font packages
// go-chart itself is built on), so it runs natively for prerendering and tests
// and under GOOS=js GOARCH=wasm in the browser. It does not import go-app.
package chart
