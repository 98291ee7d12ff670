import { Plot } from '../lib/plot.ts';
import { fmt } from '../lib/format.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import type { OverlayLayer, Point } from '../lib/overlay-layers.ts';
import { basePlotOptions, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/*
 * ScheduleView's learning-rate and Adam charts as OverlayFigures: their axes depend on α alone, so
 * a schedule's own slider (step size, γ, T, warm-up...) moves only the overlay's line and dots, and
 * Plot redraws only when α (or the language) changes. Margins are explicit so the build's overlay
 * scales match Plot's.
 */

export const chartAspect = 0.4;
const margins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 56 } as const;

/** One value per step, from step `from`. */
export type Series = readonly { k: number; v: number }[];
const points = (series: Series): Point[] => series.map((p) => ({ x: p.k, y: p.v }));
/** A series as a line and, with `r`, a dot at each step (Plot's line and dot marks, on the overlay). */
const seriesLayers = (series: Series, color: string, width: number, r?: number): OverlayLayer[] => {
  const at = points(series);
  const line: OverlayLayer = { kind: 'line', points: at, stroke: color, strokeWidth: width };
  return r === undefined ? [line] : [line, { kind: 'dots', points: at, r, fill: color }];
};

interface ChartProps {
  label: string;
  description: string;
  /** The step axis: its last step and its label. */
  steps: number;
  stepAxis: string;
  valueAxis: string;
  /** The constant rate: the top of the value axis is 1.05 α. */
  lr: number;
  scheduledColor: string;
  constantColor: string;
}

const scales = (steps: number, lr: number) => ({ x: [1, steps] as const, y: [0, lr * 1.05] as const, margins });

const baseOptions = (props: ChartProps) =>
  ({
    ...plotMargins(margins),
    x: { domain: [1, props.steps], label: props.stepAxis },
    y: { domain: [0, props.lr * 1.05], label: props.valueAxis, grid: true, tickFormat: (v: number) => fmt(v) },
  }) as const;

/** The schedule's rate over the steps (overlay) against the constant α (a rule in the base). */
export function LrChart(props: ChartProps & { rates: Series }) {
  const { label, description, steps, lr, rates, scheduledColor, constantColor } = props;
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, lr, props.stepAxis, props.valueAxis, constantColor]}
      scales={scales(steps, lr)}
      clip={false}
      draw={(context) => {
        const base = baseOptions(props);
        return Plot.plot({
          ...basePlotOptions(context, label, description),
          ...base,
          x: { ...base.x, ticks: context.width < 420 ? 4 : 8 },
          marks: [Plot.ruleY([lr], { stroke: constantColor, strokeWidth: 2 })],
        });
      }}
      layers={seriesLayers(rates, scheduledColor, 2.5)}
    />
  );
}

/** The size of Adam's first steps, with the constant α and with the schedule: lines and dots on the overlay. */
export function AdamChart(props: ChartProps & { constant: Series; scheduled: Series }) {
  const { label, description, steps, lr, constant, scheduled, scheduledColor, constantColor } = props;
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, lr, props.stepAxis, props.valueAxis]}
      scales={scales(steps, lr)}
      clip={false}
      draw={(context) =>
        Plot.plot({ ...basePlotOptions(context, label, description), ...baseOptions(props), marks: [] })
      }
      layers={[...seriesLayers(constant, constantColor, 2, 2.5), ...seriesLayers(scheduled, scheduledColor, 2.5, 3)]}
    />
  );
}
