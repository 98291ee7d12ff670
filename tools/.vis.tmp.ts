import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
await p.goto('http://localhost:4340/zh-cn/chapters/nesterov/', { waitUntil: 'networkidle' });
for (const [i, y] of [2200, 5200].entries()) {
  await p.evaluate((y) => window.scrollTo(0, y), y);
  await p.waitForTimeout(1200);
  await p.screenshot({ path: `/tmp/vis-${i}.png` });
}
// keyboard focus at a link inside a paragraph near the left edge
const p2 = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p2.goto('http://localhost:4340/chapters/momentum/', { waitUntil: 'networkidle' });
const target = p2.locator('.chapter .quiz-frame input, .chapter .quiz-frame button').first();
await target.scrollIntoViewIfNeeded();
await target.focus();
await p2.keyboard.press('Shift+Tab'); await p2.keyboard.press('Tab');
await p2.waitForTimeout(500);
const frame = await p2.locator('.chapter .quiz-frame').first().boundingBox();
const box = await p2.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON());
console.log(await p2.evaluate(() => document.activeElement!.outerHTML.slice(0, 120)), box, frame);
await p2.screenshot({ path: '/tmp/vis-focus.png', clip: { x: Math.max(0, frame!.x - 20), y: Math.max(0, box.y - 30), width: 520, height: 110 } });
await b.close();
