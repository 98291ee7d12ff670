import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { drawQueue, postTask, type DrawQueue } from './draw-queue.ts';

export interface AfterPaintOptions {
  /** The queue whose turn computes the value. Default: the page's draw queue (draw-queue.ts). */
  queue?: DrawQueue;
  /** Runs the render of a computed value in a task of its own. Default `postTask`. */
  renderTask?: (task: () => void) => void;
}

/**
 * `compute()`, computed again when `deps` change, but after the frame that answers the input has
 * been painted, and once for the latest `deps` however many inputs came in before its turn: until
 * then the component shows the value it had. The first render computes at once (the build's frame
 * and hydration must agree). `flush()` gives the value for the latest `deps` at once, for a
 * handler that needs it now (Ctrl+Enter runs the rule just typed; Train acts on the new networks;
 * a download saves what it shows).
 *
 * ```ts
 * const settled = useAfterPaint(() => ({ ground, result: runCell(...) }), [ground, source, params]);
 * ```
 *
 * Why: a widget that ran its optimizers or retrained its networks inside the render of the
 * reader's key press painted the slider's new value only after every run (80 ms and more at 4x CPU
 * slowdown: RuleCell, ScheduleView, AdamInternals, the Trainer). Here:
 * - the runs wait for the page's draw queue, whose first turn follows the paint of the input's
 *   frame, and a run still waiting is replaced by a newer input's. A passive effect would not do:
 *   Preact runs a component's pending effects inside its next render, so the second of two keys
 *   pressed back to back (as a reader holding a key does) paid for the first one's runs in its
 *   own handler;
 * - the render of what they computed (the figures) is a task of its own after the runs: in one
 *   task the two made one long task, which the reader's next key press had to wait for.
 */
export function useAfterPaint<T>(
  compute: () => T,
  deps: readonly unknown[],
  { queue = drawQueue, renderTask = postTask }: AfterPaintOptions = {},
): { value: T; flush: () => T } {
  type Held = { deps: readonly unknown[]; value: T };
  const [held, setHeld] = useState<Held>(() => ({ deps, value: compute() }));
  const kept = useRef<Kept<T> | null>(null);
  kept.current ??= keeper(held, setHeld, renderTask);
  const k = kept.current;
  k.compute = compute;
  k.deps = deps;
  const stale = !sameDeps(k.held.deps, deps);
  useLayoutEffect(() => {
    if (stale) k.cancel = queue.schedule(k, k.settle);
  });
  useLayoutEffect(
    () => () => {
      k.alive = false;
      k.cancel?.();
    },
    [],
  );
  return { value: held.value, flush: k.flush };
}

interface Kept<T> {
  compute: () => T;
  deps: readonly unknown[];
  /** What was last handed to the component (it may not have rendered it yet). */
  held: { deps: readonly unknown[]; value: T };
  /** Computed in the queue's turn, waiting for its render task. */
  pending: { deps: readonly unknown[]; value: T } | null;
  alive: boolean;
  cancel?: () => void;
  settle: () => void;
  flush: () => T;
}

function keeper<T>(
  first: { deps: readonly unknown[]; value: T },
  setHeld: (held: { deps: readonly unknown[]; value: T }) => void,
  renderTask: (task: () => void) => void,
): Kept<T> {
  const k: Kept<T> = {
    compute: () => first.value,
    deps: first.deps,
    held: first,
    pending: null,
    alive: true,
    settle: () => {
      if (!k.alive || sameDeps(k.held.deps, k.deps)) return;
      if (k.pending !== null && sameDeps(k.pending.deps, k.deps)) return;
      const pending = { deps: k.deps, value: k.compute() };
      k.pending = pending;
      // Rendered even if a newer input came meanwhile (its own turn is queued): a reader holding
      // a key still sees the figures follow.
      renderTask(() => {
        if (k.alive && k.pending === pending) commit(pending);
      });
    },
    flush: () => {
      if (sameDeps(k.held.deps, k.deps)) return k.held.value;
      if (k.pending !== null && sameDeps(k.pending.deps, k.deps)) return commit(k.pending);
      return commit({ deps: k.deps, value: k.compute() });
    },
  };
  const commit = (next: { deps: readonly unknown[]; value: T }): T => {
    k.held = next;
    k.pending = null;
    setHeld(next);
    return next.value;
  };
  return k;
}

/** Whether two lists of dependencies are the same, each compared with `Object.is` as hooks do. */
export const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
