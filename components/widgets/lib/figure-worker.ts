/**
 * The worker side of figures drawn off the main thread (figure-client.ts has the why). A widget
 * names its figures' draw functions in a worker entry of its own folder:
 *
 * ```ts
 * // components/widgets/NesterovCompare/figures.worker.ts
 * serveFigures({ runs: drawRunsBase, speed: drawSpeedBase });
 * ```
 *
 * Each function is the one the widget's figure draws with on the main thread and at build time
 * (so the three cannot disagree), called with its input (structured-cloned from the page) and a
 * document of linkedom's, as the build's are (ssr-dom.ts). The worker answers with the figure
 * as plain data (figure-tree.ts), made accessible as PlotFigure makes it (accessible-figure.ts).
 */
import { loadPlot } from './plot.ts';
import { toAccessibleFigure } from './accessible-figure.ts';
import { toTree, type FigureNode } from './figure-tree.ts';
import type { DrawContext } from './PlotFigure.tsx';
import type { DrawReply, DrawRequest, WorkerSetup } from './figure-client.ts';

/** A figure's draw function: its input (plain data), and the document and size to draw with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each figure has its own input type
export type FigureDraw = (input: any, context: DrawContext) => Element;

/** The figure `request` asks for, then its hidden description, as trees of plain data (figure-tree.ts). */
export function drawTree(
  draws: Readonly<Record<string, FigureDraw>>,
  request: DrawRequest,
  document: Document,
): FigureNode[] {
  const draw = draws[request.figure];
  if (!draw)
    throw new Error(`no figure named "${request.figure}" in this worker (it has ${Object.keys(draws).join(', ')})`);
  const figure = draw(request.input, { document, width: request.width, height: request.height });
  // Plot numbers its clip paths, patterns and markers from 1 in each thread (plot-clip-1): the
  // worker's would take the ids of figures the page draws, and a url(#plot-clip-1) in one figure
  // clip to the other's rectangle. They are named after the figure (its description's id is unique).
  const named = (value: string) => value.replace(plotIds, `${request.descriptionId}-$&`);
  return toAccessibleFigure(figure, request.descriptionId).map((element) => toTree(element, named));
}
const plotIds = /\bplot-(?:clip|pattern|marker)-\d+\b/g;

interface WorkerScope {
  onmessage: ((event: { data: (DrawRequest & { id: number }) | WorkerSetup }) => Promise<void>) | null;
  postMessage(message: DrawReply): void;
}

/**
 * Gives Plot, about to load in this worker, the page's screen: Plot sets its marks' half-pixel
 * offset from `window.devicePixelRatio` as it loads (style.js), and without a window it draws as
 * at build time (no offset), so on a screen of ratio 1 a worker's 1 px lines fell across two rows
 * of pixels, blurred, and half a pixel off the overlay drawn over them (scales.ts, plotOffset).
 * Only that number is given (Plot is handed its document with every draw).
 */
export function showScreen(scope: object, { pixelRatio }: WorkerSetup): void {
  const withWindow = scope as { window?: { devicePixelRatio: number } };
  withWindow.window ??= { devicePixelRatio: pixelRatio };
}

/** Answers the page's draw requests with `draws`. Called once, by a widget's worker entry. */
export function serveFigures(draws: Readonly<Record<string, FigureDraw>>): void {
  // Plot is loaded as on the page (plot.ts), and linkedom beside it, once the page has said what
  // screen it is on (its first message, figure-client.ts); requests wait for both, in order. Both
  // are chunks of their own: every widget's worker loads the same two files (the browser's cache
  // has them after the first).
  const scope = globalThis as unknown as WorkerScope;
  let ready: Promise<[unknown, Document]> | undefined;
  const load = () =>
    Promise.all([
      loadPlot(),
      import('linkedom/worker').then(({ parseHTML }) => parseHTML('<!doctype html><html><body></body></html>').document),
    ]);
  scope.onmessage = async ({ data }) => {
    if (!('figure' in data)) {
      showScreen(globalThis, data);
      ready ??= load();
      return;
    }
    try {
      const [, document] = await (ready ??= load());
      scope.postMessage({ id: data.id, nodes: drawTree(draws, data, document) });
    } catch (error) {
      scope.postMessage({
        id: data.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  };
}
