/**
 * Figures drawn in a Web Worker: the page's side (figure-worker.ts is the worker's).
 *
 * ```ts
 * const figures = createFigureClient(() => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }));
 * <OverlayFigure draw={(context) => drawRunsBase(base, context)} offThread={{ client: figures, figure: 'runs', input: base }} … />
 * ```
 *
 * Why: a figure whose base must really change (a select that picks another surface, a log axis
 * that steps) is one Plot draw, 60–140 ms of main thread at 4× CPU slowdown. The draw already runs
 * after the input's paint (draw-queue.ts), but a key pressed while it runs waits for all of it, and
 * that wait is most of what was left over 100 ms in bench/interactions.ts (issue #21). In a worker,
 * Plot draws into a document of linkedom's, as at build time, and the page only builds the elements
 * it posts back (figure-tree.ts). The worker is started when the reader shows interest in the widget (as Plot is
 * warmed up, plot.ts), so its loading is not on the first key's path either.
 *
 * One draw per figure (a `slot`) is in the worker at a time; a newer request for the same slot
 * waits, and replaces any request that was waiting before it (`superseded`): keys held down draw
 * the latest state, not every state on the way. When the worker cannot run (no Worker, its script
 * failed to load, a draw threw), requests answer `failed` and the figure draws on the main thread
 * as before; after a worker error every later request does too.
 */
import type { FigureNode } from './figure-tree.ts';

/** What the page asks the worker to draw. `input` must be structured-cloneable (plain data). */
export interface DrawRequest {
  figure: string;
  input: unknown;
  width: number;
  height: number;
  descriptionId: string;
}

/**
 * The worker's first message, before any draw: the screen's device pixel ratio. Plot reads it from
 * `window` as it loads (on a screen of ratio 1 it moves its marks half a pixel, so that a 1 px line
 * covers one row of pixels): a worker has no window, so figure-worker.ts is told before it loads Plot.
 */
export interface WorkerSetup {
  pixelRatio: number;
}

export type DrawReply = { id: number; nodes: FigureNode[] } | { id: number; error: string };

export type DrawResult = { kind: 'drawn'; nodes: FigureNode[] } | { kind: 'superseded' } | { kind: 'failed' };

export interface FigureClient {
  /** Draws `request` in the worker (starting it if need be). */
  draw(slot: object, request: DrawRequest): Promise<DrawResult>;
  /** Starts the worker ahead of the first draw. */
  start(): void;
  /** Whether the worker is out of use: every draw answers `failed`. */
  readonly failed: boolean;
}

/** The part of a Worker the client uses (a test passes a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

type Resolve = (result: DrawResult) => void;

export function createFigureClient(makeWorker: () => WorkerLike): FigureClient {
  let worker: WorkerLike | null = null;
  let failed = false;
  let nextId = 0;
  const inFlight = new Map<number, { slot: object; resolve: Resolve }>();
  const busy = new Set<object>();
  const waiting = new Map<object, { request: DrawRequest; resolve: Resolve }>();

  const fail = (why: unknown) => {
    if (failed) return;
    failed = true;
    console.warn('Figures are drawn on the main thread: the figure worker failed.', why);
    worker?.terminate();
    worker = null;
    for (const { resolve } of [...inFlight.values(), ...waiting.values()]) resolve({ kind: 'failed' });
    inFlight.clear();
    waiting.clear();
    busy.clear();
  };

  const send = (slot: object, request: DrawRequest, resolve: Resolve) => {
    const id = ++nextId;
    inFlight.set(id, { slot, resolve });
    busy.add(slot);
    worker!.postMessage({ id, ...request });
  };

  const answer = (reply: DrawReply) => {
    const entry = inFlight.get(reply.id);
    if (!entry) return;
    inFlight.delete(reply.id);
    busy.delete(entry.slot);
    if ('nodes' in reply) entry.resolve({ kind: 'drawn', nodes: reply.nodes });
    else {
      // One figure's draw threw: the main thread draws it, and shows the error as it would.
      console.warn('A figure could not be drawn in the worker.', reply.error);
      entry.resolve({ kind: 'failed' });
    }
    const next = waiting.get(entry.slot);
    if (next && worker) {
      waiting.delete(entry.slot);
      send(entry.slot, next.request, next.resolve);
    }
  };

  const start = () => {
    if (worker || failed) return;
    try {
      worker = makeWorker();
    } catch (error) {
      fail(error);
      return;
    }
    worker.onmessage = (event) => answer(event.data as DrawReply);
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event);
    };
    worker.onmessageerror = fail;
    const setup: WorkerSetup = { pixelRatio: globalThis.devicePixelRatio ?? 1 };
    worker.postMessage(setup);
  };

  return {
    start,
    get failed() {
      return failed;
    },
    draw(slot, request) {
      start();
      if (failed) return Promise.resolve({ kind: 'failed' });
      return new Promise<DrawResult>((resolve) => {
        if (!busy.has(slot)) {
          try {
            send(slot, request, resolve);
          } catch (error) {
            // An input that cannot be posted (a function in it): a mistake in the widget, shown in
            // the console; the figure is drawn on the main thread.
            console.error(`The input of figure "${request.figure}" cannot be sent to its worker.`, error);
            inFlight.delete(nextId);
            busy.delete(slot);
            resolve({ kind: 'failed' });
          }
          return;
        }
        waiting.get(slot)?.resolve({ kind: 'superseded' });
        waiting.set(slot, { request, resolve });
      });
    },
  };
}
