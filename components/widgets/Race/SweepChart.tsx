import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { hydrating } from '../lib/after-paint.ts';
import { Button } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import type { PrepareFigure } from '../lib/ScaledPlot.tsx';
import type { RaceInput, RaceRun } from './model.ts';
import type { RaceStrings } from './strings.ts';
import { decodeSweep, encodeSweep } from './sweep.ts';
import type { SweepResult } from './sweep.ts';
import { prepareSweepAxes, SweepFigure } from './SweepFigure.tsx';
import { useSweep } from './use-sweep.ts';
import type { ShownSweep } from './use-sweep.ts';

/** SweepChart's `buildKey` before the build's markup is read. */
const unread = '\u0000unread';
/** Leaves an element's build markup as it is (Preact neither hydrates nor replaces it). */
const keepMarkup = { __html: '' };

export interface SweepChartProps {
  s: RaceStrings;
  titles: Readonly<Record<OptimizerName, string>>;
  sweep: ShownSweep;
  computing: boolean;
  /** Runs in the sweep being computed (0 before the first). */
  runs: number;
  /** The key of the sweep the chart should show (the one being computed while `computing`). */
  wanted: string;
  /** The race's own runs, ringed on the chart at their learning rates. */
  raceRuns: readonly RaceRun[];
  baseline: number | null;
  label: string;
  applyBest: (best: ShownSweep['best']) => void;
  /** Called once at hydration with the build's sweep, read from the markup (null when it has none). */
  adopt?: (built: SweepResult | null) => void;
  /** Set to what draws the chart of another sweep off screen, ahead of the render that shows it. */
  prepare?: MutableRef<PrepareFigure | null>;
}

/** Final loss against learning rate per optimizer, the best learning rates, and a button to use them. */
export function SweepChart({
  s,
  titles,
  sweep,
  computing,
  runs,
  wanted,
  raceRuns,
  baseline,
  label,
  applyBest,
  adopt,
  prepare,
}: SweepChartProps) {
  // Hydrated over the build's markup, the first sweep is computed again in the browser. Its
  // sentence ("Best learning rates: …") stays the build's while that same sweep is computed: put
  // back to "Computing…" and then to the same sentence, it moved everything below it by two or
  // three lines and back (a layout shift of 0.02 on the playground at 4x CPU). The build's sweep
  // key is read from its markup after hydration; another sweep (a link's) says "Computing…".
  const best = useRef<HTMLParagraphElement>(null);
  const block = useRef<HTMLDivElement>(null);
  const [buildKey, setBuildKey] = useState<string | null>(() => (hydrating() ? unread : null));
  useLayoutEffect(() => {
    if (buildKey !== unread) return;
    const key = best.current?.dataset['sweepKey'] ?? null;
    setBuildKey(key);
    // The build's sweep itself: computed again, it cost ~320 ms of sliced work at 4x CPU after
    // hydration (the author guide's Race page: TBT 380 ms) to show what the build had drawn.
    const text = block.current?.dataset['sweep'];
    adopt?.(key !== null && text !== undefined ? decodeSweep(text, key) : null);
    block.current?.removeAttribute('data-sweep');
  }, []);
  const keepBuild = computing && sweep.key === '' && buildKey !== null && (buildKey === unread || buildKey === wanted);
  return (
    <div
      ref={block}
      class="race__sweep-block"
      data-sweep-state={computing ? 'computing' : 'done'}
      data-sweep-runs={runs || undefined}
      data-sweep={typeof document === 'undefined' && !computing ? encodeSweep(sweep) : undefined}
    >
      <p class="race__caption">{s.sweepCaption(sweep.steps)}</p>
      <SweepFigure
        s={s}
        label={label}
        sweep={sweep}
        computing={computing}
        raceRuns={raceRuns}
        baseline={baseline}
        {...(prepare ? { prepare } : {})}
      />
      {keepBuild ? (
        <p ref={best} class="race__best" data-best aria-busy="true" dangerouslySetInnerHTML={keepMarkup} />
      ) : (
        <p
          ref={best}
          class="race__best"
          data-best
          data-sweep-key={sweep.key || undefined}
          aria-busy={computing ? 'true' : undefined}
        >
          {computing
            ? sweep.key === ''
              ? s.computing
              : s.recomputing
            : sweep.best.length === 0
              ? s.noneConverged
              : s.best(sweep.best.map((b) => s.bestItem(titles[b.name], fmt(b.lr), fmt(b.finalLoss))))}
        </p>
      )}
      <div class="widget__buttons">
        <Button name="best" onClick={() => applyBest(sweep.best)} disabled={computing || sweep.best.length === 0}>
          {s.useBest}
        </Button>
      </div>
    </div>
  );
}

export interface RaceSweepProps extends Omit<SweepChartProps, 'sweep' | 'computing' | 'runs' | 'wanted'> {
  /** Everything the sweep depends on (not the optimizers' own learning rates), as text. */
  sweepKey: string;
  /** What to sweep, for `sweepKey`. */
  input: RaceInput;
}

/**
 * The sweep and its chart as a component of their own: the sweep's start and end render this
 * block only, not the whole Race (its controls, seven optimizer cards, map and loss chart).
 */
export function RaceSweep({ sweepKey, input, ...chart }: RaceSweepProps) {
  const prepare = useRef<PrepareFigure | null>(null);
  // A new sweep's axes are drawn in a turn of its own before the render that shows it (when they
  // are new: a Plot with six lines was one task of 30-50 ms at 4x CPU slow-down, with that render
  // and the last runs).
  const sweep = useSweep(true, sweepKey, input, (next) => prepareSweepAxes(prepare, chart.s, chart.label, next));
  return (
    <SweepChart
      {...chart}
      prepare={prepare}
      sweep={sweep.sweep}
      computing={sweep.computing}
      runs={sweep.runs}
      wanted={sweepKey}
      adopt={sweep.adopt}
    />
  );
}
