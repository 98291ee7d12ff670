/**
 * `node bench/load-tbt.ts /path/ [/other/path/ ...]`: the main thread's long tasks while a page
 * loads, in CPU time, for A/B comparisons on a shared (loaded) machine. A diagnostic, not a test.
 *
 * Each page is loaded at 412×823 (Lighthouse's phone) with CDP CPU throttling (LOAD_THROTTLE,
 * default 4), recording a devtools.timeline trace from navigation to LOAD_SETTLE_MS (default 6000)
 * after the load event. It prints the top-level tasks (RunTask) of the page's main thread whose
 * thread time (`tdur`) is over 50 ms, what ran inside them (the scripts' URLs, by thread time), and
 * a "CPU TBT": the sum over tasks of their thread time beyond 50 ms. Thread time leaves out what
 * other processes take from the CPU, so it moves little with the machine's load; give the load
 * average beside any number anyway.
 *
 * LOAD_DIRS: a comma-separated list of built sites (`dist` directories) to compare; each is served
 * by a small static server of this script's own, and the runs alternate between them (A, B, A, B,
 * ...), LOAD_RUNS (default 3) times each. Default: `dist`.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
import type { TraceEvent } from './trace-event.ts';

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const dirs = (process.env['LOAD_DIRS'] ?? 'dist').split(',').map((d) => resolve(d));
const runs = Number(process.env['LOAD_RUNS'] ?? 3);
const throttle = Number(process.env['LOAD_THROTTLE'] ?? 4);
const settleMs = Number(process.env['LOAD_SETTLE_MS'] ?? 6000);
const basePort = Number(process.env['LOAD_PORT'] ?? 4484);
const longTaskMs = 50;
/**
 * LOAD_SCALE: thread times are multiplied by this before the 50 ms threshold. Under CDP throttling
 * a task's thread time grows with the machine's load (the throttled thread's pauses count), so on a
 * loaded machine run at LOAD_THROTTLE=1 with LOAD_SCALE=4: the thread time of the real work, as a
 * 4x slower phone would spend it.
 */
const scale = Number(process.env['LOAD_SCALE'] ?? 1);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};

function serve(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      let path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      try {
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        const body = await readFile(path);
        response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404);
        response.end();
      }
    })();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Per long task: the functions its samples were in (self time), and the script files on their stacks (inclusive). */
function callees(profile: Profile | undefined, start: number, end: number): [string, number][] {
  if (!profile) return [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < start || t >= end) continue;
    const leaf = byId.get(profile.samples[i]!);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    const f = leaf.callFrame;
    const name = `self ${f.functionName || '(anonymous)'} ${short(f.url).split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (process.env['LOAD_INCLUSIVE'] && frame?.url && !/preact|client\./.test(frame.url)) {
        const fn = `incl ${frame.functionName || '(anonymous)'} ${short(frame.url).split('/').pop()}:${frame.lineNumber + 1}`;
        if (!seen.has(fn)) {
          seen.add(fn);
          inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
        }
      }
      const url = frame?.url;
      if (url && !seen.has(url)) {
        seen.add(url);
        files.set(`in ${short(url)}`, (files.get(`in ${short(url)}`) ?? 0) + ms);
      }
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [...top(files, 4), ...top(self, 5), ...top(inclusive, Number(process.env['LOAD_INCLUSIVE'] ?? 0))];
}

interface Task {
  end: number;
  start: number;
  wallMs: number;
  cpuMs: number;
  inside: Map<string, number>;
}

const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '') || '(page)';

function longTasks(events: TraceEvent[]): Task[] {
  // The page's renderer main thread: the CrRendererMain whose process navigated to our origin.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const commits = events.filter((e) => e.name === 'CommitLoad' || e.name === 'ParseHTML');
  const main = mains.find((m) => commits.some((c) => c.pid === m.pid && c.tid === m.tid)) ?? mains[mains.length - 1];
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && ((e.tdur ?? 0) / 1000) * scale > longTaskMs)
    .map((e) => ({
      start: e.ts,
      end: e.ts + (e.dur ?? 0),
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: ((e.tdur ?? 0) / 1000) * scale,
    }));
  const named = new Set([
    'EvaluateScript',
    'FunctionCall',
    'v8.compileModule',
    'v8.evaluateModule',
    'TimerFire',
    'FireAnimationFrame',
    'Layout',
    'UpdateLayoutTree',
    'Paint',
    'ParseHTML',
    'v8.compile',
    'MajorGC',
    'MinorGC',
  ]);
  return tasks.map((task) => {
    const inside = new Map<string, number>();
    // Only the outermost named event at each point, so nested calls are not counted twice.
    let coveredUntil = 0;
    for (const e of onMain) {
      if (e.ts < task.start || e.ts >= task.end || !named.has(e.name) || e.ts < coveredUntil) continue;
      coveredUntil = e.ts + (e.dur ?? 0);
      const data = e.args?.data;
      const where = data?.url ? short(data.url) : data?.scriptName ? short(data.scriptName) : '';
      const fn = data?.functionName ? ` ${data.functionName}` : '';
      const key = `${e.name}${where ? ` ${where}` : ''}${fn}`;
      inside.set(key, (inside.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    return { start: task.start, end: task.end, wallMs: task.wallMs, cpuMs: task.cpuMs, inside };
  });
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const servers = await Promise.all(dirs.map((dir, i) => serve(dir, basePort + i)));
const results = new Map<string, number[]>();
try {
  for (const path of pages.length ? pages : ['/']) {
    for (let run = 0; run < runs; run++) {
      for (const [i, dir] of dirs.entries()) {
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          deviceScaleFactor: 1.75,
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
        const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        await cdp.send('Profiler.start');
        await cdp.send('Tracing.start', {
          categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel',
          transferMode: 'ReportEvents',
        });
        const load = loadavg()[0]!.toFixed(1);
        await page.goto(`http://127.0.0.1:${basePort + i}${path}`, { waitUntil: 'load', timeout: 120_000 });
        await page.waitForTimeout(settleMs);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        await cdp.send('Tracing.end');
        await done;
        await context.close();
        const tasks = longTasks(events);
        const tbt = tasks.reduce((sum, t) => sum + t.cpuMs - longTaskMs, 0);
        const key = `${path} ${dir}`;
        results.set(key, [...(results.get(key) ?? []), tbt]);
        console.log(
          `\n${path}  ${dir}  run ${run + 1}  load ${load}  CPU TBT ${tbt.toFixed(0)} ms  (${tasks.length} tasks > ${longTaskMs} ms CPU)`,
        );
        const t0 =
          events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')?.ts ?? tasks[0]?.start ?? 0;
        for (const task of tasks) {
          const top = [...task.inside].sort((a, b) => b[1] - a[1]).slice(0, 5);
          console.log(
            `  task at ${((task.start - t0) / 1000).toFixed(0)} ms: ${task.cpuMs.toFixed(0)} ms CPU (${task.wallMs.toFixed(0)} ms wall)`,
          );
          for (const [what, ms] of top) console.log(`    ${ms.toFixed(0).padStart(5)} ms  ${what}`);
          for (const [what, ms] of callees(profile, task.start, task.end))
            console.log(`    ${ms.toFixed(0).padStart(5)} ms  ${what}`);
        }
      }
    }
  }
  console.log('\nCPU TBT per page and build (ms, each run):');
  for (const [key, values] of results) console.log(`  ${key}: ${values.map((v) => v.toFixed(0)).join(', ')}`);
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
