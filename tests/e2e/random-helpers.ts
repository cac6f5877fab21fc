/** Shared bits of the trust specs (trust-*.spec.ts): a seeded generator and page probes. */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect } from './fixtures';

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed from TRUST_SEED (to replay a failure), else the given default. */
export function seedFrom(fallback: number): number {
  const raw = process.env.TRUST_SEED;
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) ? n : fallback;
}

export const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
export const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/**
 * An init script (every page and frame of the context) that records CSP violations and
 * whether an injected payload ran: payloads set window.__pwned, alert/confirm/prompt are
 * counted (the dialog event is watched too), and the prototype pollution probe is read
 * from Object.prototype.
 */
export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __dialogs: number };
    w.__csp = [];
    w.__dialogs = 0;
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** What the probes saw in a page or frame. */
export interface ProbeReport {
  csp: string[];
  pwned: unknown;
  polluted: string[];
}

export function readProbes(target: Page | Frame): Promise<ProbeReport> {
  return target.evaluate(() => {
    const w = window as unknown as { __csp?: string[]; __pwned?: unknown };
    const proto = Object.prototype as Record<string, unknown>;
    const polluted = ['polluted', 'pwned', 'step', 'lang', 'theme', 'embed', 'present', 'type', 'x', 'isAdmin'].filter(
      (k) => Object.prototype.hasOwnProperty.call(proto, k) || Object.prototype.hasOwnProperty.call(Array.prototype, k),
    );
    // A fresh object must have no enumerable keys at all.
    const fresh: Record<string, unknown> = {};
    for (const k in fresh) polluted.push(k);
    return { csp: (w.__csp ?? []).slice(), pwned: w.__pwned, polluted };
  });
}

/** The state the DOM shows: <html data-*>, lang and the slider. */
export interface DomState {
  step: string | undefined;
  mapState: string | undefined;
  theme: string | undefined;
  lang: string;
  slider: string | null;
  sliderValue: string | null;
}

export function domState(target: Page | Frame): Promise<DomState> {
  return target.evaluate(() => {
    const d = document.documentElement.dataset;
    const slider = document.querySelector<HTMLInputElement>('input.slider');
    return {
      step: d.step,
      mapState: d.mapState,
      theme: d.theme,
      lang: document.documentElement.lang,
      slider: slider ? slider.getAttribute('aria-valuenow') ?? slider.value : null,
      sliderValue: slider ? slider.value : null,
    };
  });
}

/** True when `s` is a step string: an integer 0..10 written plainly. */
export function isStepString(s: string | undefined | null): boolean {
  return typeof s === 'string' && /^(?:[0-9]|10)$/.test(s);
}

export interface Stored {
  cookie: string;
  local: number;
  session: number;
  idb: string[];
  caches: string[];
}

/** What this document keeps about the reader. */
export function stored(target: Page | Frame): Promise<Stored> {
  return target.evaluate(async () => {
    const safe = <T,>(f: () => T, d: T): T => {
      try {
        return f();
      } catch {
        return d;
      }
    };
    const idb = await safe(
      () => indexedDB.databases().then((l) => l.map((d) => d.name ?? '?')),
      Promise.resolve<string[]>([]),
    ).catch(() => []);
    const cacheKeys = await safe(() => caches.keys(), Promise.resolve<string[]>([])).catch(() => []);
    return {
      cookie: safe(() => document.cookie, ''),
      local: safe(() => localStorage.length, 0),
      session: safe(() => sessionStorage.length, 0),
      idb,
      caches: cacheKeys,
    };
  });
}

export async function expectNothingStored(context: BrowserContext, targets: (Page | Frame)[], where: string): Promise<void> {
  expect(await context.cookies(), `${where}: no cookies in the browser context`).toEqual([]);
  for (const t of targets) {
    const s = await stored(t);
    expect(s.cookie, `${where}: document.cookie`).toBe('');
    expect(s.local, `${where}: localStorage is empty`).toBe(0);
    expect(s.session, `${where}: sessionStorage is empty`).toBe(0);
    expect(s.idb, `${where}: no IndexedDB database`).toEqual([]);
    for (const c of s.caches) expect(c, `${where}: only the offline worker's own cache`).toMatch(/^shell-route-/);
  }
}

export async function expectNoViolations(targets: (Page | Frame)[], where: string): Promise<void> {
  for (const t of targets) {
    const p = await readProbes(t);
    expect(p.csp, `${where}: CSP violations in ${t.url()}`).toEqual([]);
  }
}
