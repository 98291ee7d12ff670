/**
 * Observable Plot, loaded only when a figure is first drawn in the browser.
 *
 * Plot and d3 are about 290 KB of JavaScript (97 KB gzip). Evaluating them took 95–196 ms of
 * main thread on the development machine (57 ms of it Plot creating its default number format),
 * and a figure's first, cold draw up to 366 ms more; a phone is several times slower. A widget's
 * first frame is drawn at build time (PlotFigure), so a widget that comes into view usually has
 * nothing to redraw: Plot is fetched and evaluated the first time a figure must
 * really be drawn (a control moved, a link's state, a width the static frame does not fit), or
 * earlier when the reader's pointer or focus enters the widget (`warmPlot`).
 *
 * Widgets write `import { Plot } from './plot.ts'` and call `Plot.line(...)` inside their
 * draw functions, as they would with the package itself: `Plot` is a live binding that is set
 * once the package is loaded. On the server, components/widgets/lib/ssr-dom.ts provides it
 * before any widget renders. Types come from `import type * as PlotTypes from '@observablehq/plot'`;
 * the functions available are those plot-package.ts names.
 */
import type * as PlotModule from './plot-package.ts';

export let Plot: typeof PlotModule = undefined as unknown as typeof PlotModule;

let loading: Promise<typeof PlotModule> | undefined;

/** Whether `Plot` can be used now. */
export const plotReady = (): boolean => Plot !== undefined;

/** Sets the package (the server does this synchronously; see ssr-dom.ts). */
export function providePlot(module: typeof PlotModule): void {
  Plot = module;
}

/** Loads the package once; resolves when `Plot` is set. */
export function loadPlot(): Promise<typeof PlotModule> {
  if (plotReady()) return Promise.resolve(Plot);
  loading ??= import('./plot-package.ts').then((module) => {
    providePlot(module);
    return module;
  });
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

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Starts loading Plot as soon as the reader shows interest in `element`'s widget (the pointer
 * enters it, a touch starts, focus moves into it), so a first change rarely waits for the download.
 */
export function warmPlot(element: Element): void {
  if (plotReady()) return;
  const widget = element.closest('[data-widget]') ?? element;
  const warm = () => {
    for (const type of events) widget.removeEventListener(type, warm);
    void loadPlot();
  };
  for (const type of events) widget.addEventListener(type, warm, { passive: true });
}
const events = ['pointerenter', 'touchstart', 'focusin'] as const;
