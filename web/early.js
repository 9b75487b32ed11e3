// Keeps what a visitor types into the server-rendered page before the WebAssembly
// app has started. go-app replaces the prerendered page when it mounts, which
// would lose those keystrokes; the app reads them from here when it mounts and
// then calls trainingRoiEarlyStop.
(function () {
  "use strict";
  var typed = {};
  window.trainingRoiEarly = typed;
  function record(event) {
    var t = event.target;
    if (!t || typeof t.id !== "string") {
      return;
    }
    var m = /^(in|slider)-([a-z_]+)$/.exec(t.id);
    if (m) {
      typed[m[2]] = String(t.value).slice(0, 800);
    }
  }
  document.addEventListener("input", record, true);
  document.addEventListener("change", record, true);
  window.trainingRoiEarlyStop = function () {
    document.removeEventListener("input", record, true);
    document.removeEventListener("change", record, true);
  };
})();
