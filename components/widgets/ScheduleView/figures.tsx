import { Plot } from '../lib/plot.ts';
import { fmt } from '../lib/format.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { linePath, px } from '../lib/overlay-layers.ts';
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
const byK = (p: { k: number }) => p.k;
const byV = (p: { v: number }) => p.v;

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
      overlay={(S) => line(linePath(rates, S, byK, byV), scheduledColor, 2.5)}
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
      overlay={(S) => (
        <>
          {line(linePath(constant, S, byK, byV), constantColor, 2)}
          {dots(constant, S, constantColor, 2.5)}
          {line(linePath(scheduled, S, byK, byV), scheduledColor, 2.5)}
          {dots(scheduled, S, scheduledColor, 3)}
        </>
      )}
    />
  );
}

/** A line as Plot's line mark draws it. */
const line = (d: string, stroke: string, width: number) => (
  <path
    d={d}
    fill="none"
    stroke={stroke}
    stroke-width={width}
    stroke-linejoin="round"
    stroke-linecap="round"
    stroke-miterlimit={1}
  />
);

/** Filled dots as Plot's dot mark draws them. */
const dots = (series: Series, S: { x: (v: number) => number; y: (v: number) => number }, fill: string, r: number) => (
  <g fill={fill}>
    {series.map((p) => (
      <circle key={p.k} cx={px(S.x(p.k))} cy={px(S.y(p.v))} r={r} />
    ))}
  </g>
);
