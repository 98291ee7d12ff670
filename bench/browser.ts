/**
 * `npm run bench:browser`: the playground's speed in a real browser (headless system Chromium).
 * A benchmark, not a test: it prints figures and exits 0 whether or not targets are met.
 *
 * Run it after `npm run build`: it builds nothing itself. It starts `astro preview` on
 * $BENCH_PORT (default 4339), opens /chapters/playground/ and measures:
 *
 * (a) Race: after each keyboard change of a learning-rate slider, the time the widget takes to
 *     recompute six trajectories of 500 steps and redraw (the 'race:update' performance measure
 *     the widget records around recompute + redraw). At least 50 samples; prints the median and
 *     the 95th percentile. Target: p95 <= 16 ms (one frame).
 * (b) Trainer: about 5 s of live training (three optimizers, moons, 2-8-8-1, batch 10): frames
 *     per second (requestAnimationFrame callbacks counted in the page) and long tasks over 50 ms
 *     (PerformanceObserver 'longtask'). Targets: >= 55 fps, no long task.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';

const port = Number(process.env['BENCH_PORT'] ?? 4339);
const base = `http://127.0.0.1:${port}`;
const samples = Number(process.env['BENCH_SAMPLES'] ?? 60);

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  if (server.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
};

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro preview did not answer on ${base} (did you run npm run build?)`);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));

  // (a) Race
  await page.goto(`${base}/chapters/playground/?race.steps=500`);
  const race = page.locator('[data-widget="race"]').first();
  await race.scrollIntoViewIfNeeded();
  await page.locator('astro-island[ssr]').filter({ has: race }).waitFor({ state: 'detached' });
  const checked = await race.getByRole('checkbox').evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length);
  const slider = race.getByRole('slider', { name: 'Adam α' });
  await slider.focus();
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('race:update').length);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction((n) => performance.getEntriesByName('race:update').length > n, before);
    durations.push(await page.evaluate(() => performance.getEntriesByName('race:update').at(-1)!.duration));
  }
  const sweeps = await page.evaluate(() => performance.getEntriesByName('race:sweep').map((e) => e.duration));
  console.log(`(a) Race, ${checked} optimizers x 500 steps, recompute + redraw after a slider change (${durations.length} samples):`);
  console.log(`    median ${percentile(durations, 50).toFixed(2)} ms, p95 ${percentile(durations, 95).toFixed(2)} ms, max ${Math.max(...durations).toFixed(2)} ms (target p95 <= 16 ms)`);
  if (sweeps.length > 0) console.log(`    learning-rate sweep (deferred, ${sweeps.length} runs): median ${percentile(sweeps, 50).toFixed(1)} ms`);

  // (b) Trainer
  await page.goto(`${base}/chapters/playground/`);
  const trainer = page.locator('[data-widget="trainer"]').first();
  await trainer.scrollIntoViewIfNeeded();
  await page.locator('astro-island[ssr]').filter({ has: trainer }).waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { longTasks: number[]; frames: number[] } };
    w.__bench = { longTasks: [], frames: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await trainer.getByRole('button', { name: 'Train' }).click();
  const result = await page.evaluate(
    () =>
      new Promise<{ frames: number; seconds: number; longTasks: number[]; worstGap: number }>((resolve) => {
        const w = window as unknown as { __bench: { longTasks: number[] } };
        const start = performance.now();
        let frames = 0;
        let last = start;
        let worstGap = 0;
        const tick = (now: number) => {
          frames++;
          worstGap = Math.max(worstGap, now - last);
          last = now;
          if (now - start < 5000) requestAnimationFrame(tick);
          else resolve({ frames, seconds: (now - start) / 1000, longTasks: w.__bench.longTasks, worstGap });
        };
        requestAnimationFrame(tick);
      }),
  );
  const status = await trainer.locator('[data-status]').innerText();
  console.log(`(b) Trainer, ${result.seconds.toFixed(1)} s of live training:`);
  console.log(`    ${(result.frames / result.seconds).toFixed(1)} frames per second (target >= 55), longest frame gap ${result.worstGap.toFixed(1)} ms`);
  console.log(`    long tasks over 50 ms: ${result.longTasks.length}${result.longTasks.length ? ` (${result.longTasks.map((d) => d.toFixed(0)).join(', ')} ms)` : ''} (target: none)`);
  console.log(`    status after training: ${status}`);
  await browser.close();
} finally {
  stopServer();
}
