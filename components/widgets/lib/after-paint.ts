import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * `compute()`, computed again when `deps` change, but after the frame that answers the input has
 * been painted (in a passive effect, which Preact runs after the next frame): until then the
 * component shows the value it had. The first render computes at once (the build's frame and
 * hydration must agree).
 *
 * ```ts
 * const settled = useAfterPaint(() => ({ ground, result: runCell(...) }), [ground, source, params]);
 * ```
 *
 * Why (RuleCell, its first user): a rule cell ran its rule, its racers and its check inside the
 * render of the reader's key press, so the slider's new value reached the screen only after every
 * run (80 ms and more at 4x CPU slowdown on the Adam cells). Now the press is painted at once and the runs follow in the
 * next task. `flush()` gives the value for the latest `deps` at once, for a handler that needs it
 * now (Ctrl+Enter runs to the last step of the rule just typed; a download saves what it shows).
 */
export function useAfterPaint<T>(compute: () => T, deps: readonly unknown[]): { value: T; flush: () => T } {
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
  useEffect(() => void flush(), deps);
  return { value: held.value, flush };
}

/** Whether two lists of dependencies are the same, each compared with `Object.is` as hooks do. */
export const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
