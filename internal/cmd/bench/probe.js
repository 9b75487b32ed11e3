// The benchmark's probe: it runs in every document before the page's own scripts
// (Page.addScriptToEvaluateOnNewDocument) and records, in window.__bench, when
// things happen. It changes nothing the page does, except that the WebAssembly
// compile and instantiate functions are wrapped to time them and to find the
// Go program's memory.
(() => {
  "use strict";
  if (window.__bench) {
    return;
  }
  const now = () => performance.now();
  const B = (window.__bench = {
    fcp: -1, // first contentful paint, ms since navigation start
    atFCP: null, // what the page showed then
    dcl: -1, // DOMContentLoaded
    atDCL: null,
    wasmCall: -1, // first call of a WebAssembly compile or instantiate function
    wasmDone: -1, // when it resolved
    wasmAPI: "",
    ready: -1, // html[data-ready="true"]
    mem: null, // the Go program's WebAssembly.Memory
    lat: null, // the edit being measured
  });

  // The headline results, the first thing a visitor looks for.
  const headline = ["out-lift", "out-revenue_gain", "out-roi", "out-payback"];

  // Are the headline results on screen: in the viewport, painted, with their
  // numbers, and not covered by anything (such as a loader)? And had the wasm
  // run yet?
  B.results = () => {
    const s = {
      visible: false,
      why: "",
      text: "",
      wasmRan: B.wasmDone >= 0 || document.documentElement.getAttribute("data-ready") === "true",
      styled: [...document.styleSheets].some((x) => x.href && x.href.endsWith("/web/style.css")),
      charts: document.querySelectorAll("#charts svg").length,
    };
    const texts = [];
    for (const id of headline) {
      const el = document.getElementById(id);
      if (!el) {
        s.why = "no #" + id;
        return s;
      }
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0) {
        s.why = "#" + id + " has no box";
      } else if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) {
        s.why = "#" + id + " is outside the viewport (top " + Math.round(r.top) + " of " + innerHeight + ")";
      } else if (cs.visibility !== "visible" || Number(cs.opacity) === 0) {
        s.why = "#" + id + " is hidden";
      } else if (!el.textContent.trim() || !el.getAttribute("data-value")) {
        s.why = "#" + id + " is empty";
      } else {
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        if (!top || !(top === el || el.contains(top))) {
          s.why = "#" + id + " is covered by " + (top ? top.tagName.toLowerCase() + (top.id ? "#" + top.id : "") : "nothing");
        }
      }
      if (s.why) {
        return s;
      }
      texts.push(el.textContent.trim());
    }
    s.visible = true;
    s.text = texts.join(" ");
    return s;
  };

  // What the page shows is sampled at every animation frame until the first
  // contentful paint is reported: the state at that paint is the last sample
  // taken before it (a frame's callbacks run before the frame is painted).
  const samples = [];
  const sample = () => {
    if (B.fcp >= 0) {
      return;
    }
    samples.push({ t: now(), s: B.results() });
    if (samples.length > 600) {
      samples.shift();
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === "first-contentful-paint" && B.fcp < 0) {
        B.fcp = e.startTime;
        const before = samples.filter((x) => x.t <= e.startTime).pop();
        B.atFCP = before ? before.s : null;
      }
    }
  }).observe({ type: "paint", buffered: true });

  document.addEventListener("DOMContentLoaded", () => {
    B.dcl = now();
    B.atDCL = B.results();
  });

  new MutationObserver(() => {
    if (B.ready < 0 && document.documentElement.getAttribute("data-ready") === "true") {
      B.ready = now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });

  for (const name of ["instantiateStreaming", "instantiate", "compileStreaming", "compile"]) {
    const orig = WebAssembly[name];
    if (typeof orig !== "function") {
      continue;
    }
    WebAssembly[name] = function (...args) {
      if (B.wasmCall < 0) {
        B.wasmCall = now();
        B.wasmAPI = name;
      }
      return orig.apply(this, args).then((res) => {
        const inst = res instanceof WebAssembly.Instance ? res : res && res.instance;
        if (inst) {
          if (B.wasmDone < 0) {
            B.wasmDone = now();
          }
          if (inst.exports && inst.exports.mem instanceof WebAssembly.Memory) {
            B.mem = inst.exports.mem;
          }
        }
        return res;
      });
    };
  }

  // One edit: arm() before the key is sent, then wait() resolves with the times,
  // from the keydown, at which the input event began (input),
  // #out-revenue_now's data-value changed (results),
  // every chart box showed a different <svg> (charts: a new element or new
  // content in the same one), and the next animation frame after both ran (frame).
  B.arm = (boxes) => {
    const out = document.getElementById("out-revenue_now");
    const st = {
      t0: -1,
      input: -1,
      results: -1,
      charts: boxes.length ? -1 : 0,
      frame: -1,
      value: out && out.getAttribute("data-value"),
      svgs: boxes.map((id) => {
        const b = document.getElementById(id);
        const svg = b && b.querySelector("svg");
        return svg ? svg.outerHTML : "";
      }),
    };
    let finish;
    st.promise = new Promise((resolve) => {
      finish = (timeout) => {
        st.mo.disconnect();
        document.removeEventListener("keydown", onKey, true);
        clearTimeout(st.timer);
        const rel = (t) => (t >= 0 && st.t0 >= 0 ? t - st.t0 : -1);
        document.removeEventListener("input", onInput, true);
        resolve({ timeout, input: rel(st.input), results: rel(st.results), charts: rel(st.charts), frame: rel(st.frame) });
      };
    });
    const check = () => {
      const t = now();
      if (st.results < 0) {
        const o = document.getElementById("out-revenue_now");
        if (o && o.getAttribute("data-value") !== st.value) {
          st.results = t;
        }
      }
      if (st.charts < 0) {
        const all = boxes.every((id, i) => {
          const b = document.getElementById(id);
          const svg = b && b.querySelector("svg");
          return svg && svg.outerHTML !== st.svgs[i];
        });
        if (all) {
          st.charts = t;
        }
      }
      if (st.results >= 0 && st.charts >= 0 && st.frame < 0) {
        st.frame = 0;
        requestAnimationFrame(() => {
          st.frame = now();
          finish(false);
        });
      }
    };
    const onKey = (e) => {
      if (st.t0 < 0) {
        st.t0 = e.timeStamp;
      }
    };
    // When the input event reaches the page: the part of the latency that the
    // browser spends before the page's code can run.
    const onInput = () => {
      if (st.input < 0) {
        st.input = now();
      }
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("input", onInput, true);
    st.mo = new MutationObserver(check);
    st.mo.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-value"] });
    st.timer = setTimeout(() => finish(true), 5000);
    B.lat = st;
  };
  B.wait = () => B.lat.promise;
})();
