import { createFigureClient } from '../lib/figure-client.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { px } from '../lib/overlay-layers.ts';
import { fallbackScales } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import {
  chartAspect,
  domainOf,
  drawDotChartBase,
  marginsOf,
  padding,
  type DotChartBase,
  type DotChartKind,
} from './draws.ts';
import type { Method } from './model.ts';

/*
 * DecayCompare's two dot charts as OverlayFigures: the axes are a base drawn once per setting (the
 * decay axis spans every step of both runs, so it stays put while they play), in the widget's figure
 * worker (figure-client.ts); the dots, which a played step moves, are an SVG overlay. Margins are
 * explicit so the overlay's scales match Plot's.
 */

const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);

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

/** One dot chart: the columns (Plot's point scale) against its value axis; the dots on the overlay. */
function DotChart(props: Props & { chart: DotChartKind }) {
  const { label, description, deps, columns, scaleAxis, valueAxis, dots, color, chart } = props;
  const margins = marginsOf(chart);
  const y = domainOf(chart);
  const kindY = chart.kind === 'values' ? 'linear' : 'log';
  const base: DotChartBase = { label, description, columns, scaleAxis, valueAxis, chart };
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={deps}
      scales={{ x: [0, 1], y, ...(kindY === 'log' ? { kindY } : {}), margins }}
      scalesAt={columnScales(columns.length, y, kindY, margins)}
      clip={false}
      draw={(context) => drawDotChartBase(base, context)}
      offThread={{ client: figures, figure: 'dot-chart', input: base }}
      overlay={(S) => dotLayer(dots, S, color)}
    />
  );
}

/** The weights' values (0 to 1.25) by gradient scale, w = 1 dashed. */
export function ValuesChart(props: Props) {
  return <DotChart {...props} chart={{ kind: 'values' }} />;
}

/** The fraction of each weight the decay removed, on a log axis; a note instead when nothing is decayed. */
export function DecayChart(props: Props & { domain: [number, number] | null; empty: boolean; zeroNote: string }) {
  const { domain, empty, zeroNote, ...rest } = props;
  return <DotChart {...rest} chart={{ kind: 'decay', domain, empty, zeroNote }} />;
}
