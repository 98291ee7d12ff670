import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, classColors, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/**
 * The AdamTrainer's bases, the loss chart's axes and the map's frame, as functions of plain data:
 * the island draws them at build time and, if its figure worker cannot, on the page;
 * figures.worker.ts draws them in the worker (figure-client.ts). The loss lines, the decision
 * region and the points are the overlays.
 */

/** The loss chart's margins, shared by its Plot and its overlay. */
export const lossMargins = { top: yTitleRoom, right: 16, bottom: xAxisRoom, left: 52 } as const;
/** The map's margins, shared likewise. */
export const mapMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom - 10, left: 42 } as const;

export interface LossBase {
  label: string;
  description: string;
  /** The step axis, from 0 (loss-lines.ts's lossExtent), and its label. */
  xMax: number;
  xLabel: string;
  /** The loss axis (logarithmic) and its label. */
  y: readonly [number, number];
  yLabel: string;
  /** Shown in the middle of the chart before the first step; null after it. */
  prompt: string | null;
}

/** The loss chart's axes (and the prompt before the first step). */
export function drawLossBase(base: LossBase, context: DrawContext): Element {
  const { label, description, xMax, xLabel, y, yLabel, prompt } = base;
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(lossMargins),
    x: { domain: [0, xMax], label: xLabel, labelAnchor: 'center', ticks: 5 },
    y: { type: 'log', domain: [y[0], y[1]], label: yLabel, grid: true, ticks: 4, tickFormat: '~g' },
    marks: [prompt === null ? null : Plot.text([prompt], { frameAnchor: 'middle', fill: colors.soft, fontSize: 13 })],
  });
}

export interface MapBase {
  label: string;
  description: string;
  /** The data set's domain (model.ts's inputGrid). */
  x: readonly [number, number];
  y: readonly [number, number];
}

/** The map's frame, shaded in class 0's colour: the region and the points are drawn over it. */
export function drawMapBase({ label, description, x, y }: MapBase, context: DrawContext): Element {
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(mapMargins),
    x: { domain: [x[0], x[1]], label: null },
    y: { domain: [y[0], y[1]], label: null },
    marks: [Plot.frame({ fill: classColors[0], fillOpacity: 0.12 })],
  });
}
