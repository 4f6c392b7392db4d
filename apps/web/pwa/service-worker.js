/* The app's service worker (built by pwa/service-worker-plugin.ts, which fills in PRECACHE).
 * It keeps the shell (index.html, the entry script and styles) so the app opens without a network;
 * the data the app shows offline is its own copy of the last lists (src/lib/offline-cache.ts).
 * The API (/graphql, /health, /exports) is never cached. */
const PRECACHE = self.__PRECACHE__;
const CACHE = `jalin-shell-${self.__VERSION__}`;
const API = /^\/(graphql|health|exports)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['/', ...PRECACHE])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('jalin-shell-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || API.test(url.pathname)) return;
  if (request.mode === 'navigate') {
    // Every app path is index.html: the network's when there is one, the kept one offline.
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE })));
    return;
  }
  // Built files never change under their hashed names: the kept copy first; lazy chunks are kept once seen.
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((kept) => kept ?? fetch(request).then((response) => {
      if (response.ok && url.pathname.startsWith('/assets/')) {
        const copy = response.clone();
        void caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })),
  );
});
