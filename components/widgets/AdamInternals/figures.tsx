import { Plot } from '../lib/plot.ts';
import { axisValley } from '../../../src/engine/problems/index.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { contourMarks } from '../lib/contour.ts';
import type { PathPoint } from '../lib/contour.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { px, type OverlayLayer, type Point } from '../lib/overlay-layers.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { logTickFormat } from '../lib/log-ticks.ts';

/*
 * AdamInternals' three figures, each an OverlayFigure: Plot draws the axes, the grid and the contour
 * map once per setting, and what a played step moves (the paths, the lines up to step t, the rule
 * at t) is an SVG overlay. Margins are explicit so the overlay's computed scales (the build's
 * frames) match Plot's.
 */

const surface = axisValley;
const mapAspect = 0.5;
const mapMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 42 } as const;
const chartAspect = 0.6;
const chartMargins = { top: yTitleRoom, right: 16, bottom: xAxisRoom, left: 52 } as const;

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
  return (
    <OverlayFigure
      aspect={mapAspect}
      label={label}
      description={description}
      deps={[grid, levels]}
      scales={{ x: surface.domain.x, y: surface.domain.y, margins: mapMargins }}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          ...plotMargins(mapMargins),
          x: { domain: surface.domain.x, label: 'x' },
          y: { domain: surface.domain.y, label: 'y' },
          clip: true,
          marks: [
            ...contourMarks(grid, { levels, shade: null }, context),
            Plot.dot([{ x: 0, y: 0 }], { x: 'x', y: 'y', symbol: 'times', r: 5, stroke: colors.fg }),
          ],
        })
      }
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
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, domain[0], domain[1], timeAxis, valueAxis]}
      scales={{ x: [1, steps], y: domain, kindX: 'log', ...(log ? { kindY: 'log' } : {}), margins: chartMargins }}
      clip={log}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          ...plotMargins(chartMargins),
          x: { type: 'log', domain: [1, steps], label: timeAxis, labelAnchor: 'center', ticks: 4, tickFormat: '~g' },
          y: log
            ? { type: 'log', domain: [...domain], label: valueAxis, grid: true, ticks: 4, tickFormat: logTickFormat }
            : { domain: [...domain], label: valueAxis, grid: true, ticks: 5 },
          marks: log ? [] : [Plot.ruleY([1], { stroke: colors.fg, strokeOpacity: 0.5 })],
        })
      }
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
