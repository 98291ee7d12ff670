import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { sliceRange } from './model.ts';
import { margins } from './SliceMarks.tsx';

/** What the slice's base is drawn from: plain data, for the figure worker too (figure-client.ts). */
export interface SliceBase {
  label: string;
  description: string;
  curve: readonly { w: number; loss: number }[];
  /** The parameter's symbol (the x axis). */
  symbol: string;
  yAxis: string;
  yDomain: readonly [number, number];
}

/** The loss along the slice, with its axes: what a start, a shift or h do not change. */
export function drawSliceBase(base: SliceBase, context: DrawContext): Element {
  return Plot.plot({
    ...basePlotOptions(context, base.label, base.description),
    ...plotMargins(margins),
    x: { domain: [...sliceRange], label: base.symbol },
    y: { domain: [...base.yDomain], label: base.yAxis, grid: true },
    clip: true,
    marks: [Plot.line(base.curve, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2.5 })],
  });
}
