import { twoMinima } from '../../../src/engine/problems/index.ts';
import { curveSamples } from '../../../src/engine/sim/index.ts';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, defaultMargins, seriesColor } from '../lib/plot-theme.ts';

/**
 * LocalMinima's base, as a function of plain data: the island draws it at build time and, if its
 * figure worker cannot, on the page; figures.worker.ts draws it in the worker (figure-client.ts).
 */

/** The figure's domains, shared by its Plot and its overlay (as are its margins, defaultMargins). */
export const xDomain = [-2.5, 2.5] as const;
export const yDomain = [-1.6, 1.3] as const;
export const aspect = 0.6;
/** Colour of each minimum's basin: the global one (index 0), the local one (index 1). */
export const basinColor = [seriesColor(2), seriesColor(1)];
const [globalMin, localMin] = twoMinima.minima;
/** The two minima, where the figure marks and names them. */
export const minimaMarks = [localMin, globalMin].map((m) => ({ w: m!.point[0]!, loss: m!.value, kind: m!.kind }));
const samples = curveSamples(twoMinima, 161, [xDomain[0], xDomain[1]]);

/** Where one of the many starts begins, and the basin it ends in (null: it did not settle). */
export interface StartMark {
  w: number;
  basin: number | null;
}

export interface CurveBase {
  label: string;
  description: string;
  yAxis: string;
  /** The many starts (marked on the curve and as ticks below it), or none. */
  starts: readonly StartMark[];
}

/** The curve, its minima, and the many starts coloured by where they end: what a start does not change. */
export function drawCurveBase({ label, description, yAxis, starts }: CurveBase, context: DrawContext): Element {
  const fill = (d: StartMark) => (d.basin === null ? colors.grid : basinColor[d.basin]);
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    marginLeft: defaultMargins.left,
    marginRight: defaultMargins.right,
    x: { domain: [...xDomain], label: 'w' },
    y: { domain: [...yDomain], label: yAxis, grid: true },
    clip: true,
    marks: [
      Plot.ruleX([0], { stroke: colors.grid, strokeDasharray: '2 3' }),
      Plot.line(samples, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2 }),
      Plot.dot(minimaMarks, { x: 'w', y: 'loss', symbol: 'times', r: 6, stroke: colors.fg, strokeWidth: 2 }),
      ...(starts.length
        ? [
            Plot.dot(
              starts.map((d) => ({ ...d, loss: twoMinima.f(Float64Array.of(d.w)) })),
              { x: 'w', y: 'loss', r: context.width < 420 ? 3.5 : 4.5, fill, stroke: colors.fg, strokeWidth: 0.5 },
            ),
            // A tick at the foot of the plot for each start, in its basin's colour.
            Plot.ruleX(starts, { x: 'w', y1: yDomain[0], y2: yDomain[0] + 0.15, stroke: fill, strokeWidth: 3 }),
          ]
        : []),
    ],
  });
}
