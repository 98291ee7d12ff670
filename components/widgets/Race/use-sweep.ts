import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { drawQueue } from '../lib/draw-queue.ts';
import { lossBaseline } from './model.ts';
import type { RaceInput } from './model.ts';
import { computeSweep, emptySweep, startSweep } from './sweep.ts';
import type { SweepResult } from './sweep.ts';

/** The sweep on screen, with what it was computed for (it can lag behind the inputs while the next one is computed). */
export type ShownSweep = SweepResult & { baseline: number | null; steps: number };

/** A slider dragged through many values starts one sweep, not one per value. */
const sweepDelay = 120;
/** Sweeps kept by key: a reader going back to a value (steps up, then down again) finds its sweep. */
const recentSweeps = 6;

/**
 * The learning-rate sweep for `input`, identified by `key` (everything it depends on). Computed at
 * build time for the static frame, and taken from the build's markup at hydration (`adopt`, called
 * before this hook's effect runs) while the key is the build's. In the browser, after each change, in
 * slices of a few runs per animation frame (startSweep), so that no task blocks the page; the
 * previous sweep stays on screen until the new one is complete (`computing`), and a newer change
 * cancels work that has become stale. The last few sweeps are kept by key: going back to one of
 * them shows it in the render of that change, with nothing computed (each was ~90 ms of sliced
 * runs and ~80 ms for its chart's Plot at 4x CPU slow-down, per key of the steps slider). Timed as
 * 'race:sweep' (work start to new sweep drawn).
 */
export function useSweep(
  enabled: boolean,
  key: string,
  input: RaceInput,
  prepare: (next: ShownSweep) => void = () => {},
) {
  const [sweep, setSweep] = useState<ShownSweep>(() =>
    enabled && typeof window === 'undefined'
      ? { ...computeSweep(input), key, baseline: lossBaseline(input.surface), steps: input.steps }
      : { ...emptySweep, baseline: lossBaseline(input.surface), steps: input.steps },
  );
  const inputRef = useRef(input);
  inputRef.current = input;
  // Most recent last; the same objects, so that the chart's kept figure of each is shown again.
  const kept = useRef<Map<string, ShownSweep> | null>(null);
  kept.current ??= new Map();
  const keep = (shown: ShownSweep) => {
    const recent = kept.current!;
    recent.delete(shown.key);
    recent.set(shown.key, shown);
    for (const old of recent.keys()) if (recent.size > recentSweeps) recent.delete(old);
  };
  const known = enabled && sweep.key !== key ? kept.current.get(key) : undefined;
  const shownKey = useRef(sweep.key);
  const [runs, setRuns] = useState(0);
  // The build's sweep, read from its markup at hydration: while the key is the build's, it is the
  // sweep (the "use best" button and the rings read it) and nothing is computed again.
  const adopt = (built: SweepResult | null) => {
    if (!enabled || built === null || built.key !== key || shownKey.current === key) return;
    shownKey.current = key;
    const shown = { ...built, baseline: lossBaseline(input.surface), steps: input.steps };
    keep(shown);
    setSweep(shown);
  };
  const started = useRef<number | null>(null);
  useEffect(() => {
    if (!enabled || shownKey.current === key) return;
    // A sweep kept: the render of this change showed it already (`known`); now it is the state.
    if (known) {
      shownKey.current = key;
      keep(known);
      setSweep(known);
      return;
    }
    let job: { cancel(): void } | null = null;
    let cancelShow = () => {};
    const owner = {};
    const timer = window.setTimeout(() => {
      const current = inputRef.current;
      started.current = performance.now();
      const next = startSweep(current, {
        onSlice: (_done, start, end) => performance.measure('race:sweep:slice', { start, end }),
        // The chart drawn off screen in one turn of the draw queue, then shown in the next: each
        // gives way to the reader's input, and neither shares a task with the last runs.
        onDone: (result) => {
          const next = { ...result, key, baseline: lossBaseline(current.surface), steps: current.steps };
          cancelShow = drawQueue.schedule(owner, () => {
            cancelShow = drawQueue.schedule(owner, () => {
              shownKey.current = key;
              keep(next);
              setSweep(next);
            });
            prepare(next);
          });
        },
      });
      setRuns(next.runs);
      job = next;
    }, sweepDelay);
    return () => {
      window.clearTimeout(timer);
      job?.cancel();
      cancelShow();
    };
  }, [key]);
  // The chart redraws in its own layout effect, which runs before this one.
  useLayoutEffect(() => {
    if (started.current === null) return;
    performance.measure('race:sweep', { start: started.current, end: performance.now() });
    started.current = null;
  }, [sweep]);
  const shown = known ?? sweep;
  return { sweep: shown, computing: enabled && shown.key !== key, runs, adopt };
}
