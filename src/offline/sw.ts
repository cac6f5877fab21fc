/**
 * The offline service worker. The build (scripts/build/sw-plugin.ts) transpiles this file,
 * drops the `export` keywords and calls `serviceWorkerMain(self, VERSION, PRECACHE)`
 * with the build's version and the list of files the app uses. So this file must stay
 * self-contained: no imports, nothing but the function and its types.
 *
 * Strategy: the page (a navigation) is network-first with a short timeout, then the
 * cached page; everything else in scope is cache-first (assets are content-hashed),
 * filling the cache as it goes. Only our own caches (prefix below) are ever deleted.
 */

export const CACHE_PREFIX = 'shell-route-';

/** The parts of the service-worker global scope this worker uses (a fake implements them in tests). */
export interface SwScope {
  registration: { scope: string };
  location: { href: string };
  caches: CacheStorage;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', cb: (ev: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', cb: (ev: FetchEventLike) => void): void;
  fetch(request: Request | string): Promise<Response>;
  setTimeout(cb: () => void, ms: number): unknown;
}

export interface ExtendableEventLike {
  waitUntil(p: Promise<unknown>): void;
}

export interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(r: Promise<Response>): void;
}

/** How long a navigation waits for the network before the cached page is used, ms. */
export const NAV_TIMEOUT_MS = 3500;

/** Installs the worker's event handlers. */
export function serviceWorkerMain(sw: SwScope, version: string, precache: string[]): void {
  const cacheName = `${CACHE_PREFIX}${version}`;
  const scope = sw.registration.scope;
  const abs = (u: string) => new URL(u, sw.location.href).href;
  const pageUrl = abs('./');
  const precached = new Set(precache.map(abs));
  const scopePath = new URL(scope).pathname;
  const bare = (url: string) => url.split(/[?#]/)[0] ?? url;
  // Only the app's own page and its hashed assets are ours: other files that a host keeps
  // in the same folder (or a page linked from it) are left to the network, never cached.
  const isAppPage = (url: string) => {
    const b = bare(url);
    return b === pageUrl || b === `${pageUrl}index.html`;
  };
  const isAsset = (url: string) => precached.has(bare(url)) || new URL(url).pathname.startsWith(`${scopePath}assets/`);

  sw.addEventListener('install', (ev) => {
    // No skipWaiting: an open page keeps the files it was built with until it closes.
    ev.waitUntil(sw.caches.open(cacheName).then((c) => c.addAll(precache.map(abs))));
  });

  sw.addEventListener('activate', (ev) => {
    ev.waitUntil(
      sw.caches
        .keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== cacheName).map((k) => sw.caches.delete(k))))
        .then(() => sw.clients.claim()),
    );
  });

  const cached = (req: Request | string, ignoreSearch = false) =>
    // ignoreVary: a font fetched in CORS mode carries an Origin header the precache request did not.
    sw.caches.open(cacheName).then((c) => c.match(req, { ignoreSearch, ignoreVary: true }));

  const put = (req: Request, res: Response) => {
    if (!res.ok || res.type !== 'basic') return;
    const copy = res.clone();
    void sw.caches
      .open(cacheName)
      .then((c) => c.put(req, copy))
      .catch(() => undefined);
  };

  const page = (req: Request): Promise<Response> => {
    const network = sw.fetch(req).then((res) => {
      if (res.ok) put(new Request(pageUrl), res);
      return res;
    });
    const fallback = () =>
      cached(pageUrl).then((hit) => hit ?? cached(req, true)).then((hit) => hit ?? network);
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const useCache = () => {
        if (settled) return;
        settled = true;
        fallback().then(resolve, reject);
      };
      sw.setTimeout(useCache, NAV_TIMEOUT_MS);
      network.then(
        (res) => {
          if (settled) return;
          if (res.ok) {
            settled = true;
            resolve(res);
          } else useCache();
        },
        useCache,
      );
    });
  };

  const asset = (req: Request): Promise<Response> =>
    cached(req).then(
      (hit) =>
        hit ??
        sw.fetch(req).then((res) => {
          put(req, res);
          return res;
        }),
    );

  sw.addEventListener('fetch', (ev) => {
    const req = ev.request;
    if (req.method !== 'GET' || !req.url.startsWith(scope)) return;
    if (req.headers.has('range')) return;
    if (req.mode === 'navigate') {
      if (isAppPage(req.url)) ev.respondWith(page(req));
    } else if (isAsset(req.url)) ev.respondWith(asset(req));
  });
}
