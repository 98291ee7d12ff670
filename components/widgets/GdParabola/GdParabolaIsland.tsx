import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { quadratic1d } from '../../../src/problems/index.ts';
import { runOnProblem } from '../../../src/sim/index.ts';
import { Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, colors } from '../lib/plot-theme.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import type { GdParabolaProps } from './schema.ts';
import { curveSamples, gdParabolaSpecs, playInterval } from './model.ts';

/** Gradient descent on L(w) = w²: pick α and w₀, then step through the run. */
export default function GdParabolaIsland(props: GdParabolaProps) {
  const specs = useMemo(() => gdParabolaSpecs(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, { lr: props.lr, start: props.start, step: 0 });
  const run = useMemo(
    () => runOnProblem(quadratic1d, { name: 'sgd', lr: state.lr }, { steps: props.steps, start: [state.start] }),
    [state.lr, state.start, props.steps],
  );
  const last = run.steps;
  const shown = Math.min(state.step, last);
  const w = run.points[shown] ?? 0;
  const loss = run.losses[shown] ?? 0;

  const curve = useMemo(() => curveSamples(quadratic1d, 161, [-3.2, 3.2]), []);
  const path = Array.from({ length: shown + 1 }, (_, k) => ({ k, w: run.points[k] ?? 0, loss: run.losses[k] ?? 0 }));

  const bound = 1; // lr < 2 / curvature, and L(w) = w² has curvature 2.
  const regime =
    state.lr < 0.5 * bound ? 'moves steadily toward 0' : state.lr < bound ? 'overshoots 0 and oscillates as it converges' : state.lr === bound ? 'bounces between ±w₀ forever' : 'overshoots further each step: it diverges';
  const status = run.diverged && shown >= last
    ? `Stopped at step ${run.diverged.step}: ${run.diverged.reason}`
    : `step ${shown}: w = ${fmt(w)}, loss = ${fmt(loss)}. With α = ${fmt(state.lr)} the run ${regime}.`;

  const label = `Gradient descent on L(w) = w², step ${shown} of ${last}`;
  const description = `The parabola L(w) = w² with the first ${shown + 1} iterates of gradient descent drawn as dots; the current weight is ${fmt(w)} with loss ${fmt(loss)}.`;

  return (
    <WidgetFrame
      name="gd-parabola"
      title="Gradient descent on L(w) = w²"
      status={status}
      messages={messages}
      controls={
        <>
          <Slider
            label="Learning rate α"
            value={state.lr}
            min={0.001}
            max={1.5}
            log
            onChange={(lr) => update({ lr, step: Math.min(state.step, props.steps) })}
            hint="Logarithmic scale. Gradient descent on this curve converges only for α below 1."
          />
          <Slider label="Start w₀" value={state.start} min={-3} max={3} step={0.1} onChange={(start) => update({ start })} />
          <StepPlayer step={shown} last={last} max={props.steps} interval={playInterval} onStep={(step) => update({ step })} />
        </>
      }
    >
      <PlotFigure
        aspect={0.6}
        label={label}
        deps={[state.lr, state.start, shown]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, label, description),
            x: { domain: [-3.2, 3.2], label: 'w' },
            y: { domain: [-0.5, 10], label: 'loss L(w)', grid: true },
            clip: true,
            marks: [
              Plot.ruleY([0], { stroke: colors.grid }),
              Plot.line(curve, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2 }),
              Plot.line(path, { x: 'w', y: 'loss', stroke: colors.accent, strokeOpacity: 0.5, strokeDasharray: '3 3' }),
              Plot.dot(path, { x: 'w', y: 'loss', fill: colors.accent, r: 3.5 }),
              Plot.dot([{ w, loss }], { x: 'w', y: 'loss', r: 7, stroke: colors.bad, strokeWidth: 2.5 }),
            ],
          })
        }
      />
    </WidgetFrame>
  );
}

