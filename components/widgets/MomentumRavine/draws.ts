import { problems } from '../../../src/engine/problems/index.ts';
import { logHeight, logLevels } from '../../../src/engine/sim/index.ts';
import { keptMark } from '../lib/kept-mark.ts';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/**
 * MomentumRavine's base, the valley's contour map, as a function of plain data: the island draws
 * it at build time and, if its figure worker cannot, on the page; figures.worker.ts draws it in the
 * worker (figure-client.ts).
 */

export const problemIds = ['illConditioned', 'ravine'] as const;
export type RavineId = (typeof problemIds)[number];
/** Both layers (contours, runs) use the same margins, so their scales line up. */
export const runMargins = { top: yTitleRoom, right: 12, bottom: xAxisRoom, left: 40 } as const;

/** A surface's contour levels and log height, worked out once per surface (in each thread). */
const shapes = new Map<RavineId, { levels: number[]; height: (x: number, y: number) => number }>();
export function shapeOf(id: RavineId) {
  let shape = shapes.get(id);
  if (!shape) shapes.set(id, (shape = { levels: logLevels(problems[id], 14), height: logHeight(problems[id]) }));
  return shape;
}

export interface RavineBase {
  label: string;
  description: string;
  problem: RavineId;
}

/** The valley's level lines (of log height) and its minima. */
export function drawRavineBase({ label, description, problem }: RavineBase, context: DrawContext): Element {
  const surface = problems[problem];
  const { x, y } = surface.domain;
  const { levels, height } = shapeOf(problem);
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(runMargins),
    x: { domain: x, label: 'x' },
    y: { domain: y, label: 'y' },
    marks: [
      // Kept by surface and size (kept-mark.ts): a surface shown before is not traced again when
      // the reader switches back (select keys back to back: 49 ms of a 4x key press).
      keptMark(surface, levels.join(), context, (render) =>
        Plot.contour({
          x1: x[0],
          x2: x[1],
          y1: y[0],
          y2: y[1],
          value: height,
          thresholds: levels,
          stroke: colors.grid,
          fill: 'none',
          pixelSize: 4,
          render,
        }),
      ),
      Plot.dot(surface.minima, {
        x: (m: { point: number[] }) => m.point[0],
        y: (m: { point: number[] }) => m.point[1],
        symbol: 'plus',
        r: 6,
        stroke: colors.fg,
      }),
    ],
  });
}
