import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
const b = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const p = await b.newPage({ viewport: { width: 400, height: 200 } });
await p.goto('file:///tmp/clip.html'); await p.waitForTimeout(300);
await p.screenshot({ path: '/tmp/clip.png' }); await b.close();
