// Keeps what a visitor types into the server-rendered page before the WebAssembly
// app has started. go-app replaces the prerendered page when it mounts, which
// would lose those keystrokes; the app reads them from here when it mounts and
// then calls trainingRoiEarlyStop.
(function () {
  "use strict";
  var typed = {};
  window.trainingRoiEarly = typed;
  // Which control set each text last: a slider's value has a dot decimal, a
  // box's text is written the way the page's locale writes numbers.
  var from = {};
  window.trainingRoiEarlyFrom = from;
  function record(event) {
    var t = event.target;
    if (!t || typeof t.id !== "string") {
      return;
    }
    var m = /^(in|slider)-([a-z_]+)$/.exec(t.id);
    if (m) {
      typed[m[2]] = String(t.value).slice(0, 800);
      from[m[2]] = m[1];
    }
  }
  document.addEventListener("input", record, true);
  document.addEventListener("change", record, true);

  // The field being typed into goes with the page it is in, and the focus with
  // it: keys typed next went nowhere (make bench, docs/performance.md). When the
  // app has replaced the page, the field with the same id gets the focus and the
  // caret back.
  var focused = null;
  function remember() {
    var a = document.activeElement;
    if (a && typeof a.id === "string" && /^(in|slider)-[a-z_]+$/.test(a.id)) {
      focused = { id: a.id, start: null, end: null };
      try {
        focused.start = a.selectionStart;
        focused.end = a.selectionEnd;
      } catch (e) {}
    } else if (a && a !== document.body) {
      focused = null;
    }
  }
  ["focusin", "input", "keyup", "select", "mouseup"].forEach(function (type) {
    document.addEventListener(type, remember, true);
  });
  document.addEventListener("focusout", function (event) {
    var t = event.target;
    // Left by the visitor (the field is still in the page), not taken away.
    setTimeout(function () {
      if (focused && t.id === focused.id && document.contains(t) && document.activeElement !== t) {
        focused = null;
      }
    }, 0);
  }, true);
  function restore() {
    var a = document.activeElement;
    if (!focused || (a && a !== document.body)) {
      return;
    }
    var el = document.getElementById(focused.id);
    if (!el) {
      return;
    }
    el.focus({ preventScroll: true });
    if (focused.start !== null) {
      try {
        el.setSelectionRange(focused.start, focused.end);
      } catch (e) {}
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    new MutationObserver(restore).observe(document.body, { childList: true });
  });

  // The loading notice in the results (the server's page only) shows go-app's
  // loading progress, or its error, until the app replaces the page.
  document.addEventListener("DOMContentLoaded", function () {
    var label = document.getElementById("app-wasm-loader-label");
    var bar = document.getElementById("loading-progress");
    var text = document.getElementById("loading-text");
    if (!label || !bar || !text) {
      return;
    }
    new MutationObserver(function () {
      var m = /(\d+)\s*%/.exec(label.textContent);
      if (m) {
        bar.value = Math.min(100, Number(m[1]));
      } else if (label.textContent.trim()) {
        // The page's own sentence, in its language, with go-app's reason in it.
        text.textContent = (text.getAttribute("data-failed") || "{why}").replace("{why}", label.textContent.trim());
        bar.hidden = true;
      }
    }).observe(label, { childList: true, characterData: true, subtree: true });
  });

  window.trainingRoiEarlyStop = function () {
    document.removeEventListener("input", record, true);
    document.removeEventListener("change", record, true);
  };
})();
