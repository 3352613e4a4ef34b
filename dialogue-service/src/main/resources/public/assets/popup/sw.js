/* Hörd pop-up service worker: keeps the page shell so the pop-up page opens with no network.
 * It never touches the API: captures are queued by the page in IndexedDB and sent by the page,
 * so nothing here can lose or repeat one. Bump VERSION when the shell files change. */
const VERSION = 'hord-popup-shell-v2';
const PAGES = 'hord-popup-pages';
const SHELL = [
  '/assets/hord.css',
  '/assets/popup/popup.css',
  '/assets/popup/popup.js',
  '/assets/popup/icon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith('hord-popup-shell-') && name !== VERSION)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && /^\/popup\/\d+$/.test(url.pathname)) {
    event.respondWith(page(request, event));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

/* The page from the cache at once (a festival network is often "connected" but dead), refreshed
 * in the background for the next visit; from the network when it was never kept. */
async function page(request, event) {
  const cache = await caches.open(PAGES);
  const kept = await cache.match(request, { ignoreSearch: true });
  const fresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (kept) {
    event.waitUntil(fresh.catch(() => undefined));
    return kept;
  }
  return fresh;
}
