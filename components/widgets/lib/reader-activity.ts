/**
 * When the page last saw the reader at work: a key or pointer press, or a frame of a widget that
 * plays or trains. Background work that can wait (plot-warm.ts's warm-up figures) waits for a
 * quiet moment after it. A module of its own, so that the widgets' animation loops (hooks.ts,
 * frame-scheduler.ts) note their frames without loading the warm-up code with them.
 *
 * It also knows whether the frame that answers the reader's latest input is still to come
 * (`inputAwaitingFrame`): work that can wait (draw-queue.ts's turns, frame-scheduler.ts's frames)
 * then gives that frame to the input. With keys pressed back to back (a reader holding one), the
 * previous key's deferred work ran between the next key's handler and its frame, or in that frame's
 * animation callbacks: the Trainer's new networks (a 14-19 ms task at full CPU speed) and its
 * decision boundaries (13 ms in the frame), and the key was painted a frame or two late
 * (bench/input-breakdown.ts with BENCH_GAP=0: 24-48 ms where a bare slider takes 16).
 */

let lastActivity = -Infinity;
/** An input was handled and no animation frame has begun since. */
let inputPending = false;
/** The animation frame time (requestAnimationFrame's argument) of the frame that answered the last input. */
let answeredIn = NaN;

const onInput = () => {
  lastActivity = performance.now();
  if (inputPending || typeof requestAnimationFrame !== 'function') return;
  inputPending = true;
  requestAnimationFrame((time) => {
    inputPending = false;
    answeredIn = time;
  });
};
for (const type of ['keydown', 'pointerdown', 'input'] as const)
  globalThis.addEventListener?.(type, onInput, { capture: true, passive: true });

/** Called on each frame of a widget that plays or trains (hooks.ts's useAnimationFrame, frame-scheduler.ts). */
export function noteAnimationFrame(): void {
  lastActivity = performance.now();
}

/** Milliseconds since the last key or pointer press or played frame (Infinity before any). */
export const sinceActivity = (): number => performance.now() - lastActivity;

/**
 * Whether the reader's latest input (a key or pointer press, an input event) still waits for the
 * frame that answers it: in a task, the input was handled and no frame has begun since; in an
 * animation frame callback (pass the frame's `time`, requestAnimationFrame's argument), this
 * frame is that one, whichever callback of the frame asks first.
 */
export const inputAwaitingFrame = (time?: number): boolean =>
  inputPending || (time !== undefined && time === answeredIn);

/**
 * How long (ms) a loop of animation frames (frame-scheduler.ts, hooks.ts's useAnimationFrame) may
 * leave its frames to the reader's input in a row: with a key held down, the work still goes on.
 */
export const maxDeferred = 250;

/**
 * The rule of a loop of animation frames that plays or trains (frame-scheduler.ts, hooks.ts's
 * useAnimationFrame), one per loop. Called first in each frame with the frame's `time`
 * (requestAnimationFrame's argument) and the clock's `now`: it notes the frame as the reader's
 * activity, and says whether this frame answers an input (`answersInput`), so that its work waits
 * for the next frame; for at most `maxDeferred` ms in a row, so that a key held down does not stop it.
 */
export function createInputYield(
  answersInput: (time: number) => boolean = inputAwaitingFrame,
): (time: number, now: number) => boolean {
  // Since when frames have been left to the reader's input (null: the last one did its work).
  let deferredSince: number | null = null;
  return (time, now) => {
    noteAnimationFrame();
    if (answersInput(time) && now - (deferredSince ??= now) < maxDeferred) return true;
    deferredSince = null;
    return false;
  };
}

/** Runs `task` when the browser is idle (at most 1 s later); returns a cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

/**
 * Runs `task` in idle time at least `quiet` ms after the reader's last key or pointer press or a
 * widget's last played frame; returns a cancel function. An idle callback alone runs within its
 * 1 s timeout while a widget plays: PlotFigure's redraw of a scaled build frame at its real width,
 * asked for by AdamInternals' first Play, redrew its three figures during play.
 */
export function whenQuiet(quiet: number, task: () => void): () => void {
  let cancel = () => {};
  const wait = () => {
    cancel = whenIdle(() => {
      const since = sinceActivity();
      if (since >= quiet) {
        task();
        return;
      }
      const timer = setTimeout(wait, quiet - since);
      cancel = () => clearTimeout(timer);
    });
  };
  wait();
  return () => cancel();
}
