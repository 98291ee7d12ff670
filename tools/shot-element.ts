import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
import { renderSkippedContent } from '../tests/e2e/pages.ts';
const [url, sel, out, w, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const p = await b.newPage({
  viewport: { width: Number(w ?? 1280), height: 900 },
  colorScheme: (scheme ?? 'light') as 'light',
});
p.on('console', (m) => {
  if (m.type() === 'error') console.log('ERR', m.text());
});
await p.goto(url!, { waitUntil: 'networkidle' });
const el = p.locator(sel!).first();
await el.scrollIntoViewIfNeeded();
await p.evaluate(renderSkippedContent);
await p.waitForTimeout(800);
await el.screenshot({ path: out! });
await b.close();
