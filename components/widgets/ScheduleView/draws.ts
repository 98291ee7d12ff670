import { fmt } from '../lib/format.ts';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/**
 * ScheduleView's chart bases, the axes (and the constant α's rule), as a function of plain data:
 * the island draws them at build time and, if its figure worker cannot, on the page;
 * figures.worker.ts draws them in the worker (figure-client.ts). The schedule's lines and dots
 * are the overlay.
 */

/** The charts' margins, shared by their Plots and their overlays. */
export const chartMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 56 } as const;

export interface ChartBase {
  label: string;
  description: string;
  /** The step axis: its last step and its label. */
  steps: number;
  stepAxis: string;
  valueAxis: string;
  /** The constant rate: the top of the value axis is 1.05 α. */
  lr: number;
  /** The constant α as a rule across the chart, in this colour; none when null. */
  rule: string | null;
  /** The step axis's ticks: 4 on a phone and 8 wider (a long schedule), or as many as Plot picks. */
  ticksByWidth: boolean;
}

/** The value axis's domain: up to 1.05 α. */
export const valueDomain = (lr: number) => [0, lr * 1.05] as const;

export function drawChartBase(base: ChartBase, context: DrawContext): Element {
  const { label, description, steps, stepAxis, valueAxis, lr, rule, ticksByWidth } = base;
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(chartMargins),
    x: { domain: [1, steps], label: stepAxis, ...(ticksByWidth ? { ticks: context.width < 420 ? 4 : 8 } : {}) },
    y: { domain: [...valueDomain(lr)], label: valueAxis, grid: true, tickFormat: (v: number) => fmt(v) },
    marks: rule === null ? [] : [Plot.ruleY([lr], { stroke: rule, strokeWidth: 2 })],
  });
}
