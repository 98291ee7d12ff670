import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * `compute()`, computed again when `deps` change, but after the frame that answers the input has
 * been painted (in a passive effect, which Preact runs after the next frame), and shown in the
 * task after that: until then the component shows the value it had. The first render computes at
 * once (the build's frame and hydration must agree).
 *
 * ```ts
 * const settled = useAfterPaint(() => ({ ground, result: runCell(...) }), [ground, source, params]);
 * ```
 *
 * Why (RuleCell, its first user): a rule cell ran its rule, its racers and its check inside the
 * render of the reader's key press, so the slider's new value reached the screen only after every
 * run (80 ms and more at 4x CPU slowdown on the Adam cells). Now the press is painted at once and the runs follow in the
 * next task. The render of what they give (the figures) is a task of its own again: run and
 * render in one task made one long task, which the reader's next key press had to wait for; two
 * tasks each half as long let it in between. A newer input before that render drops it.
 * `flush()` gives the value for the latest `deps` at once, for a handler that needs it
 * now (Ctrl+Enter runs to the last step of the rule just typed; a download saves what it shows).
 */
export function useAfterPaint<T>(compute: () => T, deps: readonly unknown[]): { value: T; flush: () => T } {
  type Held = { deps: readonly unknown[]; value: T };
  const [held, setHeld] = useState<Held>(() => ({ deps, value: compute() }));
  const latest = useRef<{ compute: () => T; deps: readonly unknown[]; held: Held; pending: Held | null }>({
    compute,
    deps,
    held,
    pending: null,
  });
  latest.current.held = held;
  latest.current.compute = compute;
  latest.current.deps = deps;
  const commit = (next: Held): T => {
    latest.current.held = next;
    latest.current.pending = null;
    setHeld(next);
    return next.value;
  };
  const flush = (): T => {
    const { deps, held, pending } = latest.current;
    if (sameDeps(held.deps, deps)) return held.value;
    if (pending !== null && sameDeps(pending.deps, deps)) return commit(pending);
    return commit({ deps, value: latest.current.compute() });
  };
  useEffect(() => {
    const { deps, held } = latest.current;
    if (sameDeps(held.deps, deps)) return;
    const pending: Held = { deps, value: latest.current.compute() };
    latest.current.pending = pending;
    const handle = setTimeout(() => {
      if (latest.current.pending === pending) commit(pending);
    });
    return () => clearTimeout(handle);
  }, deps);
  return { value: held.value, flush };
}

/** Whether two lists of dependencies are the same, each compared with `Object.is` as hooks do. */
export const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
