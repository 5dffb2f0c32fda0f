// The service worker of an aftercare site with `offline: true`, written by the build.
// It keeps one copy of every file the build wrote, so a patient who opened the site once can
// read their day without a signal. Online, every request still goes to the network first (the
// clinic's newest advice); the copy answers only when the network fails.
//
// One host may serve several clinics' sites. This worker's scope is its own folder, its cache
// is named after that scope, it answers only for the files of its own build, and it deletes
// only its own older caches. A new build changes VERSION (a hash of every file), so the browser
// installs the new worker, which replaces the old copy.
const VERSION = "@VERSION@";
const FILES = @FILES@;

const SCOPE = self.registration.scope;
const PREFIX = "aftercare " + SCOPE + " ";
const CACHE = PREFIX + VERSION;
const OWN = new Set(FILES.map((f) => new URL(f, SCOPE).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...OWN]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The file a request is for: without query or fragment, a folder's index.html.
function fileOf(request) {
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith("/")) url.pathname += "index.html";
  return url.href;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const file = fileOf(request);
  const page = request.mode === "navigate" && request.url.startsWith(SCOPE);
  if (!OWN.has(file) && !page) return;
  event.respondWith(
    fetch(request).catch(() =>
      caches.open(CACHE).then(async (cache) => {
        const hit = (await cache.match(file)) || (page && (await cache.match(new URL("404.html", SCOPE).href)));
        return hit || Response.error();
      }),
    ),
  );
});
