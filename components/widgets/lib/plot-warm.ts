/**
 * Observable Plot's first use, cut into pieces small enough to run between a reader's inputs.
 *
 * Measured in Chromium on the development machine (main-thread CPU time, 1x; about 4x that with
 * the CPU slowed down 4x), the first use of Plot cost three things that later uses do not:
 *   - ICU's locale data, 25–40 ms: Plot's module made its default `Intl.NumberFormat('en-US')` as
 *     it was evaluated, and a page's first Intl object loads that data. The object is now made on
 *     first use (src/site/plot-lazy-intl.ts), and no figure of the course uses it, so this cost is
 *     gone (before, it was paid here in two tasks of its own);
 *   - evaluating Plot and d3 themselves, 11–13 ms (measured with ICU's data already loaded);
 *   - the first figure drawn: V8 compiles Plot's code as it first runs it. A tiny figure drawn
 *     first cost 18–25 ms and the same one again 6 ms; a loss chart drawn after it 10–16 ms
 *     instead of 25–35 ms cold.
 * As one task (module evaluation) followed by a cold draw, that work landed right after a reader's
 * first key on a widget. Here each part is a task of its own (the import, then `warmDrawSteps`),
 * so an input waits at most for one part.
 */
import type * as PlotModule from './plot-package.ts';
import type { Markish } from '@observablehq/plot';
import { sinceActivity } from './reader-activity.ts';

/** A promise resolved in a later task (a macrotask: input and rendering can run in between). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A promise resolved when the browser is idle (or after `timeout` ms), else in a later task. */
export const nextIdle = (timeout = 1000): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });

/**
 * How long (ms) after the reader's last key or pointer press, or a widget's last played frame, a
 * warm-up figure may be drawn. Each figure is one task of 7–18 ms at 1x (30–80 ms at 4x CPU
 * slow-down), and an idle period is no promise that no key comes: with keys pressed back to back,
 * traces at 4x showed keys waiting behind warm-up figures of 35–79 ms drawn between them, and a
 * playing widget's frames sharing theirs with figures of 55–88 ms. A reader pressing keys or
 * watching a widget play is using a widget, whose own draws compile Plot's code anyway.
 */
export const quietAfterInput = 400;

/** Idle time (`nextIdle`) at least `quietAfterInput` ms after the last key or pointer press or played frame. */
export async function quietIdle(): Promise<void> {
  for (;;) {
    await nextIdle();
    const since = sinceActivity();
    if (since >= quietAfterInput) return;
    await new Promise((resolve) => setTimeout(resolve, quietAfterInput - since));
  }
}

/**
 * Tiny figures with every kind of mark the widgets use but contours, drawn in detached elements
 * (never shown), so that V8 has compiled Plot's drawing code before a widget's first real draw.
 * One figure per step, each meant for a task of its own: the first (scales, no axes) cost 7–10 ms
 * at 1x, the axes 13–18 ms, each mark 4–9 ms; a loss chart drawn after them took 8–10 ms, its
 * second draw 5–7 ms.
 */
export function warmDrawSteps(Plot: typeof PlotModule, document: Document): (() => void)[] {
  const points = [
    { x: 0, y: 0 },
    { x: 1, y: 1 },
  ];
  const xy = { x: 'x', y: 'y' };
  const scales = { document, width: 120, height: 80, x: { domain: [0, 1] }, y: { domain: [0, 1] } };
  const draw = (marks: Markish[], axes = true) =>
    void Plot.plot({ ...scales, ...(axes ? { grid: true } : { axis: null }), marks });
  return [
    () => draw([Plot.frame()], false),
    () => draw([Plot.frame()]),
    () => draw([Plot.line(points, xy)]),
    () => draw([Plot.dot(points, xy)]),
    () => draw([Plot.ruleX([0.5]), Plot.ruleY([0.5]), Plot.text(points, { ...xy, text: () => 'a' })]),
    () =>
      draw([
        Plot.arrow([{ x1: 0, y1: 0, x2: 1, y2: 1 }], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2' }),
        Plot.rectY([{ x1: 0, x2: 0.5 }], { x1: 'x1', x2: 'x2', y1: 0, y2: 1 }),
      ]),
  ];
}

/**
 * Runs `start` once the reader has used the page: moved or pressed the pointer, touched the
 * screen, turned the wheel or pressed a key (at once if they have already). Until then, and so
 * during a page load with no reader at it (a Lighthouse run), nothing is warmed: the page's load
 * adds no task. A programmatic scroll is not a reader, so `scroll` is not listened to; nor is
 * `navigator.userActivation`, which a page opened by automation (Playwright's, Lighthouse's
 * navigation over the DevTools protocol) reports as active before any input.
 */
export function afterReaderActivity(start: () => void): () => void {
  if (active) {
    start();
    return () => undefined;
  }
  waiting.add(start);
  if (!listening) {
    listening = true;
    for (const type of activityEvents) addEventListener(type, onActivity, { capture: true, passive: true });
  }
  return () => waiting.delete(start);
}

const activityEvents = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown'] as const;
let active = false;
let listening = false;
const waiting = new Set<() => void>();

function onActivity(): void {
  active = true;
  listening = false;
  for (const type of activityEvents) removeEventListener(type, onActivity, { capture: true });
  const starts = [...waiting];
  waiting.clear();
  for (const start of starts) start();
}
