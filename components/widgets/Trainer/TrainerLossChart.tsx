import { useMemo, useState } from 'preact/hooks';
import type { SideBySide } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom } from '../lib/plot-theme.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import { fallbackScales, plotMargins, scalesOf } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { lossCurves } from './curves.ts';
import { sparseLogTicks } from '../lib/log-ticks.ts';
import { lossAxes } from './model.ts';
import type { Lane } from './racers.ts';
import type { TrainerStrings } from './strings.ts';

const lossAspect = 0.5;
const lossMargins = { top: 22, right: 20, bottom: xAxisRoom, left: 62 } as const;

export interface TrainerLossChartProps {
  s: TrainerStrings;
  sideBySide: SideBySide;
  lanes: readonly Lane[];
  stepsPerEpoch: number;
  /** Changes at every redraw while training (the trainers change in place). */
  version: number;
}

/**
 * The loss chart: its Plot draws only the axes, whose domains change a few times per run
 * (lossAxes); the curves are paths on an overlay, recomputed at each redraw.
 */
export function TrainerLossChart({ s, sideBySide, lanes, stepsPerEpoch, version }: TrainerLossChartProps) {
  const names = lanes.map((lane) => lane.key);
  const colorOf = (key: string) => lanes.find((lane) => lane.key === key)?.color;
  const lossLabel = s.lossLabel(names.length);
  const axes = lossAxes(sideBySide, stepsPerEpoch);
  const [lossScales, setLossScales] = useState<Scales | null>(null);
  // Before the browser draws the chart, the curves are drawn with the scales of the build's frame on
  // screen: the laptop's or the phone's (ScaledPlot's onFrame).
  const [lossFrame, setLossFrame] = useState<number>(frameWidths.wide);
  const lossAt = (width: number) =>
    fallbackScales([0, axes.xMax], axes.y, lossAspect, lossMargins, 'linear', 'log', width);
  const lossFallback = useMemo(() => lossAt(lossFrame), [axes.xMax, axes.y[0], axes.y[1], lossFrame]);
  const lossS = lossScales ?? lossFallback;
  const curves = useMemo(() => lossCurves(sideBySide, names, lossS), [version, sideBySide, lossS]);
  return (
    <ScaledPlot
      class="trainer__loss"
      aspect={lossAspect}
      label={lossLabel}
      deps={[axes.xMax, axes.y[0], axes.y[1]]}
      onDrawn={(figure, width, height) => setLossScales(scalesOf(figure, width, height))}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, lossLabel, s.lossDescription),
          ...plotMargins(lossMargins),
          x: { domain: [0, axes.xMax], label: s.xAxis },
          y: {
            type: 'log',
            domain: axes.y,
            label: s.yAxis,
            grid: true,
            ticks: sparseLogTicks(axes.y),
            tickFormat: (v: number) => fmt(v, 2),
          },
          marks: [Plot.frame({ stroke: colors.grid, anchor: 'bottom' })],
        })
      }
      onFrame={setLossFrame}
      overlay={(frameWidth) => {
        const S = frameWidth === undefined ? lossS : (lossScales ?? lossAt(frameWidth));
        const shown = frameWidth === undefined ? curves : lossCurves(sideBySide, names, S);
        return (
          <svg viewBox={`0 0 ${S.width} ${S.height}`} width="100%" height="100%" aria-hidden="true">
            {shown.map(({ name, set, d }) => (
              <path
                key={`${name}-${set}`}
                d={d}
                fill="none"
                stroke={colorOf(name)}
                stroke-width={set === 'train' ? 1.75 : 1.5}
                stroke-dasharray={set === 'test' ? '4 3' : undefined}
                stroke-linejoin="round"
                data-loss-line={name}
                data-set={set}
              />
            ))}
          </svg>
        );
      }}
    />
  );
}
