import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4416';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const shots: [string, string, number, 'light' | 'dark', string?][] = [
  ['/embed/introduction/gd/?hide=start&lock=lr&gd.lr=0.3', 'embed-gd', 1280, 'light'],
  ['/embed/introduction/gd/?theme=dark&caption=0&step=3', 'embed-gd-dark', 360, 'dark'],
  ['/zh-cn/embed/adam/race/', 'embed-race-zh', 360, 'light'],
  ['/chapters/gradient-descent/?curve.lr=0.3', 'share-menu', 1280, 'light', '#curve'],
  ['/chapters/gradient-descent/?curve.lr=0.3', 'share-menu-360-dark', 360, 'dark', '#curve'],
  ['/authoring/embedding/', 'guide', 1280, 'light'],
];
for (const [path, name, width, scheme, share] of shots) {
  const p = await b.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  p.on('console', (m) => { if (m.type() === 'error') console.log(name, 'ERR', m.text()); });
  await p.goto(base + path, { waitUntil: 'networkidle' });
  if (share) {
    const w = p.locator(share);
    await w.scrollIntoViewIfNeeded();
    await p.waitForTimeout(1000);
    await w.locator('summary').click();
    await w.getByRole('button', { name: /Copy link/ }).click();
    await p.waitForTimeout(300);
    await w.screenshot({ path: `/tmp/x/${name}.png` });
  } else {
    await p.waitForTimeout(1200);
    await p.screenshot({ path: `/tmp/x/${name}.png`, fullPage: name !== 'guide' });
  }
  await p.close();
}
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(base + '/chapters/gradient-descent/', { waitUntil: 'networkidle' });
await p.emulateMedia({ media: 'print' });
await p.screenshot({ path: '/tmp/x/print.png', fullPage: false });
await p.pdf({ path: '/tmp/x/print.pdf' }).catch(() => {});
await b.close();
