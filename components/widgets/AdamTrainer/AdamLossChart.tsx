import type { Trainer } from '../../../src/engine/sim/index.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { drawLossBase, lossMargins as margins, type LossBase } from './draws.ts';
import { figures } from './figures.ts';
import { lossExtent, lossLines } from './loss-lines.ts';
import { lineup } from './model.ts';

const aspect = 0.6;

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
 * made that frame the widget's longest task while training (84-116 ms at 4x CPU slowdown). That
 * Plot is drawn in the AdamTrainer's figure worker (draws.ts), off the main thread.
 */
export function AdamLossChart({ trainers, stepsDone, label, description, xLabel, yLabel, prompt }: AdamLossChartProps) {
  const { xMax, y } = lossExtent(trainers, stepsDone);
  const empty = stepsDone === 0;
  const base: LossBase = { label, description, xMax, xLabel, y, yLabel, prompt: empty ? prompt : null };
  return (
    <OverlayFigure
      class="adam-loss-chart"
      aspect={aspect}
      label={label}
      description={description}
      deps={[xMax, y[0], y[1], empty]}
      scales={{ x: [0, xMax], y, kindY: 'log', margins }}
      clip={false}
      draw={(context) => drawLossBase(base, context)}
      offThread={{ client: figures, figure: 'adam-loss', input: base }}
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
