import { useMemo, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { sparseLogTicks, symlogTicks } from '../lib/log-ticks.ts';
import { Plot, plotReady } from '../lib/plot.ts';
import { basePlotOptions, optimizerColor } from '../lib/plot-theme.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import type { PrepareFigure } from '../lib/ScaledPlot.tsx';
import { offsetAttrs, plotMargins, plotOffset } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import {
  chartMargins,
  lossValue,
  sweepAspect,
  sweepAxes,
  sweepAxesKey,
  sweepDomainX,
  sweepLines,
  sweepScalesAt,
  tick,
} from './chart-maths.ts';
import type { SweepAxes } from './chart-maths.ts';
import { runColor, runKey } from './model.ts';
import type { RaceRun } from './model.ts';
import type { RaceStrings } from './strings.ts';
import type { ShownSweep } from './use-sweep.ts';

const colorOf = (name: OptimizerName) => optimizerColor(name);

/**
 * The sweep chart's Plot: its axes alone (learning rate, final loss or gap, the grid), drawn again
 * only when they change. The lines and the best dots are the overlay's (`SweepMarks`): a new
 * sweep within the same axes changes a few paths, with no Plot rebuilt.
 */
const drawSweepAxes =
  (s: RaceStrings, label: string, { gap, domain }: SweepAxes) =>
  (context: DrawContext) =>
    Plot.plot({
      ...basePlotOptions(context, label, s.sweepDescription),
      ...plotMargins(chartMargins),
      x: { type: 'log', domain: [...sweepDomainX], label: s.lrAxis, ticks: 6, tickFormat: tick },
      y: {
        type: gap ? 'log' : 'symlog',
        ...(domain ? { domain: [...domain] } : {}),
        label: gap ? s.finalGap : s.finalLoss,
        grid: true,
        // A sweep under way can span less than a decade: Plot would then label 2, 3, ... 9 a few pixels apart.
        ticks: domain
          ? gap
            ? sparseLogTicks(domain, context.height - chartMargins.top - chartMargins.bottom)
            : symlogTicks(domain)
          : 6,
        tickFormat: tick,
      },
      // Nothing plotted (no sweep yet): an empty mark gives the scales Plot's defaults, as the lines did.
      marks: domain ? [] : [Plot.line([], { x: 'lr', y: 'v' })],
    });

/** The base's inputs (ScaledPlot's `deps`). */
const axesDeps = (axes: SweepAxes) => [sweepAxesKey(axes)];

/**
 * The sweep's lines and best learning rates, as Plot's line and dot marks drew them (a line 1.5 px
 * wide with round joins and caps; a dot of radius 5 ringed with the page's colour), and the race's
 * own runs ringed at their learning rates (`rings`).
 */
function SweepMarks({
  sweep,
  S,
  offset,
  rings,
}: {
  sweep: ShownSweep;
  S: Scales;
  /** Plot's offset of the marks on the base under them (scales.ts's `plotOffset()`, or 0 under the build's frame). */
  offset: number;
  rings?: { raceRuns: readonly RaceRun[]; baseline: number | null } | undefined;
}) {
  return (
    <svg viewBox={`0 0 ${S.width} ${S.height}`} width="100%" height="100%" aria-hidden="true">
      <g {...offsetAttrs(offset)}>
        {sweepLines(sweep.rows, sweep.baseline, S).map(({ name, d }) => (
          <path
            key={name}
            d={d}
            fill="none"
            stroke={colorOf(name)}
            stroke-width={1.5}
            stroke-linejoin="round"
            stroke-linecap="round"
            stroke-miterlimit={1}
            data-sweep-line={name}
          />
        ))}
        {sweep.best.map((b) => {
          const x = S.x(b.lr);
          const y = S.y(lossValue(b.finalLoss, sweep.baseline));
          if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
          return (
            <circle
              key={b.name}
              cx={x}
              cy={y}
              r={5}
              fill={colorOf(b.name)}
              stroke="var(--bg-raised)"
              stroke-width={1.5}
              data-sweep-best={b.name}
            />
          );
        })}
      </g>
      {rings?.raceRuns.map((r) => {
        // A rule has no learning rate on the sweep's axis.
        if (r.run.diverged || r.name === null) return null;
        const y = S.y(lossValue(r.run.losses[r.run.steps]!, rings.baseline));
        const x = S.x(r.run.spec.lr);
        if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
        return (
          <circle
            key={runKey(r)}
            cx={x}
            cy={y}
            r={7}
            fill="none"
            stroke={runColor(r)}
            stroke-width={2}
            data-sweep-ring
          />
        );
      })}
    </svg>
  );
}

/** Draws the axes of `next` off screen (ScaledPlot's `prepare`), for the render that shows it. */
export function prepareSweepAxes(
  prepare: MutableRef<PrepareFigure | null>,
  s: RaceStrings,
  label: string,
  next: ShownSweep,
): void {
  const axes = sweepAxes(next.rows, next.baseline);
  prepare.current?.(axesDeps(axes), drawSweepAxes(s, label, axes));
}

export interface SweepFigureProps {
  s: RaceStrings;
  label: string;
  sweep: ShownSweep;
  /** Whether a newer sweep is being computed: this one is dimmed, and the race's runs are not ringed on it. */
  computing: boolean;
  /** The race's own runs, ringed on the chart at their learning rates. */
  raceRuns: readonly RaceRun[];
  baseline: number | null;
  /** Set to what draws the axes of another sweep off screen, ahead of the render that shows it. */
  prepare?: MutableRef<PrepareFigure | null>;
}

/**
 * Final loss against learning rate per optimizer: a Plot of the axes (ScaledPlot, drawn again only
 * for other axes) under an overlay of the sweep's lines, its best learning rates and the race's runs.
 */
export function SweepFigure({ s, label, sweep, computing, raceRuns, baseline, prepare }: SweepFigureProps) {
  const axes = useMemo(() => sweepAxes(sweep.rows, sweep.baseline), [sweep]);
  const key = sweepAxesKey(axes);
  // The axes on screen: the key of the base last drawn (null: the build's frame), and its width
  // (the build frame's, 640 or 360, until the browser draws one).
  const [drawnKey, setDrawnKey] = useState<string | null>(null);
  const [drawnWidth, setDrawnWidth] = useState<number>(frameWidths.wide);
  // The sweep whose lines the overlay draws: this one, once its axes are drawn. ScaledPlot draws
  // them in this render's layout effect when Plot is loaded; until then (a first change on a slow
  // page) the lines stay those of the axes on screen, as the whole Plot did.
  const lined = useRef(sweep);
  if (plotReady() || drawnKey === key || lined.current.rows.length === 0) lined.current = sweep;
  const shown = lined.current;
  const shownAxes = shown === sweep ? axes : sweepAxes(shown.rows, shown.baseline);
  return (
    <ScaledPlot
      class={`race__sweep${computing ? ' race__sweep--stale' : ''}`}
      aspect={sweepAspect}
      label={label}
      deps={axesDeps(axes)}
      onDrawn={(_figure, width) => {
        setDrawnKey(key);
        setDrawnWidth(width);
      }}
      onFrame={setDrawnWidth}
      // Seven axes: those of the sweeps use-sweep.ts keeps (six), each shown again without a redraw, and the one under way.
      keep={7}
      {...(prepare ? { prepare } : {})}
      draw={drawSweepAxes(s, label, axes)}
      overlay={(frameWidth) => {
        const S = sweepScalesAt(shownAxes, frameWidth ?? drawnWidth);
        return (
          S && (
            <SweepMarks
              sweep={shown}
              S={S}
              // Drawn by Plot in the browser, or the build's frame (drawn at build time).
              offset={frameWidth === undefined && drawnKey !== null ? plotOffset() : 0}
              // The race's runs, once the sweep shown is the one for their settings.
              rings={frameWidth === undefined && !computing ? { raceRuns, baseline } : undefined}
            />
          )
        );
      }}
    />
  );
}
