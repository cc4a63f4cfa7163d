// Hearth's service worker, for the browser build only (Electron loads the app from its own files).
// It keeps the app's own code so that Hearth opens with no connection and staff can unlock it and
// read the records saved on the device (issue 3). It never keeps anyone's data: the API, /health and
// anything not on the app's own origin go straight to the network and are never put in a cache
// (guidance 003: what a device keeps about a child is encrypted, and the record cache does that).
//
// Plain JavaScript in public/ because it must be served as one file at the app's root, outside
// the bundle; it has no imports and nothing to type-check beyond what is below.

const CACHE = 'hearth-app-v1';
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('./', SCOPE).href;
/**
 * What the app is made of, as Vite lays out a build: hashed files in assets/, and the icon. Nothing
 * else on the origin is answered from here (not even other scripts), so the worker cannot stand in
 * for something it was never meant to keep.
 */
const APP_FILE = /^(?:assets\/[\w.-]+\.(?:js|css|svg|png|woff2?)|favicon\.svg)$/;
/**
 * The gateway answers with `Vary: Origin` (CORS), and a module script is requested with an Origin
 * header the worker's own fetch did not send: the app's files are the same either way.
 */
const MATCH = { ignoreVary: true };

/** The path inside the app (relative to the worker's scope), or null for anything outside it. */
function appPath(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  return url.pathname.slice(SCOPE.pathname.length);
}

const isAppFile = (url) => APP_FILE.test(appPath(url) ?? '');

/** Files a page, script or style sheet refers to: `src="./…"`, `import("./…")`, `url(…)`, worker URLs. */
function referencedFiles(text, base) {
  const patterns = [
    /(?:src|href)="([^"]+)"/g,
    /["'`](\.{1,2}\/[\w./-]+)["'`]/g,
    // A bare file name beside the referring file, as the bundler writes a worker's URL:
    // new URL(`outbox-queue.worker-….js`, import.meta.url).
    /["'`]([\w.-]+\.(?:js|css|svg|png|woff2?))["'`]/g,
    /url\(\s*["']?([^"')]+)["']?\s*\)/g,
  ];
  const found = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      try {
        const url = new URL(match[1], base);
        if (isAppFile(url)) found.push(url.href);
      } catch {
        // not a URL: a string in a script that only looked like one
      }
    }
  }
  return found;
}

/**
 * Fetches the page and everything it refers to, however deep (lazy-loaded screens included), so a
 * screen never opened while connected still opens offline. Files of older builds are dropped.
 *
 * The page is replaced, and older files dropped, only once every file of the build has arrived. A
 * connection lost halfway (a home's poor line, or the laptop carried out of Wi-Fi) must neither drop
 * files the refresh could not fetch (the kept app would then miss screens or its encryption worker
 * offline) nor keep a new page whose files are missing: see keepPartly.
 */
async function keepCurrentBuild() {
  const fetched = new Map();
  const seen = new Set();
  const queue = [INDEX];
  while (queue.length > 0) {
    const href = queue.shift();
    if (seen.has(href)) continue;
    seen.add(href);
    let response;
    try {
      response = await fetch(href, { cache: 'no-cache' });
    } catch {
      return keepPartly(fetched); // no connection: keep what we had
    }
    // Not there: a string in a script that only looked like a file name.
    if (response.status === 404 && href !== INDEX) continue;
    if (!response.ok) return keepPartly(fetched); // the gateway is failing: keep what we had
    fetched.set(href, response);
    if (/html|javascript|css/.test(response.headers.get('content-type') ?? '')) {
      queue.push(...referencedFiles(await response.clone().text(), href));
    }
  }
  const cache = await caches.open(CACHE);
  // The page last, so a start never finds a page whose files are not kept yet.
  for (const [href, response] of fetched) if (href !== INDEX) await cache.put(href, response);
  await cache.put(INDEX, fetched.get(INDEX));
  for (const request of await cache.keys()) {
    if (!fetched.has(request.url)) await cache.delete(request);
  }
}

/**
 * A refresh cut short changes nothing already kept: it only adds the files it got (built files
 * have a hash in their names, so they never replace another build's). Only on the first install,
 * with nothing kept yet, does the page go in too: part of the app beats none with no connection.
 */
async function keepPartly(fetched) {
  const cache = await caches.open(CACHE);
  const first = (await cache.match(INDEX, MATCH)) === undefined;
  for (const [href, response] of fetched) if (href !== INDEX || first) await cache.put(href, response);
}

/** The page: the network's copy when there is one (a new build shows at once), else the kept one. */
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    return (await caches.match(INDEX, MATCH)) ?? response;
  } catch {
    return (await caches.match(INDEX, MATCH)) ?? Response.error();
  }
}

/** Built files never change under one name (Vite puts a hash in it): the kept copy is the file. */
async function appFile(request) {
  const kept = await caches.match(request, MATCH);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepCurrentBuild().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const path = appPath(url);
  // The API, /health and other origins: the network only, never cached.
  if (path === null || path.startsWith('api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    // Each connected start refreshes the kept build, so an update is ready for the next offline start.
    event.waitUntil(keepCurrentBuild());
    return;
  }
  if (isAppFile(url)) event.respondWith(appFile(request));
});
