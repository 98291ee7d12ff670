import type { Grid } from '../../../src/engine/sim/index.ts';
import { contourMarks, surfaceAxes, type ContourMarkOptions } from './contour.ts';
import type { DrawContext } from './PlotFigure.tsx';
import { Plot } from './plot.ts';
import { basePlotOptions, xAxisRoom, yTitleRoom } from './plot-theme.ts';

type Interval = readonly [number, number];

/** A contour map's margins (ContourFigure's; its right margin can be set). */
export const contourMargins = {
  marginTop: yTitleRoom,
  marginRight: 12,
  marginBottom: xAxisRoom,
  marginLeft: 42,
} as const;

/** What a contour map (ContourFigure's base) is drawn from: plain data, so that the figure worker can draw it too. */
export interface ContourBase {
  label: string;
  description: string;
  grid: Grid;
  contours: ContourMarkOptions;
  domain: { readonly x: Interval; readonly y: Interval };
  axisLabels?: { x: string; y: string } | undefined;
  marginRight: number;
}

/** The map with its axes. */
export function drawContourBase(base: ContourBase, context: DrawContext): Element {
  return Plot.plot({
    ...basePlotOptions(context, base.label, base.description),
    ...contourMargins,
    marginRight: base.marginRight,
    ...surfaceAxes(base.domain, base.axisLabels),
    // Kept by grid and size (kept-mark.ts): a grid shown before is not traced again (on the page;
    // the worker is sent a copy of the grid each time, and traces it again there).
    marks: contourMarks(base.grid, base.contours, context),
  });
}
