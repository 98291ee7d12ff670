import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, defaultMargins } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/**
 * TorchFormCheck's base, the chart's axes (and where α halves), as a function of plain data: the
 * island draws it at build time and, if its figure worker cannot, on the page; figures.worker.ts
 * draws it in the worker (figure-client.ts). The two paths are the overlay.
 */
export interface ComparisonBase {
  label: string;
  description: string;
  stepAxis: string;
  valueAxis: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** Where α halves, and the words written beside it; null at a constant α. */
  halving: { step: number; text: string } | null;
}

export function drawComparisonBase(base: ComparisonBase, context: DrawContext): Element {
  const { label, description, stepAxis, valueAxis, xDomain, yDomain, halving } = base;
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(defaultMargins),
    x: { domain: [...xDomain], label: stepAxis },
    y: { domain: [...yDomain], label: valueAxis, grid: true },
    // Where α halves, so the reader sees the paths part there. Its words go at the bottom, right
    // of the rule: the paths start low but have risen by then, so nothing is drawn over them
    // (at the top, the paths' overshoot and the dots covered them on a phone).
    marks: halving
      ? [
          Plot.ruleX([halving.step], { stroke: colors.warn, strokeWidth: 1.5, strokeDasharray: '3 3' }),
          Plot.text([halving.step], {
            x: (d: number) => d,
            frameAnchor: 'bottom',
            lineAnchor: 'bottom',
            text: () => halving.text,
            textAnchor: 'start',
            dx: 4,
            dy: -4,
            fill: 'currentColor',
          }),
        ]
      : [],
  });
}
