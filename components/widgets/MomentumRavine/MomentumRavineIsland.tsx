import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { problems } from '../../../src/problems/index.ts';
import { runOnProblem } from '../../../src/sim/index.ts';
import { Select, Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { LinkedFormula, useSymbolLink } from '../lib/LinkedFormula.tsx';
import { momentumSymbols } from '../lib/linked-formula.ts';
import { Legend } from '../lib/Legend.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, colors, seriesColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { logHeight, logLevels } from './contour.ts';
import { firstBelow, momentumRavineSpecs, reversals, segments, splitStep } from './model.ts';
import type { MomentumRavineProps } from './schema.ts';

const gdColor = seriesColor(1);
const momentumColor = seriesColor(0);
const target = 1e-3;
/** Both layers (contours, runs) use the same margins, so their scales line up. */
const margins = { marginTop: 20, marginRight: 12, marginBottom: 32, marginLeft: 40 } as const;

const problemOptions = [
  { value: 'illConditioned', label: 'Straight valley (curvatures 1 and 20)' },
  { value: 'ravine', label: 'Winding ravine' },
] as const;

/** The sym-* class of the mark under the pointer, if any. */
function symOf(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[class*="sym-"]') : null;
  const match = element?.getAttribute('class')?.match(/\bsym-([a-z0-9-]+)/);
  return match?.[1] ?? null;
}

/** Gradient descent and momentum in a narrow valley, with the momentum rule linked to the drawing. */
export default function MomentumRavineIsland(props: MomentumRavineProps & { formulaHtml: string }) {
  const specs = useMemo(() => momentumRavineSpecs(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, {
    problem: props.problem,
    lr: props.lr,
    mu: props.momentum,
    step: 0,
  });
  const link = useSymbolLink();
  const surface = state.problem === 'ravine' ? problems.ravine : problems.illConditioned;

  const gd = useMemo(() => runOnProblem(surface, { name: 'sgd', lr: state.lr }, { steps: props.steps }), [surface, state.lr, props.steps]);
  const momentum = useMemo(
    () => runOnProblem(surface, { name: 'momentum', lr: state.lr, momentum: state.mu }, { steps: props.steps, record: true }),
    [surface, state.lr, state.mu, props.steps],
  );
  const last = Math.min(gd.steps, momentum.steps);
  const shown = Math.min(state.step, last);
  const levels = useMemo(() => logLevels(surface, 14), [surface]);
  const height = useMemo(() => logHeight(surface), [surface]);

  const split = splitStep(momentum, shown, state.mu);
  const velocity = momentum.states?.velocity;
  const speed = shown > 0 && velocity ? Math.hypot(velocity[2 * shown - 2]!, velocity[2 * shown - 1]!) : 0;
  const gdReached = firstBelow(gd.losses, target);
  const momentumReached = firstBelow(momentum.losses, target);
  const reached = (k: number | null) => (k === null ? `not within ${last} steps` : `at step ${k}`);
  const stopped = gd.diverged ?? momentum.diverged;
  const status = stopped
    ? `Stopped at step ${stopped.step}: ${stopped.reason}`
    : `step ${shown}: GD loss ${fmt(gd.losses[shown])} (${reversals(gd, shown)} reversals so far), ` +
      `Momentum loss ${fmt(momentum.losses[shown])} (${reversals(momentum, shown)} reversals, speed |v| = ${fmt(speed)}). ` +
      `Loss below 0.001: GD ${reached(gdReached)}, Momentum ${reached(momentumReached)}.`;

  const { x, y } = surface.domain;
  const aspect = (y[1] - y[0]) / (x[1] - x[0]);
  const point = (run: typeof gd, k: number) => ({ x: run.points[2 * k]!, y: run.points[2 * k + 1]! });
  const gdPoints = Array.from({ length: shown + 1 }, (_, k) => point(gd, k));
  const label = `${surface.title} from above: gradient descent and momentum, step ${shown} of ${last}`;
  const description =
    `Contour lines of the surface (log-spaced), minimum at (0, 0). Orange: gradient descent, now at (${fmt(gd.points[2 * shown])}, ${fmt(gd.points[2 * shown + 1])}). ` +
    `Blue arrows: each momentum step, its velocity v; now at (${fmt(momentum.points[2 * shown])}, ${fmt(momentum.points[2 * shown + 1])}). ` +
    `The current step is split into the kept velocity μv (dashed) and the gradient push αg.`;

  return (
    <WidgetFrame
      name="momentum-ravine"
      title="Momentum in a narrow valley"
      status={status}
      messages={messages}
      controls={
        <>
          <LinkedFormula html={props.formulaHtml} symbols={momentumSymbols} link={link} label="Momentum update rule, with linked symbols" />
          <Select label="Surface" value={state.problem} options={problemOptions} onChange={(problem) => update({ problem })} />
          <div class="control-link" {...link.linkProps('mu')}>
            <Slider label="Momentum μ" value={state.mu} min={0} max={0.99} step={0.01} onChange={(mu) => update({ mu })} />
          </div>
          <div class="control-link" {...link.linkProps('alpha')}>
            <Slider label="Learning rate α" value={state.lr} min={0.001} max={0.2} log onChange={(lr) => update({ lr })} hint="Logarithmic scale, shared by both runs." />
          </div>
          <StepPlayer step={shown} last={last} max={props.steps} onStep={(step) => update({ step })} />
        </>
      }
    >
      <div
        class="linked-drawing"
        data-emph={link.emphasized ?? undefined}
        onMouseOver={(event) => link.setHovered(symOf(event.target))}
        onMouseLeave={() => link.setHovered(null)}
      >
        <Legend items={[{ label: 'Gradient descent', color: gdColor }, { label: 'Momentum: velocity v of each step', color: momentumColor }, { label: 'kept velocity μv', color: colors.fg, dashed: true }, { label: 'gradient push αg', color: colors.bad }]} />
        <div class="ravine-stack">
          <PlotFigure
            aspect={aspect}
            label={`Contour map of the ${surface.title}`}
            deps={[state.problem]}
            draw={(context) =>
              Plot.plot({
                ...basePlotOptions(context, `Contour map of the ${surface.title}`, `Log-spaced contour lines of ${surface.title}; the minimum, marked +, is at (0, 0).`),
                ...margins,
                x: { domain: x, label: 'x' },
                y: { domain: y, label: 'y' },
                marks: [
                  Plot.contour({ x1: x[0], x2: x[1], y1: y[0], y2: y[1], value: height, thresholds: levels, stroke: colors.grid, fill: 'none', pixelSize: 4 }),
                  Plot.dot(surface.minima, { x: (m: { point: number[] }) => m.point[0], y: (m: { point: number[] }) => m.point[1], symbol: 'plus', r: 6, stroke: colors.fg }),
                ],
              })
            }
          />
          <PlotFigure
            class="ravine-stack__runs"
            aspect={aspect}
            label={label}
            deps={[state.problem, state.lr, state.mu, shown]}
            draw={(context) =>
              Plot.plot({
                ...basePlotOptions(context, label, description),
                ...margins,
                x: { domain: x, axis: null },
                y: { domain: y, axis: null },
                color: { domain: ['Gradient descent', 'Momentum'], range: [gdColor, momentumColor] },
                clip: true,
                marks: [
                  Plot.line(gdPoints, { x: 'x', y: 'y', stroke: gdColor, strokeWidth: 1.5, strokeOpacity: 0.8 }),
                  Plot.dot(gdPoints, { x: 'x', y: 'y', fill: gdColor, r: 2.5 }),
                  Plot.arrow(segments(momentum, shown), { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: momentumColor, strokeWidth: 1.6, headLength: 6, className: 'sym-v' }),
                  ...(split
                    ? [
                        Plot.arrow([split.carry], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: colors.fg, strokeDasharray: '4 3', strokeWidth: 2, headLength: 7, className: 'sym-mu' }),
                        Plot.arrow([split.push], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: colors.bad, strokeWidth: 2, headLength: 7, className: 'sym-alpha' }),
                      ]
                    : []),
                  Plot.dot([{ ...point(gd, shown), method: 'Gradient descent' }, { ...point(momentum, shown), method: 'Momentum' }], {
                    x: 'x',
                    y: 'y',
                    stroke: 'method',
                    r: 7,
                    strokeWidth: 2.5,
                  }),
                ],
              })
            }
          />
        </div>
      </div>
    </WidgetFrame>
  );
}
