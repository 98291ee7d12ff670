/**
 * `node bench/input-breakdown.ts`: where a slider key press's main-thread time goes. A diagnostic,
 * not a test. Run it after `npm run build`: it starts `astro preview` on BENCH_PORT (default 4359).
 * For each page and widget it loads the page at 360 x 780 (as bench:interactions does), focuses the
 * widget's first slider, records a Chrome trace (devtools.timeline) over 6 key presses (ArrowUp x3,
 * ArrowDown x3, BENCH_GAP ms apart, default 400; 0 presses them back to back as bench:interactions
 * does) at full CPU speed, and prints per key: the main thread's CPU time
 * (DevTools ThreadTime) and the trace's thread time by kind of work (self time of script, GC, style
 * recalc, layout, paint and pre-paint, compositing, and "other": the tasks' own time outside any
 * traced event), then each interaction's Event Timing entry as duration = input delay + processing
 * + presentation (startTime to processingStart, processingStart to processingEnd, processingEnd to
 * the next paint). Event Timing reports only entries of 16 ms or more.
 *
 * A/B of a style change without a build: BENCH_VARIANTS (default "A"), and BENCH_CSS_<variant>, a
 * style sheet added to the page for that variant; the variants are run alternately, BENCH_RUNS
 * times (default 1). The load average is printed beside each line: on a shared machine compare
 * CPU time, not Event Timing. BENCH_CASES: "path widget;path widget" (default: four kinds of
 * widget). BENCH_WIDTH: the viewport width (default 360). BENCH_LAYOUT=1 lists every layout and
 * paint event with its root and object counts. BENCH_SELECT=1: the widget's first select instead of
 * its first slider, pressed ArrowDown, ArrowUp, ArrowDown, ArrowUp (a new surface or curve each time).
 * BENCH_NTH: which of the widget's sliders (or selects) to press, counted from 0 (default 0).
 */
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
import { startPreview } from './preview.ts';
import type { TraceEvent as Ev } from './trace-event.ts';

const port = Number(process.env['BENCH_PORT'] ?? 4359);
const runs = Number(process.env['BENCH_RUNS'] ?? 1);
const width = Number(process.env['BENCH_WIDTH'] ?? 360);
const gap = Number(process.env['BENCH_GAP'] ?? 400);
const variants = (process.env['BENCH_VARIANTS'] ?? 'A').split(',');
const cases: [string, string][] = (
  process.env['BENCH_CASES'] ??
  '/chapters/momentum/ momentum-escape;/chapters/gradient-descent/ descent-bowl;/chapters/adam/ adam-internals;/chapters/local-minima/ local-minima'
)
  .split(';')
  .map((c) => c.trim().split(' ') as [string, string]);

const kindOf = (name: string): string => {
  if (
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation|StyleInvalidatorInvalidationTracking)$/.test(
      name,
    )
  )
    return 'style';
  if (
    /^(Layout|UpdateLayout|LayoutShift|ComputeIntersections|IntersectionObserverController::computeIntersections|ResizeObserverController::.*|LocalFrameView::RunResizeObserverSteps)$/.test(
      name,
    )
  )
    return 'layout';
  if (/^(PrePaint|Paint|PaintImage|PaintSetup|Decode.*|RasterTask|Document::Paint.*)$/.test(name)) return 'paint';
  if (/^(UpdateLayerTree|CompositeLayers|Layerize|Commit|UpdateLayer|ScrollLayer|HitTest|Animation.*)$/.test(name))
    return name === 'HitTest' ? 'other' : 'composite';
  if (
    /^(FunctionCall|EvaluateScript|v8\..*|V8\..*|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|RunMicrotask|FireIdleCallback|XHRReadyStateChange|ProfileCall|GCEvent|MinorGC|MajorGC|BlinkGC.*|CppGC.*|ScheduleStyleInvalidationTracking|ParseHTML)$/.test(
      name,
    )
  )
    return /GC/.test(name) ? 'gc' : 'script';
  return 'other';
};

async function traced(page: Page, variant: string, path: string, widgetName: string) {
  const context = page.context();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  const css = process.env[`BENCH_CSS_${variant}`];
  if (css) await page.addStyleTag({ content: css });
  // "floor": a bare range input with no listener at the end of the main content (interactions.ts's floor row).
  if (widgetName === 'floor')
    await page.evaluate(() => {
      const floor = document.createElement('div');
      floor.dataset['widget'] = 'floor';
      floor.innerHTML = '<input type="range" aria-label="floor" min="0" max="100" value="50">';
      (document.querySelector('main') ?? document.body).append(floor);
    });
  const widget = page.locator(`[data-widget="${widgetName}"]`).first();
  await widget.scrollIntoViewIfNeeded();
  const handle = await widget.elementHandle();
  if (widgetName !== 'floor')
    await page.waitForFunction((el) => !el?.closest('astro-island')?.hasAttribute('ssr'), handle, { timeout: 60_000 });
  const nth = Number(process.env['BENCH_NTH'] ?? 0);
  const slider = process.env['BENCH_SELECT']
    ? widget.locator('select').nth(nth)
    : widget.locator('input[type="range"]:enabled').nth(nth);
  await slider.focus();
  await page.waitForTimeout(1200);
  await page.evaluate(() => {
    const w = window as unknown as { __ev: object[] };
    w.__ev = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        interactionId: number;
        processingStart: number;
        processingEnd: number;
      })[])
        if (e.interactionId && e.interactionId > 0)
          w.__ev.push({
            name: e.name,
            id: e.interactionId,
            start: e.startTime,
            ps: e.processingStart,
            pe: e.processingEnd,
            duration: e.duration,
          });
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const t0 = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  await page
    .context()
    .browser()!
    .startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
    });
  for (const key of process.env['BENCH_SELECT']
    ? ['ArrowDown', 'ArrowUp', 'ArrowDown', 'ArrowUp']
    : ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
    await page.keyboard.press(key);
    if (gap > 0) await page.waitForTimeout(gap);
  }
  await page.waitForTimeout(400);
  const buffer = await page.context().browser()!.stopTracing();
  const t1 = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  const ev = await page.evaluate(
    () =>
      (
        window as unknown as {
          __ev: { name: string; id: number; start: number; ps: number; pe: number; duration: number }[];
        }
      ).__ev,
  );
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: Ev[] };
  const xs = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  // The renderer main thread: the thread with the most UpdateLayoutTree events.
  const count = new Map<string, number>();
  for (const e of xs)
    if (e.name === 'UpdateLayoutTree' || e.name === 'FunctionCall')
      count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mainKey = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const main = xs.filter((e) => `${e.pid}:${e.tid}` === mainKey).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self thread time per event: nested by a stack.
  const self = new Map<string, number>();
  const stack: { e: Ev; end: number; childT: number }[] = [];
  const close = (upto: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= upto) {
      const top = stack.pop()!;
      const t = (top.e.tdur ?? top.e.dur!) / 1000;
      const s = Math.max(0, t - top.childT);
      const k =
        top.e.name === 'RunTask' || top.e.name === 'ThreadControllerImpl::RunTask' ? 'other' : kindOf(top.e.name);
      self.set(k, (self.get(k) ?? 0) + s);
      if (stack.length) stack[stack.length - 1]!.childT += t;
    }
  };
  for (const e of main) {
    close(e.ts);
    stack.push({ e, end: e.ts + e.dur!, childT: 0 });
  }
  close(Infinity);
  const names = new Map<string, number>();
  for (const e of main) names.set(e.name, (names.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
  // Event Timing: the worst entry of each interaction (keydown usually).
  const byId = new Map<number, (typeof ev)[number]>();
  for (const e of ev) if (!byId.has(e.id) || byId.get(e.id)!.duration < e.duration) byId.set(e.id, e);
  const split = [...byId.values()].map((e) => ({
    dur: e.duration,
    delay: e.ps - e.start,
    proc: e.pe - e.ps,
    pres: e.start + e.duration - e.pe,
  }));
  if (process.env['BENCH_LAYOUT'] === '1')
    for (const e of main)
      if (e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'Paint' || e.name === 'PrePaint')
        console.log(
          `   ${e.name} ${((e.tdur ?? 0) / 1000).toFixed(2)} ms ${JSON.stringify((e as unknown as { args: unknown }).args).slice(0, 300)}`,
        );
  return { cpu: (1000 * (t1 - t0)) / 6, self, split, names };
}

const kinds = ['script', 'gc', 'style', 'layout', 'paint', 'composite', 'other'];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const preview = await startPreview(port);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const [path, name] of cases) {
    for (let r = 0; r < runs; r++)
      for (const variant of variants) {
        const context = await browser.newContext({
          viewport: { width, height: 780 },
          hasTouch: true,
          isMobile: width < 600,
          bypassCSP: true,
        });
        const page = await context.newPage();
        const { cpu, self, split, names } = await traced(page, variant, path, name);
        await context.close();
        const total = kinds.reduce((s, k) => s + (self.get(k) ?? 0), 0);
        const per = (k: string) => ((self.get(k) ?? 0) / 6).toFixed(1);
        const et = split
          .map((s) => `${s.dur}=${s.delay.toFixed(0)}+${s.proc.toFixed(0)}+${s.pres.toFixed(0)}`)
          .join(' ');
        console.log(
          `${name.padEnd(16)} ${variant} load ${load()} | CPU/key ${cpu.toFixed(1)} | trace/key ${(total / 6).toFixed(1)}: ` +
            kinds.map((k) => `${k} ${per(k)}`).join(', ') +
            ` | ET (dur=delay+proc+pres) ${et || 'none>=16'}`,
        );
        if (process.env['BENCH_NAMES'] === '1')
          console.log(
            '   ' +
              [...names.entries()]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 18)
                .map(([n, ms]) => `${n} ${(ms / 6).toFixed(1)}`)
                .join(', '),
          );
      }
  }
} finally {
  await browser.close();
  preview.stop();
}
