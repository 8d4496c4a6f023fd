// The first <input> that is in the DOM and visible, as performance.now() (i.e. since navigation
// start). Injected inline into each speed page's <head> by pages-build.ts, so it runs before any
// module and both pages carry the very same probe.
(function () {
  window.__firstInput = null;
  var inDom = null;
  function visible(el) {
    var r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    var s = getComputedStyle(el);
    return s.visibility !== "hidden" && s.display !== "none" && s.opacity !== "0";
  }
  function frame() {
    var el = document.querySelector("input");
    if (el && visible(el)) window.__firstInput = { inDom: inDom, visible: performance.now() };
    else requestAnimationFrame(frame);
  }
  var observer = new MutationObserver(function () {
    if (inDom === null && document.querySelector("input")) {
      inDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(frame);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
})();
    
