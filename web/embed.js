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

  function prepare(frame) {
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
