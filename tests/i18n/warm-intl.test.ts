import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { warmDateFormats, type WarmScope } from '../../src/i18n/warm-intl';
import { formatDate } from '../../src/i18n';
import { WARM_LOCALE, warmScriptSource } from '../../scripts/warm-intl-plugin';

/** A fake page: records the workers it starts and the blob URLs it hands out and takes back. */
function fakeScope(opts: { throwOnWorker?: boolean } = {}) {
  const log = { blobs: [] as string[], created: [] as string[], revoked: [] as string[], workers: [] as FakeWorker[] };
  class FakeWorker {
    onmessage: (() => void) | null = null;
    onerror: ((e: { preventDefault(): void }) => void) | null = null;
    terminated = false;
    constructor(readonly url: string) {
      if (opts.throwOnWorker) throw new Error('blocked by CSP');
      log.workers.push(this);
    }
    terminate() {
      this.terminated = true;
    }
  }
  class FakeBlob {
    readonly text: string;
    constructor(parts: string[]) {
      this.text = parts.join('');
      log.blobs.push(this.text);
    }
  }
  let n = 0;
  const scope = {
    Worker: FakeWorker,
    Blob: FakeBlob,
    URL: {
      createObjectURL: () => {
        const url = `blob:test/${++n}`;
        log.created.push(url);
        return url;
      },
      revokeObjectURL: (url: string) => void log.revoked.push(url),
    },
  } as unknown as WarmScope;
  return { scope, log };
}

describe('date-format warm-up', () => {
  it('starts one worker whose code builds a formatter for the locale, and cleans up when it answers', () => {
    const { scope, log } = fakeScope();
    warmDateFormats('ko-KR', scope);
    expect(log.workers).toHaveLength(1);
    // The worker's code, run as a worker would: it builds the formatter and then answers.
    const built: unknown[][] = [];
    const posted: unknown[] = [];
    class SpyFormat {
      constructor(...args: unknown[]) {
        built.push(args);
      }
      format() {
        return '';
      }
    }
    runInNewContext(log.blobs[0]!, { Intl: { DateTimeFormat: SpyFormat }, postMessage: (m: unknown) => posted.push(m) });
    expect(built).toEqual([['ko-KR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }]]);
    expect(posted).toHaveLength(1);
    const worker = log.workers[0]!;
    expect(worker.terminated).toBe(false);
    worker.onmessage?.();
    expect(worker.terminated).toBe(true);
    expect(log.revoked).toEqual(log.created);
  });

  it('cleans up on a worker error without letting it reach the console', () => {
    const { scope, log } = fakeScope();
    warmDateFormats('en-GB', scope);
    let prevented = false;
    log.workers[0]!.onerror?.({ preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
    expect(log.workers[0]!.terminated).toBe(true);
    expect(log.revoked).toEqual(log.created);
  });

  it('does nothing, and never throws, where workers are missing or refused', () => {
    expect(() => warmDateFormats('en-GB', {})).not.toThrow();
    const { scope, log } = fakeScope({ throwOnWorker: true });
    expect(() => warmDateFormats('en-GB', scope)).not.toThrow();
    expect(log.revoked).toEqual(log.created);
  });

  it('the page script is the module compiled on its own, calling it once with the warm locale', async () => {
    const src = await warmScriptSource(process.cwd());
    expect(src).not.toMatch(/^\s*(import|export)\s/m);
    const { scope, log } = fakeScope();
    runInNewContext(src, { globalThis: scope, ...scope });
    expect(log.workers).toHaveLength(1);
    expect(log.blobs[0]).toContain(JSON.stringify(WARM_LOCALE));
  });
});

describe('formatDate', () => {
  it('formats each date for its language, the same on a second call', () => {
    expect(formatDate('2023-09-05', 'en')).toBe('5 Sept 2023');
    expect(formatDate('2023-09-05', 'en')).toBe('5 Sept 2023');
    expect(formatDate('2023-10-01', 'en')).toBe('1 Oct 2023');
    expect(formatDate('2023-09-05', 'ko')).toBe('2023년 9월 5일');
    expect(formatDate('2023-09-01', 'en', { month: 'short', year: 'numeric' })).toBe('Sept 2023');
  });

  it('builds one formatter per language and options, not one per date', () => {
    const Real = Intl.DateTimeFormat;
    let built = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built += 1;
      }
    }
    Intl.DateTimeFormat = Counting as typeof Real;
    try {
      const opts: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', day: '2-digit' };
      const dates = ['2023-08-01', '2023-09-02', '2023-10-03', '2023-11-04'];
      const texts = dates.map((d) => formatDate(d, 'ru', opts));
      expect(new Set(texts).size).toBe(dates.length);
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
