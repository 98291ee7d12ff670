import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { twoMinima } from '../../../src/engine/problems/index.ts';
import { curveSamples, runOnProblem } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, colors, optimizerColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { momentumEscapeSpecs, outcome, stepArrows } from './model.ts';
import type { MomentumEscapeProps } from './schema.ts';
import { useDivergenceText, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';

const gdColor = optimizerColor('sgd');
const momentumColor = optimizerColor('momentum');
/** The top of the hump between the two minima of twoMinima (f'(0) = 0). */
const hump = 0;

/** Plain gradient descent and momentum on the two-minima curve: does the ball roll over the hump? */
function MomentumEscapeIsland(props: MomentumEscapeProps) {
  const s = useStrings(strings);
  const locale = useLocale();
  const divergence = useDivergenceText();
  const specs = useMemo(() => momentumEscapeSpecs(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, { lr: props.lr, mu: props.momentum, step: 0 });

  const gd = useMemo(() => runOnProblem(twoMinima, { name: 'sgd', lr: state.lr }, { steps: props.steps }), [state.lr, props.steps]);
  const momentum = useMemo(
    () => runOnProblem(twoMinima, { name: 'momentum', lr: state.lr, momentum: state.mu }, { steps: props.steps, record: true }),
    [state.lr, state.mu, props.steps],
  );
  const last = Math.min(gd.steps, momentum.steps);
  const shown = Math.min(state.step, last);
  const curve = useMemo(() => curveSamples(twoMinima, 201), []);

  const velocity = shown > 0 ? (momentum.states?.velocity?.[shown - 1] ?? 0) : 0;
  const gdEnd = outcome(twoMinima, gd, hump, locale);
  const momentumEnd = outcome(twoMinima, momentum, hump, locale);
  const stopped = gd.diverged ?? momentum.diverged;
  const status = stopped
    ? s.stopped(stopped.step, divergence.run(stopped))
    : s.status(shown, fmt(gd.points[shown]), fmt(momentum.points[shown]), fmt(velocity), last, gdEnd.words, momentumEnd.words);

  const path = (run: typeof gd, method: string) =>
    Array.from({ length: shown + 1 }, (_, k) => ({ k, method, w: run.points[k]!, loss: run.losses[k]! }));
  const gdPath = path(gd, 'Gradient descent');
  const momentumPath = path(momentum, 'Momentum');
  const arrows = stepArrows(momentum, shown);

  const label = s.label(shown, last);
  const description = s.description(fmt(gd.points[shown]), fmt(momentum.points[shown]));

  return (
    <WidgetFrame
      name="momentum-escape"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <OptimizerSliders
            momentum={{ value: state.mu, onChange: (mu) => update({ mu }), label: s.momentum, hint: s.momentumHint }}
            lr={{ value: state.lr, range: [0.001, 0.1], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          <StepPlayer step={shown} last={last} max={props.steps} onStep={(step) => update({ step })} />
        </>
      }
    >
      <Legend items={[{ label: s.gdLegend, color: gdColor }, { label: s.momentumLegend, color: momentumColor }]} />
      <PlotFigure
        aspect={0.62}
        label={label}
        deps={[state.lr, state.mu, shown]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, label, description),
            x: { domain: twoMinima.domain, label: 'w' },
            y: { domain: [-1.6, 3.2], label: s.lossAxis, grid: true },
            color: { domain: ['Gradient descent', 'Momentum'], range: [gdColor, momentumColor] },
            clip: true,
            marks: [
              Plot.line(curve, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2 }),
              Plot.ruleX([hump], { stroke: colors.grid, strokeDasharray: '2 4' }),
              Plot.dot(gdPath, { x: 'w', y: 'loss', fill: 'method', r: 3.5, fillOpacity: 0.75 }),
              Plot.arrow(arrows, { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: momentumColor, strokeWidth: 1.6, headLength: 6, className: 'sym-v' }),
              Plot.dot(momentumPath, { x: 'w', y: 'loss', fill: 'method', r: 3.5 }),
              Plot.dot(
                [
                  { method: 'Gradient descent', w: gd.points[shown]!, loss: gd.losses[shown]! },
                  { method: 'Momentum', w: momentum.points[shown]!, loss: momentum.losses[shown]! },
                ],
                { x: 'w', y: 'loss', stroke: 'method', r: 8, strokeWidth: 2.5 },
              ),
              Plot.text(
                [
                  { w: -1.2, loss: -0.6336, label: s.shallow },
                  { w: 1.6, loss: -1.3653, label: s.deeper },
                ],
                // Above the steps that crowd each minimum, on a halo of the page's colour, so that
                // arrows and dots passing by never cross out the words.
                { x: 'w', y: 'loss', dy: -22, text: 'label', fill: colors.soft, stroke: 'var(--bg)', strokeWidth: 4, paintOrder: 'stroke' },
              ),
            ],
          })
        }
      />
    </WidgetFrame>
  );
}

export default withLocale(MomentumEscapeIsland);
