/**
 * Warms the browser's date formatting off the main thread.
 *
 * The first Intl.DateTimeFormat a page builds loads the locale's ICU data, which costs
 * 40–90 ms on this project's bench machine, and the first render needs one (the step card
 * and the slider show dates). ICU keeps that data per process, not per thread: a formatter
 * built first on a worker leaves the main thread's first one at ~0.3 ms (measured in
 * Chromium), and the locale barely matters (a Korean one after an English one: ~1 ms). So
 * the built page runs this in a tiny async script of its own (scripts/warm-intl-plugin.ts)
 * that starts a throwaway worker while the main bundle downloads: from the main bundle it
 * started too late to finish before the first render. Purely an optimisation: anything
 * that stops the worker (no Worker, a stricter CSP in a host's copy) leaves the dates to
 * be formatted as before.
 *
 * Self-contained on purpose (no imports, only its arguments and globals): the plugin
 * compiles this file on its own into that script.
 */
export function warmDateFormats(locale: string, scope: WarmScope = globalThis): void {
  const { Worker: WorkerCtor, Blob: BlobCtor, URL: urls } = scope;
  if (typeof WorkerCtor !== 'function' || typeof BlobCtor !== 'function' || typeof urls?.createObjectURL !== 'function') return;
  let url = '';
  try {
    const options = "{ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }";
    const source = `new Intl.DateTimeFormat(${JSON.stringify(locale)}, ${options}).format(0); postMessage(0);`;
    url = urls.createObjectURL(new BlobCtor([source], { type: 'text/javascript' }));
    const worker = new WorkerCtor(url);
    const done = () => {
      worker.terminate();
      urls.revokeObjectURL(url);
    };
    worker.onmessage = done;
    worker.onerror = (event) => {
      event.preventDefault();
      done();
    };
  } catch {
    if (url) urls.revokeObjectURL(url);
  }
}

/** What the warm-up uses of the page's globals (tests pass their own). */
export interface WarmScope {
  Worker?: typeof Worker;
  Blob?: typeof Blob;
  URL?: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}
