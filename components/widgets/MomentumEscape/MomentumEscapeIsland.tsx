import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { twoMinima } from '../../../src/engine/problems/index.ts';
import { curveSamples, runOnProblem } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { OverlayArrows } from '../lib/OverlayArrows.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { OverlayDots } from '../lib/OverlayDots.tsx';
import { basePlotOptions, colors, defaultMargins, optimizerColor } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
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
const yDomain = [-1.6, 3.2] as const;


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

  const path = (run: typeof gd) => Array.from({ length: shown + 1 }, (_, k) => ({ x: run.points[k]!, y: run.losses[k]! }));
  const gdPath = path(gd);
  const momentumPath = path(momentum);
  const arrows = stepArrows(momentum, shown).map(({ x1, x2, y }) => ({ x1, y1: y, x2, y2: y }));

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
      {/* The curve, the hump and the axes never change: the base is drawn once (the build's frame),
          and the runs move on the overlay, in place, with no Plot redrawn for a slider or a step. */}
      <OverlayFigure
        aspect={0.62}
        label={label}
        description={description}
        deps={[s]}
        scales={{ x: twoMinima.domain, y: yDomain, margins: defaultMargins }}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, label, description),
            ...plotMargins(defaultMargins),
            x: { domain: twoMinima.domain, label: 'w' },
            y: { domain: yDomain, label: s.lossAxis, grid: true },
            clip: true,
            marks: [
              Plot.line(curve, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2 }),
              Plot.ruleX([hump], { stroke: colors.grid, strokeDasharray: '2 4' }),
            ],
          })
        }
        overlay={(scales) => (
          <>
            <OverlayDots layer={{ points: gdPath, r: 3.5, fill: gdColor, fillOpacity: 0.75 }} scales={scales} />
            <OverlayArrows arrows={arrows} scales={scales} stroke={momentumColor} strokeWidth={1.6} headLength={6} class="sym-v" />
            <OverlayDots layer={{ points: momentumPath, r: 3.5, fill: momentumColor }} scales={scales} />
            {[gd, momentum].map((run, i) => (
              <OverlayDots
                key={i}
                layer={{ points: [{ x: run.points[shown]!, y: run.losses[shown]! }], r: 8, stroke: i === 0 ? gdColor : momentumColor, strokeWidth: 2.5 }}
                scales={scales}
              />
            ))}
            {/* Above the steps that crowd each minimum, on a halo of the page's colour, so that
                arrows and dots passing by never cross out the words. */}
            {[
              { w: -1.2, loss: -0.6336, text: s.shallow },
              { w: 1.6, loss: -1.3653, text: s.deeper },
            ].map(({ w, loss, text }) => (
              <text
                key={text}
                x={scales.x(w)}
                y={scales.y(loss) - 22}
                dy="0.32em"
                text-anchor="middle"
                fill={colors.soft}
                stroke="var(--bg)"
                stroke-width={4}
                paint-order="stroke"
              >
                {text}
              </text>
            ))}
          </>
        )}
      />
    </WidgetFrame>
  );
}

export default withLocale(MomentumEscapeIsland);
