// Sizes every <iframe data-training-roi> on the host page to the height the
// calculator inside reports, and passes on what the visitor calculated (with
// events=1 in the iframe's address) as a "training-roi:result" event on the iframe.
//
// A message is trusted only when it comes from that iframe's own window
// (event.source). Its origin is not checked against the iframe's src: a sandboxed
// iframe's origin is "null" and a redirected one's differs, while no other window
// can be an iframe's contentWindow.
(function () {
  "use strict";
  if (window.trainingRoiEmbed) {
    return; // the script was included twice
  }
  window.trainingRoiEmbed = true;

  var HEIGHT = "training-roi:height";
  var MEASURE = "training-roi:measure";
  var RESULT = "training-roi:result";
  var MAX_HEIGHT = 20000;

  function frames() {
    return document.querySelectorAll("iframe[data-training-roi]");
  }

  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (source && list[i].contentWindow === source) {
        return list[i];
      }
    }
    return null;
  }

  // ask makes the calculator in a frame post its height again: it may have posted
  // before this script ran. The request carries nothing, so any origin may get it.
  function ask(frame) {
    try {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: MEASURE }, "*");
      }
    } catch (e) {
      // not reachable now: a calculator that starts later posts by itself
    }
  }

  function prepare(frame) {
    if (frame.getAttribute("data-training-roi-ready") === "1") {
      return;
    }
    frame.setAttribute("data-training-roi-ready", "1");
    if (!frame.style.width) {
      frame.style.width = "100%";
    }
    if (!frame.style.border) {
      frame.style.border = "0";
    }
    if (!frame.style.height && !frame.getAttribute("height")) {
      frame.style.height = "900px"; // until the calculator reports its height
    }
    // The frame keeps its own scrollbar until the calculator says how tall it is.
    frame.addEventListener("load", function () {
      ask(frame);
    });
    ask(frame);
  }

  function resize(frame, height) {
    frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + "px";
    frame.setAttribute("scrolling", "no");
    frame.style.overflow = "hidden";
  }

  function isNumbers(o) {
    if (!o || typeof o !== "object") {
      return false;
    }
    for (var k in o) {
      if (Object.prototype.hasOwnProperty.call(o, k) && o[k] !== null && typeof o[k] !== "number") {
        return false;
      }
    }
    return true;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || typeof data.type !== "string") {
      return;
    }
    var frame = frameOf(event.source);
    if (!frame) {
      return;
    }
    prepare(frame); // a frame added after this script started
    if (data.type === HEIGHT) {
      var height = Number(data.height);
      if (isFinite(height) && height > 0) {
        resize(frame, height);
      }
    } else if (data.type === RESULT && isNumbers(data.inputs) && isNumbers(data.results) && typeof data.url === "string") {
      frame.dispatchEvent(new CustomEvent(RESULT, {
        bubbles: true,
        detail: {
          trigger: String(data.trigger || ""),
          inputs: data.inputs,
          results: data.results,
          url: data.url,
        },
      }));
    }
  });

  function init() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      prepare(list[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
