import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { niceFloor } from '../lib/stepped-domain.ts';

/**
 * The two figures' bases, as functions of plain data: figures.tsx draws them on the main thread and
 * at build time, figures.worker.ts in the figure worker (figure-client.ts).
 */

/** Both figures' margins: the base Plots' and their overlays' (Plot's default 40 px on the left). */
export const margins = { top: yTitleRoom, right: 30, bottom: xAxisRoom, left: 40 } as const;

export interface RunsBase {
  label: string;
  description: string;
  samples: readonly { w: number; loss: number }[];
  x: readonly [number, number];
  y: readonly [number, number];
  yAxis: string;
  /** The facet rows' names (Momentum, NAG). */
  names: readonly string[];
}

/** The runs figure's base: a faceted Plot of the axes, the curve in each row and the row titles. */
export function drawRunsBase(base: RunsBase, context: DrawContext): Element {
  return Plot.plot({
    ...basePlotOptions(context, base.label, base.description),
    ...plotMargins(margins),
    x: { domain: [...base.x], label: 'w' },
    y: { domain: [...base.y], label: base.yAxis, grid: true },
    fy: { domain: [...base.names], axis: null, padding: 0.12 },
    clip: true,
    marks: [
      Plot.line(base.samples, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2 }),
      Plot.text(base.names, {
        fy: (d: string) => d,
        text: (d: string) => d,
        frameAnchor: 'top',
        dy: 4,
        fill: colors.fg,
        fontWeight: 700,
      }),
    ],
  });
}

export interface SpeedBase {
  label: string;
  description: string;
  last: number;
  top: number;
  stepAxis: string;
  speedAxis: string;
}

/** The speed figure's base: its axes. */
export function drawSpeedBase(base: SpeedBase, context: DrawContext): Element {
  return Plot.plot({
    ...basePlotOptions(context, base.label, base.description),
    ...plotMargins(margins),
    x: { label: base.stepAxis, domain: [0, base.last] },
    // A phone's chart is ~25 px tall inside: Plot's one tick there (0.5 apart) left a top of
    // 0.25 with only 0 labelled; 0 and the nice value under the top are labelled instead.
    y: {
      label: base.speedAxis,
      domain: [0, base.top],
      grid: true,
      ...(context.height - margins.top - margins.bottom < 70 ? { ticks: [0, niceFloor(base.top)] } : {}),
    },
    marks: [],
  });
}
