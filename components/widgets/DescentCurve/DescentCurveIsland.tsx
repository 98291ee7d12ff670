import { useMemo } from 'preact/hooks';
import { createQuadratic1d } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { LrStrip } from '../lib/LrStrip.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { LogLossChart } from '../lib/LogLossChart.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import type { OverlayLayer } from '../lib/overlay-layers.ts';
import { createFigureClient } from '../lib/figure-client.ts';
import { colors, defaultMargins } from '../lib/plot-theme.ts';
import { boundSentence } from '../lib/stability.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { drawQuadraticBase, xDomain, yDomainOf, type QuadraticBase } from './draws.ts';
import { strings } from './strings.ts';
import type { DescentCurveProps } from './schema.ts';
import type { Specs } from '../lib/url-state.ts';

const lrRange = [0.0001, 5] as const;
const start = -1.5;

const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);

const specsFor = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.1, min: lrRange[0], max: lrRange[1] },
    curvature: { kind: 'number', default: 2, min: 0.5, max: 400 },
    step: { kind: 'number', default: steps, min: 0, max: steps, integer: true },
  }) satisfies Specs;

/** Gradient descent on L(w) = ½λw²: the learning rate and the curvature decide together. */
function DescentCurveIsland(props: DescentCurveProps) {
  const s = useStrings(strings);
  const locale = useLocale();
  const divergence = useDivergenceText();
  const specs = useMemo(() => specsFor(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, {
    lr: props.lr,
    curvature: props.curvature,
    step: props.steps,
  });
  const curve = useMemo(() => createQuadratic1d(state.curvature), [state.curvature]);
  const run = useMemo(
    () => runOnProblem(curve, { name: 'sgd', lr: state.lr }, { steps: props.steps, start: [start] }),
    [curve, state.lr, props.steps],
  );
  const last = run.steps;
  const shown = Math.min(state.step, last);
  const w = run.points[shown] ?? 0;
  const loss = run.losses[shown] ?? 0;
  const eig = curve.hessianEigenvalues ?? [state.curvature];
  const bound = boundSentence(state.lr, eig, 'λ', locale);

  const status =
    run.diverged && shown >= last
      ? s.stopped(bound, run.diverged.step, divergence.run(run.diverged))
      : s.status(bound, shown, fmt(w), fmt(loss), fmt(1 - state.lr * state.curvature));

  const path = Array.from({ length: shown + 1 }, (_, k) => ({ x: run.points[k] ?? 0, y: run.losses[k] ?? 0 }));
  const history = Array.from(run.losses, (l, k) => ({ k, loss: l })).filter((d) => d.loss > 0);
  // What α and the step move: the run's path and the point shown, an overlay over a Plot of the
  // curve alone (which only λ changes). A key press on α rebuilt the whole Plot.
  const runLayers: OverlayLayer[] = [
    { kind: 'line', points: path, stroke: colors.accent, strokeOpacity: 0.5, strokeDasharray: '3 3' },
    { kind: 'dots', points: path, r: 3.5, fill: colors.accent },
    { kind: 'dots', points: [{ x: w, y: loss }], r: 7, stroke: colors.bad, strokeWidth: 2.5 },
  ];

  const label = s.label(fmt(state.curvature), shown, last);
  const description = s.description(shown + 1, fmt(w), fmt(loss));
  const base: QuadraticBase = { label, description, lossAxis: s.lossAxis, curvature: state.curvature };
  const lossLabel = s.lossLabel;
  const lossDescription = s.lossDescription(last);

  return (
    <WidgetFrame
      name="descent-curve"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <OptimizerSliders
            lr={{
              value: state.lr,
              range: [lrRange[0], lrRange[1]],
              onChange: (lr) => update({ lr }),
              label: s.lr,
              hint: s.lrHint,
            }}
          />
          <Slider
            param="curvature"
            label={s.curvature}
            value={state.curvature}
            min={0.5}
            max={400}
            log
            onChange={(curvature) => update({ curvature })}
            hint={s.curvatureHint}
          />
          <StepPlayer
            step={shown}
            last={last}
            max={props.steps}
            onStep={(step) => update({ step })}
            onReset={() => update({ lr: props.lr, curvature: props.curvature, step: 0 })}
          />
        </>
      }
    >
      <LrStrip lr={state.lr} range={lrRange} eigenvalues={eig} lambda="λ" />
      <div class="widget__panels" style={{ display: 'grid', gap: '0.5rem' }}>
        <OverlayFigure
          aspect={0.62}
          label={label}
          description={description}
          deps={[state.curvature]}
          scales={{ x: xDomain, y: yDomainOf(state.curvature), margins: defaultMargins }}
          layers={runLayers}
          draw={(context) => drawQuadraticBase(base, context)}
          offThread={{ client: figures, figure: 'quadratic', input: base }}
        />
        <LogLossChart
          aspect={0.42}
          label={lossLabel}
          description={lossDescription}
          x={{ key: 'k', domain: [0, props.steps], label: s.stepAxis }}
          y={{ key: 'loss', label: s.logLossAxis }}
          lines={[
            { data: history, stroke: colors.soft, strokeOpacity: 0.6 },
            { data: history.filter((d) => d.k <= shown), stroke: colors.accent, strokeWidth: 2 },
          ]}
          marker={{ data: history.filter((d) => d.k === shown), stroke: colors.bad }}
        />
      </div>
    </WidgetFrame>
  );
}

export default withLocale(DescentCurveIsland);
