import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { afterNextPaint } from './draw-queue.ts';

/**
 * `run`, once, after the next paint, however many times `request()` was called before then.
 *
 * Why: a reader holding an arrow key presses it faster than a widget can retrain; each press
 * should be painted at once, and the work follow once for the last of them, not once per press.
 */
export interface LatestTask {
  /** Asks for a run after the next paint (nothing more if one is already waiting). */
  request(): void;
  /** Forgets the waiting run, if any (the component has gone). */
  cancel(): void;
  readonly pending: boolean;
}

export function createLatestTask(run: () => void, post: (task: () => void) => void = afterNextPaint): LatestTask {
  let pending = false;
  // A posted task cannot be withdrawn: the one cancelled finds a newer generation and does nothing.
  let generation = 0;
  return {
    request() {
      if (pending) return;
      pending = true;
      const mine = generation;
      post(() => {
        if (mine !== generation) return;
        pending = false;
        run();
      });
    },
    cancel() {
      generation++;
      pending = false;
    },
    get pending() {
      return pending;
    },
  };
}

/**
 * `compute()` for the inputs that `key` names, computed again when `key` changes, but in a task
 * after the frame that answers the input (until then the component shows the value it has), and
 * only for the latest key: keys replaced before that task ran are never computed. The first render
 * computes at once (the build's frame and hydration must agree). `flush()` gives the value for the
 * latest key at once, for a handler that acts on it now.
 *
 * Unlike `useAfterPaint` (after-paint.ts), which computes in a passive effect, nothing here runs in
 * the next input's handler: Preact runs a component's pending passive effects before it renders
 * again, so a second key press arriving before the effect computed the first press's stale value
 * inside its own handler (the Trainer's seed slider: one retrain per press, in the press).
 */
export function useLatestAfterPaint<T>(compute: () => T, key: string): { value: T; flush: () => T } {
  const [held, setHeld] = useState<{ key: string; value: T }>(() => ({ key, value: compute() }));
  const latest = useRef({ compute, key, held });
  latest.current.compute = compute;
  latest.current.key = key;
  // latest.current.held is set by every flush, so it may be ahead of `held` (not yet rendered).
  const flush = (): T => {
    const { compute, key, held } = latest.current;
    if (held.key === key) return held.value;
    const next = { key, value: compute() };
    latest.current.held = next;
    setHeld(next);
    return next.value;
  };
  const task = useMemo(() => createLatestTask(() => void flush()), []);
  useLayoutEffect(() => {
    if (key !== latest.current.held.key) task.request();
  }, [key]);
  useLayoutEffect(() => () => task.cancel(), []);
  return { value: held.value, flush };
}
