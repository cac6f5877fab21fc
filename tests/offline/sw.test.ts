import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, serviceWorkerMain, type ExtendableEventLike, type FetchEventLike, type SwScope } from '../../src/offline/sw';

const ORIGIN = 'https://example.org';
const SCOPE = `${ORIGIN}/map/`;

/** In-memory CacheStorage, keyed by URL without the query unless asked. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const cache = (name: string) => {
    let m = stores.get(name);
    if (!m) stores.set(name, (m = new Map()));
    const store = m;
    const key = (r: Request | string) => (typeof r === 'string' ? r : r.url);
    return {
      async addAll(urls: string[]) {
        for (const u of urls) store.set(u, new Response(`cached ${u}`, { status: 200 }));
      },
      async put(r: Request | string, res: Response) {
        store.set(key(r), res);
      },
      async match(r: Request | string, opts?: { ignoreSearch?: boolean }) {
        const k = key(r);
        if (store.has(k)) return store.get(k)!.clone();
        if (opts?.ignoreSearch) {
          const bare = k.split('?')[0]!;
          for (const [u, res] of store) if (u.split('?')[0] === bare) return res.clone();
        }
        return undefined;
      },
    };
  };
  const api = {
    stores,
    async open(name: string) {
      return cache(name);
    },
    async keys() {
      return [...stores.keys()];
    },
    async delete(name: string) {
      return stores.delete(name);
    },
  };
  return api;
}

function setup(network: (req: Request) => Promise<Response>) {
  const handlers: Record<string, (ev: never) => void> = {};
  const caches = fakeCaches();
  let claimed = 0;
  const sw = {
    registration: { scope: SCOPE },
    location: { href: `${SCOPE}sw.js` },
    caches: caches as unknown as CacheStorage,
    clients: {
      async claim() {
        claimed += 1;
      },
    },
    addEventListener(type: string, cb: (ev: never) => void) {
      handlers[type] = cb;
    },
    fetch: (r: Request | string) => network(typeof r === 'string' ? new Request(r) : r),
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
  } as unknown as SwScope;
  serviceWorkerMain(sw, 'v2', ['./', 'assets/index-1.js']);
  const lifecycle = async (type: 'install' | 'activate') => {
    let p: Promise<unknown> = Promise.resolve();
    (handlers[type] as (ev: ExtendableEventLike) => void)({ waitUntil: (x) => (p = x) });
    await p;
  };
  const fetchEvent = (url: string, init: RequestInit & { mode?: RequestMode } = {}) => {
    let response: Promise<Response> | null = null;
    const request = new Request(url, { method: init.method ?? 'GET' });
    if (init.mode) Object.defineProperty(request, 'mode', { value: init.mode });
    (handlers.fetch as (ev: FetchEventLike) => void)({ request, respondWith: (r) => (response = r), waitUntil: () => undefined });
    return response as Promise<Response> | null;
  };
  return { caches, lifecycle, fetchEvent, claimed: () => claimed };
}

const offline = () => Promise.reject(new TypeError('Failed to fetch'));

describe('offline service worker', () => {
  it('precaches the build list into a cache named by the version', async () => {
    const { caches, lifecycle } = setup(offline);
    await lifecycle('install');
    expect([...caches.stores.keys()]).toEqual([`${CACHE_PREFIX}v2`]);
    expect([...caches.stores.get(`${CACHE_PREFIX}v2`)!.keys()]).toEqual([SCOPE, `${SCOPE}assets/index-1.js`]);
  });

  it('deletes its own old caches on activation and leaves other caches alone', async () => {
    const { caches, lifecycle, claimed } = setup(offline);
    await caches.open(`${CACHE_PREFIX}v1`);
    await caches.open('host-page-cache');
    await lifecycle('install');
    await lifecycle('activate');
    expect([...caches.stores.keys()].sort()).toEqual(['host-page-cache', `${CACHE_PREFIX}v2`]);
    expect(claimed()).toBe(1);
  });

  it('serves the cached page for any query when the network is off', async () => {
    const { lifecycle, fetchEvent } = setup(offline);
    await lifecycle('install');
    const res = await fetchEvent(`${SCOPE}?step=3&present=1`, { mode: 'navigate' });
    expect(await res?.text()).toBe(`cached ${SCOPE}`);
  });

  it('prefers the network for the page when it answers', async () => {
    const { lifecycle, fetchEvent } = setup(async () => new Response('fresh', { status: 200 }));
    await lifecycle('install');
    const res = await fetchEvent(`${SCOPE}?step=3`, { mode: 'navigate' });
    expect(await res?.text()).toBe('fresh');
  });

  it('serves assets from the cache first, and caches new ones from the network', async () => {
    let calls = 0;
    const { lifecycle, fetchEvent } = setup(async (req) => {
      calls += 1;
      return new Response(`net ${req.url}`, { status: 200 });
    });
    await lifecycle('install');
    expect(await (await fetchEvent(`${SCOPE}assets/index-1.js`))?.text()).toBe(`cached ${SCOPE}assets/index-1.js`);
    expect(calls).toBe(0);
    expect(await (await fetchEvent(`${SCOPE}assets/late.js`))?.text()).toBe(`net ${SCOPE}assets/late.js`);
    expect(calls).toBe(1);
  });

  it('leaves other origins, other paths and non-GET requests to the browser', async () => {
    const { lifecycle, fetchEvent } = setup(offline);
    await lifecycle('install');
    expect(fetchEvent('https://elsewhere.example/x.js')).toBeNull();
    expect(fetchEvent(`${ORIGIN}/other/app.js`)).toBeNull();
    expect(fetchEvent(`${SCOPE}api`, { method: 'POST' })).toBeNull();
  });

  it('never caches other pages or files a host keeps in the same folder', async () => {
    const { caches, lifecycle, fetchEvent } = setup(async (req) => new Response(`other ${req.url}`, { status: 200 }));
    await lifecycle('install');
    expect(fetchEvent(`${SCOPE}notes.html`, { mode: 'navigate' })).toBeNull();
    expect(fetchEvent(`${SCOPE}data/feed.json`)).toBeNull();
    // The app's page is still the cached one.
    const page = await (await caches.open(`${CACHE_PREFIX}v2`)).match(SCOPE);
    expect(await page?.text()).toBe(`cached ${SCOPE}`);
    // index.html is the app's page too.
    expect(fetchEvent(`${SCOPE}index.html?step=2`, { mode: 'navigate' })).not.toBeNull();
  });
});
