import { useMemo } from 'preact/hooks';
import { problems } from '../../../src/engine/problems/index.ts';
import { Select, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { createFigureClient } from '../lib/figure-client.ts';
import { defaultMargins, seriesColor } from '../lib/plot-theme.ts';
import { finiteExtent, steppedExtent } from '../lib/stepped-domain.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { drawComparisonBase, type ComparisonBase } from './draws.ts';
import { compareForms, halvingStep, torchFormSpecs } from './model.ts';
import type { TorchFormCheckProps } from './schema.ts';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';

const problemNames = ['twoMinima', 'illConditioned', 'ravine'] as const;

const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);

/** The course's momentum (or NAG) against PyTorch's form of the same method. */
function TorchFormCheckIsland(props: TorchFormCheckProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const problemOptions = problemNames.map((value) => ({ value, label: s.problems[value] }));
  const { state, update, messages } = useUrlState(props.id, torchFormSpecs, {
    problem: props.problem,
    lr: props.lr,
    mu: props.momentum,
    decay: false,
  });
  const problem = problems[state.problem as 'twoMinima' | 'illConditioned' | 'ravine'];
  const nag = props.optimizer === 'nag';
  const decay = !nag && state.decay;
  const result = useMemo(
    () => compareForms(problem, props.optimizer, state.lr, state.mu, props.steps, decay),
    [problem, props.optimizer, state.lr, state.mu, props.steps, decay],
  );
  const halving = halvingStep(props.steps);
  const ourName = s.ourName(nag);
  const torchName = s.torchName(nag);
  const ours = result.ours.map((y, x) => ({ x, y }));
  const torch = result.torch.map((y, x) => ({ x, y }));
  // The value axis moves in steps (stepped-domain.ts): most α and μ keys keep the axes, and only
  // the overlay's line and dots are redrawn, with no Plot rebuilt.
  const xDomain = [0, Math.max(1, result.ours.length - 1, result.torch.length - 1)] as const;
  const yDomain = steppedExtent(finiteExtent([...result.ours, ...result.torch]) ?? [0, 0]);
  const verdict = decay
    ? s.decayVerdict(halving, fmt(result.maxDifference))
    : result.maxDifference < 1e-9
      ? s.constantVerdict(result.steps, fmt(result.maxDifference), result.maxDifference === 0)
      : s.grownVerdict(result.steps, fmt(result.maxDifference));
  const status = result.divergence ? s.stopped(result.steps + 1, divergence.run(result.divergence), verdict) : verdict;
  const label = s.label(nag, result.steps);
  const description = s.description(ourName, torchName, fmt(result.maxDifference));
  const base: ComparisonBase = {
    label,
    description,
    stepAxis: s.stepAxis,
    valueAxis: problem.dim === 1 ? 'w' : s.firstCoordinate,
    xDomain,
    yDomain,
    halving: decay ? { step: halving, text: s.halved } : null,
  };

  return (
    <WidgetFrame
      name="torch-form-check"
      title={s.title(nag)}
      status={status}
      messages={messages}
      controls={
        <>
          <Select param="problem" label={s.loss} value={state.problem} options={problemOptions} onChange={(p) => update({ problem: p })} />
          <OptimizerSliders
            momentum={{ value: state.mu, onChange: (mu) => update({ mu }), label: s.momentum }}
            lr={{ value: state.lr, range: [0.001, 0.1], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          {!nag && <Toggle param="decay" label={s.decay(halving)} checked={state.decay} onChange={(d) => update({ decay: d })} />}
        </>
      }
    >
      <Legend items={[{ label: ourName, color: seriesColor(0) }, { label: s.dots(torchName), color: seriesColor(1) }]} />
      <OverlayFigure
        aspect={0.5}
        label={label}
        description={description}
        deps={[decay, nag, state.problem, s]}
        scales={{ x: xDomain, y: yDomain, margins: defaultMargins }}
        clip={false}
        layers={[
          { kind: 'line', points: ours, stroke: seriesColor(0), strokeWidth: 2 },
          { kind: 'dots', points: torch, r: 2.2, stroke: seriesColor(1) },
        ]}
        draw={(context) => drawComparisonBase(base, context)}
        offThread={{ client: figures, figure: 'comparison', input: base }}
      />
    </WidgetFrame>
  );
}

export default withLocale(TorchFormCheckIsland);
