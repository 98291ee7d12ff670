import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { problems } from '../../../src/problems/index.ts';
import { Select, Slider, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, seriesColor } from '../lib/plot-theme.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { compareForms, torchFormSpecs } from './model.ts';
import type { TorchFormCheckProps } from './schema.ts';

const problemOptions = [
  { value: 'twoMinima', label: 'Two minima (1-D)' },
  { value: 'illConditioned', label: 'Straight valley (2-D)' },
  { value: 'ravine', label: 'Winding ravine (2-D)' },
] as const;

/** The course's momentum (or NAG) against PyTorch's form of the same method. */
export default function TorchFormCheckIsland(props: TorchFormCheckProps) {
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
  const ourName = nag ? 'Course NAG: look-ahead w − μv' : 'Course momentum: w';
  const torchName = nag ? 'PyTorch SGD(nesterov=True): parameters' : 'PyTorch SGD(momentum): parameters';
  const rows = [
    ...result.ours.map((value, k) => ({ k, value, form: ourName })),
    ...result.torch.map((value, k) => ({ k, value, form: torchName })),
  ];
  const verdict = decay
    ? `With α halved after step ${Math.floor(props.steps / 2)}, the two forms part: the largest difference is ${fmt(result.maxDifference)}. The course's v still carries the old α; PyTorch rescales its whole buffer by the new one.`
    : result.maxDifference < 1e-9
      ? `Over ${result.steps} steps at a constant α the largest difference between the two paths is ${fmt(result.maxDifference)}: ${result.maxDifference === 0 ? 'identical to the last bit' : 'rounding only'}.`
      : `Over ${result.steps} steps the largest difference is ${fmt(result.maxDifference)}: rounding, amplified by a run that grows quickly.`;
  const status = result.diverged ? `Stopped at step ${result.steps + 1}: ${result.diverged} ${verdict}` : verdict;
  const label = `${nag ? 'NAG' : 'Momentum'}: the course's form against PyTorch's, first coordinate over ${result.steps} steps`;
  const description = `Line: ${ourName}. Dots: ${torchName}. The largest difference between them is ${fmt(result.maxDifference)}.`;

  return (
    <WidgetFrame
      name="torch-form-check"
      title={nag ? 'NAG in the course’s form and in PyTorch’s' : 'Momentum in the course’s form and in PyTorch’s'}
      status={status}
      messages={messages}
      controls={
        <>
          <Select label="Loss" value={state.problem} options={problemOptions} onChange={(p) => update({ problem: p })} />
          <Slider label="Momentum μ" value={state.mu} min={0} max={0.99} step={0.01} onChange={(mu) => update({ mu })} />
          <Slider label="Learning rate α" value={state.lr} min={0.001} max={0.1} log onChange={(lr) => update({ lr })} hint="Logarithmic scale." />
          {!nag && <Toggle label="Halve α half-way" checked={state.decay} onChange={(d) => update({ decay: d })} />}
        </>
      }
    >
      <Legend items={[{ label: ourName, color: seriesColor(0) }, { label: `${torchName} (dots)`, color: seriesColor(1) }]} />
      <PlotFigure
        aspect={0.5}
        label={label}
        deps={[state.problem, state.lr, state.mu, decay]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, label, description),
            x: { label: 'step t' },
            y: { label: problem.dim === 1 ? 'w' : 'x (first coordinate)', grid: true },
            color: { domain: [ourName, torchName], range: [seriesColor(0), seriesColor(1)] },
            marks: [
              Plot.line(rows.filter((r) => r.form === ourName), { x: 'k', y: 'value', stroke: 'form', strokeWidth: 2 }),
              Plot.dot(rows.filter((r) => r.form === torchName), { x: 'k', y: 'value', stroke: 'form', r: 2.2 }),
            ],
          })
        }
      />
    </WidgetFrame>
  );
}
