// Sizes every <iframe data-training-roi> on the host page to the height the
// calculator inside reports, so the visitor never sees an inner scrollbar.
//
// A message is trusted only when it comes from that iframe's own window and from
// the origin of its src: another frame or page cannot resize it.
(function () {
  "use strict";
  if (window.trainingRoiEmbed) {
    return; // the script was included twice
  }
  window.trainingRoiEmbed = true;

  var MESSAGE = "training-roi:height";
  var MEASURE = "training-roi:measure";
  var MAX_HEIGHT = 20000;

  function frames() {
    return document.querySelectorAll("iframe[data-training-roi]");
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute("src"), document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  // ask makes the calculator in a frame post its height again: it may have posted
  // before this script ran. Only the frame's own origin can receive the request.
  function ask(frame) {
    var origin = originOf(frame);
    if (!origin || origin === "null" || !frame.contentWindow || stillBlank(frame)) {
      return;
    }
    try {
      frame.contentWindow.postMessage({ type: MEASURE }, origin);
    } catch (e) {
      // not reachable now: a calculator that starts later posts by itself
    }
  }

  // stillBlank tells whether the frame holds the empty document it starts with,
  // to which a message for the calculator's origin cannot be sent. A frame that
  // has loaded a page of another origin has no contentDocument for us.
  function stillBlank(frame) {
    try {
      var doc = frame.contentDocument;
      return !!doc && doc.URL === "about:blank";
    } catch (e) {
      return false;
    }
  }

  function prepare(frame) {
    if (frame.getAttribute("data-training-roi-ready") === "1") {
      return;
    }
    frame.setAttribute("data-training-roi-ready", "1");
    frame.setAttribute("scrolling", "no");
    frame.style.overflow = "hidden";
    if (!frame.style.width) {
      frame.style.width = "100%";
    }
    if (!frame.style.border) {
      frame.style.border = "0";
    }
    if (!frame.style.height) {
      frame.style.height = "900px"; // until the calculator reports its height
    }
    // A calculator that starts later posts its height by itself; one that is
    // already running when this script starts is asked to post it again.
    ask(frame);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== MESSAGE) {
      return;
    }
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) {
      return;
    }
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) {
        continue;
      }
      prepare(frame); // a frame added after this script started
      frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + "px";
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
