import type { ComponentChildren } from 'preact';
import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { problems } from '../../../src/engine/problems/index.ts';
import { logHeight, logLevels, runOnProblem } from '../../../src/engine/sim/index.ts';
import { Select } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { LinkedFormula, useSymbolLink } from '../lib/LinkedFormula.tsx';
import { momentumSymbols } from '../lib/linked-formula.ts';
import { noiseOption, tailMean } from '../lib/gradient-noise.ts';
import { keptMark } from '../lib/kept-mark.ts';
import { Legend } from '../lib/Legend.tsx';
import { NoiseControls } from '../lib/NoiseControls.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, colors, optimizerColor, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { firstBelow, maxNoise, momentumRavineSpecs, reversals, segments, splitStep } from './model.ts';
import type { MomentumRavineProps } from './schema.ts';
import { strings } from './strings.ts';

const gdColor = optimizerColor('sgd');
const momentumColor = optimizerColor('momentum');
const target = 1e-3;
/** Both layers (contours, runs) use the same margins, so their scales line up. */
const margins = { marginTop: yTitleRoom, marginRight: 12, marginBottom: xAxisRoom, marginLeft: 40 } as const;

const problemIds = ['illConditioned', 'ravine'] as const;

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
  const problemId = state.problem === 'ravine' ? 'ravine' : 'illConditioned';
  const surface = problems[problemId];

  // Both runs see the same noise draws (one seed), so they differ only by the rule.
  const noise = noiseOption(state.noise, state.seed);
  const gd = useMemo(
    () => runOnProblem(surface, { name: 'sgd', lr: state.lr }, { steps: props.steps, ...noise }),
    [surface, state.lr, props.steps, state.noise, state.seed],
  );
  const momentum = useMemo(
    () =>
      runOnProblem(
        surface,
        { name: 'momentum', lr: state.lr, momentum: state.mu },
        { steps: props.steps, record: true, ...noise },
      ),
    [surface, state.lr, state.mu, props.steps, state.noise, state.seed],
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
    if (state.noise === 0) return '';
    const gdTail = tailMean(gd.losses, last);
    const momentumTail = tailMean(momentum.losses, last);
    return s.noisy(
      fmt(state.noise),
      gdTail.from,
      gdTail.to,
      fmt(gdTail.mean),
      fmt(momentumTail.mean),
      fmt(state.lr / (1 - state.mu)),
    );
  }
  const surfaceName = s.surfaceName[problemId];

  const { x, y } = surface.domain;
  const aspect = (y[1] - y[0]) / (x[1] - x[0]);
  const point = (run: typeof gd, k: number) => ({ x: run.points[2 * k]!, y: run.points[2 * k + 1]! });
  const gdPoints = Array.from({ length: shown + 1 }, (_, k) => point(gd, k));
  const label = s.label(surfaceName, shown, last);
  const description = s.description(
    `(${fmt(gd.points[2 * shown])}, ${fmt(gd.points[2 * shown + 1])})`,
    `(${fmt(momentum.points[2 * shown])}, ${fmt(momentum.points[2 * shown + 1])})`,
  );
  const contourLabel = s.contourLabel(surfaceName);

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
        <div class="ravine-stack">
          <PlotFigure
            aspect={aspect}
            label={contourLabel}
            deps={[state.problem]}
            draw={(context) =>
              Plot.plot({
                ...basePlotOptions(context, contourLabel, s.contourDescription(surfaceName)),
                ...margins,
                x: { domain: x, label: 'x' },
                y: { domain: y, label: 'y' },
                marks: [
                  // Kept by surface and size (kept-mark.ts): a surface shown before is not traced again
                  // when the reader switches back (select keys back to back: 49 ms of a 4x key press).
                  keptMark(surface, levels.join(), context, (render) =>
                    Plot.contour({
                      x1: x[0],
                      x2: x[1],
                      y1: y[0],
                      y2: y[1],
                      value: height,
                      thresholds: levels,
                      stroke: colors.grid,
                      fill: 'none',
                      pixelSize: 4,
                      render,
                    }),
                  ),
                  Plot.dot(surface.minima, {
                    x: (m: { point: number[] }) => m.point[0],
                    y: (m: { point: number[] }) => m.point[1],
                    symbol: 'plus',
                    r: 6,
                    stroke: colors.fg,
                  }),
                ],
              })
            }
          />
          <PlotFigure
            class="ravine-stack__runs"
            aspect={aspect}
            label={label}
            deps={[state.problem, state.lr, state.mu, shown, state.noise, state.seed]}
            draw={(context) =>
              Plot.plot({
                ...basePlotOptions(context, label, description),
                ...margins,
                x: { domain: x, axis: null },
                y: { domain: y, axis: null },
                color: { domain: ['gd', 'momentum'], range: [gdColor, momentumColor] },
                clip: true,
                marks: [
                  Plot.line(gdPoints, { x: 'x', y: 'y', stroke: gdColor, strokeWidth: 1.5, strokeOpacity: 0.8 }),
                  Plot.dot(gdPoints, { x: 'x', y: 'y', fill: gdColor, r: 2.5 }),
                  Plot.arrow(segments(momentum, shown), {
                    x1: 'x1',
                    y1: 'y1',
                    x2: 'x2',
                    y2: 'y2',
                    stroke: momentumColor,
                    strokeWidth: 1.6,
                    headLength: 6,
                    className: 'sym-v',
                  }),
                  ...(split
                    ? [
                        Plot.arrow([split.carry], {
                          x1: 'x1',
                          y1: 'y1',
                          x2: 'x2',
                          y2: 'y2',
                          stroke: colors.fg,
                          strokeDasharray: '4 3',
                          strokeWidth: 2,
                          headLength: 7,
                          className: 'sym-mu',
                        }),
                        Plot.arrow([split.push], {
                          x1: 'x1',
                          y1: 'y1',
                          x2: 'x2',
                          y2: 'y2',
                          stroke: colors.bad,
                          strokeWidth: 2,
                          headLength: 7,
                          className: 'sym-alpha',
                        }),
                      ]
                    : []),
                  Plot.dot(
                    [
                      { ...point(gd, shown), method: 'gd' },
                      { ...point(momentum, shown), method: 'momentum' },
                    ],
                    {
                      x: 'x',
                      y: 'y',
                      stroke: 'method',
                      r: 7,
                      strokeWidth: 2.5,
                    },
                  ),
                ],
              })
            }
          />
        </div>
      </div>
    </WidgetFrame>
  );
}

export default withLocale(MomentumRavineIsland);
