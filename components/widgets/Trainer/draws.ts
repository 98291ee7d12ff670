import { fmt } from '../lib/format.ts';
import { sparseLogTicks } from '../lib/log-ticks.ts';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/**
 * The Trainer's loss chart base, its axes, as a function of plain data: the island draws it at
 * build time and, if its figure worker cannot, on the page; figures.worker.ts draws it in the
 * worker (figure-client.ts). The loss curves are the overlay (TrainerLossChart.tsx).
 */

/** The loss chart's margins, shared by its Plot and its overlay. */
export const lossMargins = { top: 22, right: 20, bottom: xAxisRoom, left: 62 } as const;

export interface LossAxesBase {
  label: string;
  description: string;
  /** The step axis, from 0 (curves.ts's lossAxes), and its label. */
  xMax: number;
  xAxis: string;
  /** The loss axis (logarithmic, whole decades) and its label. */
  y: readonly [number, number];
  yAxis: string;
}

/** The axes: sparse decade ticks on the loss axis (fewer on a short figure), printed to two digits. */
export function drawLossAxesBase(base: LossAxesBase, context: DrawContext): Element {
  const { label, description, xMax, xAxis, y, yAxis } = base;
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(lossMargins),
    x: { domain: [0, xMax], label: xAxis },
    y: {
      type: 'log',
      domain: [y[0], y[1]],
      label: yAxis,
      grid: true,
      ticks: sparseLogTicks(y, context.height - lossMargins.top - lossMargins.bottom),
      tickFormat: (v: number) => fmt(v, 2),
    },
    marks: [Plot.frame({ stroke: colors.grid, anchor: 'bottom' })],
  });
}
