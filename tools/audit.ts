/**
 * `npm run audit`: Lighthouse (mobile) on every page of the production build, with the system
 * Chromium. Run `npm run build` first. Prints performance, accessibility, best practices and SEO
 * per page and exits non-zero if a page misses its target (performance >= 95, the others 100).
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages } from '../tests/e2e/pages.ts';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';

const port = Number(process.env['AUDIT_PORT'] ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof targets;

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
};

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`astro preview did not start on ${origin}`);
}

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
let failed = 0;
try {
  await waitForServer();
  const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
  const rows: string[] = [];
  for (const path of pages.length ? pages : builtPages()) {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
    });
    const categories = result?.lhr.categories ?? {};
    const scores = (Object.keys(targets) as Category[]).map((key) => Math.round((categories[key]?.score ?? 0) * 100));
    const misses = (Object.keys(targets) as Category[]).filter((key, i) => (scores[i] ?? 0) < targets[key]);
    if (misses.length) {
      failed++;
      for (const key of misses) {
        const audits = (categories[key]?.auditRefs ?? [])
          .map((ref) => result!.lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a!.id} (${a!.displayValue ?? a!.score})`)
          .slice(0, 6);
        console.log(`  ${path} ${key}: ${audits.join(', ')}`);
      }
    }
    rows.push(`| ${path.padEnd(34)} | ${scores.map((s) => String(s).padStart(3)).join(' | ')} | ${misses.length ? 'below target' : 'ok'} |`);
  }
  console.log('\nLighthouse (mobile), production build\n');
  console.log('| page                               | perf | a11y | best | seo | |');
  console.log('|------------------------------------|------|------|------|-----|-|');
  for (const row of rows) console.log(row);
  console.log(`\nTargets: performance >= 95, accessibility, best practices and SEO = 100. ${failed ? `${failed} page(s) below target.` : 'All pages meet them.'}`);
} finally {
  chrome.kill();
  stopServer();
}
process.exitCode = failed ? 1 : 0;
