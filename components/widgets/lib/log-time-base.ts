import { logTickFormat } from './log-ticks.ts';
import type { DrawContext } from './PlotFigure.tsx';
import { Plot } from './plot.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from './plot-theme.ts';
import { plotMargins } from './scales.ts';

/** LogTimeChart's margins: the left one fits a value label such as "0.001" or "2×10⁻⁶". */
export const logTimeMargins = { top: yTitleRoom, right: 16, bottom: xAxisRoom, left: 52 } as const;

/** What LogTimeChart's axes are drawn from: plain data, so that the figure worker can draw them too. */
export interface LogTimeBase {
  label: string;
  description: string;
  /** The run's length: the time axis goes from step 1 to it. */
  steps: number;
  /** The value axis's domain, fixed for the run so that it stays put while the run plays. */
  domain: readonly [number, number];
  timeAxis: string;
  valueAxis: string;
  /** The value axis: logarithmic, or linear with a faint rule at `rule` (a reference value, such as 1). */
  value: { kind: 'log' } | { kind: 'linear'; rule?: number | undefined };
}

const logTicks = { ticks: 4, tickFormat: logTickFormat } as const;

/** LogTimeChart's base: a log time axis (step 1 to the run's length) and the value axis. */
export function drawLogTimeBase(base: LogTimeBase, context: DrawContext): Element {
  const { label, description, steps, domain, timeAxis, valueAxis, value } = base;
  const rule = value.kind === 'linear' ? value.rule : undefined;
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(logTimeMargins),
    x: { type: 'log', domain: [1, steps], label: timeAxis, labelAnchor: 'center', ...logTicks },
    y:
      value.kind === 'log'
        ? { type: 'log', domain: [domain[0], domain[1]], label: valueAxis, grid: true, ...logTicks }
        : { domain: [domain[0], domain[1]], label: valueAxis, grid: true, ticks: 5 },
    marks: rule === undefined ? [] : [Plot.ruleY([rule], { stroke: colors.fg, strokeOpacity: 0.5 })],
  });
}
