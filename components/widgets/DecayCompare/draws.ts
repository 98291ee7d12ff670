import { fmt } from '../lib/format.ts';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, defaultMargins, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { decadeTicks } from '../lib/ticks.ts';

/**
 * The bases of DecayCompare's two dot charts (their axes), as functions of plain data: figures.tsx
 * draws them at build time and, if its figure worker cannot, on the page; figures.worker.ts in the
 * worker (figure-client.ts).
 */

export const chartAspect = 0.45;
/** The point scale's padding at each end, in columns. */
export const padding = 0.3;
const valuesDomain = [0, 1.25] as const;
export const decayMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 56 } as const;
/** The decay axis while nothing has been decayed (the chart then shows a note). */
const emptyDecayDomain = [1e-3, 1e-2] as const;

/** Which chart: the weights' values (a rule at w = 1), or the fraction decayed on a log axis over `domain`. */
export type DotChartKind =
  | { kind: 'values' }
  | { kind: 'decay'; domain: readonly [number, number] | null; empty: boolean; zeroNote: string };

export interface DotChartBase {
  label: string;
  description: string;
  /** The columns' names ("×10"...), in order. */
  columns: readonly string[];
  scaleAxis: string;
  valueAxis: string;
  chart: DotChartKind;
}

/** A chart's value domain: the values' fixed one, or the decay's (a stand-in while nothing is decayed). */
export const domainOf = (chart: DotChartKind): readonly [number, number] =>
  chart.kind === 'values' ? valuesDomain : (chart.domain ?? emptyDecayDomain);

/** A chart's margins: the decay chart's left one fits "0.0001". */
export const marginsOf = (chart: DotChartKind) => (chart.kind === 'values' ? defaultMargins : decayMargins);

/** A chart's axes: the columns (Plot's point scale) against its value axis. */
export function drawDotChartBase(base: DotChartBase, context: DrawContext): Element {
  const { label, description, columns, scaleAxis, valueAxis, chart } = base;
  const logAxis =
    chart.kind === 'values'
      ? {}
      : {
          type: 'log' as const,
          tickFormat: (v: number) => fmt(v),
          ticks: decadeTicks(chart.domain ?? [], context.width < 420 ? 3 : 6),
        };
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(marginsOf(chart)),
    x: { domain: [...columns], label: scaleAxis, padding },
    y: { ...logAxis, domain: [...domainOf(chart)], label: valueAxis, grid: true },
    marks:
      chart.kind === 'values'
        ? [Plot.ruleY([1], { stroke: colors.soft, strokeDasharray: '4 3' })]
        : [chart.empty ? Plot.text([chart.zeroNote], { frameAnchor: 'middle', fill: colors.soft }) : null],
  });
}
