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

  // How many fields each operation takes after its letter.
  var FIELDS = { t: 3, p: 2, v: 2, k: 3, a: 4, x: 3, s: 3 };

  // apply does one operation on its fields f, or reports false.
  function apply(op, f) {
    var el, t;
    switch (op) {
      case "t":
        t = textNode(f[0]);
        if (!t) {
          return false;
        }
        t.nodeValue = f[1];
        t.parentNode.setAttribute("data-value", f[2]);
        return true;
      case "p":
        t = textNode(f[0]);
        if (!t) {
          return false;
        }
        t.nodeValue = f[1];
        return true;
      case "v":
        el = document.getElementById(f[0]);
        if (!el || !("value" in el)) {
          return false;
        }
        if (el.value !== f[1]) {
          el.value = f[1];
        }
        return true;
      case "k":
        el = chart(f[0]);
        if (!el || el.children.length !== Number(f[2])) {
          return false;
        }
        el.setAttribute("viewBox", f[1]);
        return true;
      case "a":
        el = child(f[0], f[1]);
        if (!el || !ATTRS.test(f[2])) {
          return false;
        }
        el.setAttribute(f[2], f[3]);
        return true;
      case "x":
        el = child(f[0], f[1]);
        if (!el) {
          return false;
        }
        el.textContent = f[2];
        return true;
      case "s":
        el = chart(f[0]);
        if (!el) {
          return false;
        }
        el.setAttribute("viewBox", f[1]);
        // setHTMLUnsafe parses as innerHTML does (no sanitizer; scripts are
        // inert either way) and took half the time in Chromium 156.
        if (typeof el.setHTMLUnsafe === "function") {
          el.setHTMLUnsafe(f[2]);
        } else {
          el.innerHTML = f[2];
        }
        return true;
    }
    return false;
  }

  window.trainingRoiPaint = function (ops) {
    if (ops === "") {
      return true;
    }
    var f = String(ops).split("\u0000");
    for (var i = 0; i < f.length; ) {
      var n = Object.prototype.hasOwnProperty.call(FIELDS, f[i]) ? FIELDS[f[i]] : -1;
      if (n < 0 || i + n >= f.length || !apply(f[i], f.slice(i + 1, i + 1 + n))) {
        return false;
      }
      i += 1 + n;
    }
    return true;
  };
})();
