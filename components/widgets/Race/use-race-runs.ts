import { useLayoutEffect } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { createKeyedMemo } from '../lib/keyed-memo.ts';
import type { Settings } from '../lib/optimizer-settings.ts';
import { useAfterPaint, useHeldRef } from '../lib/after-paint.ts';
import { runEntryRace } from './entry-runs.ts';
import type { AnyEntry } from './entry-runs.ts';
import { fieldOf } from './MapFigure.tsx';
import type { MapHandle } from './MapFigure.tsx';
import { lossBaseline, raceRun, runRace } from './model.ts';
import type { RunMemo } from './model.ts';
import type { PrepareLossChart } from './RaceLossChart.tsx';
import type { RaceStrings } from './strings.ts';
import type { RaceState } from './use-race-state.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';

const mark = (name: string) => {
  if (typeof performance !== 'undefined' && typeof window !== 'undefined') performance.mark(name);
};

export interface RaceRunsInput {
  race: RaceState;
  /** With `racers`: the entries and the reader's learning rates; null for the older form. */
  listed: { entries: readonly AnyEntry[]; lrs: Readonly<Record<string, number>> } | null;
  selected: readonly OptimizerName[];
  settings: Settings;
  s: RaceStrings;
  /** The map, to draw a new surface's map ahead of the render that shows it. */
  map: MutableRef<MapHandle>;
  /** The loss chart, to draw its new axes ahead. */
  lossChart: MutableRef<PrepareLossChart | null>;
}

/**
 * The race on screen: the runs, with the surface, start and steps they were run for (the
 * controls show the reader's newest choice at once; the figure follows). Each optimizer's run is
 * kept while its inputs do not change (a learning-rate slider reruns one optimizer; a value
 * pressed up then down again finds its runs), and the work of a change runs after the input's
 * frame is painted, one turn of the page's draw queue at a time (useAfterPaint's stages): the new
 * surface's grid and map, each run, the loss chart's axes; then the new race replaces the old in
 * one render. A newer change drops the work left. Timed as
 * 'race:update' (from the first task to the race shown).
 */
export function useRaceRuns({ race, listed, selected, settings, s, map, lossChart }: RaceRunsInput) {
  const { state, surface, start } = race;
  const surfaceTitle =
    surface.id === 'formula' ? null : (s.surfaces[surface.id as keyof typeof s.surfaces] ?? surface.title);
  const surfaceName = surfaceTitle ?? s.yourFunction(race.formulaText);
  // One memo for every kind of run: each key (an optimizer, an entry) always holds the same kind.
  // useHeldRef: the runs the hydration's stages computed stay in it.
  const memo = useHeldRef<RunMemo>(() => {
    const keyed = createKeyedMemo<unknown>(4);
    return <T>(key: string, compute: () => T, deps: readonly unknown[]) => keyed(key, compute, deps) as T;
  });
  const input = { surface, start, steps: state.steps, noise: state.noise, seed: state.seed };
  const runAll = () =>
    listed === null
      ? runRace({ ...input, selected, settings }, s, memo)
      : runEntryRace(listed.entries, { ...input, lrs: listed.lrs }, s, memo);
  // A run that fails (a start where f is undefined) is left to runAll, which says why.
  const attempt = (run: () => unknown) => () => {
    try {
      run();
    } catch {
      // reported by runAll
    }
  };
  const staged = useAfterPaint(
    () => ({ ...input, surfaceTitle, surfaceName, formulaText: race.formulaText, result: runAll() }),
    [surface, start[0], start[1], state.steps, state.noise, state.seed, race.optValue, listed?.lrs, surfaceName],
    {
      stages: () => {
        mark('race:update:start');
        const runOf = (i: number): RunResult | undefined =>
          listed === null
            ? raceRun({ ...input, selected, settings }, selected[i]!, memo)
            : runEntryRace([listed.entries[i]!], { ...input, lrs: listed.lrs }, s, memo).runs[0]?.run;
        // Each run, then its paths on the map; the loss chart's axes (they depend on every run),
        // then each run's loss line with them. The render of the new race then only looks them
        // up: one turn each, so that a tap's next input waits for one run at most.
        const baseline = lossBaseline(surface);
        const shown = Math.min(state.step, state.steps);
        const entries = listed === null ? selected : listed.entries;
        const runEach = entries.flatMap((_, i) => [
          attempt(() => runOf(i)),
          attempt(() => {
            const run = runOf(i);
            if (run) map.current.preparePaths?.(surface, run, shown);
          }),
        ]);
        const lineEach = entries.map((_, i) =>
          attempt(() => {
            const run = runOf(i);
            if (run) lossChart.current?.line(run, baseline);
          }),
        );
        return [
          // The map's grid (thousands of values of f), its contours, then the rest of its drawing.
          () => void fieldOf(surface),
          () => map.current.prepareContours?.(surface),
          () => map.current.prepare?.(surface, surfaceName),
          ...runEach,
          () => lossChart.current?.axes(runAll().runs, baseline, state.steps),
          ...lineEach,
        ];
      },
    },
  );
  const view = staged.value;
  useLayoutEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName('race:update:start', 'mark').length > 0) {
      performance.measure('race:update', 'race:update:start');
      performance.clearMarks('race:update:start');
    }
  }, [view.result]);
  // `settling`: the race shown is not yet the one the controls ask for (tests wait for it to end).
  return { ...view, settling: staged.pending };
}
