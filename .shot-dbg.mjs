import { chromium } from '@playwright/test';
const [,, query, w, h, out] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--enable-unsafe-swiftshader','--use-angle=swiftshader','--disable-background-networking','--no-first-run','--disable-quic'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, reducedMotion: 'reduce' });
const page = await ctx.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4304/' + query);
for (let i = 0; i < 10; i++) { await page.waitForTimeout(1500); console.log(await page.evaluate(() => document.documentElement.dataset.mapState + ' ' + document.documentElement.dataset.step)); }
await page.screenshot({ path: out });
await browser.close();
