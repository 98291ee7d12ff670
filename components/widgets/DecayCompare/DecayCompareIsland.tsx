import { useMemo } from 'preact/hooks';
import { compareDecay, decayScales } from '../../../src/engine/sim/index.ts';
import { useAfterPaint } from '../lib/after-paint.ts';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { Slider } from '../lib/controls.tsx';
import { optimizerColor } from '../lib/plot-theme.ts';
import { DecayChart, ValuesChart } from './figures.tsx';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { decayCompareSpecs, decayDomain, scaleLabel, weightRows } from './model.ts';
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

  // The two runs (2 x 1,000 Adam steps: 9 ms of a key press at 1x, most of its script) follow the
  // frame that answers the key (after-paint.ts): the slider moves at once, the dots and the status
  // a task later, from the λ they were computed for.
  const { value: computed } = useAfterPaint(
    () => ({ wd: state.wd, comparison: compareDecay({ lr: state.lr, weightDecay: state.wd, steps: props.steps }) }),
    [state.lr, state.wd, props.steps],
  );
  const { comparison } = computed;
  const { adamL2, adamw } = comparison;
  const domain = useMemo(() => decayDomain(comparison), [comparison]);
  const last = Math.min(adamL2.run.steps, adamw.run.steps);
  const shown = Math.min(state.step, last);
  const rows = weightRows(comparison, shown);
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
    : computed.wd === 0
      ? s.noDecay(shown, l2Values, wValues)
      : s.status(shown, l2Values, wValues, l2Decays, wDecay);

  const decayed = rows
    .filter((r) => r.decay > 0)
    .map((r) => ({ column: scaleDomain.indexOf(r.scale), method: r.method, y: r.decay }));
  const empty = decayed.length === 0;
  const chart = { columns: scaleDomain, scaleAxis: s.scaleAxis, color: { 'adam-l2': l2Color, adamw: wColor } };
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
      <ValuesChart
        {...chart}
        label={valuesLabel}
        description={s.valuesDescription(l2Values, wValues)}
        deps={[s.title]}
        valueAxis={s.valueAxis}
        dots={rows.map((r) => ({ column: scaleDomain.indexOf(r.scale), method: r.method, y: r.value }))}
      />
      <DecayChart
        {...chart}
        label={decayLabel}
        description={s.decayDescription(l2Decays, wDecay)}
        deps={[domain?.[0], domain?.[1], empty, s.title]}
        valueAxis={s.decayAxis}
        domain={domain}
        empty={empty}
        zeroNote={s.zeroNote}
        dots={decayed}
      />
    </WidgetFrame>
  );
}

export default withLocale(DecayCompareIsland);
