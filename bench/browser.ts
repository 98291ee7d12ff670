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
 * (b) Race, learning-rate sweep (6 optimizers x 21 learning rates x about 500 steps): after each
 *     keyboard change of the Steps slider (which changes every run of the sweep), the time from
 *     the key press until the new sweep is shown (the end of the 'race:sweep' measure), the work
 *     itself (the 'race:sweep:slice' measures when the widget computes in slices, else the one
 *     'race:sweep' task), and the long tasks (over 50 ms) from the key press to the new sweep.
 *     Target: no long task.
 * (c) Trainer: about 5 s of live training (three optimizers, moons, 2-8-8-1, batch 10): frames
 *     per second (requestAnimationFrame callbacks counted in the page) and long tasks over 50 ms
 *     (PerformanceObserver 'longtask'). Targets: >= 55 fps, no long task.
 * (d) Trainer under a heavier load, the same figures (not a target, a margin check): all six
 *     optimizers, hidden layers 16-16, the fast speed (20 steps per frame).
 *
 * Environment: BENCH_PORT, BENCH_SAMPLES (samples in (a), default 60), BENCH_SWEEPS (changes in
 * (b), default 6), BENCH_CPU_THROTTLE (slows the page's CPU down by this factor with the DevTools
 * protocol, to see how the figures hold on a slower machine; default 1: no throttling),
 * BENCH_TRACE=1 (also records a Chromium trace of (b), (c) and (d) and prints the CPU time of the
 * page's longest main-thread tasks: on a machine busy with other work, a task's wall-clock time,
 * which is what the long-task figures measure, includes the time the OS gave the CPU to other
 * processes; its thread time does not).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';

const port = Number(process.env['BENCH_PORT'] ?? 4339);
const base = `http://127.0.0.1:${port}`;
const samples = Number(process.env['BENCH_SAMPLES'] ?? 60);
const sweepChanges = Number(process.env['BENCH_SWEEPS'] ?? 6);
const throttle = Number(process.env['BENCH_CPU_THROTTLE'] ?? 1);
const tracing = process.env['BENCH_TRACE'] === '1';

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  stdio: 'ignore',
  detached: true,
});
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
const list = (values: number[]) => values.map((d) => d.toFixed(0)).join(', ');

type BenchWindow = Window & { __bench: { longTasks: { start: number; duration: number }[] } };

/** Opens the chapter with a query, scrolls to the widget, waits for hydration, starts watching long tasks. */
async function openWidget(page: Page, name: string, query: string): Promise<Locator> {
  await page.goto(`${base}/chapters/playground/${query}`);
  const widget = page.locator(`[data-widget="${name}"]`).first();
  await widget.scrollIntoViewIfNeeded();
  await page.locator('astro-island[ssr]').filter({ has: widget }).waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__bench = { longTasks: [] };
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries())
        w.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  return widget;
}

const longTasksSince = (page: Page, since: number) =>
  page.evaluate(
    (t) => (window as unknown as BenchWindow).__bench.longTasks.filter((e) => e.start >= t).map((e) => e.duration),
    since,
  );

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Runs `body` under a Chromium trace (BENCH_TRACE=1); returns a line on the page's main-thread tasks: wall-clock and CPU time. */
async function traced(page: Page, body: () => Promise<void>): Promise<string | null> {
  if (!tracing) {
    await body();
    return null;
  }
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', '__metadata'] });
  await body();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'RunTask' || !mains.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  // The page's renderer: the main thread with the most work.
  const tasks =
    [...byThread.values()].sort((a, b) => b.reduce((s, e) => s + e.dur!, 0) - a.reduce((s, e) => s + e.dur!, 0))[0] ??
    [];
  const wall = tasks.map((e) => e.dur! / 1000).filter((d) => d > 50);
  const cpu = tasks.map((e) => (e.tdur ?? 0) / 1000);
  const overCpu = cpu.filter((d) => d > 50);
  return `    trace: ${tasks.length} main-thread tasks; over 50 ms of wall-clock time: ${wall.length}; over 50 ms of CPU time: ${overCpu.length}${overCpu.length ? ` (${list(overCpu)} ms)` : ''}; longest CPU time ${Math.max(0, ...cpu).toFixed(1)} ms`;
}
const printTrace = (line: string | null) => {
  if (line) console.log(line);
};

async function trainFor(page: Page, widget: Locator, seconds: number) {
  const since = await page.evaluate(() => performance.now());
  await widget.getByRole('button', { name: 'Train' }).click();
  const result = await page.evaluate(
    (duration) =>
      new Promise<{ frames: number; seconds: number; worstGap: number }>((resolve) => {
        const start = performance.now();
        let frames = 0;
        let last = start;
        let worstGap = 0;
        const tick = (now: number) => {
          frames++;
          worstGap = Math.max(worstGap, now - last);
          last = now;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve({ frames, seconds: (now - start) / 1000, worstGap });
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
  const longTasks = await longTasksSince(page, since);
  await widget.getByRole('button', { name: 'Pause' }).click();
  const status = await widget.locator('[data-status]').innerText();
  console.log(
    `    ${(result.frames / result.seconds).toFixed(1)} frames per second (target >= 55), longest frame gap ${result.worstGap.toFixed(1)} ms`,
  );
  console.log(
    `    long tasks over 50 ms: ${longTasks.length}${longTasks.length ? ` (${list(longTasks)} ms)` : ''} (target: none)`,
  );
  console.log(`    status after training: ${status}`);
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  if (throttle !== 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    console.log(`CPU throttled ${throttle}x (DevTools protocol)`);
  }

  // (a) Race
  const race = await openWidget(page, 'race', '?race.steps=500');
  const checked = await race
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length);
  const slider = race.getByRole('slider', { name: 'Adam α' });
  await slider.focus();
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('race:update').length);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction((n) => performance.getEntriesByName('race:update').length > n, before);
    durations.push(await page.evaluate(() => performance.getEntriesByName('race:update').at(-1)!.duration));
  }
  console.log(
    `(a) Race, ${checked} optimizers x 500 steps, recompute + redraw after a slider change (${durations.length} samples):`,
  );
  console.log(
    `    median ${percentile(durations, 50).toFixed(2)} ms, p95 ${percentile(durations, 95).toFixed(2)} ms, max ${Math.max(...durations).toFixed(2)} ms (target p95 <= 16 ms)`,
  );

  // (b) Race, learning-rate sweep
  const firstSweeps = await page.evaluate(() => performance.getEntriesByName('race:sweep').length);
  if (firstSweeps === 0)
    await page.waitForFunction(() => performance.getEntriesByName('race:sweep').length > 0, undefined, {
      timeout: 30_000,
    });
  await race.getByRole('slider', { name: 'Steps', exact: true }).focus();
  const sweepTimes: number[] = [];
  const sweepWork: number[] = [];
  const sweepLongTasks: number[] = [];
  const otherLongTasks: number[] = [];
  let longestSlice = 0;
  let slices = 0;
  const sweepTrace = await traced(page, async () => {
    for (let i = 0; i < sweepChanges; i++) {
      const before = await page.evaluate(() => ({
        n: performance.getEntriesByName('race:sweep').length,
        slices: performance.getEntriesByName('race:sweep:slice').length,
        t: performance.now(),
      }));
      await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForFunction((n) => performance.getEntriesByName('race:sweep').length > n, before.n, {
        timeout: 30_000,
      });
      await page.waitForTimeout(100); // let the long-task observer report
      const after = await page.evaluate((b) => {
        const sweep = performance.getEntriesByName('race:sweep').at(-1)!;
        const slices = performance.getEntriesByName('race:sweep:slice').slice(b.slices);
        // The sweep's own work: its slices, or (computed in one go) the whole 'race:sweep' measure.
        const work = (slices.length > 0 ? slices : [sweep]).map((e) => ({
          start: e.startTime,
          end: e.startTime + e.duration,
        }));
        const long = (window as unknown as BenchWindow).__bench.longTasks.filter((e) => e.start >= b.t);
        const isSweep = (t: { start: number; duration: number }) =>
          work.some((w) => w.start < t.start + t.duration && w.end > t.start);
        return {
          shown: sweep.startTime + sweep.duration - b.t,
          work: work.reduce((sum, w) => sum + w.end - w.start, 0),
          slices: slices.map((e) => e.duration),
          sweepLong: long.filter(isSweep).map((t) => t.duration),
          otherLong: long.filter((t) => !isSweep(t)).map((t) => t.duration),
        };
      }, before);
      sweepTimes.push(after.shown);
      sweepWork.push(after.work);
      slices += after.slices.length;
      longestSlice = Math.max(longestSlice, ...after.slices);
      sweepLongTasks.push(...after.sweepLong);
      otherLongTasks.push(...after.otherLong);
    }
  });
  const sweepRuns = await race
    .locator('[data-sweep-runs]')
    .getAttribute('data-sweep-runs')
    .catch(() => null);
  console.log(
    `(b) Race, learning-rate sweep${sweepRuns ? ` (${sweepRuns} runs)` : ''} after a change of Steps (${sweepTimes.length} changes):`,
  );
  console.log(
    `    from the key press to the new sweep on screen: median ${percentile(sweepTimes, 50).toFixed(0)} ms, max ${Math.max(...sweepTimes).toFixed(0)} ms`,
  );
  console.log(
    `    sweep work: median ${percentile(sweepWork, 50).toFixed(0)} ms per sweep, ${slices > 0 ? `in ${slices} slices (${(slices / sweepTimes.length).toFixed(0)} per sweep), longest slice ${longestSlice.toFixed(1)} ms` : 'each in one task'}`,
  );
  console.log(
    `    long tasks over 50 ms holding sweep work: ${sweepLongTasks.length}${sweepLongTasks.length ? ` (${list(sweepLongTasks)} ms)` : ''} (target: none)`,
  );
  console.log(
    `    other long tasks meanwhile (the race's own recompute and redraw): ${otherLongTasks.length}${otherLongTasks.length ? ` (${list(otherLongTasks)} ms)` : ''}`,
  );
  printTrace(sweepTrace);

  // (c) Trainer
  console.log('(c) Trainer, 5 s of live training (moons, 2-8-8-1, batch 10, 3 optimizers, normal speed):');
  const trainer = await openWidget(page, 'trainer', '');
  printTrace(await traced(page, () => trainFor(page, trainer, 5)));

  // (d) Trainer, heavier
  console.log('(d) Trainer, heavier (6 optimizers, 2-16-16-1, fast speed: 20 steps per frame), 5 s; not a target:');
  const all = 'sgd:lr%3D0.3;momentum:lr%3D0.05;nag:lr%3D0.05;adagrad:lr%3D0.1;rmsprop:lr%3D0.01;adam:lr%3D0.01';
  const heavy = await openWidget(page, 'trainer', `?trainer.speed=fast&trainer.hidden=16-16&trainer.opt=${all}`);
  printTrace(await traced(page, () => trainFor(page, heavy, 5)));
  await browser.close();
} finally {
  stopServer();
}
