// Puts a keystroke's new numbers and charts on the page for the WebAssembly app
// (app/ui/quick.go), in one call. Each call from Go into JavaScript costs more
// than the DOM write it makes, and a keystroke changes some twenty results,
// each needing four calls (docs/performance.md).
//
// ops is a list of operations, each a letter and its fields, all joined by NUL
// (which the app never sends inside a field):
//   t id text value   the result element id: its text node and data-value
//   p id text         the text node of element id
//   v id value        the value of the control id, if it differs
//   s id viewBox body the chart <svg> id: its viewBox and its content, which the
//                     app has checked against its allowlist of SVG elements and
//                     attributes (app/chart/guard.go)
//   k id viewBox n    the chart <svg> id, which must have n children: its viewBox
//   a id i name value attribute name of the i-th child of the <svg> id
//   x id i text       the text of the i-th child of the <svg> id
// Everything but the chart body is written as text. It writes into the nodes the
// app made (never replaces them: the app keeps writing to them later) and
// returns true, or false as soon as the page is not as expected, for the app to
// render the page itself.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function chart(id) {
    var el = document.getElementById(id);
    return el && el.namespaceURI === SVG && el.localName === "svg" ? el : null;
  }

  function child(id, i) {
    var el = chart(id);
    return el ? el.children[Number(i)] || null : null;
  }

  // Attributes a chart's elements have (app/chart/guard.go): never an event
  // handler or a link.
  var ATTRS = /^(d|x|y|cx|cy|r|fill|stroke|stroke-width|stroke-dasharray|font-size|font-family|transform|class)$/;

  function textNode(id) {
    var el = document.getElementById(id);
    var t = el && el.firstChild;
    return t && t.nodeType === Node.TEXT_NODE ? t : null;
  }

  window.trainingRoiPaint = function (ops) {
    if (ops === "") {
      return true;
    }
    var f = String(ops).split("\u0000");
    var i = 0;
    while (i < f.length) {
      var op = f[i];
      var id = f[i + 1];
      var el, t;
      switch (op) {
        case "t":
          t = textNode(id);
          if (!t || i + 3 >= f.length) {
            return false;
          }
          t.nodeValue = f[i + 2];
          t.parentNode.setAttribute("data-value", f[i + 3]);
          i += 4;
          break;
        case "p":
          t = textNode(id);
          if (!t || i + 2 >= f.length) {
            return false;
          }
          t.nodeValue = f[i + 2];
          i += 3;
          break;
        case "v":
          el = document.getElementById(id);
          if (!el || !("value" in el) || i + 2 >= f.length) {
            return false;
          }
          if (el.value !== f[i + 2]) {
            el.value = f[i + 2];
          }
          i += 3;
          break;
        case "k":
          el = chart(id);
          if (!el || i + 3 >= f.length || el.children.length !== Number(f[i + 3])) {
            return false;
          }
          el.setAttribute("viewBox", f[i + 2]);
          i += 4;
          break;
        case "a":
          el = child(id, f[i + 2]);
          if (!el || i + 4 >= f.length || !ATTRS.test(f[i + 3])) {
            return false;
          }
          el.setAttribute(f[i + 3], f[i + 4]);
          i += 5;
          break;
        case "x":
          el = child(id, f[i + 2]);
          if (!el || i + 3 >= f.length) {
            return false;
          }
          el.textContent = f[i + 3];
          i += 4;
          break;
        case "s":
          el = chart(id);
          if (!el || i + 3 >= f.length) {
            return false;
          }
          el.setAttribute("viewBox", f[i + 2]);
          // setHTMLUnsafe parses as innerHTML does (no sanitizer; scripts are
          // inert either way) and took half the time in Chromium 156.
          if (typeof el.setHTMLUnsafe === "function") {
            el.setHTMLUnsafe(f[i + 3]);
          } else {
            el.innerHTML = f[i + 3];
          }
          i += 4;
          break;
        default:
          return false;
      }
    }
    return true;
  };
})();
