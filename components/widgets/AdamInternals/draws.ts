import { axisValley } from '../../../src/engine/problems/index.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { contourMarks } from '../lib/contour.ts';
import { logTickFormat } from '../lib/log-ticks.ts';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/**
 * The bases of AdamInternals' figures, as functions of plain data: figures.tsx draws them on the
 * main thread and at build time, figures.worker.ts in the figure worker (figure-client.ts).
 */

export const surface = axisValley;
export const mapMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 42 } as const;
export const chartMargins = { top: yTitleRoom, right: 16, bottom: xAxisRoom, left: 52 } as const;

export interface MapBase {
  label: string;
  description: string;
  grid: Grid;
  levels: readonly number[];
}

/** The valley's contours and its minimum. */
export function drawMapBase({ label, description, grid, levels }: MapBase, context: DrawContext): Element {
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(mapMargins),
    x: { domain: surface.domain.x, label: 'x' },
    y: { domain: surface.domain.y, label: 'y' },
    clip: true,
    marks: [
      ...contourMarks(grid, { levels, shade: null }, context),
      Plot.dot([{ x: 0, y: 0 }], { x: 'x', y: 'y', symbol: 'times', r: 5, stroke: colors.fg }),
    ],
  });
}

export interface ChartBase {
  label: string;
  description: string;
  steps: number;
  domain: readonly [number, number];
  timeAxis: string;
  valueAxis: string;
  /** A log value axis (the moments), else a linear one with a rule at 1 (the lengths, in units of α). */
  log: boolean;
}

/** A chart's axes: a log time axis, and the value axis. */
export function drawChartBase(base: ChartBase, context: DrawContext): Element {
  const { label, description, steps, domain, timeAxis, valueAxis, log } = base;
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(chartMargins),
    x: { type: 'log', domain: [1, steps], label: timeAxis, labelAnchor: 'center', ticks: 4, tickFormat: '~g' },
    y: log
      ? { type: 'log', domain: [...domain], label: valueAxis, grid: true, ticks: 4, tickFormat: logTickFormat }
      : { domain: [...domain], label: valueAxis, grid: true, ticks: 5 },
    marks: log ? [] : [Plot.ruleY([1], { stroke: colors.fg, strokeOpacity: 0.5 })],
  });
}
