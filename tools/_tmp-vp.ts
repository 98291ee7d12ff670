import { chromium } from '@playwright/test';
const [url, out, w, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 400 }, colorScheme: (scheme ?? 'light') as 'light' });
await p.goto(url!, { waitUntil: 'networkidle' });
await p.waitForTimeout(800);
await p.screenshot({ path: out! });
console.log(await p.evaluate(() => [getComputedStyle(document.documentElement).colorScheme, getComputedStyle(document.documentElement).scrollbarGutter, document.documentElement.scrollHeight, innerHeight, document.documentElement.dataset.theme]));
await b.close();
