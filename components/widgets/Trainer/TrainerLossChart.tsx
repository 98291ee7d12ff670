import { useMemo } from 'preact/hooks';
import type { SideBySide } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { sparseLogTicks } from '../lib/log-ticks.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { lossAxes, lossCurves } from './curves.ts';
import type { LossCurve } from './curves.ts';
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
 * The loss chart in two layers (lib/OverlayFigure.tsx): its Plot draws only the axes, whose
 * domains change a few times per run (lossAxes), in a task of its own after the paint; the curves
 * are paths on the overlay, recomputed at each redraw with the axes' scales, so a redraw while
 * training or a reader's input changes a few `d` attributes and rebuilds no Plot.
 */
export function TrainerLossChart({ s, sideBySide, lanes, stepsPerEpoch, version }: TrainerLossChartProps) {
  const names = lanes.map((lane) => lane.key);
  const colorOf = (key: string) => lanes.find((lane) => lane.key === key)?.color;
  const lossLabel = s.lossLabel(names.length);
  const axes = lossAxes(sideBySide, stepsPerEpoch);
  // The curves per frame width (the build's markup draws one overlay per static frame), made once
  // per redraw: a render that changes neither the trainers nor the axes reuses them.
  const curvesAt = useMemo(() => {
    const made = new Map<number, LossCurve[]>();
    return (S: Scales) => {
      let curves = made.get(S.width);
      if (!curves) made.set(S.width, (curves = lossCurves(sideBySide, names, S)));
      return curves;
    };
  }, [version, sideBySide, axes.xMax, axes.y[0], axes.y[1], names.join()]);
  return (
    <OverlayFigure
      class="trainer__loss"
      aspect={lossAspect}
      label={lossLabel}
      description={s.lossDescription}
      deps={[axes.xMax, axes.y[0], axes.y[1], lossLabel, s.lossDescription]}
      scales={{ x: [0, axes.xMax], y: axes.y, kindX: 'linear', kindY: 'log', margins: lossMargins }}
      clip={false}
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
            ticks: sparseLogTicks(axes.y, context.height - lossMargins.top - lossMargins.bottom),
            tickFormat: (v: number) => fmt(v, 2),
          },
          marks: [Plot.frame({ stroke: colors.grid, anchor: 'bottom' })],
        })
      }
      overlay={(S) =>
        curvesAt(S).map(({ name, set, d }) => (
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
        ))
      }
    />
  );
}
