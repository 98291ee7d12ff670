import { axisValley } from '../../../src/engine/problems/index.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { headedPathLayers, startAndMinimumLayers, type PathPoint } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { LogTimeChart } from '../lib/LogTimeChart.tsx';
import type { OverlayLayer, Point } from '../lib/overlay-layers.ts';
import { colors } from '../lib/plot-theme.ts';

/*
 * AdamInternals' three figures: the valley's map (ContourFigure) and two charts over the steps
 * (LogTimeChart). Their bases (the contours, the axes) are drawn once per setting, in the shared
 * figure worker; what a played step moves (the paths, the lines up to step t, the rule at t) is an
 * SVG overlay.
 */

const surface = axisValley;

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

/** The valley's contours and its minimum (drawn once), Adam's path and the other run's on the overlay. */
export function InternalsMap({ grid, levels, label, description, path, otherPath, color }: MapProps) {
  const { minimum, start } = startAndMinimumLayers(surface);
  return (
    <ContourFigure
      grid={grid}
      contours={{ levels, shade: null }}
      domain={surface.domain}
      aspect={0.5}
      marginRight={20}
      label={label}
      description={description}
      layers={[
        minimum,
        { kind: 'line', points: otherPath, ...otherPaint },
        ...headedPathLayers(path, color),
        start,
      ]}
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

/** The lines up to step t, and a soft rule at t. */
const withCursor = (lines: OverlayLayer[], t: number): OverlayLayer[] =>
  t > 0 ? [...lines, { kind: 'ruleX', x: t, stroke: colors.soft, strokeOpacity: 0.6 }] : lines;

/** |m̂| and √ŝ against t, both axes logarithmic; the lines are drawn up to step t, clipped to the plot. */
export function MomentsChart({ m, root, t, ...props }: ChartProps & { m: readonly Row[]; root: readonly Row[] }) {
  const lines: OverlayLayer[] = [
    { kind: 'line', points: points(m), stroke: colors.accent, strokeWidth: 2 },
    { kind: 'line', points: points(root), stroke: colors.warn, strokeWidth: 2 },
  ];
  return <LogTimeChart {...props} value={{ kind: 'log' }} clip layers={withCursor(lines, t)} />;
}

/** Each step's length in units of α (a rule at 1), the current setting solid and the other dashed, up to step t. */
export function LengthsChart(props: ChartProps & { current: readonly Row[]; other: readonly Row[]; color: string }) {
  const { current, other, color, t, ...rest } = props;
  const lines: OverlayLayer[] = [
    { kind: 'line', points: points(other), ...otherPaint },
    { kind: 'line', points: points(current), stroke: color, strokeWidth: 2 },
  ];
  return <LogTimeChart {...rest} value={{ kind: 'linear', rule: 1 }} layers={withCursor(lines, t)} />;
}
