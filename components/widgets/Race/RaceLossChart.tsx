import { useMemo, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import type { PrepareFigure } from '../lib/ScaledPlot.tsx';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { sparseLogTicks, symlogTicks } from '../lib/log-ticks.ts';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors } from '../lib/plot-theme.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import { fallbackScales, offsetAttrs, plotMargins, plotOffset, scalesOf } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { chartMargins, lossDomainY, lossPath, lossPaths, lossRange, tick } from './chart-maths.ts';
import type { RaceRun } from './model.ts';
import type { RaceStrings } from './strings.ts';

const lossAspect = 0.5;

export interface RaceLossChartProps {
  s: RaceStrings;
  runs: readonly RaceRun[];
  /** The known minimum's value (the chart plots the gap to it), or null (the loss itself). */
  baseline: number | null;
  steps: number;
  shown: number;
  label: string;
  /** Set to what draws the chart for other runs ahead of the render that shows them. */
  prepare?: MutableRef<PrepareLossChart | null>;
}

/** The loss chart's work for other runs, done ahead so that the render that shows them only shows them. */
export interface PrepareLossChart {
  /** Draws the axes for `runs` off screen (ScaledPlot's `prepare`). */
  axes: (runs: readonly RaceRun[], baseline: number | null, steps: number) => void;
  /**
   * Makes the loss line of `run` with the axes it will be shown on (call it after `axes`): those
   * `axes` drew ahead, or those on screen when Plot could not draw them ahead.
   */
  line: (run: RunResult, baseline: number | null) => void;
}

/** What the axes' Plot depends on, as one key: its y domain, the steps, the kind of y scale. */
const axesKey = (domainY: readonly [number, number], steps: number, baseline: number | null) =>
  `${domainY[0]} ${domainY[1]} ${steps} ${baseline === null}`;

/** The scales of each axes figure, read once: the same object each time, so the paths made with it are kept. */
const scalesByFigure = new WeakMap<Element, Scales | null>();
const scalesFor = (figure: Element, width: number, height: number): Scales | null => {
  if (!scalesByFigure.has(figure)) scalesByFigure.set(figure, scalesOf(figure, width, height));
  return scalesByFigure.get(figure)!;
};

/** The chart's Plot: the axes of `domainY` over `steps` steps, and the frame. */
const drawAxes =
  (s: RaceStrings, label: string, domainY: [number, number], steps: number, baseline: number | null) =>
  (context: DrawContext) =>
    Plot.plot({
      ...basePlotOptions(context, label, s.lossDescription(baseline !== null)),
      ...plotMargins(chartMargins),
      x: { domain: [0, steps], label: s.stepAxis },
      y:
        baseline === null
          ? {
              type: 'symlog',
              domain: domainY,
              label: s.lossAxis,
              grid: true,
              ticks: symlogTicks(domainY),
              tickFormat: tick,
            }
          : {
              type: 'log',
              domain: domainY,
              label: s.gapAxis,
              grid: true,
              ticks: sparseLogTicks(domainY, context.height - chartMargins.top - chartMargins.bottom),
              tickFormat: tick,
            },
      marks: [Plot.frame({ stroke: colors.grid, anchor: 'bottom' })],
    });

/**
 * The loss chart: its Plot draws only the axes (rounded out to whole decades, so it is rarely
 * rebuilt); the loss lines and the rule at the step shown are an overlay. A component of its own
 * so that it can give way to the shared loss chart.
 */
export function RaceLossChart({ s, runs, baseline, steps, shown, label, prepare }: RaceLossChartProps) {
  const range = useMemo(() => lossRange(runs, baseline), [runs, baseline]);
  const domainY = lossDomainY(range, baseline);
  const key = axesKey(domainY, steps, baseline);
  // The scales of the figure drawn, with the key of the axes it shows.
  const [drawn, setDrawn] = useState<{ key: string; scales: Scales | null } | null>(null);
  // The scales of the axes drawn ahead (`prepare.axes`), shown once the layout effect puts that figure up.
  const ahead = useRef<{ key: string; steps: number; baseline: number | null; scales: Scales } | null>(null);
  // Axes for other runs (a key of the steps slider): the lines are drawn at once with the scales of
  // the figure drawn ahead for them, not with the old axes' and then again when the new figure is up.
  const lossScales = drawn?.key !== key && ahead.current?.key === key ? ahead.current.scales : (drawn?.scales ?? null);
  const [lossFrame, setLossFrame] = useState<number>(frameWidths.wide);
  const lossAt = (width: number) =>
    fallbackScales(
      [0, steps],
      domainY,
      lossAspect,
      chartMargins,
      'linear',
      baseline === null ? 'symlog' : 'log',
      width,
    );
  const lossFallback = useMemo(() => lossAt(lossFrame), [steps, domainY[0], domainY[1], baseline === null, lossFrame]);
  const lossS = lossScales ?? lossFallback;
  const prepareAxes = useRef<PrepareFigure | null>(null);
  if (prepare)
    prepare.current = {
      axes: (nextRuns, nextBaseline, nextSteps) => {
        const next = lossDomainY(lossRange(nextRuns, nextBaseline), nextBaseline);
        const figure = prepareAxes.current?.(
          [next[0], next[1], nextSteps, nextBaseline === null],
          drawAxes(s, label, next, nextSteps, nextBaseline),
        );
        const scales = figure ? scalesFor(figure.figure, figure.width, figure.height) : null;
        ahead.current = scales
          ? { key: axesKey(next, nextSteps, nextBaseline), steps: nextSteps, baseline: nextBaseline, scales }
          : null;
      },
      line: (run, nextBaseline) => {
        const next = ahead.current;
        if (next && run.steps === next.steps && nextBaseline === next.baseline)
          lossPath(run, nextBaseline, next.scales);
        else if (run.steps === steps && nextBaseline === baseline) lossPath(run, baseline, lossS);
      },
    };

  /** The loss lines and the step rule, drawn with `S`. */
  const overlay = (S: Scales, lines: { key: string; color: string; d: string }[], offset: number) => {
    const x = S.x(Math.min(shown, steps));
    return (
      <svg viewBox={`0 0 ${S.width} ${S.height}`} width="100%" height="100%" aria-hidden="true">
        <g {...offsetAttrs(offset)}>
          {lines.map(({ key, color, d }) => (
            <path
              key={key}
              d={d}
              fill="none"
              stroke={color}
              stroke-width={1.75}
              stroke-linejoin="round"
              data-loss-line={key}
            />
          ))}
          <line
            x1={x}
            x2={x}
            y1={chartMargins.top}
            y2={S.height - chartMargins.bottom}
            stroke={colors.fg}
            stroke-dasharray="4 3"
            data-step-rule
          />
        </g>
      </svg>
    );
  };

  return (
    <ScaledPlot
      class="race__loss"
      aspect={lossAspect}
      label={label}
      deps={[domainY[0], domainY[1], steps, baseline === null]}
      onDrawn={(figure, width, height) => {
        const scales = scalesFor(figure, width, height);
        setDrawn((old) => (old?.key === key && old.scales === scales ? old : { key, scales }));
      }}
      keep={4}
      prepare={prepareAxes}
      onBuildFrame={() => setDrawn(null)}
      draw={drawAxes(s, label, domainY, steps, baseline)}
      onFrame={setLossFrame}
      overlay={(frameWidth) => {
        // A hydrated build frame's overlay is not drawn again (ScaledPlot keeps the build's
        // markup); the live one's lines are kept by scales and run (lossPath).
        const S = frameWidth === undefined ? lossS : (lossScales ?? lossAt(frameWidth));
        // Over axes Plot drew in the browser, Plot's offset of its marks (scales.ts): the dashed
        // step rule is then as crisp as the grid lines.
        return overlay(
          S,
          lossPaths(runs, baseline, S),
          frameWidth === undefined && lossScales !== null ? plotOffset() : 0,
        );
      }}
    />
  );
}
