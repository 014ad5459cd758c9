// LaborLens service worker, version {{.Version}}.
// Precaches the app so that, after one visit, every route works offline.
const cacheName = "laborlens-{{.Version}}";
// A Set: go-app may list a resource twice, and addAll rejects duplicates.
// go-app lists the manifest's PNG icons (46 kB); no page shows them (the
// pages use icon.svg), and the browser fetches them itself when the app is
// installed, so they are not precached on every first visit.
const resourcesToCache = [...new Set({{.ResourcesToCache}})].filter((u) => !u.endsWith(".png"));

self.addEventListener("install", (event) => {
  // waitUntil: a failed precache fails the install loudly instead of
  // activating a worker with an empty cache.
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache))
      .then(() => self.skipWaiting())
  );
});

// No clients.claim(): the first visit is not taken over, so go-app's loader
// does not mistake the first install for an update; the next navigation is
// served by this worker, online or offline.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// navigate fetches a page from the network and keeps a copy, one per route:
// the copy is stored under the URL without its query, so /?q=a, /?q=b, ...
// share one entry (the app applies the query from the address bar when it
// runs). A copy of a query-less URL replaces the route's entry; a copy of
// a URL with a query only fills an empty one. Offline it answers with the
// route's copy, or with the app shell, which renders the requested route
// once the wasm runs.
async function navigate(request) {
  const cache = await caches.open(cacheName);
  const route = routeOf(request.url);
  try {
    const response = await fetch(request);
    if (response.ok && (new URL(request.url).search === "" || !(await cache.match(route)))) {
      cache.put(route, response.clone()).catch(() => {}); // not awaited: the page streams meanwhile
    }
    return response;
  } catch (err) {
    return (await cache.match(route)) ||
      (await cache.match("/")) ||
      Response.error();
  }
}

// routeOf is a page's URL without query and fragment.
function routeOf(url) {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  return fetch(request);
}
