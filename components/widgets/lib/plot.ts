/**
 * Observable Plot, loaded only when a figure is first drawn in the browser, or warmed up before.
 *
 * Plot and d3 are about 290 KB of JavaScript (97 KB gzip). Their first use costs their evaluation
 * and V8's compiling of the drawing code (plot-warm.ts has the numbers; ICU's locale data, which
 * Plot's evaluation used to load as well, is no longer needed: src/site/plot-lazy-intl.ts): as one
 * task and a cold draw it took 95–196 ms of main thread on the development machine, several times
 * more on a phone. A widget's first frame is drawn at build time (PlotFigure), so a widget
 * that comes into view usually has nothing to redraw: nothing is loaded while the page loads.
 * Plot is loaded the first time a figure must really be drawn (a control moved, a link's state,
 * a width the static frame does not fit), or before, in idle time, once a widget has come into
 * view and the reader has used the page, or at once when their pointer or focus enters a widget
 * (`warmPlot`). Either way the work is cut into tasks of its own (the evaluation, and when warming
 * up, small figures drawn to compile the drawing code, one per task), so an input waits for one of
 * them at most.
 *
 * Widgets write `import { Plot } from './plot.ts'` and call `Plot.line(...)` inside their
 * draw functions, as they would with the package itself: `Plot` is a live binding that is set
 * once the package is loaded. On the server, components/widgets/lib/ssr-dom.ts provides it
 * before any widget renders. Types come from `import type * as PlotTypes from '@observablehq/plot'`;
 * the functions available are those plot-package.ts names.
 */
import type * as PlotModule from './plot-package.ts';
import { afterReaderActivity, nextIdle, nextTask, quietIdle, warmDrawSteps } from './plot-warm.ts';

export let Plot: typeof PlotModule = undefined as unknown as typeof PlotModule;

let loading: Promise<typeof PlotModule> | undefined;
/** A figure is waiting for Plot: the steps of its loading no longer wait for idle time. */
let urgent = false;
/** A figure has asked for Plot: its draw compiles Plot's code, no warm-up figure is needed. */
let drawAsked = false;

/** Whether `Plot` can be used now. */
export const plotReady = (): boolean => Plot !== undefined;

/** Sets the package (the server does this synchronously; see ssr-dom.ts). */
export function providePlot(module: typeof PlotModule): void {
  Plot = module;
}

/** Loads the package once; resolves when `Plot` is set. */
export function loadPlot(): Promise<typeof PlotModule> {
  urgent = true;
  return load();
}

/** The loading, in a task of its own (after idle time, unless a figure waits). */
function load(): Promise<typeof PlotModule> {
  if (plotReady()) return Promise.resolve(Plot);
  loading ??= (async () => {
    await (urgent ? nextTask() : nextIdle());
    const module = await import('./plot-package.ts');
    providePlot(module);
    return module;
  })();
  return loading;
}

/**
 * Runs `draw` now if Plot is loaded, else once it is. For an effect: the returned cleanup cancels
 * a draw still waiting (the inputs changed or the figure went away meanwhile).
 *
 * Draws that waited for the package each run in a task of their own, in the order they asked.
 * As promise callbacks they all ran in the task that evaluated Plot: on a phone-width page of the
 * author guide that was one task of Plot's evaluation and three cold draws (a contour map, a loss
 * chart, a sweep chart), and the browser could neither paint nor answer input until its end.
 */
export function whenPlotReady(draw: () => void): (() => void) | undefined {
  drawAsked = true;
  if (plotReady()) {
    draw();
    return undefined;
  }
  let current = true;
  void loadPlot()
    .then(nextTask)
    .then(() => {
      if (current) draw();
    });
  return () => {
    current = false;
  };
}

let warming: Promise<void> | undefined;
/**
 * Loads Plot (in idle time unless a figure waits) and then draws the warm-up figures, once, each
 * in an idle task with no key or pointer press just before it (`quietIdle`); a figure drawn for
 * real meanwhile ends the warm-up (it compiles what it uses).
 */
function warm(): Promise<void> {
  warming ??= (async () => {
    const Plot = await load();
    for (const step of warmDrawSteps(Plot, document)) {
      await quietIdle();
      if (drawAsked) return;
      step();
    }
  })();
  return warming;
}

/**
 * Called by a figure that kept its build frame (so, near the screen, with nothing to draw yet):
 * warms Plot up before the reader's first change, so that change pays neither Plot's loading nor
 * a cold draw. In idle time once the reader has used the page (plot-warm.ts: not during a load
 * nobody watches), or at once when they show interest in `element`'s widget (the pointer enters
 * it, a touch starts, focus moves into it).
 */
export function warmPlot(element: Element): void {
  if (warming) return;
  whenReaderInterested(element, () => void warm());
}

/**
 * Calls `start` once the reader shows interest in `element`'s widget (the pointer enters it, a
 * touch starts, focus moves into it), or in idle time once they have used the page: when Plot is
 * warmed up (`warmPlot`), and when a figure worker is started (figure-client.ts).
 */
export function whenReaderInterested(element: Element, start: () => void): void {
  const widget = element.closest('[data-widget]') ?? element;
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    stopWaiting();
    for (const type of interest) widget.removeEventListener(type, once);
    start();
  };
  for (const type of interest) widget.addEventListener(type, once, { passive: true });
  const stopWaiting = afterReaderActivity(() => void nextIdle().then(once));
}
const interest = ['pointerenter', 'touchstart', 'focusin'] as const;
