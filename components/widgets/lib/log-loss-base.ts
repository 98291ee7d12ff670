import { fmt } from './format.ts';
import type { DrawContext } from './PlotFigure.tsx';
import { Plot } from './plot.ts';
import { plotMargins } from './scales.ts';
import { basePlotOptions, xAxisRoom, yTitleRoom } from './plot-theme.ts';
import { decadeTicks } from './ticks.ts';

/** LogLossChart's margins (its right margin is Plot's default with an x axis; the left fits "0.0001"). */
export const logLossMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 56 } as const;

/** What LogLossChart's axes are drawn from: plain data, so that the figure worker can draw them too. */
export interface LogLossBase {
  label: string;
  description: string;
  x: { domain: readonly [number, number]; label: string };
  /** The loss axis's domain (a stepped log domain) and label. */
  y: { domain: readonly [number, number]; label: string };
}

/** LogLossChart's base: the axes, whole decades for ticks (fewer on a narrow figure), printed as plain numbers. */
export function drawLogLossBase({ label, description, x, y }: LogLossBase, context: DrawContext): Element {
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(logLossMargins),
    x: { domain: [x.domain[0], x.domain[1]], label: x.label },
    y: {
      type: 'log',
      domain: [y.domain[0], y.domain[1]],
      label: y.label,
      grid: true,
      tickFormat: (v: number) => fmt(v),
      ticks: decadeTicks(y.domain, context.width < 420 ? 3 : 5),
    },
    marks: [],
  });
}
