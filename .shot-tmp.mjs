import { chromium } from '@playwright/test';
const [,, query, w, h, out, extra] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--enable-unsafe-swiftshader','--use-angle=swiftshader','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, reducedMotion: 'reduce' });
const page = await ctx.newPage();
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4304/' + query);
await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, { timeout: 90000 });
if (extra) for (const k of extra.split(',')) { await page.keyboard.press(k); await page.waitForTimeout(300); }
await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, { timeout: 90000 });
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
