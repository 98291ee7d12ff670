/**
 * `node tools/page-js.ts BASE_URL [page ...]`: which scripts each chapter page loads once a reader
 * has scrolled through it (every island hydrated), gzipped (-9), largest first, as the budgets test
 * in tests/e2e/quality.spec.ts weighs them. Serve a build first (`npm run preview`). The pages
 * default to every built chapter in both languages.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
import { chapterPages } from '../tests/e2e/pages.ts';

const [base = 'http://127.0.0.1:4321', ...requested] = process.argv.slice(2);
const pages = requested.length > 0 ? requested : chapterPages();
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const path of pages) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.set(response.url().replace(/^.*\//, ''), gzipSync(body, { level: 9 }).length);
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((done) => setTimeout(done, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  const list = [...scripts].sort((a, b) => b[1] - a[1]);
  console.log(
    `${path}\t${(total / 1024).toFixed(1)} KB\t${list.map(([name, size]) => `${name.replace(/\.[\w-]{8}\.js$/, '')} ${(size / 1024).toFixed(1)}`).join(', ')}`,
  );
  await page.close();
}
await browser.close();
