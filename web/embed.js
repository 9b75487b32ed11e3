// Sizes every <iframe data-training-roi> on the host page to the height the
// calculator inside reports, and passes on what the visitor calculated (with
// events=1 in the iframe's address) as a "training-roi:result" event on the iframe.
//
// It also tells each calculator what only the host page knows: whether its iframe
// may open a window for a link (its sandbox), whether the iframe's colour scheme is
// dark, and which part of it the host's window shows (for the summary kept in view
// while a field is edited); it opens the call to action's link for a calculator
// that may not; and, for an iframe that names this page (share= in its address, or
// data-share), it passes the scenario in this page's address on to the calculator.
//
// A message is trusted only when it comes from that iframe's own window
// (event.source). Its origin is not checked against the iframe's src: a sandboxed
// iframe's origin is "null" and a redirected one's differs, while no other window
// can be an iframe's contentWindow. What this script sends a calculator says
// nothing of the visitor.
(function () {
  "use strict";
  if (window.trainingRoiEmbed) {
    return; // the script was included twice
  }
  window.trainingRoiEmbed = true;

  var HEIGHT = "training-roi:height";
  var MEASURE = "training-roi:measure";
  var RESULT = "training-roi:result";
  var HOST = "training-roi:host";
  var VIEW = "training-roi:view";
  var OPEN = "training-roi:open";
  var OPENED = "training-roi:opened";
  var MAX_HEIGHT = 20000;

  // The parameters of a scenario (state.ScenarioParams; a Go test keeps them in
  // step): the inputs, then the currency, number format and language.
  var SCENARIO = ["mkt_team", "mkt_days", "mkt_target", "sales_team", "sales_days", "sales_target",
    "mqls", "sal_rate", "win_rate", "deal", "margin", "day_cost", "day_rate", "lag", "years",
    "confidence", "sales_lift", "mkt_lift", "budget", "currency", "locale", "lang"];
  var INPUTS = SCENARIO.length - 3;

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

  function post(frame, message) {
    try {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage(message, "*");
      }
    } catch (e) {
      // not reachable now: a calculator that starts later asks by itself
    }
  }

  // canOpen reports whether a link in the frame opens a window as any link does:
  // a sandbox needs allow-popups for a window at all, and
  // allow-popups-to-escape-sandbox for one that is not sandboxed too (which a
  // site sending Cross-Origin-Opener-Policy could not load).
  function canOpen(frame) {
    if (!frame.hasAttribute("sandbox")) {
      return true;
    }
    return frame.sandbox.contains("allow-popups") && frame.sandbox.contains("allow-popups-to-escape-sandbox");
  }

  // isDark reports whether the iframe's colour scheme on this page is dark: a
  // calculator with no background of its own must use the same one, or the
  // browser paints an opaque backdrop behind it.
  function isDark(frame) {
    var scheme = getComputedStyle(frame).colorScheme || "";
    if (scheme.indexOf("dark") < 0) {
      return false;
    }
    return scheme.indexOf("light") < 0 || matchMedia("(prefers-color-scheme: dark)").matches;
  }

  // view is the part of the frame this window shows, in the frame's own pixels
  // from its top.
  function view(frame) {
    var r = frame.getBoundingClientRect();
    var vv = window.visualViewport;
    var top = vv ? vv.offsetTop : 0;
    var height = vv ? vv.height : window.innerHeight;
    var inner = r.top + frame.clientTop;
    return { top: Math.round(top - inner), bottom: Math.round(top + height - inner) };
  }

  function tell(frame) {
    post(frame, { type: HOST, popups: canOpen(frame), dark: isDark(frame) });
    sendView(frame, true);
  }

  function sendView(frame, always) {
    var v = view(frame);
    var last = frame.trainingRoiView;
    if (!always && last && last.top === v.top && last.bottom === v.bottom) {
      return;
    }
    frame.trainingRoiView = v;
    post(frame, { type: VIEW, top: v.top, bottom: v.bottom });
  }

  // ask makes the calculator in a frame post its height again: it may have posted
  // before this script ran. The request carries nothing, so any origin may get it.
  function ask(frame) {
    post(frame, { type: MEASURE });
    tell(frame);
  }

  // hostScenario gives the frame's address the share page this iframe names
  // (data-share; empty for this page, its own parameters and fragment kept) and,
  // when the page it names is on this page's origin, the scenario of this page's
  // address: a link the calculator made to this page opens the same scenario. It
  // returns the address to load, or "" to keep the one there.
  function hostScenario(frame) {
    var src = frame.getAttribute("src");
    var u;
    try {
      u = new URL(src, location.href);
    } catch (e) {
      return "";
    }
    var changed = false;
    var share = frame.getAttribute("data-share");
    if (share !== null && !u.searchParams.has("share")) {
      try {
        u.searchParams.set("share", new URL(share || location.href, location.href).href);
        changed = true;
      } catch (e) {
        // not an address: the calculator's links stay its own
      }
    }
    var here = new URLSearchParams(location.search);
    var named = false;
    for (var i = 0; i < INPUTS; i++) {
      named = named || here.has(SCENARIO[i]);
    }
    var ours = false;
    try {
      ours = new URL(u.searchParams.get("share") || "").origin === location.origin;
    } catch (e) {
      // no page named: the calculator's links stay its own
    }
    if (ours && named) {
      for (var j = 0; j < SCENARIO.length; j++) {
        if (j < INPUTS || here.has(SCENARIO[j])) {
          u.searchParams.delete(SCENARIO[j]);
        }
      }
      for (var k = 0; k < SCENARIO.length; k++) {
        if (here.has(SCENARIO[k])) {
          u.searchParams.set(SCENARIO[k], here.get(SCENARIO[k]));
        }
      }
      changed = true;
    }
    return changed && u.href !== src ? u.href : "";
  }

  function prepare(frame) {
    if (frame.getAttribute("data-training-roi-ready") === "1") {
      return;
    }
    frame.setAttribute("data-training-roi-ready", "1");
    var src = hostScenario(frame);
    if (src) {
      frame.setAttribute("src", src);
    }
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

  // open opens the call to action's link for a frame that may not: only the link
  // the iframe's own address names (cta_url), https: or mailto:, in a window that
  // cannot reach back to this page. It reports whether a window opened.
  function open(frame, link) {
    var want, got;
    try {
      want = new URL(new URL(frame.getAttribute("src"), location.href).searchParams.get("cta_url") || "");
      got = new URL(String(link));
    } catch (e) {
      return false;
    }
    if (got.href !== want.href || (got.protocol !== "https:" && got.protocol !== "mailto:")) {
      return false;
    }
    var w = window.open(got.href, "_blank");
    if (!w) {
      return false;
    }
    try {
      w.opener = null;
    } catch (e) {
      // already another origin's: it cannot reach this page either
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
      tell(frame); // the calculator may have started only now
    } else if (data.type === OPEN) {
      post(frame, { type: OPENED, opened: open(frame, data.url) });
    } else if (data.type === RESULT && isNumbers(data.inputs) && isNumbers(data.results) && typeof data.url === "string") {
      var detail = {
        trigger: String(data.trigger || ""),
        inputs: data.inputs,
        results: data.results,
        url: data.url,
      };
      if (detail.trigger === "cta") {
        detail.opened = data.opened === true;
      }
      frame.dispatchEvent(new CustomEvent(RESULT, { bubbles: true, detail: detail }));
    }
  });

  // The part of each frame in view follows scrolling and resizing, once a frame.
  var pending = false;
  function followView() {
    if (pending) {
      return;
    }
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      var list = frames();
      for (var i = 0; i < list.length; i++) {
        if (list[i].getAttribute("data-training-roi-ready") === "1") {
          sendView(list[i], false);
        }
      }
    });
  }
  window.addEventListener("scroll", followView, { passive: true });
  window.addEventListener("resize", followView);
  if (window.visualViewport) {
    window.visualViewport.addEventListener("resize", followView);
    window.visualViewport.addEventListener("scroll", followView);
  }
  if (window.ResizeObserver) {
    new ResizeObserver(followView).observe(document.documentElement); // the page moved under the frame
  }

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
