/**
 * `node bench/profile.ts <scenario>`: where the playground's long tasks come from. A diagnostic,
 * not a test: it records a V8 CPU profile (Chrome DevTools Protocol) of one scenario in headless
 * Chromium, cuts the samples into tasks (runs of non-idle samples), and prints, for the tasks over
 * 50 ms, which functions they spent their time in (inclusive and self).
 *
 * Scenarios: `trainer` (Train at normal speed), `trainer-fast` (Train at fast speed), `sweep`
 * (the Race's learning-rate sweep after a change of surface), `interaction` (one widget's control, as
 * bench:interactions drives it, at a 360 px viewport: BENCH_PATH, BENCH_WIDGET (1-based), BENCH_CONTROL,
 * BENCH_REPEAT; see below).
 * Environment: BENCH_PORT (default 4339), BENCH_CPU_THROTTLE (CPU slow-down factor, default 1),
 * BENCH_SECONDS (training time, default 6), BENCH_CONFIG (an astro config whose outDir to serve,
 * e.g. an unminified build, so that function names are readable), BENCH_TRACE=1 (also a trace:
 * the main thread's long tasks and the kinds of work in them), BENCH_TRACE_FILE (save it),
 * BENCH_TRACE_CATEGORIES, BENCH_PROFILE=0 (no CPU profile), BENCH_CSS (a style sheet added to the
 * page first, to try a CSS change without a build).
 * Run it after a build: it builds nothing itself.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
import type { TraceEvent } from './trace-event.ts';

const scenario = process.argv[2] ?? 'trainer';
const port = Number(process.env['BENCH_PORT'] ?? 4339);
const throttle = Number(process.env['BENCH_CPU_THROTTLE'] ?? 1);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 6);
const base = `http://127.0.0.1:${port}`;
const configArgs = process.env['BENCH_CONFIG'] ? ['--config', process.env['BENCH_CONFIG']] : [];

const server = spawn(
  'npx',
  ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock', ...configArgs],
  { stdio: 'ignore', detached: true },
);
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
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro preview did not answer on ${base}`);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const idle = new Set(['(idle)', '(program)', '(garbage collector)']);

function analyse(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  // Tasks: runs of samples whose leaf is not idle ((program) is native work: style, layout, paint).
  type Task = { ms: number; samples: { id: number; ms: number }[] };
  const tasks: Task[] = [];
  let current: Task | null = null;
  let gap = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!)!;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = node.callFrame.functionName;
    const busy = name !== '(idle)';
    if (busy) {
      current ??= { ms: 0, samples: [] };
      current.ms += ms + gap;
      gap = 0;
      current.samples.push({ id: node.id, ms });
    } else if (current) {
      gap += ms;
      // A task ends after 2 ms of idle.
      if (gap > 2) {
        tasks.push(current);
        current = null;
        gap = 0;
      }
    }
  }
  if (current) tasks.push(current);
  const long = tasks.filter((t) => t.ms > 50);
  const all = tasks.reduce((s, t) => s + t.ms, 0);
  console.log(
    `tasks: ${tasks.length}, busy ${all.toFixed(0)} ms; over 50 ms: ${long.length} (${long.map((t) => t.ms.toFixed(0)).join(', ')} ms)`,
  );
  const report = (title: string, set: Task[]) => {
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    let total = 0;
    for (const t of set)
      for (const s of t.samples) {
        total += s.ms;
        const leaf = byId.get(s.id)!;
        self.set(label(leaf), (self.get(label(leaf)) ?? 0) + s.ms);
        const seen = new Set<string>();
        for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
          const n = byId.get(id)!;
          if (idle.has(n.callFrame.functionName) || n.callFrame.functionName === '(root)') continue;
          const l = label(n);
          if (seen.has(l)) continue;
          seen.add(l);
          inclusive.set(l, (inclusive.get(l) ?? 0) + s.ms);
        }
      }
    const top = (m: Map<string, number>, k: number) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(
          ([name, ms]) =>
            `    ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms  ${name}`,
        )
        .join('\n');
    console.log(
      `${title}: ${total.toFixed(0)} ms sampled\n  inclusive:\n${top(inclusive, 40)}\n  self:\n${top(self, 25)}`,
    );
  };
  if (long.length) report('long tasks', long);
  report('all tasks', tasks);
}

/** Tasks of the renderer's main thread over 50 ms, and what kinds of work filled them. */
function traceReport(trace: { traceEvents: TraceEvent[] }): void {
  const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'UpdateLayoutTree');
  if (!main) return console.log('trace: no renderer events');
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const all = onMain.filter((e) => e.name === 'RunTask');
  const cpu = all.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const longestCpu = Math.max(0, ...all.map((e) => e.tdur ?? 0)) / 1000;
  console.log(
    `trace: main-thread tasks: ${all.length}, CPU time ${cpu.toFixed(0)} ms (wall ${(all.reduce((sum, e) => sum + e.dur!, 0) / 1000).toFixed(0)} ms), ` +
      `longest task's CPU time ${longestCpu.toFixed(1)} ms (x${throttle} slow-down included)`,
  );
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
  console.log(
    `trace: main-thread tasks over 50 ms: ${tasks.length} (${tasks.map((t) => (t.dur! / 1000).toFixed(0)).join(', ')} ms)`,
  );
  const kinds = new Map<string, number>();
  for (const task of tasks) {
    // Direct children only (the first level of events inside the task), summed by name.
    let end = task.ts;
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts >= task.ts + task.dur!) continue;
      if (e.ts < end) continue;
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur! / 1000);
      end = e.ts + e.dur!;
    }
  }
  const nested = new Map<string, number>();
  for (const task of tasks)
    for (const e of onMain)
      if (e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur!)
        nested.set(e.name, (nested.get(e.name) ?? 0) + e.dur! / 1000);
  const total = tasks.reduce((s, t) => s + t.dur! / 1000, 0);
  console.log(`  all events inside them, inclusive (nested events counted in each level):`);
  for (const [name, ms] of [...nested.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  console.log(`  in them (${total.toFixed(0)} ms):`);
  for (const [name, ms] of [...kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    bypassCSP: Boolean(process.env['BENCH_CSS']),
  });
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  const cdp = await page.context().newCDPSession(page);
  const widgetName = scenario === 'sweep' ? 'race' : 'trainer';
  const interaction = scenario === 'interaction';
  if (interaction) await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(
    interaction
      ? `${base}${process.env['BENCH_PATH'] ?? '/chapters/adagrad/'}`
      : `${base}/chapters/playground/${scenario === 'trainer-fast' ? '?trainer.speed=fast' : ''}`,
  );
  const widget = interaction
    ? page.locator('[data-widget]').nth(Number(process.env['BENCH_WIDGET'] ?? 1) - 1)
    : page.locator(`[data-widget="${widgetName}"]`).first();
  await widget.scrollIntoViewIfNeeded();
  const handle = await widget.elementHandle();
  await page.waitForFunction((el) => !el?.closest('astro-island')?.hasAttribute('ssr'), handle, { timeout: 60_000 });
  if (process.env['BENCH_CSS']) await page.addStyleTag({ content: process.env['BENCH_CSS'] });
  await page.waitForTimeout(1500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const v = window as unknown as { __events: number[] };
    v.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { interactionId: number })[])
        if (e.interactionId > 0) v.__events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const tracing = process.env['BENCH_TRACE'] === '1';
  if (tracing)
    await browser.startTracing(page, {
      categories: (
        process.env['BENCH_TRACE_CATEGORIES'] ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8'
      ).split(','),
    });
  const profiling = process.env['BENCH_PROFILE'] !== '0';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (interaction) {
    // BENCH_CONTROL: "slider N" (ArrowUp, ArrowUp, ArrowDown, ArrowDown), "select N" (ArrowDown,
    // ArrowUp), "step" (Enter twice), "play" (Play for BENCH_SECONDS, then Pause); BENCH_REPEAT times.
    const [kind, nth] = (process.env['BENCH_CONTROL'] ?? 'slider 1').split(' ');
    const index = Number(nth ?? 1) - 1;
    const target =
      kind === 'slider'
        ? widget.locator('input[type="range"]:enabled').nth(index)
        : kind === 'select'
          ? widget.locator('select:enabled').nth(index)
          : widget
              .getByRole('button', { name: kind === 'step' ? /^(Step|单步)/ : /^(Play|Train|Run|播放|训练)/ })
              .first();
    await target.focus();
    const keys =
      kind === 'slider'
        ? ['ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowDown']
        : kind === 'select'
          ? ['ArrowDown', 'ArrowUp']
          : ['Enter', 'Enter'];
    for (let r = 0; r < Number(process.env['BENCH_REPEAT'] ?? 1); r++) {
      if (kind === 'play') {
        await page.keyboard.press('Enter');
        await page.waitForTimeout(seconds * 1000);
        await page.keyboard.press('Enter');
      } else for (const key of keys) await page.keyboard.press(key);
      await page.waitForTimeout(500);
    }
  } else if (scenario === 'sweep') {
    for (const surface of ['himmelblau', 'rosenbrock', 'beale', 'rosenbrock']) {
      await widget.getByRole('combobox', { name: 'Surface' }).selectOption(surface);
      await page.waitForTimeout(2500);
    }
  } else {
    await widget.getByRole('button', { name: 'Train' }).click();
    await page.waitForTimeout(seconds * 1000);
    await widget.getByRole('button', { name: 'Pause' }).click();
  }
  const profile = profiling ? ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile : null;
  if (tracing) {
    const buffer = await browser.stopTracing();
    if (process.env['BENCH_TRACE_FILE']) writeFileSync(process.env['BENCH_TRACE_FILE'], buffer);
    traceReport(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] });
  }
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const sweeps = await page.evaluate(() => performance.getEntriesByName('race:sweep').map((e) => e.duration));
  console.log(`scenario ${scenario}, CPU throttle ${throttle}x`);
  console.log(
    `long tasks (PerformanceObserver): ${longTasks.length} (${longTasks.map((d) => d.toFixed(0)).join(', ')} ms)`,
  );
  const events = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
  console.log(`interaction events of 16 ms or more: ${events.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
  if (sweeps.length) console.log(`race:sweep measures: ${sweeps.map((d) => d.toFixed(0)).join(', ')} ms`);
  console.log(`status: ${await widget.locator('[data-status]').innerText()}`);
  if (profile) analyse(profile);
  await browser.close();
} finally {
  stopServer();
}
