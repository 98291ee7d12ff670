import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { problems } from '../../../src/engine/problems/index.ts';
import { basinOf, curveSamples, runOnProblem } from '../../../src/engine/sim/index.ts';
import { Select } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { LinkedFormula, useSymbolLink } from '../lib/LinkedFormula.tsx';
import { nagSymbols } from '../lib/linked-formula.ts';
import { noiseOption, tailMean } from '../lib/gradient-noise.ts';
import { Legend } from '../lib/Legend.tsx';
import { NoiseControls } from '../lib/NoiseControls.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { colors, optimizerColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import {
  beforeMinimum,
  brakeStep,
  firstSlowdown,
  lookAheadCrossing,
  maxNoise,
  nesterovSpecs,
  pushPointsBack,
  speeds,
  stepParts,
} from './model.ts';
import { RunsFigure, SpeedFigure } from './figures.tsx';
import type { NesterovCompareProps } from './schema.ts';
import { strings } from './strings.ts';

const momentumColor = optimizerColor('momentum');
const nagColor = optimizerColor('nag');
const names = ['Momentum', 'Nesterov (NAG)'] as const;

const problemIds = ['quadratic1d', 'twoMinima'] as const;

function symOf(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[class*="sym-"]') : null;
  const match = element?.getAttribute('class')?.match(/\bsym-([a-z0-9-]+)/);
  return match?.[1] ?? null;
}

/** Momentum and NAG from the same start: where each takes its gradient, and when each slows down. */
function NesterovCompareIsland(props: NesterovCompareProps & { children?: ComponentChildren }) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const specs = useMemo(() => nesterovSpecs(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, {
    problem: props.problem,
    lr: props.lr,
    mu: props.momentum,
    step: 0,
    noise: props.noise,
    seed: props.seed,
  });
  const link = useSymbolLink();
  const problemId = state.problem === 'twoMinima' ? 'twoMinima' : 'quadratic1d';
  const curve = problems[problemId];

  const runs = useMemo(
    () =>
      (['momentum', 'nag'] as const).map((name) =>
        runOnProblem(
          curve,
          { name, lr: state.lr, momentum: state.mu },
          { steps: props.steps, record: true, ...noiseOption(state.noise, state.seed) },
        ),
      ),
    [curve, state.lr, state.mu, props.steps, state.noise, state.seed],
  );
  const [momentum, nag] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const last = Math.min(momentum.steps, nag.steps);
  const shown = Math.min(state.step, last);
  const speedM = speeds(momentum);
  const speedN = speeds(nag);
  const brake = brakeStep(speedM.slice(0, last + 1), speedN.slice(0, last + 1));
  const momentumSlows = firstSlowdown(speedM.slice(0, last + 1));
  const nagSlows = firstSlowdown(speedN.slice(0, last + 1));
  const crossing = lookAheadCrossing(
    nag,
    state.mu,
    curve.minima.map((m) => m.point[0]!),
  );
  const samples = useMemo(() => curveSamples(curve, 201), [curve]);
  const yMax = curve.id === 'twoMinima' ? 3.2 : 4.2;
  const yMin = curve.id === 'twoMinima' ? -1.6 : -0.3;
  const f = (w: number) => curve.f(Float64Array.of(w));

  const wN = nag.points[shown]!;
  const stopped = momentum.diverged ?? nag.diverged;
  const both = s.both({
    momentumW: fmt(momentum.points[shown]),
    momentumV: fmt(speedM[shown]),
    nagW: fmt(wN),
    nagV: fmt(speedN[shown]),
  });
  let status: string;
  if (stopped) status = s.stopped(stopped.step, divergence.run(stopped));
  else if (brake !== null && shown === brake) {
    const parts = stepParts(nag, shown, state.mu, true)!;
    const vBefore = nag.states!.velocity![shown - 2] ?? 0;
    const from = basinOf(curve, [parts.from])?.minimum.point[0] ?? 0;
    status = s.brake(shown, {
      nagBefore: fmt(speedN[shown - 1]),
      nagNow: fmt(speedN[shown]),
      momentumBefore: fmt(speedM[shown - 1]),
      momentumNow: fmt(speedM[shown]),
      lookAhead: fmt(parts.carried),
      push: fmt(state.lr * Math.abs(parts.grad)),
      drop: fmt((1 - state.mu) * Math.abs(vBefore)),
      pointsBack: pushPointsBack(nag, shown),
      minimum: beforeMinimum(parts.from, vBefore, from) ? fmt(from) : null,
    });
  } else if (crossing !== null && shown === crossing.step) {
    const parts = stepParts(nag, shown, state.mu, true)!;
    const crossed = s.crossing({
      from: fmt(parts.from),
      lookAhead: fmt(parts.carried),
      grad: fmt(parts.grad),
      minimum: fmt(crossing.minimum),
      speedBefore: fmt(speedN[shown - 1]),
      speedNow: fmt(speedN[shown]),
    });
    status = s.status(shown, both, crossed);
  } else {
    status = s.status(shown, both, s.firstFalls(nagSlows, momentumSlows, brake)) + noisyText();
  }

  function noisyText(): string {
    if (state.noise === 0) return '';
    const m = tailMean(momentum.losses, last);
    return s.noisy(
      fmt(state.noise),
      m.from,
      m.to,
      fmt(m.mean),
      fmt(tailMean(nag.losses, last).mean),
      fmt(state.lr / (1 - state.mu)),
    );
  }
  const label = s.label(s.curveName[problemId], shown, last);
  const description = s.description(shown, both);
  const speedLabel = s.speedLabel(last);
  const speedDescription = s.speedDescription(brake);

  return (
    <WidgetFrame
      name="nesterov-compare"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <LinkedFormula symbols={nagSymbols} link={link} label={s.formula}>
            {props.children}
          </LinkedFormula>
          <Select
            param="problem"
            label={s.curve}
            value={state.problem}
            options={problemIds.map((value) => ({ value, label: s.problems[value] }))}
            onChange={(problem) => update({ problem })}
          />
          <OptimizerSliders
            momentum={{ value: state.mu, onChange: (mu) => update({ mu }), label: s.mu }}
            lr={{ value: state.lr, range: [0.001, 0.1], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          <NoiseControls sigma={state.noise} maxSigma={maxNoise} seed={state.seed} onChange={update} />
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
        <Legend
          items={[
            { label: names[0], color: momentumColor },
            { label: names[1], color: nagColor },
            { label: s.legend.kept, color: colors.fg, dashed: true },
            { label: s.legend.push, color: colors.bad },
          ]}
        />
        <RunsFigure
          rows={[
            { name: names[0], color: momentumColor, run: momentum, parts: stepParts(momentum, shown, state.mu, false) },
            { name: names[1], color: nagColor, run: nag, parts: stepParts(nag, shown, state.mu, true) },
          ]}
          curveId={curve.id}
          samples={samples}
          f={f}
          x={curve.domain}
          y={[yMin, yMax]}
          yAxis={s.yAxis}
          shown={shown}
          label={label}
          description={description}
        />
        <SpeedFigure
          rows={[
            { name: names[0], color: momentumColor, speed: speedM },
            { name: names[1], color: nagColor, speed: speedN },
          ]}
          last={last}
          shown={shown}
          brake={brake}
          stepAxis={s.stepAxis}
          speedAxis={s.speedAxis}
          label={speedLabel}
          description={speedDescription}
        />
      </div>
    </WidgetFrame>
  );
}

export default withLocale(NesterovCompareIsland);
