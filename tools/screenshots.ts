/**
 * Screenshots of built pages at a laptop and a phone width, in light and dark, for looking at
 * what a reader sees: `npm run build && npm run shots -- /chapters/introduction/ /`.
 * Needs `astro preview` running (`npm run preview`), or set SHOTS_URL. Writes to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
import { renderSkippedContent } from '../tests/e2e/pages.ts';

const base = process.env['SHOTS_URL'] ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const full = process.argv.includes('--full');
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const path of paths.length ? paths : ['/']) {
  for (const [label, width, height] of [
    ['1280', 1280, 900],
    ['360', 360, 740],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width, height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') console.log(`  console error on ${path}: ${m.text()}`);
      });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `screenshots/${path.replace(/\W+/g, '_') || 'home'}-${label}-${scheme}.png`;
      if (full) await page.evaluate(renderSkippedContent);
      await page.screenshot({ path: name, fullPage: full });
      console.log(name);
      await context.close();
    }
  }
}
await browser.close();
