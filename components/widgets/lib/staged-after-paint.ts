import { useEffect, useRef, useState } from 'preact/hooks';
import { sameDeps } from './after-paint.ts';

/** Runs `compute` for a task, later (a macrotask: input waiting in the queue is handled first). */
export type TaskScheduler = (run: () => void) => () => void;

const nextTask: TaskScheduler = (run) => {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
};

/**
 * Runs `stages` one per task, then `done`, unless cancelled first (the returned function) or no
 * longer `alive` when its turn comes: the work of one change cut into tasks short enough that a
 * reader's next key press is not kept waiting behind it, and dropped when a newer change has made
 * it stale.
 */
export function runStages(
  stages: readonly (() => void)[],
  done: () => void,
  schedule: TaskScheduler = nextTask,
  alive: () => boolean = () => true,
): () => void {
  let cancelled = false;
  let cancelNext: (() => void) | null = null;
  const step = (i: number) => {
    if (cancelled || !alive()) return;
    if (i < stages.length) {
      stages[i]!();
      cancelNext = schedule(() => step(i + 1));
    } else done();
  };
  step(0);
  return () => {
    cancelled = true;
    cancelNext?.();
  };
}

/**
 * `useAfterPaint` (after-paint.ts) for a value whose computation is long: after the frame that
 * answers the input is painted, `stages` run one per task (each warms a cache that `compute` then
 * reads: one optimizer's run, a figure drawn off screen), then `compute` gives the value, which
 * replaces the one held in one render. A change of `deps` meanwhile drops the stages left.
 *
 * Why (the Race, its first user): one change of surface ran six optimizers and drew a contour
 * map inside the key press's handler, 190-260 ms at 4x CPU slow-down; put after the paint in one
 * task, it kept the next key press waiting as long. The first render computes at once (the
 * build's frame and hydration must agree); `flush()` gives the value for the latest `deps` now;
 * `pending` says that the value shown is not yet the one for the latest `deps`.
 */
export function useStagedAfterPaint<T>(
  stages: () => readonly (() => void)[],
  compute: () => T,
  deps: readonly unknown[],
): { value: T; flush: () => T; pending: boolean } {
  const [held, setHeld] = useState<{ deps: readonly unknown[]; value: T }>(() => ({ deps, value: compute() }));
  const latest = useRef({ compute, deps, held });
  latest.current = { compute, deps, held };
  const flush = (): T => {
    const { compute, deps, held } = latest.current;
    if (sameDeps(held.deps, deps)) return held.value;
    const next = { deps, value: compute() };
    latest.current.held = next;
    setHeld(next);
    return next.value;
  };
  useEffect(() => {
    if (sameDeps(latest.current.held.deps, deps)) return;
    // Preact runs this effect's cleanup only with the next render's effects, after its paint: a
    // newer render's deps stop the stages left at once.
    return runStages(
      stages(),
      () => void flush(),
      nextTask,
      () => sameDeps(latest.current.deps, deps),
    );
  }, deps);
  // Whether the value shown is for older deps (its stages are running): for tests and styles.
  return { value: held.value, flush, pending: !sameDeps(held.deps, deps) };
}
