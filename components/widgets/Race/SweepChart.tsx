import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { hydrating } from '../lib/after-paint.ts';
import { Button } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { sparseLogTicks, symlogTicks } from '../lib/log-ticks.ts';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, optimizerColor } from '../lib/plot-theme.ts';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import type { PrepareFigure } from '../lib/ScaledPlot.tsx';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { plotMargins, scalesOf } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { chartMargins, lossValue, sweepAspect, sweepFrameScales, tick } from './chart-maths.ts';
import { runColor, runKey } from './model.ts';
import type { RaceInput, RaceRun } from './model.ts';
import type { RaceStrings } from './strings.ts';
import { decodeSweep, encodeSweep, sweepLrs } from './sweep.ts';
import type { SweepResult } from './sweep.ts';
import { useSweep } from './use-sweep.ts';
import type { ShownSweep } from './use-sweep.ts';

const colorOf = (name: OptimizerName) => optimizerColor(name);
/** SweepChart's `buildKey` before the build's markup is read. */
const unread = '\u0000unread';
/** Leaves an element's build markup as it is (Preact neither hydrates nor replaces it). */
const keepMarkup = { __html: '' };

/** The sweep's Plot: final loss against learning rate per optimizer, the best of each as a dot. */
const drawSweep = (s: RaceStrings, label: string, sweep: ShownSweep) => (context: DrawContext) => {
  const shownBaseline = sweep.baseline;
  const rows = sweep.rows.filter((r) => !r.diverged).map((r) => ({ ...r, v: lossValue(r.finalLoss, shownBaseline) }));
  const best = sweep.best.map((b) => ({ ...b, v: lossValue(b.finalLoss, shownBaseline) }));
  // A sweep under way can span less than a decade: Plot would then label 2, 3, ... 9 a few pixels apart.
  const shownGaps = rows.map((r) => r.v).filter((v) => v > 0);
  return Plot.plot({
    ...basePlotOptions(context, label, s.sweepDescription),
    ...plotMargins(chartMargins),
    x: {
      type: 'log',
      domain: [sweepLrs[0]!, sweepLrs[sweepLrs.length - 1]!],
      label: s.lrAxis,
      ticks: 6,
      tickFormat: tick,
    },
    y:
      shownBaseline === null
        ? {
            type: 'symlog',
            label: s.finalLoss,
            grid: true,
            ticks:
              rows.length > 0 ? symlogTicks([Math.min(...rows.map((r) => r.v)), Math.max(...rows.map((r) => r.v))]) : 6,
            tickFormat: tick,
          }
        : {
            type: 'log',
            label: s.finalGap,
            grid: true,
            ticks: shownGaps.length > 0 ? sparseLogTicks([Math.min(...shownGaps), Math.max(...shownGaps)]) : 6,
            tickFormat: tick,
          },
    marks: [
      ...optimizerNames.map((oname) =>
        Plot.line(
          rows.filter((r) => r.name === oname),
          { x: 'lr', y: 'v', stroke: colorOf(oname), strokeWidth: 1.5 },
        ),
      ),
      Plot.dot(best, {
        x: 'lr',
        y: 'v',
        fill: (d: { name: OptimizerName }) => colorOf(d.name),
        r: 5,
        stroke: 'var(--bg-raised)',
      }),
    ],
  });
};

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
  const [sweepScales, setSweepScales] = useState<Scales | null>(null);
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
      <ScaledPlot
        class={`race__sweep${computing ? ' race__sweep--stale' : ''}`}
        aspect={sweepAspect}
        label={label}
        deps={[sweep]}
        onDrawn={(figure, width, height) => setSweepScales(scalesOf(figure, width, height))}
        onFrame={(frameWidth) => setSweepScales(sweepFrameScales(sweep.rows, sweep.baseline, frameWidth))}
        // The sweeps use-sweep.ts keeps (six), each shown again without a redraw, and the one under way.
        keep={7}
        {...(prepare ? { prepare } : {})}
        draw={drawSweep(s, label, sweep)}
        overlay={(frameWidth) =>
          frameWidth === undefined &&
          sweepScales &&
          !computing && (
            <svg
              viewBox={`0 0 ${sweepScales.width} ${sweepScales.height}`}
              width="100%"
              height="100%"
              aria-hidden="true"
            >
              {raceRuns.map((r) => {
                // A rule has no learning rate on the sweep's axis.
                if (r.run.diverged || r.name === null) return null;
                const y = sweepScales.y(lossValue(r.run.losses[r.run.steps]!, baseline));
                const x = sweepScales.x(r.run.spec.lr);
                if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
                return <circle key={runKey(r)} cx={x} cy={y} r={7} fill="none" stroke={runColor(r)} stroke-width={2} />;
              })}
            </svg>
          )
        }
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
  // A new sweep's chart is drawn in a turn of its own before the render that shows it (a Plot of
  // six lines: one task of 30-50 ms at 4x CPU slow-down, with that render and the last runs).
  const sweep = useSweep(true, sweepKey, input, (next) =>
    prepare.current?.([next], drawSweep(chart.s, chart.label, next)),
  );
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
