/**
 * How bench/interactions.ts drives one widget as a reader would, and reads what the browser
 * reports: Event Timing entries per interaction, long tasks while it plays, the main thread's CPU
 * time (DevTools). See interactions.ts for what is measured and why.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';

const sliders = Number(process.env['BENCH_SLIDERS'] ?? 3);
const playSeconds = Number(process.env['BENCH_PLAY_SECONDS'] ?? 3);

type Timed = { id: number; duration: number; name: string };
export type BenchWindow = Window & { __events: Timed[]; __longTasks: { start: number; duration: number }[] };

/** Interactions' durations (ms) since the count of entries `from`, the worst entry per interaction. */
async function interactionsSince(page: Page, from: number): Promise<number[]> {
  // Two frames, then a pause: the last interaction's paint has happened and its entry is queued.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(50);
  const events = await page.evaluate((n) => (window as unknown as BenchWindow).__events.slice(n), from);
  const worst = new Map<number, number>();
  for (const e of events) worst.set(e.id, Math.max(worst.get(e.id) ?? 0, e.duration));
  return [...worst.values()];
}

const eventCount = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__events.length);

export type Measured = { kind: string; durations: number[] };
/**
 * What one widget gave: its interactions by kind of control, the longest task while it played
 * (ms; 0: none over 50 ms), and the main thread's CPU time (ms) over its other interactions.
 */
type Driven = { measured: Measured[]; playTask: number | null; cpu: number; cpuInputs: number; first: First | null };
/**
 * A widget's first input, measured alone: its Event Timing duration (0: under 16 ms) and the main
 * thread's CPU time from just before the control took focus to that input's paint. The first
 * input can pay what the later ones do not: Plot's loading and evaluation (plot.ts warms it when
 * focus enters the widget), a figure's first cold draw.
 */
export type First = { kind: string; duration: number; cpu: number };

/** The main thread's CPU time so far (ms), from DevTools (Performance.enable with thread ticks). */
export async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

/**
 * Drives each kind of control of one widget; returns, per kind of control, every interaction's
 * duration (0 for those under the 16 ms the browser reports).
 */
export async function drive(page: Page, cdp: CDPSession, widget: Locator): Promise<Driven> {
  const out: Measured[] = [];
  let playTask: number | null = null;
  let cpu = 0;
  let cpuInputs = 0;
  let first: First | null = null;
  let kindNow = '';
  /** Runs the widget's first input (`input`, after `prepare`) alone and measures it; later inputs just run. */
  const firstInput = async (prepare: () => Promise<void>, input: () => Promise<void>) => {
    if (first !== null) {
      await prepare();
      return input();
    }
    const from = await eventCount(page);
    const cpuFrom = await threadTime(cdp);
    await prepare();
    await input();
    const durations = await interactionsSince(page, from);
    first = { kind: kindNow, duration: Math.max(0, ...durations), cpu: (await threadTime(cdp)) - cpuFrom };
  };
  const group = async (kind: string, body: () => Promise<number>) => {
    kindNow = kind;
    const from = await eventCount(page);
    const cpuFrom = await threadTime(cdp);
    const made = await body();
    if (made === 0) return;
    const durations = await interactionsSince(page, from);
    if (kind !== 'play/pause') {
      cpu += (await threadTime(cdp)) - cpuFrom;
      cpuInputs += made;
    }
    out.push({ kind, durations: [...durations, ...Array<number>(Math.max(0, made - durations.length)).fill(0)] });
  };
  const press = async (target: Locator, keys: string[]) => {
    const [key, ...rest] = keys;
    if (key === undefined) return 0;
    await firstInput(
      () => target.focus(),
      () => page.keyboard.press(key),
    );
    for (const next of rest) await page.keyboard.press(next);
    return keys.length;
  };
  const ranges = widget.locator('input[type="range"]:enabled');
  for (let i = 0; i < Math.min(sliders, await ranges.count()); i++) {
    const range = ranges.nth(i);
    if (await range.isVisible())
      await group(`slider ${i + 1}`, () => press(range, ['ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowDown']));
  }
  const selects = widget.locator('select:enabled');
  for (let i = 0; i < (await selects.count()); i++) {
    const select = selects.nth(i);
    if (await select.isVisible()) await group(`select ${i + 1}`, () => press(select, ['ArrowDown', 'ArrowUp']));
  }
  const step = widget.getByRole('button', { name: /^(Step|单步|步进|走一步)/ }).first();
  if ((await step.count()) > 0 && (await step.isVisible())) await group('step', () => press(step, ['Enter', 'Enter']));
  const play = widget.locator('button', { hasText: /^(?:(?:Play|Train|Run)\b|(?:播放|训练)$)/ }).first();
  if ((await play.count()) > 0 && (await play.isVisible())) {
    await group('play/pause', async () => {
      const from = await page.evaluate(() => performance.now());
      await press(play, ['Enter']);
      await page.waitForTimeout(playSeconds * 1000);
      const to = await page.evaluate(() => performance.now());
      // The same button now reads Pause (or 暂停); focus stayed on it.
      await page.keyboard.press('Enter');
      // The browser's long tasks (over 50 ms) that began while it played.
      const tasks = await page.evaluate(
        ([from, to]) => (window as unknown as BenchWindow).__longTasks.filter((t) => t.start >= from && t.start < to),
        [from, to] as const,
      );
      playTask = Math.max(0, ...tasks.map((t) => t.duration));
      return 2;
    });
  }
  const map = widget.locator('[role="application"]').first();
  if ((await map.count()) > 0 && (await map.isVisible())) {
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (box) {
      await group('map tap', async () => {
        await firstInput(
          async () => {},
          () => page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2),
        );
        return 1;
      });
    }
  }
  return { measured: out, playTask, cpu, cpuInputs, first };
}
