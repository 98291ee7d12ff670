import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { quadratic1d } from '../../../src/engine/problems/index.ts';
import { curveSamples, runOnProblem } from '../../../src/engine/sim/index.ts';
import { Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { basePlotOptions, colors, defaultMargins } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';
import type { GdParabolaProps } from './schema.ts';
import { gdParabolaSpecs, playInterval } from './model.ts';

const xDomain = [-3.2, 3.2] as const;
const yDomain = [-0.5, 10] as const;

/**
 * Gradient descent on L(w) = w²: pick α and w₀, then step through the run. The parabola and
 * its axes never change: they are the base figure, drawn once (at build time, then only when the
 * width changes), and the run moves on its overlay, with no Plot rebuilt per key press or step.
 */
function GdParabolaIsland(props: GdParabolaProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
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
  const path = Array.from({ length: shown + 1 }, (_, k) => ({ x: run.points[k] ?? 0, y: run.losses[k] ?? 0 }));

  const bound = 1; // lr < 2 / curvature, and L(w) = w² has curvature 2.
  // α = 0.5 is a snap point of the slider: there w moves straight to 0 and does not overshoot.
  const regime =
    state.lr < 0.5 * bound
      ? s.regime.steady
      : state.lr === 0.5 * bound
        ? s.regime.oneStep
        : state.lr < bound
          ? s.regime.oscillates
          : state.lr === bound
            ? s.regime.bounces
            : s.regime.diverges;
  const status =
    run.diverged && shown >= last
      ? s.stopped(run.diverged.step, divergence.run(run.diverged))
      : s.status(shown, fmt(w), fmt(loss), fmt(state.lr), regime);

  const label = s.label(shown, last);
  const description = s.description(shown + 1, fmt(w), fmt(loss));

  return (
    <WidgetFrame
      name="gd-parabola"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <OptimizerSliders
            lr={{
              value: state.lr,
              range: [0.001, 1.5],
              onChange: (lr) => update({ lr, step: Math.min(state.step, props.steps) }),
              label: s.lr,
              hint: s.lrHint,
            }}
          />
          <Slider
            param="start"
            label={s.start}
            value={state.start}
            min={-3}
            max={3}
            step={0.1}
            onChange={(start) => update({ start })}
          />
          <StepPlayer
            step={shown}
            last={last}
            max={props.steps}
            interval={playInterval}
            onStep={(step) => update({ step })}
            onReset={() => update({ lr: props.lr, start: props.start, step: 0 })}
          />
        </>
      }
    >
      <OverlayFigure
        aspect={0.6}
        label={label}
        description={description}
        deps={[]}
        scales={{ x: xDomain, y: yDomain, margins: defaultMargins }}
        layers={[
          { kind: 'line', points: path, stroke: colors.accent, strokeOpacity: 0.5, strokeDasharray: '3 3' },
          { kind: 'dots', points: path, r: 3.5, fill: colors.accent },
          { kind: 'dots', points: [{ x: w, y: loss }], r: 7, stroke: colors.bad, strokeWidth: 2.5 },
        ]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, label, description),
            ...plotMargins(defaultMargins),
            x: { domain: xDomain, label: 'w' },
            y: { domain: yDomain, label: s.yAxis, grid: true },
            clip: true,
            marks: [
              Plot.ruleY([0], { stroke: colors.grid }),
              Plot.line(curve, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2 }),
            ],
          })
        }
      />
    </WidgetFrame>
  );
}

export default withLocale(GdParabolaIsland);
