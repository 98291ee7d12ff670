import { useMemo } from 'preact/hooks';
import { illConditioned } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { contourLevels, sampleGrid } from '../../../src/engine/sim/index.ts';
import { minimaLayers, pathLayers, pathPoints } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { LrStrip } from '../lib/LrStrip.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { LogLossChart } from '../lib/LogLossChart.tsx';
import { colors, optimizerColor } from '../lib/plot-theme.ts';
import { boundSentence } from '../lib/stability.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import type { Specs } from '../lib/url-state.ts';
import type { DescentBowlProps } from './schema.ts';
import { useDivergenceText, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';

/** The run is gradient descent: its colour in every widget. */
const gdColor = optimizerColor('sgd');

const lrRange = [0.001, 0.3] as const;
const eig = illConditioned.hessianEigenvalues ?? [1, 20];
const grid = sampleGrid(illConditioned.f, illConditioned.domain, { nx: 90 });
const levels = contourLevels(grid, { count: 14, floor: 0, ratio: 2e-3 });

const specsFor = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.03, min: lrRange[0], max: lrRange[1] },
    step: { kind: 'number', default: steps, min: 0, max: steps, integer: true },
  }) satisfies Specs;

/** Gradient descent on the ill-conditioned bowl: a zig-zag across the valley, a crawl along it. */
function DescentBowlIsland(props: DescentBowlProps) {
  const s = useStrings(strings);
  const locale = useLocale();
  const divergence = useDivergenceText();
  const specs = useMemo(() => specsFor(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, { lr: props.lr, step: props.steps });
  const run = useMemo(() => runOnProblem(illConditioned, { name: 'sgd', lr: state.lr }, { steps: props.steps }), [state.lr, props.steps]);
  const last = run.steps;
  const shown = Math.min(state.step, last);
  const x = run.points[2 * shown] ?? 0;
  const y = run.points[2 * shown + 1] ?? 0;
  const loss = run.losses[shown] ?? 0;
  const bound = boundSentence(state.lr, eig, 'λmax', locale);
  // Along the valley (1, 1) and across it (1, −1): the two directions of the Hessian's eigenvectors.
  const along = (x + y) / Math.SQRT2;
  const across = (x - y) / Math.SQRT2;

  const status =
    run.diverged && shown >= last
      ? s.stopped(bound, run.diverged.step, divergence.run(run.diverged))
      : s.status(bound, shown, fmt(loss), fmt(along), fmt(across));

  const path = pathPoints(run.points, shown);
  const history = Array.from(run.losses, (l, k) => ({ k, loss: l })).filter((d) => d.loss > 0);
  const label = s.label(shown, last);
  const description = s.description(shown + 1, fmt(x), fmt(y), fmt(loss));
  const lossLabel = s.lossLabel;
  const lossDescription = s.lossDescription(last);

  return (
    <WidgetFrame
      name="descent-bowl"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <OptimizerSliders
            lr={{ value: state.lr, range: [lrRange[0], lrRange[1]], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          <StepPlayer
            step={shown}
            last={last}
            max={props.steps}
            onStep={(step) => update({ step })}
            onReset={() => update({ lr: props.lr, step: 0 })}
            interval={200}
          />
        </>
      }
    >
      <LrStrip lr={state.lr} range={lrRange} eigenvalues={eig} />
      <div class="widget__panels" style={{ display: 'grid', gap: '0.5rem' }}>
        <ContourFigure
          grid={grid}
          contours={{ levels }}
          domain={illConditioned.domain}
          axisLabels={{ x: 'w₁', y: 'w₂' }}
          aspect={0.9}
          label={label}
          description={description}
          layers={[...minimaLayers(illConditioned), ...pathLayers(path, { stroke: gdColor })]}
        />
        <LogLossChart
          aspect={0.36}
          label={lossLabel}
          description={lossDescription}
          x={{ key: 'k', domain: [0, props.steps], label: s.stepAxis }}
          y={{ key: 'loss', label: s.logLossAxis }}
          lines={[
            { data: history, stroke: colors.soft, strokeOpacity: 0.6 },
            { data: history.filter((d) => d.k <= shown), stroke: gdColor, strokeWidth: 2 },
          ]}
          marker={{ data: history.filter((d) => d.k === shown), stroke: gdColor }}
        />
      </div>
    </WidgetFrame>
  );
}

export default withLocale(DescentBowlIsland);
