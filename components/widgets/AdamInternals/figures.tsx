import { Plot } from '../lib/plot.ts';
import { axisValley } from '../../../src/engine/problems/index.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { contourMarks } from '../lib/contour.ts';
import type { PathPoint } from '../lib/contour.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { linePath, px } from '../lib/overlay-layers.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
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
const byT = (r: Row) => r.t;
const byValue = (r: Row) => r.value;
const byX = (p: PathPoint) => p.x;
const byY = (p: PathPoint) => p.y;

/** A line as Plot's line mark draws it (round joins and caps), on an overlay. */
const line = (d: string, stroke: string, width: number, dash?: string) => (
  <path
    d={d}
    fill="none"
    stroke={stroke}
    stroke-width={width}
    stroke-linejoin="round"
    stroke-linecap="round"
    stroke-miterlimit={1}
    {...(dash ? { 'stroke-dasharray': dash } : {})}
  />
);
/** Plot's ruleX across the plot's frame. */
const ruleX = (t: number, S: Scales, m: typeof chartMargins) => (
  <line x1={px(S.x(t))} x2={px(S.x(t))} y1={m.top} y2={S.height - m.bottom} stroke={colors.soft} stroke-opacity={0.6} />
);

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
      overlay={(S) => (
        <>
          {line(linePath(otherPath, S, byX, byY), colors.soft, 1.5, '5 3')}
          {line(linePath(path, S, byX, byY), color, 2)}
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

/** |m̂| and √ŝ against t, both axes logarithmic; the lines are drawn up to step t. */
export function MomentsChart(props: ChartProps & { m: readonly Row[]; root: readonly Row[] }) {
  const { label, description, steps, t, timeAxis, valueAxis, domain, m, root } = props;
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, domain[0], domain[1], timeAxis, valueAxis]}
      scales={{ x: [1, steps], y: domain, kindX: 'log', kindY: 'log', margins: chartMargins }}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          ...plotMargins(chartMargins),
          x: { type: 'log', domain: [1, steps], label: timeAxis, labelAnchor: 'center', ticks: 4, tickFormat: '~g' },
          y: { type: 'log', domain: [...domain], label: valueAxis, grid: true, ticks: 4, tickFormat: logTickFormat },
          marks: [],
        })
      }
      overlay={(S) => (
        <>
          {line(linePath(m, S, byT, byValue), colors.accent, 2)}
          {line(linePath(root, S, byT, byValue), colors.warn, 2)}
          {t > 0 ? ruleX(t, S, chartMargins) : null}
        </>
      )}
    />
  );
}

/** Each step's length in units of α, the current setting solid and the other dashed, up to step t. */
export function LengthsChart(props: ChartProps & { current: readonly Row[]; other: readonly Row[]; color: string }) {
  const { label, description, steps, t, timeAxis, valueAxis, domain, current, other, color } = props;
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, domain[0], domain[1], timeAxis, valueAxis]}
      scales={{ x: [1, steps], y: domain, kindX: 'log', margins: chartMargins }}
      clip={false}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          ...plotMargins(chartMargins),
          x: { type: 'log', domain: [1, steps], label: timeAxis, labelAnchor: 'center', ticks: 4, tickFormat: '~g' },
          y: { domain: [...domain], label: valueAxis, grid: true, ticks: 5 },
          marks: [Plot.ruleY([1], { stroke: colors.fg, strokeOpacity: 0.5 })],
        })
      }
      overlay={(S) => (
        <>
          {line(linePath(other, S, byT, byValue), colors.soft, 1.5, '5 3')}
          {line(linePath(current, S, byT, byValue), color, 2)}
          {t > 0 ? ruleX(t, S, chartMargins) : null}
        </>
      )}
    />
  );
}
