/**
 * The AdamTrainer's loss chart, split so that what moves while training is cheap: the chart's
 * Plot draws only the axes (`lossExtent`), and the curves and their end dots are SVG paths on an
 * overlay drawn with the chart's scales (`lossLines`). Rebuilding a Plot with four lines of up to
 * 500 points and four dots every quarter second while training was most of the widget's long
 * tasks on a phone-class CPU.
 */
import type { Trainer } from '../../../src/engine/sim/index.ts';
import { polylinePath } from '../lib/svg-path.ts';
import type { Scales } from '../lib/scales.ts';
import { niceCeil, steppedLogDomain } from '../lib/stepped-domain.ts';

/**
 * The axes: steps from 0 to at least 100, and the losses' log range with room of 1.5× above and
 * below; both rounded out to 1, 2 or 5 × 10^k (stepped-domain.ts), so that while training the
 * axes' Plot is redrawn only when a line crosses a step (100, 200, 500 steps; 0.1, 0.2, 0.5...),
 * not at every redraw as the lowest loss falls.
 */
export function lossExtent(trainers: readonly Trainer[], stepsDone: number): { xMax: number; y: [number, number] } {
  let lo = Infinity;
  let hi = 0;
  for (const t of trainers)
    for (const loss of t.history.trainLoss) {
      if (loss > 0 && loss < lo) lo = loss;
      if (loss > hi) hi = loss;
    }
  const y: [number, number] = hi > lo ? steppedLogDomain([Math.max(lo / 1.5, 1e-6), hi * 1.5]) : [0.01, 1];
  return { xMax: niceCeil(Math.max(100, stepsDone)), y };
}

export interface LossLine {
  /** The training loss against the step, in pixels. */
  d: string;
  /** The last point (the dot), or null when its loss cannot be drawn on a log axis. */
  end: { x: number; y: number } | null;
}

/**
 * One line per trainer, as Plot drew them: a point per record (every epoch), a loss that a log
 * axis cannot place (0, NaN, a diverged run's Infinity) left out, the line starting again after it.
 */
export function lossLines(trainers: readonly Trainer[], S: Pick<Scales, 'x' | 'y'>): LossLine[] {
  return trainers.map((t) => {
    const { epochStep, trainLoss } = t.history;
    const points: [number, number][] = epochStep.map((step, k) => {
      const loss = trainLoss[k]!;
      return [S.x(step), loss > 0 && Number.isFinite(loss) ? S.y(loss) : NaN];
    });
    const last = points[points.length - 1];
    const end = last && Number.isFinite(last[0]) && Number.isFinite(last[1]) ? { x: last[0], y: last[1] } : null;
    return { d: polylinePath(points), end };
  });
}
