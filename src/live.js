// Live reload for `aftercare serve` only; never part of a built site.
(function () {
  "use strict";
  var me = document.currentScript;
  var generation = me ? me.getAttribute("data-generation") : null;
  var overlay = null;

  function showError(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alert");
      overlay.id = "aftercare-build-error";
      overlay.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,20,20,.94);" +
        "color:#fff;font:16px/1.5 ui-monospace,monospace;padding:1.5rem;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "The last change could not be built. Still showing the last good version.\n" +
      "Fix the problem below and save; this page reloads by itself.\n\n" + text;
  }

  var source = new EventSource("/__aftercare/events");
  source.addEventListener("hello", function (e) {
    // A rebuild finished between loading this page and connecting: catch up.
    if (generation !== null && e.data !== generation) { location.reload(); }
  });
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("build-error", function (e) { showError(JSON.parse(e.data)); });
})();
