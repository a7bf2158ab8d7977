// Temporary (not committed): screenshots of the dev harness pages.
import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('PAGEERROR', String(e)));
page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
const base = 'http://127.0.0.1:8799/';
for (const [name, hash, full] of (process.argv.slice(2).length ? process.argv.slice(2).map((a) => a.split('|')) : [['search', '#/agreements', '1']]) as [string, string, string?][]) {
  await page.goto(base + hash);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/dev-${name}.png`, fullPage: full === '1' });
  console.log('shot', name);
}
await browser.close();
