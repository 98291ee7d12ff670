import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h, name] of [[1280, 900, 'desk'], [360, 740, 'phone']] as const) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  if (process.env.CSS) await p.route(/\/$/, async (route) => { const r = await route.fetch(); const body = (await r.text()).replace('</head>', `<style>${process.env.CSS}</style></head>`); await route.fulfill({ response: r, body }); });
  await p.goto('http://localhost:4340/chapters/adam/#adam-on-a-real-network', { waitUntil: 'networkidle' });
  await p.waitForTimeout(1500);
  const top = await p.locator('#adam-on-a-real-network').evaluate((e) => e.getBoundingClientRect().top);
  console.log(name, 'heading top after load', top);
  await p.screenshot({ path: `/tmp/hash-${name}.png` });
  // Scroll from the bottom up fast, like a reader, and see whether the view jumps
  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await p.waitForTimeout(500);
  const h1 = await p.evaluate(() => document.body.scrollHeight);
  await p.evaluate(async () => { for (let y = document.body.scrollHeight; y > 0; y -= 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)); } });
  const h2 = await p.evaluate(() => document.body.scrollHeight);
  console.log(name, 'page height before/after full scroll', h1, h2);
}
await b.close();
