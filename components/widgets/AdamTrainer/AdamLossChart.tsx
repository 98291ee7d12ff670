import type { Trainer } from '../../../src/engine/sim/index.ts';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { plotMargins } from '../lib/scales.ts';
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
 * the same scales, recomputed at each redraw while training (loss-lines.ts). An OverlayFigure: when
 * a line crosses a step of the axes (lossExtent), their Plot is drawn in a task of its own (the
 * page's draw queue), not inside the animation frame that trains and redraws the lines, which
 * made that frame the widget's longest task while training (84-116 ms at 4x CPU slowdown).
 */
export function AdamLossChart({ trainers, stepsDone, label, description, xLabel, yLabel, prompt }: AdamLossChartProps) {
  const { xMax, y } = lossExtent(trainers, stepsDone);
  const empty = stepsDone === 0;
  return (
    <OverlayFigure
      class="adam-loss-chart"
      aspect={aspect}
      label={label}
      description={description}
      deps={[xMax, y[0], y[1], empty]}
      scales={{ x: [0, xMax], y, kindY: 'log', margins }}
      clip={false}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          ...plotMargins(margins),
          x: { domain: [0, xMax], label: xLabel, labelAnchor: 'center', ticks: 5 },
          y: { type: 'log', domain: y, label: yLabel, grid: true, ticks: 4, tickFormat: '~g' },
          marks: [empty ? Plot.text([prompt], { frameAnchor: 'middle', fill: colors.soft, fontSize: 13 }) : null],
        })
      }
      overlay={(S) => {
        const lines = lossLines(trainers, S);
        return (
          <>
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
          </>
        );
      }}
    />
  );
}
