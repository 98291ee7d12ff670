/**
 * Figure redraws, run after the reader's input has been answered, one figure per task.
 *
 * ```ts
 * const cancel = drawQueue.schedule(figureKey, () => element.replaceChildren(draw()));
 * ```
 *
 * Why: a control that moves a widget's state redraws several Plot figures (a contour map and two
 * charts, say). Drawn in one task, as Preact runs all the passive effects of a render together,
 * they made a task of 150–300 ms on a phone-class CPU, and a reader's next key press or tap waited
 * for the whole of it (bench/interactions.ts measured 240 ms on the Adagrad chapter at 4× CPU
 * slowdown). Here each figure is drawn in a task of its own (several cheap ones share a task, up
 * to `budget` ms), so the browser can handle input and paint between them. A figure scheduled
 * again before it was drawn keeps its place in the line and draws only the latest state: a reader
 * holding an arrow key down sees the last position, not every stale one on the way.
 */

export interface DrawQueueOptions {
  /** Milliseconds of drawing per task; a task always draws at least one figure. Default 8. */
  budget?: number;
  /** The clock (ms). Default `performance.now`. */
  now?: () => number;
  /** Runs `task` in a later task. Default `setTimeout(task, 0)`. */
  post?: (task: () => void) => void;
}

export interface DrawQueue {
  /**
   * Draws `draw` in a later task, in place of what `key` had waiting. Returns a cancel function,
   * which forgets the draw if it is still waiting (and has not been replaced by another).
   */
  schedule(key: object, draw: () => void): () => void;
  /** How many figures are waiting. */
  readonly pending: number;
}

export const drawQueueDefaults = Object.freeze({ budget: 8 });

export function createDrawQueue(options: DrawQueueOptions = {}): DrawQueue {
  const budget = options.budget ?? drawQueueDefaults.budget;
  if (!(budget > 0)) throw new RangeError(`budget must be > 0 ms, got ${budget}`);
  const now = options.now ?? (() => performance.now());
  const post = options.post ?? ((task: () => void) => void setTimeout(task, 0));
  // A Map keeps insertion order, and setting a key already there keeps its place.
  const waiting = new Map<object, () => void>();
  let posted = false;

  const run = () => {
    posted = false;
    const begin = now();
    try {
      for (const [key, draw] of waiting) {
        waiting.delete(key);
        draw();
        if (now() - begin >= budget) break;
      }
    } finally {
      // Also after a draw that threw: the other figures still get drawn.
      if (waiting.size > 0) wake();
    }
  };
  const wake = () => {
    if (posted) return;
    posted = true;
    post(run);
  };

  return {
    schedule(key, draw) {
      waiting.set(key, draw);
      wake();
      return () => {
        if (waiting.get(key) === draw) waiting.delete(key);
      };
    },
    get pending() {
      return waiting.size;
    },
  };
}

/** The page's one queue: figures of all widgets take turns. */
export const drawQueue: DrawQueue = createDrawQueue();
