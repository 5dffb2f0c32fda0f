// Registers the site's service worker (sw.js, beside this file), written by the build when
// site.yaml says `offline: true`. Only over http(s): a site opened from disk has nothing to
// register and must not show an error. A refusal (private mode, a blocked worker) only means
// the site stays online-only, so it is not reported.
(function () {
  var me = document.currentScript;
  if (!me || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register(new URL("sw.js", me.src).href).catch(function () {});
})();
