import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sameDeps } from './after-paint.ts';
import { drawQueue, type DrawQueue } from './draw-queue.ts';

/**
 * `compute()`, computed again when `deps` change, in a task after the frame that answers the input
 * (the page's draw queue, draw-queue.ts), once for the latest `deps` however many inputs came in
 * before that task ran: until then the component shows the value it had. The first render
 * computes at once (the build's frame and hydration must agree).
 *
 * ```ts
 * const runs = useSettled(() => runBoth(lr, beta2), [lr, beta2]);
 * ```
 *
 * Why not useAfterPaint (a passive effect): Preact runs a component's pending effects inside its
 * next render, so a second key press before the first one's effect had run paid for the first
 * one's runs in its own handler (bench/interactions.ts presses keys back to back, as a reader
 * holding a key does). Here a run waiting in the queue is replaced by the newer input's, and no
 * render runs one. The widgets' runs and overlays moved out of the key's handler this way:
 * ScheduleView's two noisy-bowl runs, AdamInternals' and AdamTrainer's Adam runs.
 */
export function useSettled<T>(compute: () => T, deps: readonly unknown[], queue: DrawQueue = drawQueue): T {
  const [held, setHeld] = useState<{ deps: readonly unknown[]; value: T }>(() => ({ deps, value: compute() }));
  const latest = useRef({ compute, deps });
  latest.current = { compute, deps };
  // The queue's key for this component, and one settle function, so a newer input keeps its place.
  const job = useRef<{ settle: () => void; cancel?: () => void } | null>(null);
  job.current ??= {
    settle: () => {
      const { compute, deps } = latest.current;
      setHeld({ deps, value: compute() });
    },
  };
  const stale = !sameDeps(held.deps, deps);
  useLayoutEffect(() => {
    if (stale) job.current!.cancel = queue.schedule(job.current!, job.current!.settle);
  });
  useLayoutEffect(() => () => job.current?.cancel?.(), []);
  return held.value;
}
