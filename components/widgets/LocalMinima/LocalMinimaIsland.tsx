import { useMemo, useRef } from 'preact/hooks';
import { twoMinima } from '../../../src/engine/problems/index.ts';
import { basinOf, runOnProblem } from '../../../src/engine/sim/index.ts';
import { Slider, Toggle } from '../lib/controls.tsx';
import { createFigureClient } from '../lib/figure-client.ts';
import { clamp, fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import type { OverlayLayer } from '../lib/overlay-layers.ts';
import { colors, defaultMargins } from '../lib/plot-theme.ts';
import { dataAtFigure } from '../lib/pointer.ts';
import { fallbackScales } from '../lib/scales.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import type { Specs } from '../lib/url-state.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { aspect, basinColor, drawCurveBase, minimaMarks, xDomain, yDomain, type CurveBase } from './draws.ts';
import { basinsOfStarts, evenStarts, tally } from './model.ts';
import type { LocalMinimaProps } from './schema.ts';
import { strings } from './strings.ts';

const lrRange = [0.005, 1] as const;
const startRange = [-2.4, 2.4] as const;
/** The figure's scales at a width: its overlay's, and a click's (pointer.ts). */
const scalesAt = (width: number) => fallbackScales(xDomain, yDomain, aspect, defaultMargins, 'linear', 'linear', width);
const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);
/** No outcomes: the same array each time, so that the Plot's deps do not change with the learning rate. */
const noOutcomes: ReturnType<typeof basinsOfStarts> = [];

const specsFor = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.05, min: lrRange[0], max: lrRange[1] },
    start: { kind: 'number', default: -2.2, min: startRange[0], max: startRange[1] },
    step: { kind: 'number', default: steps, min: 0, max: steps, integer: true },
    many: { kind: 'bool', default: false },
  }) satisfies Specs;

/** Where gradient descent ends on a curve with two minima depends on where it starts. */
function LocalMinimaIsland(props: LocalMinimaProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const specs = useMemo(() => specsFor(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, {
    lr: props.lr,
    start: props.start,
    step: props.steps,
    many: props.many,
  });
  const figure = useRef<HTMLDivElement>(null);

  const run = useMemo(
    () => runOnProblem(twoMinima, { name: 'sgd', lr: state.lr }, { steps: props.steps, start: [state.start] }),
    [state.lr, state.start, props.steps],
  );
  const outcomes = useMemo(
    () =>
      state.many ? basinsOfStarts(twoMinima, state.lr, props.steps, evenStarts(props.starts, startRange)) : noOutcomes,
    [state.many, state.lr, props.steps, props.starts],
  );
  const last = run.steps;
  const shown = Math.min(state.step, last);
  const w = run.points[shown] ?? 0;
  const loss = run.losses[shown] ?? 0;
  const path = Array.from({ length: shown + 1 }, (_, k) => ({ x: run.points[k] ?? 0, y: run.losses[k] ?? 0 }));
  // The run so far (as Plot.line and Plot.dot drew it): its path, its steps, the ring on the step shown.
  const layers: OverlayLayer[] = state.many
    ? []
    : [
        { kind: 'line', points: path, stroke: colors.good, strokeOpacity: 0.5, strokeDasharray: '3 3' },
        { kind: 'dots', points: path, r: 3.5, fill: colors.good },
        { kind: 'dots', points: [{ x: w, y: loss }], r: 7, stroke: colors.bad, strokeWidth: 2.5 },
      ];

  let status: string;
  if (state.many) {
    const t = tally(outcomes, 2);
    const counts = { local: t.perBasin[1]!, global: t.perBasin[0]!, unsettled: t.unsettled, diverged: t.diverged };
    status = s.manyStatus(props.starts, fmt(state.lr), counts, props.steps);
  } else if (run.diverged && shown >= last) {
    status = s.stopped(fmt(state.start), run.diverged.step, divergence.run(run.diverged));
  } else {
    const basin = basinOf(twoMinima, [w]);
    const where =
      basin && basin.distance < 0.02
        ? s.settled(s.basinName[basin.index]!, fmt(run.losses.length > 1 ? slopeAt(w) : 0))
        : s.moving;
    status = s.status(fmt(state.start), shown, fmt(w), fmt(loss), where);
  }

  const label = state.many ? s.labelMany(props.starts) : s.labelRun(fmt(state.start), shown, last);
  const description = state.many ? s.descriptionMany : s.descriptionRun(shown + 1, fmt(state.start), fmt(w));

  const pick = (event: MouseEvent) => {
    if (!figure.current) return;
    const value = dataAtFigure(figure.current, event, 'x', scalesAt);
    if (value === null) return;
    update({ start: Number(clamp(value, startRange[0], startRange[1], state.start).toFixed(2)), many: false });
  };
  const starts = useMemo(() => outcomes.map((o) => ({ w: o.start, basin: o.basin })), [outcomes]);
  const base: CurveBase = { label, description, yAxis: s.yAxis, starts };

  return (
    <WidgetFrame
      name="local-minima"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <Slider
            param="start"
            label={s.start}
            value={state.start}
            min={startRange[0]}
            max={startRange[1]}
            step={0.01}
            onChange={(start) => update({ start })}
            hint={s.startHint}
          />
          <OptimizerSliders
            lr={{
              value: state.lr,
              range: [lrRange[0], lrRange[1]],
              onChange: (lr) => update({ lr }),
              label: s.lr,
              hint: s.lrHint,
            }}
          />
          <Toggle
            param="many"
            label={s.many(props.starts)}
            checked={state.many}
            onChange={(many) => update({ many })}
          />
          {!state.many && (
            <StepPlayer step={shown} last={last} max={props.steps} onStep={(step) => update({ step })} interval={300} />
          )}
        </>
      }
    >
      {state.many && (
        <ul class="plot-legend" aria-label={s.legend}>
          {[basinColor[1]!, basinColor[0]!, colors.grid].map((color, i) => (
            <li key={i}>
              <svg width="12" height="12" aria-hidden="true">
                <circle cx="6" cy="6" r="4.5" fill={color} stroke={colors.fg} stroke-width="0.5" />
              </svg>
              {s.legendItems[i]}
            </li>
          ))}
        </ul>
      )}
      <div ref={figure} onClick={pick} style={{ cursor: 'crosshair' }}>
        {/* The base is what a start does not change (the curve, the minima, the many starts), drawn in
            the widget's figure worker; the run that moves with the start slider and the player is an
            overlay updated in place: a whole Plot drawn for each key press took 90 ms of the main
            thread at 4x CPU slow-down. A click reads the overlay's scales, so it needs no Plot. */}
        <OverlayFigure
          aspect={aspect}
          label={label}
          description={description}
          deps={[state.many, outcomes]}
          scales={{ x: xDomain, y: yDomain, margins: defaultMargins }}
          layers={layers}
          overlay={(scales) => (
            // Last, so the tags sit above the dots; with Plot.text's look (its offset, halo and anchor).
            <g
              transform="translate(0,-14)"
              font-size="11"
              paint-order="stroke"
              stroke-linejoin="round"
              stroke-width="3"
              stroke="var(--bg-raised)"
              fill={colors.soft}
              text-anchor="middle"
            >
              {minimaMarks.map((m) => (
                <text key={m.kind} transform={`translate(${scales.x(m.w)},${scales.y(m.loss)})`} y="0.32em">
                  {s.kind[m.kind]}
                </text>
              ))}
            </g>
          )}
          draw={(context) => drawCurveBase(base, context)}
          offThread={{ client: figures, figure: 'curve', input: base }}
        />
      </div>
    </WidgetFrame>
  );
}

function slopeAt(w: number): number {
  const out = new Float64Array(1);
  twoMinima.grad(Float64Array.of(w), out);
  return out[0]!;
}

export default withLocale(LocalMinimaIsland);
