import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { problems } from '../../../src/engine/problems/index.ts';
import { runOnProblem, type RunResult } from '../../../src/engine/sim/index.ts';
import { useAfterPaint, useHeldRef } from '../lib/after-paint.ts';
import { Select } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { LinkedFormula, useSymbolLink } from '../lib/LinkedFormula.tsx';
import { momentumSymbols } from '../lib/linked-formula.ts';
import { noiseOption, tailMean } from '../lib/gradient-noise.ts';
import { createKeyedMemo } from '../lib/keyed-memo.ts';
import { Legend } from '../lib/Legend.tsx';
import { NoiseControls } from '../lib/NoiseControls.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { OverlayArrows } from '../lib/OverlayArrows.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { dotsPath } from '../lib/overlay-layers.ts';
import { createFigureClient } from '../lib/figure-client.ts';
import { colors, optimizerColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { drawRavineBase, problemIds, runMargins, type RavineBase } from './draws.ts';
import { firstBelow, maxNoise, momentumRavineSpecs, reversals, segments, splitStep } from './model.ts';
import type { MomentumRavineProps } from './schema.ts';
import { strings } from './strings.ts';

const gdColor = optimizerColor('sgd');
const momentumColor = optimizerColor('momentum');
const target = 1e-3;
const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);

/** The sym-* class of the mark under the pointer, if any. */
function symOf(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[class*="sym-"]') : null;
  const match = element?.getAttribute('class')?.match(/\bsym-([a-z0-9-]+)/);
  return match?.[1] ?? null;
}

/** Gradient descent and momentum in a narrow valley, with the momentum rule linked to the drawing. */
function MomentumRavineIsland(props: MomentumRavineProps & { children?: ComponentChildren }) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const specs = useMemo(() => momentumRavineSpecs(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, {
    problem: props.problem,
    lr: props.lr,
    mu: props.momentum,
    step: 0,
    noise: props.noise,
    seed: props.seed,
  });
  const link = useSymbolLink();
  const problemId: (typeof problemIds)[number] = state.problem === 'ravine' ? 'ravine' : 'illConditioned';

  // Both runs see the same noise draws (one seed), so they differ only by the rule. They are run
  // after the paint of the input's frame, one per turn of the draw queue (a select key ran both in
  // its handler: 70-220 ms at 4x CPU), and kept for the last few settings of each; the figure and
  // the status show the runs' own settings until the new runs are in.
  const runMemo = useHeldRef(() => createKeyedMemo<RunResult>(4));
  const settings = { problem: problemId, lr: state.lr, mu: state.mu, noise: state.noise, seed: state.seed };
  const runGd = () =>
    runMemo(
      'gd',
      () =>
        runOnProblem(
          problems[settings.problem],
          { name: 'sgd', lr: settings.lr },
          { steps: props.steps, ...noiseOption(settings.noise, settings.seed) },
        ),
      [settings.problem, settings.lr, props.steps, settings.noise, settings.seed],
    );
  const runMomentum = () =>
    runMemo(
      'momentum',
      () =>
        runOnProblem(
          problems[settings.problem],
          { name: 'momentum', lr: settings.lr, momentum: settings.mu },
          { steps: props.steps, record: true, ...noiseOption(settings.noise, settings.seed) },
        ),
      [settings.problem, settings.lr, settings.mu, props.steps, settings.noise, settings.seed],
    );
  const runs = useAfterPaint(
    () => ({ ...settings, gd: runGd(), momentum: runMomentum() }),
    [problemId, state.lr, state.mu, props.steps, state.noise, state.seed],
    { stages: () => [() => void runGd(), () => void runMomentum()] },
  ).value;
  const { gd, momentum } = runs;
  const surface = problems[runs.problem];
  const last = Math.min(gd.steps, momentum.steps);
  const shown = Math.min(state.step, last);

  const split = splitStep(momentum, shown, runs.mu);
  const velocity = momentum.states?.velocity;
  const speed = shown > 0 && velocity ? Math.hypot(velocity[2 * shown - 2]!, velocity[2 * shown - 1]!) : 0;
  const gdReached = firstBelow(gd.losses, target);
  const momentumReached = firstBelow(momentum.losses, target);
  const stopped = gd.diverged ?? momentum.diverged;
  const status = stopped
    ? s.stopped(stopped.step, divergence.run(stopped))
    : s.status(
        shown,
        { loss: fmt(gd.losses[shown]), reversals: reversals(gd, shown), reached: gdReached },
        { loss: fmt(momentum.losses[shown]), reversals: reversals(momentum, shown), reached: momentumReached },
        fmt(speed),
        last,
      ) + noisyText();
  function noisyText(): string {
    if (runs.noise === 0) return '';
    const gdTail = tailMean(gd.losses, last);
    const momentumTail = tailMean(momentum.losses, last);
    return s.noisy(
      fmt(runs.noise),
      gdTail.from,
      gdTail.to,
      fmt(gdTail.mean),
      fmt(momentumTail.mean),
      fmt(runs.lr / (1 - runs.mu)),
    );
  }
  const surfaceName = s.surfaceName[runs.problem];

  const { x, y } = surface.domain;
  const aspect = (y[1] - y[0]) / (x[1] - x[0]);
  const point = (run: RunResult, k: number) => ({ x: run.points[2 * k]!, y: run.points[2 * k + 1]! });
  const gdPoints = Array.from({ length: shown + 1 }, (_, k) => point(gd, k));
  const label = s.label(surfaceName, shown, last);
  const description = s.description(
    `(${fmt(gd.points[2 * shown])}, ${fmt(gd.points[2 * shown + 1])})`,
    `(${fmt(momentum.points[2 * shown])}, ${fmt(momentum.points[2 * shown + 1])})`,
  );
  const base: RavineBase = { label, description, problem: runs.problem };

  return (
    <WidgetFrame
      name="momentum-ravine"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <LinkedFormula symbols={momentumSymbols} link={link} label={s.formula}>
            {props.children}
          </LinkedFormula>
          <Select
            param="problem"
            label={s.surface}
            value={state.problem}
            options={problemIds.map((value) => ({ value, label: s.problems[value] }))}
            onChange={(problem) => update({ problem })}
          />
          <OptimizerSliders
            momentum={{ value: state.mu, onChange: (mu) => update({ mu }), label: s.mu, link: link.linkProps('mu') }}
            lr={{
              value: state.lr,
              range: [0.001, 0.2],
              onChange: (lr) => update({ lr }),
              label: s.lr,
              hint: s.lrHint,
              link: link.linkProps('alpha'),
            }}
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
            { label: s.legend.gd, color: gdColor },
            { label: s.legend.momentum, color: momentumColor },
            { label: s.legend.kept, color: colors.fg, dashed: true },
            { label: s.legend.push, color: colors.bad },
          ]}
        />
        {/* The contour map is the base (a Plot drawn when the surface changes, in the widget's figure
            worker); the runs are its overlay, updated in place: a played step or a slider key
            rebuilds no Plot. */}
        <OverlayFigure
          aspect={aspect}
          label={label}
          description={description}
          deps={[runs.problem]}
          scales={{ x, y, margins: runMargins }}
          layers={[
            { kind: 'line', points: gdPoints, stroke: gdColor, strokeWidth: 1.5, strokeOpacity: 0.8 },
            { kind: 'dots', points: gdPoints, r: 2.5, fill: gdColor },
          ]}
          overlay={(scales) => (
            <>
              <OverlayArrows
                class="sym-v"
                arrows={segments(momentum, shown)}
                scales={scales}
                stroke={momentumColor}
                strokeWidth={1.6}
                headLength={6}
              />
              {split && (
                <>
                  <OverlayArrows
                    class="sym-mu"
                    arrows={[split.carry]}
                    scales={scales}
                    stroke={colors.fg}
                    strokeWidth={2}
                    headLength={7}
                    strokeDasharray="4 3"
                  />
                  <OverlayArrows
                    class="sym-alpha"
                    arrows={[split.push]}
                    scales={scales}
                    stroke={colors.bad}
                    strokeWidth={2}
                    headLength={7}
                  />
                </>
              )}
              {[
                { at: point(gd, shown), color: gdColor },
                { at: point(momentum, shown), color: momentumColor },
              ].map(({ at, color }) => (
                <path
                  key={color}
                  d={dotsPath({ kind: 'dots', points: [at], r: 7 }, scales)}
                  fill="none"
                  stroke={color}
                  stroke-width={2.5}
                />
              ))}
            </>
          )}
          draw={(context) => drawRavineBase(base, context)}
          offThread={{ client: figures, figure: 'map', input: base }}
        />
      </div>
    </WidgetFrame>
  );
}

export default withLocale(MomentumRavineIsland);
