import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from '/work/main/tests/e2e/browser.ts';
const port = 4398; const origin = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore', detached: true });
for (let i = 0; i < 300; i++) { try { if ((await fetch(origin)).ok) break; } catch {} await sleep(200); }
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
try {
  for (const path of process.argv.slice(2)) {
    const r = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = r!.lhr;
    writeFileSync(`/tmp/lh/${path.replace(/\//g, '_')}.json`, JSON.stringify(lhr));
    console.log(path, Math.round(lhr.categories.performance!.score! * 100));
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift']) console.log('  ', id, lhr.audits[id]!.displayValue, lhr.audits[id]!.score);
    const boot = lhr.audits['bootup-time']!.details as any;
    console.log('  bootup:', boot.items.slice(0, 6).map((i: any) => `${i.url.replace(origin, '')} total ${Math.round(i.total)} script ${Math.round(i.scripting)}`).join('\n     '));
    const mt = lhr.audits['mainthread-work-breakdown']!.details as any;
    console.log('  mainthread:', mt.items.map((i: any) => `${i.group} ${Math.round(i.duration)}`).join(', '));
    const lt = lhr.audits['long-tasks']?.details as any;
    if (lt) console.log('  long tasks:', lt.items.slice(0, 10).map((i: any) => `${i.url.replace(origin, '')}@${Math.round(i.startTime)} ${Math.round(i.duration)}ms`).join('\n     '));
    const rb = lhr.audits['render-blocking-insight']?.details as any;
    if (rb?.items) console.log('  render-blocking:', rb.items.map((i: any) => `${i.url?.replace(origin, '')} ${i.totalBytes} ${i.wastedMs}`).join(', '));
  }
} finally { chrome.kill(); if (server.pid) process.kill(-server.pid, 'SIGTERM'); }
