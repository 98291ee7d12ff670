import type { RunResult } from '../../../src/engine/sim/index.ts';
import { OverlayArrows } from '../lib/OverlayArrows.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { OverlayLine } from '../lib/OverlayLine.tsx';
import { OverlayDots } from '../lib/OverlayDots.tsx';
import type { OverlayLayer } from '../lib/overlay-layers.ts';
import { createFigureClient } from '../lib/figure-client.ts';
import { colors } from '../lib/plot-theme.ts';
import type { Scales } from '../lib/scales.ts';
import { steppedTop } from '../lib/stepped-domain.ts';
import { drawRunsBase, drawSpeedBase, margins, type RunsBase, type SpeedBase } from './draws.ts';
import type { StepParts } from './model.ts';

/** The bases are drawn in a worker of their own (figure-client.ts): a new curve is a faceted Plot. */
const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);

/** One facet row of the runs figure: a run, its colour, and the parts of the step shown. */
export interface RunRow {
  name: string;
  color: string;
  run: RunResult;
  parts: StepParts | null;
}

interface RunsProps {
  rows: readonly [RunRow, RunRow];
  /** The curve's id: the base (axes, the curve, the row titles) is redrawn only when it changes. */
  curveId: string;
  samples: readonly { w: number; loss: number }[];
  f: (w: number) => number;
  x: readonly [number, number];
  y: readonly [number, number];
  yAxis: string;
  shown: number;
  label: string;
  description: string;
}

/**
 * Momentum (top row) and NAG (bottom row) on the curve. The base, a faceted Plot of the axes, the
 * curve in each row and the row titles, is drawn once per curve and width; each row's run (the
 * steps as arrows, the points, the step shown split into its kept velocity and its gradient push)
 * is the overlay (OverlayFigure with `fy`), updated in place by a μ, α or step key. The overlay
 * draws what the Plot marks it replaces drew, in their order, with their classes (the linked formula's
 * `sym-*`).
 */
export function RunsFigure({ rows, curveId, samples, f, x, y, yAxis, shown, label, description }: RunsProps) {
  const names = rows.map((row) => row.name);
  const base: RunsBase = { label, description, samples, x, y, yAxis, names };
  const overlay = (scales: Scales, facet?: string) => {
    const row = rows.find((r) => r.name === facet);
    if (!row) return null;
    const { run, color, parts } = row;
    // A part of the step, drawn level at the height of the curve where it starts.
    const level = (x1: number, x2: number) => ({ x1, y1: f(x1), x2, y2: f(x1) });
    const path = Array.from({ length: shown + 1 }, (_, k) => ({ x: run.points[k]!, y: run.losses[k]! }));
    return (
      <>
        <OverlayArrows
          class="sym-v"
          arrows={Array.from({ length: shown }, (_, i) => {
            const y = run.losses[i]!;
            return { x1: run.points[i]!, y1: y, x2: run.points[i + 1]!, y2: y };
          })}
          scales={scales}
          stroke={color}
          strokeOpacity={0.55}
          strokeWidth={1.3}
          headLength={5}
        />
        <OverlayDots layer={{ points: path, r: 3, fill: color }} scales={scales} />
        {parts && (
          <>
            <OverlayArrows
              class="sym-lookahead"
              arrows={[level(parts.from, parts.carried)]}
              scales={scales}
              stroke={colors.fg}
              strokeDasharray="4 3"
              strokeWidth={2}
              headLength={6}
            />
            <OverlayArrows
              class="sym-g"
              arrows={[level(parts.carried, parts.to)]}
              scales={scales}
              stroke={colors.bad}
              strokeWidth={2.2}
              headLength={6}
            />
            <OverlayDots
              class="sym-g"
              layer={{ points: [{ x: parts.gradAt, y: f(parts.gradAt) }], r: 6, stroke: colors.bad, strokeWidth: 2 }}
              scales={scales}
            />
          </>
        )}
        <OverlayDots
          layer={{ points: [{ x: run.points[shown]!, y: run.losses[shown]! }], r: 8, stroke: color, strokeWidth: 2.5 }}
          scales={scales}
        />
      </>
    );
  };
  return (
    <OverlayFigure
      aspect={0.85}
      label={label}
      description={description}
      deps={[curveId, yAxis]}
      scales={{ x, y, margins, fy: { domain: names, padding: 0.12 } }}
      overlay={overlay}
      draw={(context) => drawRunsBase(base, context)}
      offThread={{ client: figures, figure: 'runs', input: base }}
    />
  );
}

interface SpeedProps {
  rows: readonly { name: string; color: string; speed: readonly number[] }[];
  last: number;
  shown: number;
  brake: number | null;
  stepAxis: string;
  speedAxis: string;
  label: string;
  description: string;
}

/**
 * Both speeds |v| over the steps. The base (axes) is redrawn only when its domains change; the
 * brake step's rule, the lines, the step shown and its dots are the overlay, so a step or a played
 * frame rebuilds no Plot. The top speed moves by a few percent with each μ or α key: the axis's top
 * is that speed rounded up (steppedTop, 0.2179 to 0.25), so most keys keep the axes too.
 */
export function SpeedFigure({ rows, last, shown, brake, stepAxis, speedAxis, label, description }: SpeedProps) {
  const top = steppedTop(Math.max(0, ...rows.flatMap((row) => row.speed.slice(0, last + 1).filter(Number.isFinite))));
  const base: SpeedBase = { label, description, last, top, stepAxis, speedAxis };
  const layers: OverlayLayer[] = [
    ...(brake === null
      ? []
      : [{ kind: 'ruleX', x: brake, stroke: colors.warn, strokeWidth: 2, strokeDasharray: '3 3' } as const]),
    { kind: 'ruleX', x: shown, stroke: colors.soft },
  ];
  return (
    <OverlayFigure
      aspect={0.3}
      label={label}
      description={description}
      deps={[last, top, stepAxis, speedAxis]}
      scales={{ x: [0, last], y: [0, top], margins }}
      layers={layers}
      clip={false}
      overlay={(scales) => (
        <>
          <g class="sym-v">
            {rows.map((row) => (
              <OverlayLine
                key={row.name}
                layer={{
                  points: row.speed.slice(0, last + 1).map((s, t) => ({ x: t, y: s })),
                  stroke: row.color,
                  strokeWidth: 2,
                }}
                scales={scales}
              />
            ))}
          </g>
          {rows.map((row) => (
            <OverlayDots
              key={row.name}
              layer={{ points: [{ x: shown, y: row.speed[shown]! }], r: 4, fill: row.color }}
              scales={scales}
            />
          ))}
        </>
      )}
      draw={(context) => drawSpeedBase(base, context)}
      offThread={{ client: figures, figure: 'speed', input: base }}
    />
  );
}
