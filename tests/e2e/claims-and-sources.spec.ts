/**
 * Trust 2, as a fact-checker reads the page: the steps are steps of the record, not "the ten
 * transfers"; a line is described as certain as its step claims; where sources differ, both
 * sides are on screen with a mark that is words, not colour; every link to a site that is not
 * the publisher's says it is a copy; the data behind the map can be downloaded.
 */
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import { test, expect, CORE } from './fixtures';
import { openReady } from './classroom-helpers';

/** The list's button in each language (src/i18n/*.json list.button). */
const LIST = {"en": "List of steps", "ko": "단계 목록", "uk": "Список кроків", "ru": "Список шагов"} as const;

const SOURCES_KO = "출처와 방법";

const TEN_TRANSFERS = /ten transfers|transfer \d+ of 10|열 차례의? 이송|이송 \d+\/10|десять передач|передача \d+ (з|из) 10/i;

test.describe('claims as a fact-checker reads them', () => {
  for (const lang of ['en', 'ko', 'uk', 'ru'] as const) {
    test(`no text says "the ten transfers" (${lang}): card, list, sources`, async ({ page }) => {
      for (const step of [0, 3, 9]) {
        await openReady(page, `?lang=${lang}&step=${step}`);
        expect(await page.locator('body').innerText()).not.toMatch(TEN_TRANSFERS);
      }
      await page.getByRole('button', { name: LIST[lang] }).click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      expect(await page.locator('dialog[open]').innerText()).not.toMatch(TEN_TRANSFERS);
    });
  }

  test('the card says which kind of record a step is, and "Step n of 10"', async ({ page }) => {
    await openReady(page, '?step=3');
    await expect(page.locator('#step-card .eyebrow')).toHaveText(/^Step 3 of 10 · Official photograph$/i);
  });

  test("step 9's map description says its sea leg and the rail are inferred", async ({ page }) => {
    await openReady(page, '?step=9');
    const summary = page.locator('#map-summary');
    await expect(summary).toContainText(/Najin \(Rajin\) to Vostochny[^;]*; certainty: inferred/);
    await expect(summary).not.toContainText('certainty: reported');
  });

  test('where sources differ, the card shows both sides, each with a source link, under a worded mark', CORE, async ({ page }) => {
    await openReady(page, '?step=4');
    const item = page.locator('#step-card [data-disagreement="depot-distance"]');
    await expect(item).toBeVisible();
    await expect(item).toContainText('Sources differ:');
    await expect(item.locator('.differ-sides li')).toHaveCount(2);
    await expect(item.locator('.differ-sides li').nth(0)).toContainText('290 km');
    await expect(item.locator('.differ-sides li').nth(1)).toContainText('200 km');
    // Each side cites: the NYT side has no link (content-farm copies only) but still names its source.
    await expect(item.locator('.differ-sides li').nth(0).locator('a')).not.toHaveCount(0);
    await expect(item.locator('.differ-sides li').nth(1)).toContainText('New York Times');
  });

  test('every link to a site that is not the publisher\'s own says it is a copy and where', async ({ page }) => {
    await openReady(page, '');
    await page.getByRole('button', { name: 'Sources & method' }).click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    const links = await dialog.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
    expect(links.length).toBeGreaterThan(20);
    const own = (sourcesJson.sources as { publisherSites: string[] }[]).flatMap((s) => s.publisherSites);
    const onOwnSite = (href: string) => {
      const host = new URL(href).hostname.replace(/^www\./, '');
      return own.some((site) => host === site || host.endsWith(`.${site}`));
    };
    // A link whose host is no publisher's own site at all must be labelled as a copy.
    const unlabelled = links.filter((l) => !onOwnSite(l.href) && !/copy on /i.test(l.text));
    expect(unlabelled).toEqual([]);
    expect(links.some((l) => /fastseoul|glutenfreenews|newsrebeat/.test(l.href))).toBe(false);
  });

  test('Sources & method links the data behind the map, and each file downloads', CORE, async ({ page }) => {
    await openReady(page, '?lang=ko');
    await page.getByRole('button', { name: SOURCES_KO }).click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    const hrefs = await dialog.locator('a[href^="data/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((h) => h.endsWith('steps.ko.csv'))).toBe(true);
    for (const name of ['route.geojson', 'sources.csv', 'README.md']) expect(hrefs.some((h) => h.endsWith(name)), name).toBe(true);
    for (const href of hrefs) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      expect((await res.body()).length, href).toBeGreaterThan(100);
    }    // Cite this map: plain text and BibTeX, in the reader's language, with the data version and the address.
    const cite = dialog.locator('section.cite');
    await expect(cite.getByRole('heading', { name: '이 지도 인용하기' })).toBeVisible();
    const [plain, bib] = await cite.locator('textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    const version = (await dialog.locator('.data-version').textContent())?.match(/\d{4}-\d{2}-\d{2}|\d{4}\D+\d{1,2}\D+\d{1,2}/)?.[0];
    expect(version, 'the dialog shows a data version').toBeTruthy();
    const base = new URL('./', page.url()).href;
    expect(plain).toContain('포탄 수송로');
    expect(plain).toMatch(/데이터 버전 \d{4}-\d{2}-\d{2}/);
    expect(plain).toContain(base);
    expect(bib).toMatch(/^@misc\{shellroute\d{4},/);
    for (const field of ['author', 'title', 'year', 'version', 'url', 'urldate']) expect(bib, field).toMatch(new RegExp(`\n  ${field} = \\{`));
    await cite.getByRole('button').first().click();
    await expect(cite.getByRole('status').first()).not.toBeEmpty();
  });
});
