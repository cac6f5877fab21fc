/**
 * The share entries the build writes (scripts/build/share-entries.tsx): a page per step and
 * language with its own title, description, canonical URL, Open Graph and Twitter tags and
 * oEmbed discovery; a 1200×630 card; an oEmbed file with the fields the spec requires. Read
 * from the built site, then one entry opened in the browser lands on its step.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE, expect, test, waitReady } from './fixtures';
import { realData } from '../fixtures/data';
import enJson from '../../src/i18n/en.json' with { type: 'json' };

const DIST = path.resolve(process.env.PW_DIST ?? 'dist');
const LANGS = ['en', 'ko', 'uk', 'ru'] as const;
const dirOf = (lang: string, step: number) => `${lang === 'en' ? '' : `${lang}/`}step/${step}/`;

/** The content of `<meta property|name="key" content="…">` in an HTML string. */
function meta(html: string, key: string): string | null {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m ? m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : null;
}

test.describe('share entries', () => {
  test('every step in every language has a page whose tags, card and oEmbed match its step', CORE, () => {
    const data = realData();
    for (const lang of LANGS) {
      for (let step = 0; step <= 10; step += 1) {
        const dir = dirOf(lang, step);
        const where = `${dir}index.html`;
        const html = readFileSync(path.join(DIST, dir, 'index.html'), 'utf8');
        const tr = data.transfers.transfers.find((x) => x.step === step);
        const title = meta(html, 'og:title');
        if (tr) expect(title, where).toBe(`${tr.title[lang]} · Shell Route`);
        else expect(title, where).toMatch(/ · Shell Route$/);
        expect(html, where).toContain(`<html lang="${lang}">`);
        expect(html, where).toMatch(/<title>[^<]+<\/title>/);
        for (const key of ['og:description', 'og:url', 'og:image', 'og:type', 'twitter:card', 'twitter:title', 'twitter:image', 'description'])
          expect(meta(html, key), `${where} ${key}`).toBeTruthy();
        expect(meta(html, 'twitter:card')).toBe('summary_large_image');
        if (tr) expect(meta(html, 'og:description'), where).toContain(tr.window.label[lang]);
        expect(html, where).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${dir.replace(/\//g, '\\/')}">`));
        expect(html, where).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]*oembed\.json"/);
        expect(meta(html, 'og:image'), where).toMatch(new RegExp(`${dir}card\\.png$`));
        // The card: a PNG of 1200 × 630.
        const png = readFileSync(path.join(DIST, dir, 'card.png'));
        expect(png.subarray(1, 4).toString('latin1'), `${dir}card.png`).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${dir}card.png size`).toEqual([1200, 630]);
        // oEmbed: version and type; a rich type's html, width and height; thumbnail fields together.
        const o = JSON.parse(readFileSync(path.join(DIST, dir, 'oembed.json'), 'utf8')) as Record<string, unknown>;
        expect(o.version, where).toBe('1.0');
        expect(o.type).toBe('rich');
        expect(typeof o.html === 'string' && o.html.startsWith('<iframe ')).toBe(true);
        expect(String(o.html)).toContain(step > 0 ? `step=${step}` : 'embed=1');
        if (lang !== 'en') expect(String(o.html)).toContain(`lang=${lang}`);
        expect(Number.isInteger(o.width) && Number.isInteger(o.height)).toBe(true);
        expect(o.title).toBe(title);
        expect(String(o.thumbnail_url)).toMatch(/card\.png$/);
        expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
      }
    }
    expect(existsSync(path.join(DIST, 'step/11'))).toBe(false);
    // The overview's description is the map's own dek.
    expect(meta(readFileSync(path.join(DIST, 'step/0/index.html'), 'utf8'), 'description')).toBe(enJson.dek);
  });

  test('an entry opened in the browser goes on to the map at its step and language', async ({ page }) => {
    await page.goto('ko/step/4/');
    await page.waitForURL(/\?step=4&lang=ko$/);
    await waitReady(page, 4);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
  });
});
