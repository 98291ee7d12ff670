import { useMemo, useState } from 'preact/hooks';
import type { Trainer } from '../../../src/engine/sim/index.ts';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import { fallbackScales, plotMargins, scalesOf } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { lossExtent, lossLines } from './loss-lines.ts';
import { lineup } from './model.ts';

const aspect = 0.6;
const margins = { top: yTitleRoom, right: 16, bottom: xAxisRoom, left: 52 } as const;

export interface AdamLossChartProps {
  trainers: readonly Trainer[];
  stepsDone: number;
  label: string;
  description: string;
  xLabel: string;
  yLabel: string;
  /** Shown in the middle of the empty chart, before the first step. */
  prompt: string;
}

/**
 * The training losses of the line-up against the step, on a log axis. The Plot draws the axes
 * (and the prompt before the first step); the lines and their end dots are an overlay drawn with
 * its scales, recomputed at each redraw while training (loss-lines.ts).
 */
export function AdamLossChart({ trainers, stepsDone, label, description, xLabel, yLabel, prompt }: AdamLossChartProps) {
  const { xMax, y } = lossExtent(trainers, stepsDone);
  const empty = stepsDone === 0;
  const [drawn, setDrawn] = useState<Scales | null>(null);
  // Until the browser draws the axes, the lines use the scales of the build's frame on screen.
  const [frame, setFrame] = useState<number>(frameWidths.wide);
  const at = (width: number) => fallbackScales([0, xMax], y, aspect, margins, 'linear', 'log', width);
  const fallback = useMemo(() => at(frame), [xMax, y[0], y[1], frame]);
  const S = drawn ?? fallback;
  return (
    <ScaledPlot
      aspect={aspect}
      label={label}
      deps={[xMax, y[0], y[1], empty]}
      onDrawn={(figure, width, height) => setDrawn(scalesOf(figure, width, height))}
      onFrame={setFrame}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          ...plotMargins(margins),
          x: { domain: [0, xMax], label: xLabel, labelAnchor: 'center', ticks: 5 },
          y: { type: 'log', domain: y, label: yLabel, grid: true, ticks: 4, tickFormat: '~g' },
          marks: [empty ? Plot.text([prompt], { frameAnchor: 'middle', fill: colors.soft, fontSize: 13 }) : null],
        })
      }
      overlay={(frameWidth) => {
        const scales = frameWidth === undefined ? S : at(frameWidth);
        const lines = lossLines(trainers, scales);
        return (
          <svg viewBox={`0 0 ${scales.width} ${scales.height}`} width="100%" height="100%" aria-hidden="true">
            {lines.map(({ d }, i) => (
              <path
                key={lineup[i]!.key}
                d={d}
                fill="none"
                stroke={lineup[i]!.color}
                stroke-width={2}
                stroke-dasharray={lineup[i]!.dashed ? '6 3' : undefined}
                stroke-linejoin="round"
                stroke-linecap="round"
                data-loss-line={lineup[i]!.key}
              />
            ))}
            {lines.map(({ end }, i) =>
              end ? (
                <circle
                  key={`${lineup[i]!.key}-end`}
                  cx={end.x.toFixed(1)}
                  cy={end.y.toFixed(1)}
                  r={3}
                  fill={lineup[i]!.color}
                />
              ) : null,
            )}
          </svg>
        );
      }}
    />
  );
}
