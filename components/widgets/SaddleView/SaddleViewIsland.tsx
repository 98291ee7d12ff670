import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { saddle } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { contourLevels, sampleGrid } from '../../../src/engine/sim/index.ts';
import { minimaLayers, pathLayers, pathPoints } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import type { OverlayLayer } from '../lib/overlay-layers.ts';
import { basePlotOptions, colors, defaultMargins, optimizerColor } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import type { Specs } from '../lib/url-state.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { escapeStep, escapeSteps, stepsNear } from './model.ts';
import type { SaddleViewProps } from './schema.ts';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';

/** The run is gradient descent: its colour in every widget. */
const gdColor = optimizerColor('sgd');

const grid = sampleGrid(saddle.f, saddle.domain, { nx: 90 });
const levels = contourLevels(grid, { count: 14, floor: 0, ratio: 4e-3 });
const saddleValue = saddle.f(new Float64Array(2));
const nearRadius = 0.1;
/** The loss chart's domain of loss and its margins (Plot's defaults left and right), shared by its Plot and its overlay. */
const lossDomain = [0, 1] as const;

const specsFor = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.1, min: 0.01, max: 0.9 },
    offset: { kind: 'number', default: 0.001, min: 1e-6, max: 0.5 },
    x: { kind: 'number', default: -1.8, min: -1.9, max: 1.9 },
    step: { kind: 'number', default: steps, min: 0, max: steps, integer: true },
  }) satisfies Specs;

/** Gradient descent started close to the ridge of a saddle: it slides in, stalls, and escapes late. */
function SaddleViewIsland(props: SaddleViewProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const specs = useMemo(() => specsFor(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, {
    lr: props.lr,
    offset: props.offset,
    x: props.startX,
    step: props.steps,
  });
  const run = useMemo(
    () => runOnProblem(saddle, { name: 'sgd', lr: state.lr }, { steps: props.steps, start: [state.x, state.offset] }),
    [state.lr, state.offset, state.x, props.steps],
  );
  const last = run.steps;
  const shown = Math.min(state.step, last);
  const x = run.points[2 * shown] ?? 0;
  const y = run.points[2 * shown + 1] ?? 0;
  const loss = run.losses[shown] ?? 0;
  const near = stepsNear(run.points, [0, 0], nearRadius, shown);
  const estimate = escapeSteps(state.offset, state.lr);

  const status =
    run.diverged && shown >= last
      ? s.stopped(run.diverged.step, divergence.run(run.diverged))
      : s.status(
          shown,
          fmt(x),
          fmt(y),
          fmt(loss),
          near,
          nearRadius,
          fmt(saddleValue),
          estimate,
          escapeStep(run.points, shown),
        );

  const path = pathPoints(run.points, shown);
  const history = useMemo(() => Array.from(run.losses, (loss, k) => ({ x: k, y: loss })), [run]);
  // The run's loss (as Plot.line and Plot.dot drew it): the whole run faint, the steps so far, the
  // ring on the step shown.
  const lossLayers: OverlayLayer[] = [
    { kind: 'line', points: history, stroke: colors.soft, strokeOpacity: 0.6 },
    { kind: 'line', points: history.slice(0, shown + 1), stroke: gdColor, strokeWidth: 2 },
    { kind: 'dots', points: history.slice(shown, shown + 1), r: 5, stroke: gdColor, strokeWidth: 2 },
  ];
  const label = s.label(shown, last);
  const description = s.description(fmt(state.x), fmt(state.offset), fmt(x), fmt(y));
  const lossLabel = s.lossLabel;
  const lossDescription = s.lossDescription(fmt(saddleValue));

  return (
    <WidgetFrame
      name="saddle-view"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <Slider
            param="offset"
            label={s.offset}
            value={state.offset}
            min={1e-6}
            max={0.5}
            log
            onChange={(offset) => update({ offset, step: Math.min(state.step, props.steps) })}
            hint={s.offsetHint}
          />
          <Slider
            param="x"
            label={s.startX}
            value={state.x}
            min={-1.9}
            max={1.9}
            step={0.05}
            onChange={(x) => update({ x })}
          />
          <OptimizerSliders
            lr={{ value: state.lr, range: [0.01, 0.9], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          <StepPlayer step={shown} last={last} max={props.steps} onStep={(step) => update({ step })} interval={120} />
        </>
      }
    >
      <div class="widget__panels" style={{ display: 'grid', gap: '0.5rem' }}>
        <ContourFigure
          grid={grid}
          contours={{ levels }}
          domain={saddle.domain}
          aspect={0.9}
          label={label}
          description={description}
          layers={[...minimaLayers(saddle), ...pathLayers(path, { stroke: gdColor, r: 2 })]}
        />
        {/* The Plot draws what no control changes (the axes, the saddle's level); the run is an
            overlay updated in place: a whole Plot drawn for each key press was most of a slider
            step's work. */}
        <OverlayFigure
          aspect={0.36}
          label={lossLabel}
          description={lossDescription}
          deps={[props.steps, lossLabel, lossDescription, s.stepAxis, s.lossAxis, s.saddleMark]}
          scales={{ x: [0, props.steps], y: lossDomain, margins: defaultMargins }}
          layers={lossLayers}
          draw={(context) =>
            Plot.plot({
              ...basePlotOptions(context, lossLabel, lossDescription),
              ...plotMargins(defaultMargins),
              x: { domain: [0, props.steps], label: s.stepAxis },
              y: { domain: [...lossDomain], label: s.lossAxis, grid: true },
              clip: true,
              marks: [
                Plot.ruleY([saddleValue], { stroke: colors.soft, strokeDasharray: '4 3' }),
                Plot.text([saddleValue], {
                  x: props.steps,
                  y: (d: number) => d,
                  text: () => s.saddleMark,
                  dy: -7,
                  textAnchor: 'end',
                  fill: colors.soft,
                  fontSize: 11,
                }),
              ],
            })
          }
        />
      </div>
    </WidgetFrame>
  );
}

export default withLocale(SaddleViewIsland);
