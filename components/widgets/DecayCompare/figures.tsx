import { Plot } from '../lib/plot.ts';
import { fmt } from '../lib/format.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import type * as PlotTypes from '@observablehq/plot';
import { px } from '../lib/overlay-layers.ts';
import { basePlotOptions, colors, defaultMargins, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { fallbackScales, plotMargins } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { decadeTicks } from '../lib/ticks.ts';
import type { Method } from './model.ts';

/*
 * DecayCompare's two dot charts as OverlayFigures: Plot draws the axes once per setting (the decay
 * axis spans every step of both runs, so it stays put while they play), and the dots, which a
 * played step moves, are an SVG overlay. Margins are explicit so the overlay's scales match Plot's.
 */

export const chartAspect = 0.45;
const padding = 0.3;

/** A dot of either chart: the weight's scale (its column), the method (colour and side) and its height. */
export interface Dot {
  column: number;
  method: Method;
  y: number;
}

/**
 * Where Plot's point scale puts column `i` of `n` on [from, to] with this padding, centred, and
 * rounded to whole pixels as Plot rounds a point scale whose rounding wastes at most 30 px (d3's
 * scalePoint with round(true)).
 */
export function pointX(i: number, n: number, from: number, to: number): number {
  const step = Math.floor((to - from) / Math.max(1, n - 1 + 2 * padding));
  const start = Math.round(from + (to - from - step * (n - 1)) / 2);
  return start + step * i;
}

interface Props {
  label: string;
  description: string;
  deps: readonly unknown[];
  /** The columns' names ("×10"...), in order. */
  columns: readonly string[];
  scaleAxis: string;
  valueAxis: string;
  dots: readonly Dot[];
  color: Record<Method, string>;
}

type Margins = { top: number; right: number; bottom: number; left: number };

/**
 * A chart's scales: the declared y, and for x Plot's point scale over the `n` columns (pointX),
 * which no linear domain describes.
 */
const columnScales =
  (n: number, y: readonly [number, number], kindY: 'linear' | 'log', margins: Margins) =>
  (width: number): Scales => {
    const S = fallbackScales([0, 1], y, chartAspect, margins, 'linear', kindY, width);
    return { ...S, x: (i) => pointX(i, n, margins.left, width - margins.right) };
  };

const dotLayer = (dots: readonly Dot[], S: Scales, color: Record<Method, string>) => (
  <g>
    {(['adam-l2', 'adamw'] as const).map((method) =>
      dots
        .filter((d) => d.method === method)
        .map((d) => {
          const y = S.y(d.y);
          if (!Number.isFinite(y)) return null;
          // Side by side in each column, so equal values stay visible.
          const x = S.x(d.column) + (method === 'adamw' ? 7 : -7);
          return <circle key={`${method}-${d.column}`} cx={x} cy={px(y)} r={6} fill={color[method]} />;
        }),
    )}
  </g>
);

/**
 * One dot chart: the columns (Plot's point scale) against a y axis over `y` (`kindY`, Plot's
 * options in `yAxis`), the dots on the overlay, `marks` in the base.
 */
function DotChart(
  props: Props & {
    margins: Margins;
    y: readonly [number, number];
    kindY: 'linear' | 'log';
    yAxis: (context: DrawContext) => PlotTypes.ScaleOptions;
    /** The base's marks, made in `draw` (Plot is loaded only when a figure is first drawn: plot.ts). */
    marks: () => PlotTypes.Markish[];
  },
) {
  const { label, description, deps, columns, scaleAxis, valueAxis, dots, color, margins, y, kindY, yAxis, marks } =
    props;
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={deps}
      scales={{ x: [0, 1], y, ...(kindY === 'log' ? { kindY } : {}), margins }}
      scalesAt={columnScales(columns.length, y, kindY, margins)}
      clip={false}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          ...plotMargins(margins),
          x: { domain: [...columns], label: scaleAxis, padding },
          y: { ...yAxis(context), label: valueAxis, grid: true },
          marks: marks(),
        })
      }
      overlay={(S) => dotLayer(dots, S, color)}
    />
  );
}

const valuesDomain = [0, 1.25] as const;

/** The weights' values (0 to 1.25) by gradient scale, w = 1 dashed. */
export function ValuesChart(props: Props) {
  return (
    <DotChart
      {...props}
      margins={defaultMargins}
      y={valuesDomain}
      kindY="linear"
      yAxis={() => ({ domain: [...valuesDomain] })}
      marks={() => [Plot.ruleY([1], { stroke: colors.soft, strokeDasharray: '4 3' })]}
    />
  );
}

const decayMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 56 } as const;

/** The fraction of each weight the decay removed, on a log axis; a note instead when nothing is decayed. */
export function DecayChart(props: Props & { domain: [number, number] | null; empty: boolean; zeroNote: string }) {
  const { domain, empty, zeroNote, ...rest } = props;
  const shown = domain ?? [1e-3, 1e-2];
  return (
    <DotChart
      {...rest}
      margins={decayMargins}
      y={shown}
      kindY="log"
      yAxis={(context) => ({
        type: 'log',
        domain: shown,
        tickFormat: (v: number) => fmt(v),
        ticks: decadeTicks(domain ?? [], context.width < 420 ? 3 : 6),
      })}
      marks={() => [empty ? Plot.text([zeroNote], { frameAnchor: 'middle', fill: colors.soft }) : null]}
    />
  );
}
