import { useMemo, useState } from 'preact/hooks';
import { sparseLogTicks, symlogTicks } from '../lib/log-ticks.ts';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors } from '../lib/plot-theme.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import { fallbackScales, plotMargins, scalesOf } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { chartMargins, lossDomainY, lossPaths, lossRange, tick } from './chart-maths.ts';
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
}

/**
 * The loss chart: its Plot draws only the axes (rounded out to whole decades, so it is rarely
 * rebuilt); the loss lines and the rule at the step shown are an overlay. A component of its own
 * so that it can give way to the shared loss chart.
 */
export function RaceLossChart({ s, runs, baseline, steps, shown, label }: RaceLossChartProps) {
  const range = useMemo(() => lossRange(runs, baseline), [runs, baseline]);
  const domainY = lossDomainY(range, baseline);
  const [lossScales, setLossScales] = useState<Scales | null>(null);
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
  const paths = useMemo(() => lossPaths(runs, baseline, lossS), [runs, lossS, baseline]);

  /** The loss lines and the step rule, drawn with `S`. */
  const overlay = (S: Scales, lines: { key: string; color: string; d: string }[]) => {
    const x = S.x(Math.min(shown, steps));
    return (
      <svg viewBox={`0 0 ${S.width} ${S.height}`} width="100%" height="100%" aria-hidden="true">
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
      </svg>
    );
  };

  return (
    <ScaledPlot
      class="race__loss"
      aspect={lossAspect}
      label={label}
      deps={[domainY[0], domainY[1], steps, baseline === null]}
      onDrawn={(figure, width, height) => setLossScales(scalesOf(figure, width, height))}
      draw={(context) =>
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
                  ticks: sparseLogTicks(domainY),
                  tickFormat: tick,
                },
          marks: [Plot.frame({ stroke: colors.grid, anchor: 'bottom' })],
        })
      }
      onFrame={setLossFrame}
      overlay={(frameWidth) => {
        if (frameWidth === undefined) return overlay(lossS, paths);
        const S = lossScales ?? lossAt(frameWidth);
        return overlay(S, lossPaths(runs, baseline, S));
      }}
    />
  );
}
