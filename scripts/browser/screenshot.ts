/**
 * Takes screenshots of the built site for people to look at:
 *   npx tsx scripts/browser/screenshot.ts [url-path] [width]x[height] [out.png] [--wait-ready]
 * Needs `npm run preview` (or start) running on 127.0.0.1:4173.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const [path = '', size = '1280x800', out = 'screenshot.png'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number) as [number, number];
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(`http://127.0.0.1:4173/${path}`);
await page.waitForFunction(() => ['ready', 'error', 'fallback'].includes(document.documentElement.dataset.mapState ?? ''), null, { timeout: 60_000 });
console.log('state', await page.evaluate(() => document.documentElement.dataset.mapState));
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
