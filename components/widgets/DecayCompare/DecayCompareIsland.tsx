import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { compareDecay, decayScales } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { Slider } from '../lib/controls.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, colors, optimizerColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { decayCompareSpecs, decayDomain, scaleLabel, weightRows } from './model.ts';
import { decadeTicks } from '../lib/ticks.ts';
import type { DecayCompareProps } from './schema.ts';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';

const l2Color = optimizerColor('adam');
const wColor = optimizerColor('adamw');
const scaleDomain = decayScales.map(scaleLabel);

/** Adam + L2 and AdamW on four weights of different gradient scales: the weights and the decay each one gets. */
function DecayCompareIsland(props: DecayCompareProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const specs = useMemo(() => decayCompareSpecs(props.steps), [props.steps]);
  const { state, update, messages } = useUrlState(props.id, specs, { lr: props.lr, wd: props.weightDecay, step: 0 });

  const comparison = useMemo(
    () => compareDecay({ lr: state.lr, weightDecay: state.wd, steps: props.steps }),
    [state.lr, state.wd, props.steps],
  );
  const { adamL2, adamw } = comparison;
  const domain = useMemo(() => decayDomain(comparison), [comparison]);
  const last = Math.min(adamL2.run.steps, adamw.run.steps);
  const shown = Math.min(state.step, last);
  const rows = weightRows(comparison, shown);
  const methodName = { 'adam-l2': s.adamL2, adamw: s.adamw };
  const list = (method: string, key: 'value' | 'decay') =>
    rows
      .filter((r) => r.method === method)
      .map((r) => fmt(r[key]))
      .join(', ');
  const l2Values = list('adam-l2', 'value');
  const wValues = list('adamw', 'value');
  const l2Decays = list('adam-l2', 'decay');
  const wDecay = fmt(rows.find((r) => r.method === 'adamw')?.decay ?? 0);
  const stopped = adamL2.run.diverged ?? adamw.run.diverged;
  const status = stopped
    ? s.stopped(stopped.step, divergence.run(stopped))
    : state.wd === 0
      ? s.noDecay(shown, l2Values, wValues)
      : s.status(shown, l2Values, wValues, l2Decays, wDecay);

  const decayed = rows.filter((r) => r.decay > 0).map((r) => ({ ...r, name: methodName[r.method] }));
  const named = rows.map((r) => ({ ...r, name: methodName[r.method] }));
  const color = { domain: [s.adamL2, s.adamw], range: [l2Color, wColor] };
  const valuesLabel = s.valuesLabel(shown);
  const decayLabel = s.decayLabel(shown);

  return (
    <WidgetFrame
      name="decay-compare"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <OptimizerSliders
            lr={{ value: state.lr, range: [0.001, 0.1], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          <Slider
            param="wd"
            label={s.wd}
            value={state.wd}
            min={0}
            max={1}
            step={0.05}
            hint={s.wdHint}
            onChange={(wd) => update({ wd })}
          />
          <StepPlayer
            step={shown}
            last={last}
            max={props.steps}
            stride={10}
            interval={60}
            onStep={(step) => update({ step })}
          />
        </>
      }
    >
      <Legend
        items={[
          { label: s.adamL2, color: l2Color },
          { label: s.adamw, color: wColor },
        ]}
      />
      <PlotFigure
        aspect={0.45}
        label={valuesLabel}
        deps={[state.lr, state.wd, shown, s.title]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, valuesLabel, s.valuesDescription(l2Values, wValues)),
            x: { domain: scaleDomain, label: s.scaleAxis, padding: 0.3 },
            y: { domain: [0, 1.25], label: s.valueAxis, grid: true },
            color,
            marks: [
              Plot.ruleY([1], { stroke: colors.soft, strokeDasharray: '4 3' }),
              // Side by side in each column, so equal values stay visible.
              Plot.dot(
                named.filter((r) => r.method === 'adam-l2'),
                { x: 'scale', y: 'value', fill: 'name', r: 6, dx: -7 },
              ),
              Plot.dot(
                named.filter((r) => r.method === 'adamw'),
                { x: 'scale', y: 'value', fill: 'name', r: 6, dx: 7 },
              ),
            ],
          })
        }
      />
      <PlotFigure
        aspect={0.45}
        label={decayLabel}
        deps={[state.lr, state.wd, shown, s.title]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, decayLabel, s.decayDescription(l2Decays, wDecay)),
            x: { domain: scaleDomain, label: s.scaleAxis, padding: 0.3 },
            y: {
              type: 'log',
              label: s.decayAxis,
              grid: true,
              domain: domain ?? [1e-3, 1e-2],
              tickFormat: (v: number) => fmt(v),
              ticks: decadeTicks(domain ?? [], context.width < 420 ? 3 : 6),
            },
            color,
            marginLeft: 56,
            marks: [
              Plot.dot(
                decayed.filter((r) => r.method === 'adam-l2'),
                { x: 'scale', y: 'decay', fill: 'name', r: 6, dx: -7 },
              ),
              Plot.dot(
                decayed.filter((r) => r.method === 'adamw'),
                { x: 'scale', y: 'decay', fill: 'name', r: 6, dx: 7 },
              ),
              decayed.length === 0 ? Plot.text([s.zeroNote], { frameAnchor: 'middle', fill: colors.soft }) : null,
            ],
          })
        }
      />
    </WidgetFrame>
  );
}

export default withLocale(DecayCompareIsland);
