import { inputAwaitingFrame } from './reader-activity.ts';

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
 *
 * The first figure waits for the next paint (`afterNextPaint`: an animation frame, then a task),
 * not just for a later task: a `setTimeout(0)` task often ran before the browser painted the
 * input's frame, so the draw still counted in the interaction (Event Timing: input to next paint).
 * The figures after it follow in plain tasks, as the reader has already seen the input answered.
 *
 * A turn gives way to the reader's input (`inputPending`): when a key press is waiting (Chromium's
 * `isInputPending()`), or has been handled and its frame has not begun yet (reader-activity.ts's
 * `inputAwaitingFrame`), the figures left wait for that input's paint. Keys pressed back to back
 * (a reader holding one) came in while the previous key's figures were drawn, and each waited for
 * the whole task (its input delay) and then for the next draws before its frame was painted
 * (bench/input-breakdown.ts). A figure gives way for at most `maxBehind` ms in a row.
 */

export interface DrawQueueOptions {
  /** Milliseconds of drawing per task; a task always draws at least one figure. Default 8. */
  budget?: number;
  /** The clock (ms). Default `performance.now`. */
  now?: () => number;
  /** Runs `task` after the next paint: the first figure's turn. Default `afterNextPaint` (with `frame`). */
  post?: (task: () => void) => void;
  /** Runs `callback` in the animation frame before the next paint. Default `requestAnimationFrame`. */
  frame?: (callback: () => void) => void;
  /** Runs `task` in a later task: the turns of the figures after it. Default `post`, or a MessageChannel task when `post` is the default. */
  postTask?: (task: () => void) => void;
  /**
   * Whether the reader's input is waiting for the main thread or for its frame. Default: Chromium's
   * `navigator.scheduling.isInputPending()` where there is one, or an input handled whose frame
   * has not begun (`inputAwaitingFrame`).
   */
  inputPending?: () => boolean;
}

/** Runs `task` in a task of its own, soon (a MessageChannel message: no 4 ms clamp as nested timeouts get). */
export function postTask(task: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(task, 0);
    return;
  }
  taskLine.push(task);
  channel ??= newChannel();
  channel.port2.postMessage(null);
}
const taskLine: (() => void)[] = [];
let channel: MessageChannel | undefined;
function newChannel(): MessageChannel {
  const made = new MessageChannel();
  made.port1.onmessage = () => taskLine.shift()?.();
  return made;
}

/**
 * Runs `task` after the browser has painted the current frame: `frame` (requestAnimationFrame)
 * runs just before that paint, and the task it posts (`then`) after it.
 */
export function afterNextPaint(
  task: () => void,
  frame: (callback: () => void) => void = (callback) =>
    typeof requestAnimationFrame === 'function' ? void requestAnimationFrame(callback) : void setTimeout(callback, 0),
  then: (task: () => void) => void = postTask,
): void {
  frame(() => then(task));
}

/**
 * Runs `task` in a task of its own (`postTask`), or, when a reader's input has been handled by then
 * and its frame has not begun (reader-activity.ts), after that frame: after-paint.ts's render of a
 * value computed for an earlier key would otherwise make the next key's frame late.
 */
export function renderAfterInput(task: () => void, awaiting: () => boolean = inputAwaitingFrame): void {
  postTask(() => (awaiting() ? afterNextPaint(task) : task()));
}

export interface DrawQueue {
  /**
   * Draws `draw` in a later task, in place of what `key` had waiting. Returns a cancel function,
   * which forgets the draw if it is still waiting (and has not been replaced by another).
   */
  schedule(key: object, draw: () => void): () => void;
  /**
   * Runs `task` now: the render of what was computed after the input's paint (after-paint.ts).
   * What that render schedules (until the microtasks `task` queued have run: Preact renders a
   * state change in a microtask) needs no other paint first, and follows in a plain task, so the
   * value and the figures it redraws reach the screen in one frame, not one frame each.
   */
  afterPaint(task: () => void): void;
  /** How many figures are waiting. */
  readonly pending: number;
}

export const drawQueueDefaults = Object.freeze({ budget: 8 });

/** `navigator.scheduling.isInputPending()` (Chromium), feature-detected; false where there is none. */
export function isInputPending(): boolean {
  const scheduling = (globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined)
    ?.scheduling;
  return typeof scheduling?.isInputPending === 'function' ? scheduling.isInputPending() : false;
}

export function createDrawQueue(options: DrawQueueOptions = {}): DrawQueue {
  const budget = options.budget ?? drawQueueDefaults.budget;
  if (!(budget > 0)) throw new RangeError(`budget must be > 0 ms, got ${budget}`);
  const now = options.now ?? (() => performance.now());
  // How many paints the queue has waited for: counted in the animation frame, before the paint.
  let paints = 0;
  const plainTask = options.postTask ?? postTask;
  const post =
    options.post ??
    ((task: () => void) =>
      afterNextPaint(task, options.frame, (then) => {
        paints++;
        plainTask(then);
      }));
  // A posted `post` callback of its own counts the paint it waited for as it runs.
  const postAfterPaint = options.post ? (task: () => void) => post(() => (paints++, task())) : post;
  const next = options.postTask ?? (options.post ? post : postTask);
  const inputPending = options.inputPending ?? (() => isInputPending() || inputAwaitingFrame());
  // A Map keeps insertion order, and setting a key already there keeps its place. `after`: the
  // count of paints when it was scheduled, whose next paint it waits for (-1: none).
  const waiting = new Map<object, { draw: () => void; after: number }>();
  const posted = { paint: false, task: false };
  let running = false;
  // Inside a render of after-paint work (afterPaint), until its microtasks have run.
  let afterPaintRenders = 0;
  // Since when the queue has been giving its turns to the reader's input (null: it has not).
  let yieldingSince: number | null = null;

  const run = () => {
    running = true;
    const begin = now();
    let yielded = false;
    try {
      for (const [key, entry] of waiting) {
        // Scheduled by a render whose frame is not painted yet (a key pressed between the paint
        // this turn waited for and the turn): it waits for its own paint.
        if (entry.after >= paints) continue;
        if (inputPending() && now() - (yieldingSince ??= now()) < maxBehind) {
          yielded = true;
          break;
        }
        yieldingSince = null;
        waiting.delete(key);
        entry.draw();
        if (now() - begin >= budget) break;
      }
    } finally {
      running = false;
      // Also after a draw that threw: the other figures still get drawn. After the input's frame
      // when one is waiting: it re-renders the widget, so these draws may be stale already.
      const ready = [...waiting.values()].some((entry) => entry.after < paints);
      if (waiting.size > 0) wake(yielded || !ready ? 'paint' : 'task');
    }
  };
  const wake = (how: 'paint' | 'task') => {
    if (posted[how]) return;
    posted[how] = true;
    (how === 'paint' ? postAfterPaint : next)(() => {
      posted[how] = false;
      run();
    });
  };

  return {
    schedule(key, draw) {
      // Scheduled by a draw (the next stage of a staged computation, after-paint.ts) or by the
      // render of after-paint work: the input has been answered already, so its turn is a plain
      // task (or this one, within the budget), not the next paint.
      const painted = running || afterPaintRenders > 0;
      waiting.set(key, { draw, after: painted ? -1 : paints });
      wake(painted ? 'task' : 'paint');
      return () => {
        if (waiting.get(key)?.draw === draw) waiting.delete(key);
      };
    },
    afterPaint(task) {
      afterPaintRenders++;
      try {
        task();
      } finally {
        queueMicrotask(() => afterPaintRenders--);
      }
    },
    get pending() {
      return waiting.size;
    },
  };
}

/** The page's one queue: figures of all widgets take turns. */
export const drawQueue: DrawQueue = createDrawQueue();

/**
 * How long (ms) a figure may stay behind its inputs while newer ones keep arriving: a reader
 * holding a key down still sees the figure follow, a few times a second.
 */
export const maxBehind = 250;

/**
 * Whether a figure's draw queued for the inputs of render `queued` should run now, when the widget
 * has since rendered `newest` and the figure has been behind since `behindSince` (ms, as `now`).
 *
 * Why: a reader pressing keys back to back re-renders the widget before the previous key's draw
 * runs. That newer render's frame is not painted yet (its effect, which queues the next draw, runs
 * after the paint), and a Plot rebuild run now would hold that paint back: the input delay of the
 * next key press (bench/interactions.ts: up to 20 ms at 1x on DescentBowl, 50 ms at 4x). The
 * newer render's own draw follows its paint; this one is skipped, unless the figure has waited
 * `maxBehind` ms.
 */
export function drawIsDue(queued: number, newest: number, behindSince: number, now: number): boolean {
  return queued === newest || now - behindSince >= maxBehind;
}
