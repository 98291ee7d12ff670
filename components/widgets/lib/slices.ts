/**
 * Long computations cut into slices, so that no task blocks the page (a task over 50 ms is jank a
 * reader feels: a slider that stops following the finger, a frame that is skipped).
 *
 * `runInSlices(count, work, options)` calls `work(0)`, `work(1)`, …, `work(count − 1)` in order,
 * as many per slice as fit in `budget` milliseconds (at least one per slice: a single item is
 * never split), and waits for `schedule` (by default the next animation frame) between slices, so
 * the browser can draw and answer input in between. The first slice also waits for `schedule`:
 * the caller's own task ends first. `cancel()` stops the job between two items; `onDone` is then
 * never called. Items run in the same order as a plain loop would run them, so a result assembled
 * from them is the same number for number.
 */

export interface SliceOptions {
  /** Milliseconds of work per slice (default 8: half a 60 Hz frame). */
  budget?: number;
  /** Runs `next` later and returns a function that cancels it (default: the next animation frame). */
  schedule?: (next: () => void) => () => void;
  /** The clock (default `performance.now`). */
  now?: () => number;
  /** After each slice: how many items are done, and the slice's start and end times. */
  onSlice?: (done: number, start: number, end: number) => void;
  /** After the last item. */
  onDone: () => void;
}

export interface SlicedJob {
  /** Stops the job (between items); `onDone` will not be called. Safe to call more than once. */
  cancel(): void;
  /** True once every item has run. */
  readonly done: boolean;
}

/** The next animation frame, or a zero-delay timer where there is none (tests, hidden documents still get timers). */
export const nextFrame = (next: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(() => next());
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(next, 0);
  return () => clearTimeout(id);
};

export function runInSlices(count: number, work: (index: number) => void, options: SliceOptions): SlicedJob {
  const budget = options.budget ?? 8;
  const schedule = options.schedule ?? nextFrame;
  const now = options.now ?? (() => performance.now());
  let next = 0;
  let cancelled = false;
  let finished = false;
  let cancelScheduled: (() => void) | null = null;

  const slice = () => {
    cancelScheduled = null;
    if (cancelled) return;
    const start = now();
    do {
      work(next);
      next++;
    } while (next < count && !cancelled && now() - start < budget);
    options.onSlice?.(next, start, now());
    if (cancelled) return;
    if (next >= count) {
      finished = true;
      options.onDone();
    } else {
      cancelScheduled = schedule(slice);
    }
  };

  if (count <= 0) {
    cancelScheduled = schedule(() => {
      cancelScheduled = null;
      if (cancelled) return;
      finished = true;
      options.onDone();
    });
  } else {
    cancelScheduled = schedule(slice);
  }

  return {
    cancel() {
      cancelled = true;
      cancelScheduled?.();
      cancelScheduled = null;
    },
    get done() {
      return finished;
    },
  };
}
