/**
 * The load guard: a classic script (no imports; compiled on its own by
 * scripts/build/load-guard-plugin.ts) that runs before the app. In a frame sandboxed without
 * `allow-same-origin`, on a host that sends no CORS headers, the browser refuses the app's
 * module scripts and styles (an opaque origin fetches them in CORS mode) and the page would
 * sit on unstyled "Loading map…". Classic scripts still load there: when the app's module
 * script fails, this shows a short notice in the reader's language with the step's text and
 * a link that opens the map in its own tab, styled through the CSSOM (no style sheet needed,
 * nothing the page's CSP blocks), and marks the page `data-map-state="error"`.
 */

export interface GuardTexts {
  /** Why, in a frame with no origin of its own (the host blocks the files). */
  message: string;
  /** Why, anywhere else (the files did not arrive: a bad network). */
  network: string;
  retry: string;
  open: string;
  /** Per step 0–10: its title and its one-line text (text/describe.ts stepValueText). */
  steps: { title: string; text: string }[];
}

export interface GuardConfig {
  langs: readonly string[];
  /** Query flags that only make sense in a frame (env/page-url.ts FRAME_ONLY). */
  frameOnly: readonly string[];
  total: number;
  /** Each language's texts script, relative to the page. */
  textFiles: Record<string, string>;
  /** Used until (or if) the texts script arrives. */
  fallback: { message: string; network: string; retry: string; open: string };
  /** From the light palette (look/palette.ts): the page's colours, without its style sheet. */
  colors: { bg: string; fg: string; muted: string; accent: string; link: string };
}

type GuardWindow = Window & { __shellRouteGuardTexts?: (texts: GuardTexts) => void };

/** The reader's language: ?lang=, else the first browser language we have, else English. */
export function guardLang(search: string, preferred: readonly string[], langs: readonly string[]): string {
  const asked = new URLSearchParams(search).get('lang');
  if (asked && langs.includes(asked)) return asked;
  for (const tag of preferred) {
    const primary = String(tag).trim().split(/[-_]/)[0]?.toLowerCase();
    if (primary && langs.includes(primary)) return primary;
  }
  return 'en';
}

/** ?step= as 0–total (anything else: the overview). */
export function guardStep(search: string, total: number): number {
  const raw = new URLSearchParams(search).get('step') ?? '';
  const n = /^\d{1,2}$/.test(raw) ? Number(raw) : 0;
  return n <= total ? n : 0;
}

/** The map's own page for this step, without the frame-only flags. */
export function guardOpenUrl(href: string, step: number, frameOnly: readonly string[]): string {
  const u = new URL(href);
  for (const key of frameOnly) u.searchParams.delete(key);
  if (step > 0) u.searchParams.set('step', String(step));
  else u.searchParams.delete('step');
  u.hash = '';
  return u.href;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, style: Partial<CSSStyleDeclaration>, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  Object.assign(e.style, style);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Replaces the page with the notice. */
export function showNotice(win: Window, cfg: GuardConfig, lang: string, texts: GuardTexts | null): void {
  const doc = win.document;
  const step = guardStep(win.location.search, cfg.total);
  const root = doc.getElementById('root') ?? doc.body;
  const c = cfg.colors;
  Object.assign(doc.body.style, { margin: '0', background: c.bg, color: c.fg, font: '16px/1.45 system-ui, sans-serif' });
  const box = el(doc, 'div', { boxSizing: 'border-box', maxWidth: '40rem', margin: '0 auto', padding: '1rem 1.1rem', borderLeft: `4px solid ${c.accent}` });
  box.className = 'load-notice';
  box.setAttribute('role', 'alert');
  const s = texts?.steps[step];
  if (s) {
    box.append(el(doc, 'h1', { fontSize: '1.15rem', lineHeight: '1.3', margin: '0 0 0.3rem' }, s.title));
    box.append(el(doc, 'p', { margin: '0 0 0.6rem' }, s.text));
  }
  const words = texts ?? cfg.fallback;
  // An opaque origin (a frame sandboxed without allow-same-origin) is refused by the host's
  // server; anywhere else the files did not arrive, and trying again may work.
  const opaque = win.origin === 'null';
  box.append(el(doc, 'p', { margin: '0 0 0.8rem', color: c.muted }, opaque ? words.message : words.network));
  const action = { display: 'inline-block', margin: '0 0.6rem 0.4rem 0', padding: '0.45rem 0.9rem', border: `2px solid ${c.link}`, borderRadius: '4px', color: c.link, background: 'transparent', font: 'inherit', fontWeight: '600', textDecoration: 'none', cursor: 'pointer' };
  if (!opaque) {
    const retry = el(doc, 'button', action, words.retry);
    retry.type = 'button';
    retry.addEventListener('click', () => win.location.reload());
    box.append(retry);
  }
  if (opaque || win.parent !== win) {
    const a = el(doc, 'a', action, words.open);
    a.href = guardOpenUrl(win.location.href, step, cfg.frameOnly);
    a.target = '_blank';
    a.rel = 'noopener';
    box.append(a);
  }
  root.replaceChildren(box);
  doc.documentElement.lang = lang;
}

/** Watches for the app's module script failing; see the module comment. */
export function guardLoad(win: GuardWindow, cfg: GuardConfig): void {
  const doc = win.document;
  let failed = false;
  win.addEventListener(
    'error',
    (e) => {
      const target = e.target as Element | null;
      if (failed || !target || target.tagName !== 'SCRIPT' || (target as HTMLScriptElement).type !== 'module') return;
      // Once the app runs it owns the page (a late failure is its own to report).
      if (doc.documentElement.dataset.mapState !== 'loading') return;
      failed = true;
      doc.documentElement.dataset.mapState = 'error';
      const lang = guardLang(win.location.search, [...(win.navigator.languages ?? [])], cfg.langs);
      showNotice(win, cfg, lang, null);
      // The step's text in the reader's language: a classic script, which loads where modules cannot.
      const file = cfg.textFiles[lang];
      if (!file) return;
      win.__shellRouteGuardTexts = (texts) => showNotice(win, cfg, lang, texts);
      const script = doc.createElement('script');
      script.src = file;
      doc.head.append(script);
    },
    true,
  );
}
