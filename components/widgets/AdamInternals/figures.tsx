import type { Grid } from '../../../src/engine/sim/index.ts';
import type { PathPoint } from '../lib/contour.ts';
import { createFigureClient } from '../lib/figure-client.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { px, type OverlayLayer, type Point } from '../lib/overlay-layers.ts';
import { colors } from '../lib/plot-theme.ts';
import {
  chartMargins,
  drawChartBase,
  drawMapBase,
  mapMargins,
  surface,
  type ChartBase,
  type MapBase,
} from './draws.ts';

/*
 * AdamInternals' three figures, each an OverlayFigure: Plot draws the axes, the grid and the contour
 * map once per setting, and what a played step moves (the paths, the lines up to step t, the rule
 * at t) is an SVG overlay. Margins are explicit so the overlay's computed scales (the build's
 * frames) match Plot's. The bases are drawn in the widget's figure worker (figure-client.ts).
 */

const mapAspect = 0.5;
const chartAspect = 0.6;
const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);

/** A row of a chart's line: the step and the value. */
export type Row = { t: number; value: number };
/** A chart's rows as the points of a line layer (x the step, y the value). */
const points = (rows: readonly Row[]): Point[] => rows.map((r) => ({ x: r.t, y: r.value }));
/** The other run's line (the map's other path, the other step lengths): soft and dashed. */
const otherPaint = { stroke: colors.soft, strokeWidth: 1.5, strokeDasharray: '5 3' } as const;

export interface MapProps {
  grid: Grid;
  levels: readonly number[];
  label: string;
  description: string;
  path: readonly PathPoint[];
  otherPath: readonly PathPoint[];
  color: string;
}

/** The valley's contours (drawn once), Adam's path and the other run's on the overlay. */
export function InternalsMap({ grid, levels, label, description, path, otherPath, color }: MapProps) {
  const end = path.at(-1);
  const base: MapBase = { label, description, grid, levels };
  return (
    <OverlayFigure
      aspect={mapAspect}
      label={label}
      description={description}
      deps={[grid, levels]}
      scales={{ x: surface.domain.x, y: surface.domain.y, margins: mapMargins }}
      draw={(context) => drawMapBase(base, context)}
      offThread={{ client: figures, figure: 'map', input: base }}
      layers={[
        { kind: 'line', points: otherPath, ...otherPaint },
        { kind: 'line', points: path, stroke: color, strokeWidth: 2 },
      ]}
      overlay={(S) => (
        <>
          {end ? (
            <circle cx={px(S.x(end.x))} cy={px(S.y(end.y))} r={5} fill={color} stroke="var(--bg)" stroke-width={1.5} />
          ) : null}
          <circle
            cx={px(S.x(surface.start[0]!))}
            cy={px(S.y(surface.start[1]!))}
            r={4}
            fill="none"
            stroke={colors.fg}
            stroke-width={1.5}
          />
        </>
      )}
    />
  );
}

export interface ChartProps {
  label: string;
  description: string;
  steps: number;
  t: number;
  timeAxis: string;
  valueAxis: string;
  /** The y domain (fixed for the run, so the axis stays put while it plays). */
  domain: readonly [number, number];
}

/**
 * A chart of values against t on a log time axis: the lines (drawn up to step t) and the rule at
 * t on the overlay. `log`: a log value axis (the moments), else a linear one with a rule at 1 (the
 * lengths, in units of α). The moments' chart clips its overlay to the plot, the lengths' does not.
 */
function TimeChart(props: ChartProps & { log: boolean; lines: readonly OverlayLayer[] }) {
  const { label, description, steps, t, timeAxis, valueAxis, domain, log, lines } = props;
  const base: ChartBase = { label, description, steps, domain, timeAxis, valueAxis, log };
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, domain[0], domain[1], timeAxis, valueAxis]}
      scales={{ x: [1, steps], y: domain, kindX: 'log', ...(log ? { kindY: 'log' } : {}), margins: chartMargins }}
      clip={log}
      draw={(context) => drawChartBase(base, context)}
      offThread={{ client: figures, figure: 'chart', input: base }}
      layers={t > 0 ? [...lines, { kind: 'ruleX', x: t, stroke: colors.soft, strokeOpacity: 0.6 }] : lines}
    />
  );
}

/** |m̂| and √ŝ against t, both axes logarithmic; the lines are drawn up to step t. */
export function MomentsChart({ m, root, ...props }: ChartProps & { m: readonly Row[]; root: readonly Row[] }) {
  return (
    <TimeChart
      {...props}
      log
      lines={[
        { kind: 'line', points: points(m), stroke: colors.accent, strokeWidth: 2 },
        { kind: 'line', points: points(root), stroke: colors.warn, strokeWidth: 2 },
      ]}
    />
  );
}

/** Each step's length in units of α, the current setting solid and the other dashed, up to step t. */
export function LengthsChart(props: ChartProps & { current: readonly Row[]; other: readonly Row[]; color: string }) {
  const { current, other, color, ...rest } = props;
  return (
    <TimeChart
      {...rest}
      log={false}
      lines={[
        { kind: 'line', points: points(other), ...otherPaint },
        { kind: 'line', points: points(current), stroke: color, strokeWidth: 2 },
      ]}
    />
  );
}
